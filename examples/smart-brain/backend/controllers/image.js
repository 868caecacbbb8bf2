// Face boxes for the front end, with the legacy JavaScript client (clarifai 2.x).
const Clarifai = require('clarifai');

const app = new Clarifai.App({
  apiKey: process.env.CLARIFAI_API_KEY,
});

const handleImage = (req, res) => {
  app.models
    .predict(Clarifai.FACE_DETECT_MODEL, req.body.input)
    .then((data) => res.json(data))
    .catch(() => res.status(400).json('unable to work with API'));
};

module.exports = { handleImage };
