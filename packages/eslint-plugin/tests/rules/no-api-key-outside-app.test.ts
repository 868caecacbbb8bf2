import rule from '../../src/rules/no-api-key-outside-app.js';
import { jsx, RuleTester } from '../rule-tester.js';
import { grpcWith } from '../snippets.js';

const ruleTester = new RuleTester();

const API_KEY = grpcWith('process.env.CLARIFAI_API_KEY');
const PAT = grpcWith('process.env.CLARIFAI_PAT');

/** An XMLHttpRequest to Clarifai's general model sending `authorization` and `body`. */
const xhrCall = (authorization: string, body: string) => `const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.clarifai.com/v2/models/general-image-recognition/outputs');
xhr.setRequestHeader('Authorization', ${authorization});
xhr.send(${body});`;

ruleTester.run('no-api-key-outside-app', rule, {
  valid: [
    {
      name: 'XMLHttpRequest with a PAT that names clarifai/main in the body',
      code: xhrCall("'Key ' + process.env.CLARIFAI_PAT", "JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs })"),
    },
    // The key's own app: an API key needs no owner there.
    `${API_KEY}
stub.PostModelOutputs({ model_id: 'my-custom-classifier', inputs }, metadata, callback);`,
    `${API_KEY}
stub.PostInputs({ inputs: [{ data: { image: { url: imageUrl } } }] }, metadata, callback);`,
    `fetch('https://api.clarifai.com/v2/models/my-model/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY },
  body: JSON.stringify({ inputs }),
});`,
    // The correct forms: a PAT that names clarifai/main.
    `${PAT}
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'face-detection', inputs }, metadata, callback);`,
    `fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ inputs }),
});`,
    `import { Model } from 'clarifai-nodejs';
const model = new Model({ url: 'https://clarifai.com/clarifai/main/models/face-detection', authConfig: { pat: process.env.CLARIFAI_PAT } });`,
    `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
app.models.predict(Clarifai.FACE_DETECT_MODEL, imageUrl);`,
    // Not Clarifai's API: another host, or the OpenAI-compatible endpoint.
    `fetch('https://vision.example.com/v2/models/face-detection/outputs', {
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY },
});`,
    `fetch('https://api.clarifai.com/v2/ext/openai/v1/chat/completions', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY },
  body: JSON.stringify({ model: 'gpt-4o', messages }),
});`,
    // A stub that does not come from clarifai-nodejs-grpc.
    `const stub = makeTestStub();
stub.PostModelOutputs({ model_id: 'face-detection', inputs }, metadata, callback);`,
    // A file that never mentions Clarifai is not analysed at all.
    `fetch('/api/models/face-detection/outputs', { headers: { Authorization: 'Key ' + API_KEY } });`,
    {
      name: 'a model of your own that shares a catalogued id (ownResourceIds)',
      code: `${API_KEY}
stub.PostModelOutputs({ model_id: 'face-detection', inputs }, metadata, callback);`,
      options: [{ ownResourceIds: ['face-detection'] }],
    },
    {
      name: 'a name the user declared a PAT (patNames)',
      code: `${grpcWith('CLARIFAI_KEY')}
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'face-detection', inputs }, metadata, callback);`,
      options: [{ patNames: ['CLARIFAI_KEY'] }],
    },
  ],
  invalid: [
    {
      name: 'gRPC, PascalCase method, legacy hex id (the clarifai-nodejs-grpc README pattern)',
      code: `${API_KEY}
stub.PostModelOutputs({ model_id: 'aaa03c23b3724a16a56b629203edc62c', inputs }, metadata, callback);`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 100,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `${PAT}
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'aaa03c23b3724a16a56b629203edc62c', inputs }, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'gRPC, camelCase method, request laid out one property per line',
      code: `${API_KEY}
stub.postModelOutputs(
  {
    model_id: 'general-image-recognition',
    inputs: [{ data: { image: { url: IMAGE_URL } } }],
  },
  metadata,
  (err, response) => {},
);`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 5,
          column: 1,
          endLine: 12,
          endColumn: 2,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `${PAT}
stub.postModelOutputs(
  {
    user_app_id: { user_id: 'clarifai', app_id: 'main' },
    model_id: 'general-image-recognition',
    inputs: [{ data: { image: { url: IMAGE_URL } } }],
  },
  metadata,
  (err, response) => {},
);`,
            },
          ],
        },
      ],
    },
    {
      name: 'gRPC in TypeScript: key in a template through a const, request with satisfies',
      filename: 'predict.ts',
      code: `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const CLARIFAI_API_KEY = process.env.CLARIFAI_API_KEY as string;
const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', \`Key \${CLARIFAI_API_KEY}\`);
stub.PostModelOutputs({ model_id: 'face-detection', inputs } satisfies PostModelOutputsRequest, metadata, callback);`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 116,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', \`Key \${process.env.CLARIFAI_PAT}\`);
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'face-detection', inputs } satisfies PostModelOutputsRequest, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'gRPC, a model of another public owner (openai/chat-completion)',
      code: `${API_KEY}
stub.PostModelOutputs({ model_id: 'gpt-4o', inputs: [{ data: { text: { raw: prompt } } }] }, metadata, callback);`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 113,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `${PAT}
stub.PostModelOutputs({ user_app_id: { user_id: 'openai', app_id: 'chat-completion' }, model_id: 'gpt-4o', inputs: [{ data: { text: { raw: prompt } } }] }, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'gRPC naming clarifai/main with an API key, model id from a parameter',
      code: `${API_KEY}
export function predict(modelId, inputs, callback) {
  stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: modelId, inputs }, metadata, callback);
}`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 129,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `${PAT}
export function predict(modelId, inputs, callback) {
  stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: modelId, inputs }, metadata, callback);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'gRPC metadata shared with calls to your own app: no suggestion (switching it would break them)',
      code: `${API_KEY}
stub.PostInputs({ inputs }, metadata, onAdded);
stub.PostModelOutputs({ model_id: 'general-image-recognition', inputs }, metadata, onPredicted);`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideAppShared',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 96,
          suggestions: null,
        },
      ],
    },
    {
      name: 'gRPC static style: V2Client with a request built by setters (the owner is set right after it is made)',
      code: `const { grpc } = require('clarifai-nodejs-grpc');
const { V2Client } = require('clarifai-nodejs-grpc/proto/clarifai/api/service_grpc_pb');
const service = require('clarifai-nodejs-grpc/proto/clarifai/api/service_pb');
const resources = require('clarifai-nodejs-grpc/proto/clarifai/api/resources_pb');
const client = new V2Client('api.clarifai.com', grpc.ChannelCredentials.createSsl());
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);
const req = new service.PostModelOutputsRequest();
req.setModelId('general-image-recognition');
client.postModelOutputs(req, metadata, callback);`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `const { grpc } = require('clarifai-nodejs-grpc');
const { V2Client } = require('clarifai-nodejs-grpc/proto/clarifai/api/service_grpc_pb');
const service = require('clarifai-nodejs-grpc/proto/clarifai/api/service_pb');
const resources = require('clarifai-nodejs-grpc/proto/clarifai/api/resources_pb');
const client = new V2Client('api.clarifai.com', grpc.ChannelCredentials.createSsl());
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_PAT);
const req = new service.PostModelOutputsRequest();
req.setUserAppId(new resources.UserAppIDSet().setUserId('clarifai').setAppId('main'));
req.setModelId('general-image-recognition');
client.postModelOutputs(req, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'gRPC promisified with util.promisify, ES module',
      filename: 'faces.mjs',
      code: `import util from 'node:util';
import { ClarifaiStub, grpc } from 'clarifai-nodejs-grpc';
const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_API_KEY);
const predict = util.promisify(stub.PostModelOutputs.bind(stub));
const response = await predict({ model_id: 'face-detection', inputs }, metadata);`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 7,
          column: 24,
          endLine: 7,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `import util from 'node:util';
import { ClarifaiStub, grpc } from 'clarifai-nodejs-grpc';
const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + process.env.CLARIFAI_PAT);
const predict = util.promisify(stub.PostModelOutputs.bind(stub));
const response = await predict({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'face-detection', inputs }, metadata);`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST fetch with a version path and a JSON body (public code pattern 3)',
      code: `const CLARIFAI_API_KEY = process.env.CLARIFAI_API_KEY;
fetch('https://api.clarifai.com/v2/models/food-item-recognition/versions/1d5fd481e0cf4826aa72ec3ff049e044/outputs', {
  method: 'POST',
  headers: { Authorization: \`Key \${CLARIFAI_API_KEY}\` },
  body: JSON.stringify({ inputs: [{ data: { image: { url: imageUrl } } }] }),
});`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 2,
          column: 1,
          endLine: 6,
          endColumn: 3,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `fetch('https://api.clarifai.com/v2/models/food-item-recognition/versions/1d5fd481e0cf4826aa72ec3ff049e044/outputs', {
  method: 'POST',
  headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` },
  body: JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [{ data: { image: { url: imageUrl } } }] }),
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST GET with node-fetch in an ES module: the owner goes into the path',
      filename: 'model-info.mjs',
      code: `import fetch from 'node-fetch';
const response = await fetch('https://api.clarifai.com/v2/models/general-image-recognition', {
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY },
});`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 2,
          column: 24,
          endLine: 4,
          endColumn: 3,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `import fetch from 'node-fetch';
const response = await fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition', {
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST axios.post to a Clarifai-owned workflow',
      code: `import axios from 'axios';
export async function tagImage(imageUrl) {
  const { data } = await axios.post(
    'https://api.clarifai.com/v2/workflows/General/results',
    { inputs: [{ data: { image: { url: imageUrl } } }] },
    { headers: { Authorization: \`Key \${process.env.CLARIFAI_API_KEY}\` } },
  );
  return data;
}`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 3,
          column: 26,
          endLine: 7,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `import axios from 'axios';
export async function tagImage(imageUrl) {
  const { data } = await axios.post(
    'https://api.clarifai.com/v2/workflows/General/results',
    { user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [{ data: { image: { url: imageUrl } } }] },
    { headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` } },
  );
  return data;
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST axios called with one config object',
      filename: 'faces.mjs',
      code: `import axios from 'axios';
await axios({ method: 'post', url: 'https://api.clarifai.com/v2/models/face-detection/outputs', headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY }, data: { inputs } });`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 183,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `import axios from 'axios';
await axios({ method: 'post', url: 'https://api.clarifai.com/v2/models/face-detection/outputs', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, data: { user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs } });`,
            },
          ],
        },
      ],
    },
    {
      // fetch(new Request(url, init)): the stand-in's own predict-fetch.mjs program calls Clarifai this way.
      name: 'REST fetch of a Request object',
      filename: 'faces.mjs',
      code: `const response = await fetch(new Request('https://api.clarifai.com/v2/models/face-detection/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY },
  body: JSON.stringify({ inputs }),
}));`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 1,
          column: 24,
          endLine: 5,
          endColumn: 4,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `const response = await fetch(new Request('https://api.clarifai.com/v2/models/face-detection/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs }),
}));`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST axios.create instance shared with calls to your own app',
      code: `import axios from 'axios';
const clarifai = axios.create({
  baseURL: 'https://api.clarifai.com/v2',
  headers: { Authorization: \`Key \${process.env.CLARIFAI_API_KEY}\` },
});
export const addInputs = (inputs) => clarifai.post('/inputs', { inputs });
export const detectFaces = (inputs) => clarifai.post('/models/face-detection/outputs', { inputs });`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideAppShared',
          line: 7,
          column: 40,
          endLine: 7,
          endColumn: 99,
          suggestions: null,
        },
      ],
    },
    {
      name: 'REST got in CommonJS with a json body',
      filename: 'colors.cjs',
      code: `const got = require('got');
module.exports = async function colors(url) {
  return got.post('https://api.clarifai.com/v2/models/color-recognition/outputs', {
    headers: { authorization: 'Key ' + process.env.CLARIFAI_API_KEY },
    json: { inputs: [{ data: { image: { url } } }] },
  }).json();
};`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 3,
          column: 10,
          endLine: 6,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `const got = require('got');
module.exports = async function colors(url) {
  return got.post('https://api.clarifai.com/v2/models/color-recognition/outputs', {
    headers: { authorization: 'Key ' + process.env.CLARIFAI_PAT },
    json: { user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [{ data: { image: { url } } }] },
  }).json();
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST superagent chain',
      code: `import superagent from 'superagent';
superagent
  .post('https://api.clarifai.com/v2/models/face-detection/outputs')
  .set('Authorization', 'Key ' + process.env.CLARIFAI_API_KEY)
  .send({ inputs: [{ data: { image: { url: imageUrl } } }] })
  .end(callback);`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 2,
          column: 1,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `import superagent from 'superagent';
superagent
  .post('https://api.clarifai.com/v2/models/face-detection/outputs')
  .set('Authorization', 'Key ' + process.env.CLARIFAI_PAT)
  .send({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [{ data: { image: { url: imageUrl } } }] })
  .end(callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'legacy client with a model constant: the app serves only Clarifai models, so it moves',
      filename: 'face.cjs',
      code: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });
app.models.predict(Clarifai.FACE_DETECT_MODEL, imageUrl).then(drawBoxes);`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
app.models.predict(Clarifai.FACE_DETECT_MODEL, imageUrl).then(drawBoxes);`,
            },
          ],
        },
      ],
    },
    {
      name: 'legacy client in a React component (JSX), Create React App env names',
      filename: 'App.jsx',
      languageOptions: jsx,
      code: `import React, { Component } from 'react';
import Clarifai from 'clarifai';

const app = new Clarifai.App({ apiKey: process.env.REACT_APP_CLARIFAI_API_KEY });

class App extends Component {
  onButtonSubmit = () => {
    app.models.predict('face-detection', this.state.input).then((response) => this.displayFaceBox(response));
  };
  render() {
    return <button onClick={this.onButtonSubmit}>Detect</button>;
  }
}
export default App;`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `import React, { Component } from 'react';
import Clarifai from 'clarifai';

const app = new Clarifai.App({ apiKey: process.env.REACT_APP_CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });

class App extends Component {
  onButtonSubmit = () => {
    app.models.predict('face-detection', this.state.input).then((response) => this.displayFaceBox(response));
  };
  render() {
    return <button onClick={this.onButtonSubmit}>Detect</button>;
  }
}
export default App;`,
            },
          ],
        },
      ],
    },
    {
      name: 'legacy client held in a class field, model given as { id, version }',
      code: `import Clarifai from 'clarifai';
class FaceService {
  constructor() {
    this.app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });
  }
  detect(url) {
    return this.app.models.predict({ id: 'face-detection', version: '6dc7e46bc9124c5c8824be4822abe105' }, url);
  }
}`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 111,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `import Clarifai from 'clarifai';
class FaceService {
  constructor() {
    this.app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
  }
  detect(url) {
    return this.app.models.predict({ id: 'face-detection', version: '6dc7e46bc9124c5c8824be4822abe105' }, url);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'legacy client also used for your own inputs: a second client for clarifai/main',
      code: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });
app.inputs.create({ url: imageUrl });
app.models.predict(Clarifai.GENERAL_MODEL, imageUrl);`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });
const clarifaiMainApp = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
app.inputs.create({ url: imageUrl });
clarifaiMainApp.models.predict(Clarifai.GENERAL_MODEL, imageUrl);`,
            },
          ],
        },
      ],
    },
    {
      name: 'SDK Model by id with an API key in authConfig.pat',
      filename: 'model.ts',
      code: `import { Model } from 'clarifai-nodejs';
const model = new Model({
  modelId: 'general-image-recognition',
  authConfig: { userId: process.env.CLARIFAI_USER_ID, appId: process.env.CLARIFAI_APP_ID, pat: process.env.CLARIFAI_API_KEY },
});`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 2,
          column: 15,
          endLine: 5,
          endColumn: 3,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `import { Model } from 'clarifai-nodejs';
const model = new Model({
  modelId: 'general-image-recognition',
  authConfig: { userId: 'clarifai', appId: 'main', pat: process.env.CLARIFAI_PAT },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'SDK Model by URL with an API key through a const',
      filename: 'model.ts',
      code: `import { Model } from 'clarifai-nodejs';
const API_KEY = process.env.CLARIFAI_API_KEY;
const model = new Model({ url: 'https://clarifai.com/clarifai/main/models/face-detection', authConfig: { pat: API_KEY } });`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 123,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `import { Model } from 'clarifai-nodejs';
const model = new Model({ url: 'https://clarifai.com/clarifai/main/models/face-detection', authConfig: { pat: process.env.CLARIFAI_PAT } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'TSX component calling fetch, Vite env names',
      filename: 'Tagger.tsx',
      languageOptions: jsx,
      code: `import { useState } from 'react';

export function Tagger({ imageUrl }: { imageUrl: string }) {
  const [tags, setTags] = useState<string[]>([]);
  const tag = async () => {
    const res = await fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', {
      method: 'POST',
      headers: { Authorization: 'Key ' + import.meta.env.VITE_CLARIFAI_API_KEY },
      body: JSON.stringify({ inputs: [{ data: { image: { url: imageUrl } } }] }),
    });
    setTags((await res.json()).outputs[0].data.concepts.map((c: { name: string }) => c.name));
  };
  return <button onClick={tag}>{tags.join(', ') || 'Tag'}</button>;
}`,
      output: null,
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 6,
          column: 23,
          endLine: 10,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `import { useState } from 'react';

export function Tagger({ imageUrl }: { imageUrl: string }) {
  const [tags, setTags] = useState<string[]>([]);
  const tag = async () => {
    const res = await fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', {
      method: 'POST',
      headers: { Authorization: 'Key ' + import.meta.env.VITE_CLARIFAI_PAT },
      body: JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [{ data: { image: { url: imageUrl } } }] }),
    });
    setTags((await res.json()).outputs[0].data.concepts.map((c: { name: string }) => c.name));
  };
  return <button onClick={tag}>{tags.join(', ') || 'Tag'}</button>;
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a name the user declared an API key (apiKeyNames)',
      code: `${grpcWith('MY_APP_TOKEN')}
stub.PostModelOutputs({ model_id: 'face-detection', inputs }, metadata, callback);`,
      output: null,
      options: [{ apiKeyNames: ['MY_APP_TOKEN'] }],
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `${PAT}
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'face-detection', inputs }, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a model id added to the catalogue once for every rule (settings.clarifai)',
      code: `${API_KEY}
stub.PostModelOutputs({ model_id: 'logo-detection-v2', inputs }, metadata, callback);`,
      output: null,
      settings: { clarifai: { clarifaiModelIds: ['logo-detection-v2'] } },
      errors: [
        {
          messageId: 'apiKeyOutsideApp',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `${PAT}
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'logo-detection-v2', inputs }, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'XMLHttpRequest: open + setRequestHeader + send, an API key for a Clarifai model',
      code: xhrCall("'Key ' + process.env.CLARIFAI_API_KEY", "JSON.stringify({ inputs })"),
      output: null,
      errors: [
        {
          ...{ messageId: 'apiKeyOutsideApp', line: 2, column: 1, endLine: 2, endColumn: 89 },
          suggestions: [
            {
              messageId: 'switchToPat',
              output: xhrCall("'Key ' + process.env.CLARIFAI_PAT", "JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs })"),
            },
          ],
        },
      ],
    },
    {
      name: 'jQuery $.ajax with headers, an API key for a Clarifai model',
      code: `$.ajax({ url: 'https://api.clarifai.com/v2/models/face-detection/outputs', type: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_API_KEY }, data: JSON.stringify({ inputs }) });`,
      output: null,
      errors: [
        {
          ...{ messageId: 'apiKeyOutsideApp', line: 1, column: 1, endLine: 1, endColumn: 192 },
          suggestions: [
            {
              messageId: 'switchToPat',
              output: `$.ajax({ url: 'https://api.clarifai.com/v2/models/face-detection/outputs', type: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, data: JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs }) });`,
            },
          ],
        },
      ],
    },
  ],
});
