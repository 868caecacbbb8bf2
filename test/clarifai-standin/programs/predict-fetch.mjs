// An ES module program: fetch (URL string and Request object) and axios aimed at https://api.clarifai.com,
// plus one loopback URL that is not Clarifai (OTHER_URL) and one other Clarifai host, which must be refused.
// Run under ../preload.mjs. Prints one JSON array.
import axios from 'axios';

const headers = { Authorization: `Key ${process.env.CLARIFAI_PAT}`, 'Content-Type': 'application/json' };
const body = JSON.stringify({
  user_app_id: { user_id: 'clarifai', app_id: 'main' },
  inputs: [{ data: { image: { url: 'https://samples.clarifai.com/metro-north.jpg' } } }],
});
const summary = async (response) => ({ http: response.status, code: (await response.json()).status.code });

const results = [
  await summary(await fetch('https://api.clarifai.com/v2/workflows/General/results', { method: 'POST', headers, body })),
  await summary(
    await fetch(new Request('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers, body })),
  ),
  await axios
    .post('https://api.clarifai.com/v2/models/food-item-recognition/outputs', body, { headers })
    .then((response) => ({ http: response.status, code: response.data.status.code })),
  await fetch(process.env.OTHER_URL).then((response) => response.text()),
  await fetch('https://clarifai.com/api/_api/v2/models/general-image-recognition/outputs', { method: 'POST', headers, body })
    .then(() => 'reached', (error) => error.message),
];
console.log(JSON.stringify(results));
