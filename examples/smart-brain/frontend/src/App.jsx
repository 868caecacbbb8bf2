import React, { useState } from 'react';
import ImageLinkForm from './components/ImageLinkForm';
import FaceRecognition from './components/FaceRecognition';

// Copied from the Clarifai portal's "Use model" snippet in 2022.
const PAT = process.env.REACT_APP_CLARIFAI_PAT;
const USER_ID = process.env.REACT_APP_CLARIFAI_USER_ID;
const APP_ID = process.env.REACT_APP_CLARIFAI_APP_ID;
const MODEL_ID = 'face-detection';

function requestOptions(imageUrl) {
  const raw = JSON.stringify({
    user_app_id: {
      user_id: USER_ID,
      app_id: APP_ID,
    },
    inputs: [{ data: { image: { url: imageUrl } } }],
  });
  return {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      Authorization: 'Key ' + PAT,
    },
    body: raw,
  };
}

function faceBoxes(data, image) {
  const width = Number(image.width);
  const height = Number(image.height);
  return data.outputs[0].data.regions.map(({ region_info }) => {
    const box = region_info.bounding_box;
    return {
      leftCol: box.left_col * width,
      topRow: box.top_row * height,
      rightCol: width - box.right_col * width,
      bottomRow: height - box.bottom_row * height,
    };
  });
}

export default function App() {
  const [input, setInput] = useState('');
  const [imageUrl, setImageUrl] = useState('');
  const [boxes, setBoxes] = useState([]);

  const onSubmit = async () => {
    setImageUrl(input);
    const response = await fetch(`https://api.clarifai.com/v2/models/${MODEL_ID}/outputs`, requestOptions(input));
    const result = await response.json();
    if (result.status.code !== 10000) {
      console.error('Clarifai said:', result.status.description);
      return;
    }
    setBoxes(faceBoxes(result, document.getElementById('inputimage')));
  };

  return (
    <main>
      <ImageLinkForm onInputChange={(e) => setInput(e.target.value)} onSubmit={onSubmit} />
      <FaceRecognition boxes={boxes} imageUrl={imageUrl} />
    </main>
  );
}
