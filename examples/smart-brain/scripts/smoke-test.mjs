// Quick manual check that the Clarifai account works. Run: node scripts/smoke-test.mjs <image url>
const CLARIFAI_PAT = 'f4k3f4k3f4k3f4k3f4k3f4k3f4k3f4k3'; // FAKE: stands for a real PAT pasted here by mistake

const imageUrl = process.argv[2] ?? 'https://samples.clarifai.com/metro-north.jpg';
const response = await fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', {
  method: 'POST',
  headers: { Authorization: `Key ${CLARIFAI_PAT}` },
  body: JSON.stringify({ inputs: [{ data: { image: { url: imageUrl } } }] }),
});
console.log(response.status, (await response.json()).status?.description);
