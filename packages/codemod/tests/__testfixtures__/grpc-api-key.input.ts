// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);

export function dominantColors(url: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    stub.PostModelOutputs(
      {
        model_id: 'color-recognition',
        inputs: [{ data: { image: { url } } }],
      },
      metadata,
      (err: Error | null, response: any) => {
        if (err) return reject(err);
        resolve(response.outputs[0].data.colors.map((c: any) => c.w3c.name as string));
      },
    );
  });
}
