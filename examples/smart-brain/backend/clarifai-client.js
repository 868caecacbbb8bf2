// One client for the whole back end (newer endpoints use this; /image still builds its own).
const Clarifai = require('clarifai');

const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });

module.exports = app;
