import Clarifai from 'clarifai';
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'me', appId = 'main' });
app.models.predict('face-detection', url);
