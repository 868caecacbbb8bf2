import rule from '../../src/rules/require-clarifai-owner.js';
import { jsx, RuleTester } from '../rule-tester.js';
import { grpcWith } from '../snippets.js';

const ruleTester = new RuleTester();

const PAT = grpcWith('process.env.CLARIFAI_PAT');
const CLARIFAI_MAIN = "user_app_id: { user_id: 'clarifai', app_id: 'main' }";
const OWN = "user_app_id: { user_id: 'me', app_id: 'my-app' }";

ruleTester.run('require-clarifai-owner', rule, {
  valid: [
    // Workflow ids are short names users give their own workflows too (every app had a `General` one): a workflow
    // the call names an owner for is that owner's, whatever the catalogue says Clarifai has under that name.
    {
      name: 'REST template path with the owner from the environment, a workflow named like a public one (that owner\'s own)',
      filename: 'demographics.mjs',
      code: `const response = await fetch(\`https://api.clarifai.com/v2/users/\${process.env.CLARIFAI_USER_ID}/apps/\${process.env.CLARIFAI_APP_ID}/workflows/Demographics/results\`, {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ inputs }),
});`,
    },
    {
      name: 'REST path to a workflow named like a public one, CommonJS got (that owner\'s own)',
      filename: 'general.cjs',
      code: `const got = require('got');
module.exports = (inputs) =>
  got.post('https://api.clarifai.com/v2/users/me/apps/my-app/workflows/General/results', {
    headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
    json: { inputs },
  });`,
    },
    {
      name: 'SDK Workflow with shorthand userId / appId (that owner\'s own)',
      filename: 'demographics.ts',
      code: `import { Workflow } from 'clarifai-nodejs';
const userId = 'me';
const appId = 'my-app';
const workflow = new Workflow({ workflowId: 'Demographics', authConfig: { userId, appId, pat: process.env.CLARIFAI_PAT } });`,
    },
    `${PAT}
stub.PostModelOutputs({ ${CLARIFAI_MAIN}, model_id: 'general-image-recognition', inputs }, metadata, callback);`,
    `${PAT}
stub.PostModelOutputs({ ${OWN}, model_id: 'my-custom-classifier', inputs }, metadata, callback);`,
    `${PAT}
stub.PostModelOutputs({ user_app_id: { user_id: 'openai', app_id: 'chat-completion' }, model_id: 'gpt-4o', inputs }, metadata, callback);`,
    // Owners that arrive as parameters may well be right: only owners the file states are judged.
    `${PAT}
export const predict = (userId, appId) =>
  stub.PostModelOutputs({ user_app_id: { user_id: userId, app_id: appId }, model_id: 'face-detection', inputs }, metadata, callback);`,
    // With an API key the call fails for another reason: no-api-key-outside-app reports it.
    `${grpcWith('process.env.CLARIFAI_API_KEY')}
stub.PostModelOutputs({ ${OWN}, model_id: 'face-detection', inputs }, metadata, callback);`,
    `fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ inputs }),
});`,
    `fetch('https://vision.example.com/v2/users/me/apps/my-app/models/face-detection/outputs', {
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
});`,
    `import { Model } from 'clarifai-nodejs';
const model = new Model({ url: 'https://clarifai.com/clarifai/main/models/general-image-recognition', authConfig: { pat: process.env.CLARIFAI_PAT } });`,
    `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
app.models.predict(Clarifai.GENERAL_MODEL, imageUrl);`,
    {
      name: 'your own model that shares a catalogued id (ownResourceIds)',
      code: `${PAT}
stub.PostModelOutputs({ ${OWN}, model_id: 'face-detection', inputs }, metadata, callback);`,
      options: [{ ownResourceIds: ['face-detection'] }],
    },
    {
      name: 'a catalogue entry of another public owner, named correctly (settings.clarifai)',
      code: `${PAT}
stub.PostModelOutputs({ user_app_id: { user_id: 'acme', app_id: 'vision' }, model_id: 'acme-detector', inputs }, metadata, callback);`,
      settings: { clarifai: { clarifaiModelIds: ['acme/vision/acme-detector'] } },
    },
  ],
  invalid: [
    {
      name: "REST fetch copied from the docs with the caller's own USER_ID / APP_ID (public code pattern 2)",
      code: `const PAT = process.env.CLARIFAI_PAT;
const USER_ID = 'ankit00160';
const APP_ID = 'my-first-application';
const MODEL_ID = 'face-detection';
const raw = JSON.stringify({
  user_app_id: { user_id: USER_ID, app_id: APP_ID },
  inputs: [{ data: { image: { url: IMAGE_URL } } }],
});
fetch('https://api.clarifai.com/v2/models/' + MODEL_ID + '/outputs', {
  method: 'POST',
  headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
  body: raw,
});`,
      output: `const PAT = process.env.CLARIFAI_PAT;
const MODEL_ID = 'face-detection';
const raw = JSON.stringify({
  ${CLARIFAI_MAIN},
  inputs: [{ data: { image: { url: IMAGE_URL } } }],
});
fetch('https://api.clarifai.com/v2/models/' + MODEL_ID + '/outputs', {
  method: 'POST',
  headers: { Accept: 'application/json', Authorization: 'Key ' + PAT },
  body: raw,
});`,
      errors: [{ messageId: 'wrongOwner', line: 9, column: 1, endLine: 13, endColumn: 3 }],
    },
    {
      name: 'gRPC naming your own user and app for a Clarifai model',
      code: `${PAT}
stub.PostModelOutputs({ ${OWN}, model_id: 'general-image-recognition', inputs }, metadata, callback);`,
      output: `${PAT}
stub.PostModelOutputs({ ${CLARIFAI_MAIN}, model_id: 'general-image-recognition', inputs }, metadata, callback);`,
      errors: [{ messageId: 'wrongOwner', line: 5, column: 1, endLine: 5, endColumn: 143 }],
    },
    {
      name: 'gRPC camelCase method with the owner read from the environment',
      code: `${PAT}
stub.postModelOutputs(
  {
    user_app_id: { user_id: process.env.CLARIFAI_USER_ID, app_id: process.env.CLARIFAI_APP_ID },
    model_id: 'food-item-recognition',
    inputs,
  },
  metadata,
  callback,
);`,
      output: `${PAT}
stub.postModelOutputs(
  {
    ${CLARIFAI_MAIN},
    model_id: 'food-item-recognition',
    inputs,
  },
  metadata,
  callback,
);`,
      errors: [{ messageId: 'wrongOwner', line: 5, column: 1, endLine: 13, endColumn: 2 }],
    },
    {
      name: 'gRPC with a credential of no telling name',
      code: `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const stub = ClarifaiStub.grpc();
export function tag(token, inputs, callback) {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', 'Key ' + token);
  stub.PostModelOutputs({ ${OWN}, model_id: 'general-image-recognition', inputs }, metadata, callback);
}`,
      output: `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const stub = ClarifaiStub.grpc();
export function tag(token, inputs, callback) {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', 'Key ' + token);
  stub.PostModelOutputs({ ${CLARIFAI_MAIN}, model_id: 'general-image-recognition', inputs }, metadata, callback);
}`,
      errors: [{ messageId: 'wrongOwner', line: 6, column: 3, endLine: 6, endColumn: 145 }],
    },
    {
      name: 'gRPC naming clarifai/main for a model of another public owner',
      code: `${PAT}
stub.PostModelOutputs({ ${CLARIFAI_MAIN}, model_id: 'gpt-4o', inputs }, metadata, callback);`,
      output: `${PAT}
stub.PostModelOutputs({ user_app_id: { user_id: 'openai', app_id: 'chat-completion' }, model_id: 'gpt-4o', inputs }, metadata, callback);`,
      errors: [{ messageId: 'wrongOwner', line: 5, column: 1, endLine: 5, endColumn: 128 }],
    },
    {
      name: 'gRPC with only the user stated, the app from a parameter',
      code: `${PAT}
export const predict = (appId, inputs) =>
  stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: appId }, model_id: 'face-detection', inputs }, metadata, callback);`,
      output: `${PAT}
export const predict = (appId, inputs) =>
  stub.PostModelOutputs({ ${CLARIFAI_MAIN}, model_id: 'face-detection', inputs }, metadata, callback);`,
      errors: [{ messageId: 'wrongOwner', line: 6, column: 3, endLine: 6, endColumn: 137 }],
    },
    {
      name: 'gRPC with shorthand user_id / app_id from constants',
      code: `${PAT}
const user_id = 'me';
const app_id = 'my-app';
stub.PostModelOutputs({ user_app_id: { user_id, app_id }, model_id: 'color-recognition', inputs }, metadata, callback);`,
      output: `${PAT}
const user_id = 'me';
const app_id = 'my-app';
stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, model_id: 'color-recognition', inputs }, metadata, callback);`,
      errors: [{ messageId: 'wrongOwner', line: 7, column: 1, endLine: 7, endColumn: 119 }],
    },
    {
      name: 'gRPC in TypeScript, hex id, request as const',
      filename: 'general.ts',
      code: `${PAT}
const request = { ${OWN}, model_id: 'aaa03c23b3724a16a56b629203edc62c', inputs } as const;
stub.PostModelOutputs(request, metadata, callback);`,
      output: `${PAT}
const request = { ${CLARIFAI_MAIN}, model_id: 'aaa03c23b3724a16a56b629203edc62c', inputs } as const;
stub.PostModelOutputs(request, metadata, callback);`,
      errors: [{ messageId: 'wrongOwner', line: 6, column: 1, endLine: 6, endColumn: 51 }],
    },
    {
      name: 'REST path naming your own user and app',
      code: `fetch('https://api.clarifai.com/v2/users/my-user/apps/my-app/models/food-item-recognition/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ inputs }),
});`,
      output: `fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/food-item-recognition/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ inputs }),
});`,
      errors: [{ messageId: 'wrongOwner', line: 1, column: 1, endLine: 5, endColumn: 3 }],
    },
    {
      name: 'REST template path with owner constants (axios)',
      code: `import axios from 'axios';
const USER_ID = 'my-user';
const APP_ID = 'my-app';
axios.post(\`https://api.clarifai.com/v2/users/\${USER_ID}/apps/\${APP_ID}/models/general-image-recognition/outputs\`, { inputs }, {
  headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` },
});`,
      output: `import axios from 'axios';
axios.post(\`https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs\`, { inputs }, {
  headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` },
});`,
      errors: [{ messageId: 'wrongOwner', line: 4, column: 1, endLine: 6, endColumn: 3 }],
    },
    {
      name: 'TSX component with Create React App owner names in the body',
      filename: 'FaceBox.tsx',
      languageOptions: jsx,
      code: `export function FaceBox({ url }: { url: string }) {
  const detect = () =>
    fetch('https://api.clarifai.com/v2/models/face-detection/outputs', {
      method: 'POST',
      headers: { Authorization: 'Key ' + process.env.REACT_APP_CLARIFAI_PAT },
      body: JSON.stringify({
        user_app_id: { user_id: process.env.REACT_APP_USER_ID, app_id: process.env.REACT_APP_APP_ID },
        inputs: [{ data: { image: { url } } }],
      }),
    });
  return <button onClick={detect}>Detect</button>;
}`,
      output: `export function FaceBox({ url }: { url: string }) {
  const detect = () =>
    fetch('https://api.clarifai.com/v2/models/face-detection/outputs', {
      method: 'POST',
      headers: { Authorization: 'Key ' + process.env.REACT_APP_CLARIFAI_PAT },
      body: JSON.stringify({
        ${CLARIFAI_MAIN},
        inputs: [{ data: { image: { url } } }],
      }),
    });
  return <button onClick={detect}>Detect</button>;
}`,
      errors: [{ messageId: 'wrongOwner', line: 3, column: 5, endLine: 10, endColumn: 7 }],
    },
    {
      name: 'SDK Model by id with the owner from the environment (the SDK README pattern)',
      filename: 'faces.ts',
      code: `import { Model } from 'clarifai-nodejs';
const model = new Model({
  modelId: 'face-detection',
  authConfig: { userId: process.env.CLARIFAI_USER_ID, appId: process.env.CLARIFAI_APP_ID, pat: process.env.CLARIFAI_PAT },
});`,
      output: `import { Model } from 'clarifai-nodejs';
const model = new Model({
  modelId: 'face-detection',
  authConfig: { userId: 'clarifai', appId: 'main', pat: process.env.CLARIFAI_PAT },
});`,
      errors: [{ messageId: 'wrongOwner', line: 2, column: 15, endLine: 5, endColumn: 3 }],
    },
    {
      name: 'SDK Model by URL naming your own user and app',
      filename: 'general.ts',
      code: `import { Model } from 'clarifai-nodejs';
const model = new Model({ url: 'https://clarifai.com/my-user/my-app/models/general-image-recognition', authConfig: { pat: process.env.CLARIFAI_PAT } });`,
      output: `import { Model } from 'clarifai-nodejs';
const model = new Model({ url: 'https://clarifai.com/clarifai/main/models/general-image-recognition', authConfig: { pat: process.env.CLARIFAI_PAT } });`,
      errors: [{ messageId: 'wrongOwner', line: 2, column: 15, endLine: 2, endColumn: 152 }],
    },
    {
      name: 'SDK Model with modelUserAppId, which the Model constructor ignores: authConfig names the owner',
      filename: 'faces.ts',
      code: `import { Model } from 'clarifai-nodejs';
const model = new Model({
  modelId: 'face-detection',
  modelUserAppId: { userId: 'clarifai', appId: 'main' },
  authConfig: { userId: 'me', appId: 'my-app', pat: process.env.CLARIFAI_PAT },
});`,
      output: `import { Model } from 'clarifai-nodejs';
const model = new Model({
  modelId: 'face-detection',
  modelUserAppId: { userId: 'clarifai', appId: 'main' },
  authConfig: { userId: 'clarifai', appId: 'main', pat: process.env.CLARIFAI_PAT },
});`,
      errors: [{ messageId: 'wrongOwner', line: 2, column: 15, endLine: 6, endColumn: 3 }],
    },
    {
      name: 'legacy client naming your own app, used only for a Clarifai model',
      code: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'me', appId: 'my-app' });
app.models.predict(Clarifai.APPAREL_MODEL, imageUrl);`,
      output: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
app.models.predict(Clarifai.APPAREL_MODEL, imageUrl);`,
      errors: [{ messageId: 'wrongOwner', line: 3, column: 1, endLine: 3, endColumn: 53 }],
    },
    {
      name: 'legacy client naming your own app, also used for your inputs: a second client for clarifai/main',
      filename: 'App.jsx',
      languageOptions: jsx,
      code: `import Clarifai from 'clarifai';
const app = new Clarifai.App({ apiKey: process.env.REACT_APP_CLARIFAI_PAT, userId: 'me', appId: 'my-app' });
export const App = ({ url }) => {
  const run = () => app.inputs.create({ url }).then(() => app.models.predict('food-item-recognition', url));
  return <button onClick={run}>Go</button>;
};`,
      output: `import Clarifai from 'clarifai';
const app = new Clarifai.App({ apiKey: process.env.REACT_APP_CLARIFAI_PAT, userId: 'me', appId: 'my-app' });
const clarifaiMainApp = new Clarifai.App({ apiKey: process.env.REACT_APP_CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
export const App = ({ url }) => {
  const run = () => app.inputs.create({ url }).then(() => clarifaiMainApp.models.predict('food-item-recognition', url));
  return <button onClick={run}>Go</button>;
};`,
      errors: [{ messageId: 'wrongOwner', line: 4, column: 59, endLine: 4, endColumn: 107 }],
    },
    {
      name: 'a catalogue entry of another public owner (options)',
      code: `${PAT}
stub.PostModelOutputs({ ${CLARIFAI_MAIN}, model_id: 'acme-detector', inputs }, metadata, callback);`,
      output: `${PAT}
stub.PostModelOutputs({ user_app_id: { user_id: 'acme', app_id: 'vision' }, model_id: 'acme-detector', inputs }, metadata, callback);`,
      options: [{ clarifaiModelIds: ['acme/vision/acme-detector'] }],
      errors: [{ messageId: 'wrongOwner', line: 5, column: 1, endLine: 5, endColumn: 135 }],
    },
  ],
});
