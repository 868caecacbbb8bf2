import { Model } from 'clarifai-nodejs';
const pat = process.env.CLARIFAI_API_KEY;
const model = new Model({ modelId: 'face-detection', authConfig: { pat, userId: 'me', appId: 'mine' } });
