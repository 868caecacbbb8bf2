import type { Request, Response } from 'express';

// clarifai-nodejs-grpc ships no typings for ClarifaiStub, hence require().
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);

interface Color {
  hex: string;
  name: string;
  density: number;
}

export function handleColors(req: Request, res: Response): void {
  stub.PostModelOutputs(
    {
      model_id: 'color-recognition',
      inputs: [{ data: { image: { url: req.body.input } } }],
    },
    metadata,
    (err: Error | null, response: any) => {
      if (err || response.status.code !== 10000) {
        res.status(400).json('unable to work with API');
        return;
      }
      const colors: Color[] = response.outputs[0].data.colors.map((c: any) => ({
        hex: c.raw_hex,
        name: c.w3c.name,
        density: c.value,
      }));
      res.json(colors);
    },
  );
}
