// Ingredient tags for the recipe page.
const Clarifai = require('clarifai');
const app = require('../clarifai-client');

const handleFood = async (req, res) => {
  try {
    const response = await app.models.predict(Clarifai.FOOD_MODEL, req.body.input);
    res.json(response.outputs[0].data.concepts.map((c) => c.name));
  } catch {
    res.status(400).json('unable to work with API');
  }
};

module.exports = { handleFood };
