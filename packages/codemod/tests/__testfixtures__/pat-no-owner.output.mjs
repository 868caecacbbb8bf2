// Quick manual check that the account works: node pat-no-owner.mjs <image url>
const CLARIFAI_PAT = process.env.CLARIFAI_PAT; // pasted here "just for a minute"

const response = await fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', {
  method: 'POST',
  headers: { Authorization: `Key ${CLARIFAI_PAT}` },
  body: JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [{ data: { image: { url: process.argv[2] } } }] }),
});
console.log(response.status, (await response.json()).status?.description);
