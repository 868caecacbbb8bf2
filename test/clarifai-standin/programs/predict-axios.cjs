// A CommonJS program written the way public code calls Clarifai: axios straight at https://api.clarifai.com.
// Run under ../preload.mjs, its requests reach the stand-in. Prints one JSON line per call.
const axios = require('axios');
const https = require('node:https');

const body = { inputs: [{ data: { image: { url: 'https://samples.clarifai.com/metro-north.jpg' } } }] };

async function predict(token, path) {
  const response = await axios.post(`https://api.clarifai.com${path}`, body, {
    headers: { Authorization: `Key ${token}` },
    validateStatus: () => true,
  });
  return { http: response.status, code: response.data.status.code };
}

function getModel(token, modelId) {
  return new Promise((resolve, reject) => {
    const options = { headers: { Authorization: `Key ${token}` } };
    https
      .get(`https://api.clarifai.com/v2/models/${modelId}`, options, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ http: response.statusCode, code: JSON.parse(text).status.code }));
      })
      .on('error', reject);
  });
}

(async () => {
  const results = [
    await predict(process.env.CLARIFAI_PAT, '/v2/users/clarifai/apps/main/models/general-image-recognition/outputs'),
    await predict(process.env.CLARIFAI_API_KEY, '/v2/models/general-image-recognition/outputs'),
    await getModel(process.env.CLARIFAI_API_KEY, 'demo-model'),
  ];
  console.log(JSON.stringify(results));
})();
