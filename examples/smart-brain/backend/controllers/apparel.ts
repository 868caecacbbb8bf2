import type { Request, Response } from 'express';
import axios from 'axios';
import { CLARIFAI_APP_ID, CLARIFAI_PAT, CLARIFAI_USER_ID } from '../config/clarifai.js';

// Our own user and app ids, from the shared config module.
export async function handleApparel(req: Request, res: Response): Promise<void> {
  const { data } = await axios.post(
    `https://api.clarifai.com/v2/users/${CLARIFAI_USER_ID}/apps/${CLARIFAI_APP_ID}/models/apparel-detection/outputs`,
    { inputs: [{ data: { image: { url: req.body.input } } }] },
    { headers: { Authorization: `Key ${CLARIFAI_PAT}` } },
  );
  res.json(data.outputs[0].data.regions);
}
