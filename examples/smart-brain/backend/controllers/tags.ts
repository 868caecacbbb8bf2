import type { Request, Response } from 'express';

// Already migrated: a PAT from the environment and the model's real owner, clarifai/main.
const PAT = process.env.CLARIFAI_PAT;

export async function handleTags(req: Request, res: Response): Promise<void> {
  const response = await fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs', {
    method: 'POST',
    headers: { Authorization: `Key ${PAT}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ inputs: [{ data: { image: { url: req.body.input } } }] }),
  });
  const result = await response.json();
  res.json(result.outputs[0].data.concepts.map((c: { name: string }) => c.name));
}
