// Already right: a PAT from the environment and the model's owner, clarifai/main, in the path.
const PAT = process.env.CLARIFAI_PAT;

export async function tags(url: string): Promise<string[]> {
  const response = await fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs', {
    method: 'POST',
    headers: { Authorization: `Key ${PAT}` },
    body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),
  });
  const result = await response.json();
  return result.outputs[0].data.concepts.map((c: { name: string }) => c.name);
}
