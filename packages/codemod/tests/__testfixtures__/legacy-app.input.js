const Clarifai = require('clarifai');

// The API key of our own app: it used to reach Clarifai's public models too.
const app = new Clarifai.App({
  apiKey: process.env.CLARIFAI_API_KEY,
});

module.exports.handleImage = (req, res) =>
  app.models
    .predict(Clarifai.FACE_DETECT_MODEL, req.body.input)
    .then((data) => res.json(data))
    .catch(() => res.status(400).json('unable to work with API'));
