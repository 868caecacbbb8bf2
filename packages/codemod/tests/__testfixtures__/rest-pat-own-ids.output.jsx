// Face boxes in the browser, as the Clarifai portal's 2022 snippet wrote it.
const PAT = process.env.REACT_APP_CLARIFAI_PAT;

export async function detectFaces(imageUrl) {
  const response = await fetch('https://api.clarifai.com/v2/models/face-detection/outputs', {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
    body: JSON.stringify({
      user_app_id: { user_id: 'clarifai', app_id: 'main' },
      inputs: [{ data: { image: { url: imageUrl } } }],
    }),
  });
  return (await response.json()).outputs[0].data.regions;
}
