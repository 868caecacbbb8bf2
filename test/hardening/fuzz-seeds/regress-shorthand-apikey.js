const Clarifai = require('clarifai');
const apiKey = process.env.CLARIFAI_API_KEY;
const app = new Clarifai.App({ apiKey });
app.models.predict(Clarifai.GENERAL_MODEL, url);
