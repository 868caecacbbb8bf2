// Quick manual check that the account works: node pat-no-owner.mjs <image url>
const CLARIFAI_PAT = 'f4k3f4k3f4k3f4k3f4k3f4k3f4k3f4k3'; // pasted here "just for a minute"

const response = await fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', {
  method: 'POST',
  headers: { Authorization: `Key ${CLARIFAI_PAT}` },
  body: JSON.stringify({ inputs: [{ data: { image: { url: process.argv[2] } } }] }),
});
console.log(response.status, (await response.json()).status?.description);
