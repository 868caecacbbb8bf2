import rule from '../../src/rules/require-user-app-id.js';
import { jsx, RuleTester } from '../rule-tester.js';
import { grpcWith } from '../snippets.js';

const ruleTester = new RuleTester();

const PAT = grpcWith('process.env.CLARIFAI_PAT');
const API_KEY = grpcWith('process.env.CLARIFAI_API_KEY');
const CLARIFAI_MAIN = "user_app_id: { user_id: 'clarifai', app_id: 'main' }";
const OWNER_PATH_FROM_ENV = "process.env.CLARIFAI_USER_ID + '/apps/' + process.env.CLARIFAI_APP_ID";
/** A REST POST sending a PAT from the environment, with `body` as written. */
const patPost = (url: string, body: string) => `fetch('${url}', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: ${body},
});`;
const OWNER_FROM_ENV = 'user_app_id: { user_id: process.env.CLARIFAI_USER_ID, app_id: process.env.CLARIFAI_APP_ID }';

ruleTester.run('require-user-app-id', rule, {
  valid: [
    `${PAT}
stub.PostModelOutputs({ ${CLARIFAI_MAIN}, model_id: 'face-detection', inputs }, metadata, callback);`,
    `fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ inputs }),
});`,
    // An API key needs no owner: it is the key's own app.
    `${API_KEY}
stub.PostInputs({ inputs }, metadata, callback);`,
    // An API key for a Clarifai model is no-api-key-outside-app's to report.
    `${API_KEY}
stub.PostModelOutputs({ model_id: 'face-detection', inputs }, metadata, callback);`,
    // A credential with no telling name, for your own data: the rule does not guess.
    `${grpcWith('token')}
stub.PostInputs({ inputs }, metadata, callback);`,
    // An owner that arrives as a parameter.
    `${PAT}
export const predict = (userId, appId, inputs, callback) =>
  stub.PostModelOutputs({ user_app_id: { user_id: userId, app_id: appId }, model_id: 'my-model', inputs }, metadata, callback);`,
    // A request built elsewhere.
    `${PAT}
export const send = (request, callback) => stub.PostModelOutputs(request, metadata, callback);`,
    // The SDK reads CLARIFAI_USER_ID / CLARIFAI_APP_ID itself when there is no authConfig.
    `import { Model } from 'clarifai-nodejs';
const model = new Model({ modelId: 'my-model' });`,
    `import { Workflow } from 'clarifai-nodejs';
const workflow = new Workflow({ url: 'https://clarifai.com/clarifai/main/workflows/General', authConfig: { pat: process.env.CLARIFAI_PAT } });`,
    `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
app.models.predict('general-image-recognition', imageUrl);`,
    `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://api.clarifai.com/v2/ext/openai/v1', apiKey: process.env.CLARIFAI_PAT });
await fetch('https://api.clarifai.com/v2/ext/openai/v1/models', { headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT } });`,
    {
      // GET endpoints take the owner as query parameters (`?user_app_id.user_id=…&user_app_id.app_id=…`,
      // clarifai-api-facts §4).
      name: 'owner in the query string of a GET',
      code: `fetch('https://api.clarifai.com/v2/models?user_app_id.user_id=clarifai&user_app_id.app_id=main', {
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
});`,
    },
    {
      name: "a user-scoped endpoint (a user's audit log) needs a user, not an app",
      code: patPost('https://api.clarifai.com/v2/users/me/audit_log/searches', 'JSON.stringify({ query: {} })'),
    },
    {
      name: 'a JSON text body that names the owner',
      code: patPost('https://api.clarifai.com/v2/inputs/searches', `'{"user_app_id": {"user_id": "me", "app_id": "pets"}, "query": {}}'`),
    },
  ],
  invalid: [
    {
      name: 'gRPC PAT, Clarifai model, request laid out over lines (the docs shape without its owner)',
      code: `${PAT}
stub.PostModelOutputs(
  {
    model_id: 'general-image-recognition',
    version_id: 'aa7f35c01e0642fda5cf400f543e7c40',
    inputs: [{ data: { image: { url: IMAGE_URL, allow_duplicate_url: true } } }],
  },
  metadata,
  (err, response) => {
    if (err) throw err;
  },
);`,
      output: `${PAT}
stub.PostModelOutputs(
  {
    ${CLARIFAI_MAIN},
    model_id: 'general-image-recognition',
    version_id: 'aa7f35c01e0642fda5cf400f543e7c40',
    inputs: [{ data: { image: { url: IMAGE_URL, allow_duplicate_url: true } } }],
  },
  metadata,
  (err, response) => {
    if (err) throw err;
  },
);`,
      errors: [{ messageId: 'missingOwner', line: 5, column: 1, endLine: 15, endColumn: 2, suggestions: null }],
    },
    {
      name: 'gRPC camelCase method, Clarifai workflow',
      code: `${PAT}
stub.postWorkflowResults({ workflow_id: 'Face-Sentiment', inputs }, metadata, callback);`,
      output: `${PAT}
stub.postWorkflowResults({ ${CLARIFAI_MAIN}, workflow_id: 'Face-Sentiment', inputs }, metadata, callback);`,
      errors: [{ messageId: 'missingOwner', line: 5, column: 1, endLine: 5, endColumn: 88, suggestions: null }],
    },
    {
      name: 'gRPC PAT for your own app data: the owner comes from the environment (suggestion)',
      code: `${PAT}
stub.PostInputs({ inputs }, metadata, callback);`,
      output: null,
      errors: [
        {
          messageId: 'missingOwner',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'addOwnerFromUnreadEnv',
              output: `${PAT}
stub.PostInputs({ ${OWNER_FROM_ENV}, inputs }, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'gRPC with a credential of no telling name, for a Clarifai model',
      code: `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const stub = ClarifaiStub.grpc();
export function detectFaces(token, inputs, callback) {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', 'Key ' + token);
  stub.PostModelOutputs({ model_id: 'face-detection', inputs }, metadata, callback);
}`,
      output: `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const stub = ClarifaiStub.grpc();
export function detectFaces(token, inputs, callback) {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', 'Key ' + token);
  stub.PostModelOutputs({ ${CLARIFAI_MAIN}, model_id: 'face-detection', inputs }, metadata, callback);
}`,
      errors: [{ messageId: 'missingPublicOwner', line: 6, column: 3, endLine: 6, endColumn: 84, suggestions: null }],
    },
    {
      name: "gRPC with the docs' placeholder token left in",
      code: `${grpcWith("'YOUR_PAT_HERE'")}
stub.PostModelOutputs({ model_id: 'general-image-recognition', inputs }, metadata, callback);`,
      output: `${grpcWith("'YOUR_PAT_HERE'")}
stub.PostModelOutputs({ ${CLARIFAI_MAIN}, model_id: 'general-image-recognition', inputs }, metadata, callback);`,
      errors: [{ messageId: 'missingOwner', line: 5, column: 1, endLine: 5, endColumn: 93, suggestions: null }],
    },
    {
      name: 'gRPC request in a const, built with a spread',
      code: `${PAT}
const base = { model_id: 'color-recognition' };
const request = { ...base, inputs };
stub.PostModelOutputs(request, metadata, callback);`,
      output: `${PAT}
const base = { model_id: 'color-recognition' };
const request = { ${CLARIFAI_MAIN}, ...base, inputs };
stub.PostModelOutputs(request, metadata, callback);`,
      errors: [{ messageId: 'missingOwner', line: 7, column: 1, endLine: 7, endColumn: 51, suggestions: null }],
    },
    {
      name: 'gRPC, a name the user declared a PAT (patNames)',
      code: `${grpcWith('MY_TOKEN')}
stub.PostInputs({ inputs }, metadata, callback);`,
      output: null,
      options: [{ patNames: ['MY_TOKEN'] }],
      errors: [
        {
          messageId: 'missingOwner',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'addOwnerFromUnreadEnv',
              output: `${grpcWith('MY_TOKEN')}
stub.PostInputs({ ${OWNER_FROM_ENV}, inputs }, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST fetch, the docs snippet (double quotes, quoted JSON keys) without its owner',
      code: `const PAT = process.env.CLARIFAI_PAT;
const MODEL_ID = "general-image-recognition";
const raw = JSON.stringify({
  "inputs": [{ "data": { "image": { "url": IMAGE_URL } } }]
});
fetch("https://api.clarifai.com/v2/models/" + MODEL_ID + "/outputs", {
  method: "POST",
  headers: { "Accept": "application/json", "Authorization": "Key " + PAT },
  body: raw
});`,
      output: `const PAT = process.env.CLARIFAI_PAT;
const MODEL_ID = "general-image-recognition";
const raw = JSON.stringify({
  "user_app_id": { "user_id": "clarifai", "app_id": "main" },
  "inputs": [{ "data": { "image": { "url": IMAGE_URL } } }]
});
fetch("https://api.clarifai.com/v2/models/" + MODEL_ID + "/outputs", {
  method: "POST",
  headers: { "Accept": "application/json", "Authorization": "Key " + PAT },
  body: raw
});`,
      errors: [{ messageId: 'missingOwner', line: 6, column: 1, endLine: 10, endColumn: 3, suggestions: null }],
    },
    {
      name: 'REST fetch with a Headers object filled by append',
      code: `const headers = new Headers();
headers.append('Authorization', 'Key ' + process.env.CLARIFAI_PAT);
fetch('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers, body: JSON.stringify({ inputs }) });`,
      output: `const headers = new Headers();
headers.append('Authorization', 'Key ' + process.env.CLARIFAI_PAT);
fetch('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers, body: JSON.stringify({ ${CLARIFAI_MAIN}, inputs }) });`,
      errors: [{ messageId: 'missingOwner', line: 3, column: 1, endLine: 3, endColumn: 130, suggestions: null }],
    },
    {
      name: 'REST GET without a body: the owner goes into the path',
      code: `fetch('https://api.clarifai.com/v2/models/face-detection/versions', { headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` } });`,
      output: `fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/versions', { headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` } });`,
      errors: [{ messageId: 'missingOwner', line: 1, column: 1, endLine: 1, endColumn: 135, suggestions: null }],
    },
    {
      name: 'REST POST for your own model: the owner from the environment goes into the body',
      code: `fetch('https://api.clarifai.com/v2/models/my-model/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ inputs }),
});`,
      output: null,
      errors: [
        {
          messageId: 'missingOwner',
          line: 1,
          column: 1,
          endLine: 5,
          endColumn: 3,
          suggestions: [
            {
              messageId: 'addOwnerFromUnreadEnv',
              output: `fetch('https://api.clarifai.com/v2/models/my-model/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ ${OWNER_FROM_ENV}, inputs }),
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST axios GET with a template URL: the owner from the environment goes into the template',
      code: `import axios from 'axios';
export const versions = (modelId) =>
  axios.get(\`https://api.clarifai.com/v2/models/\${modelId}/versions\`, {
    headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` },
  });`,
      output: null,
      errors: [
        {
          messageId: 'missingOwner',
          line: 3,
          column: 3,
          endLine: 5,
          endColumn: 5,
          suggestions: [
            {
              messageId: 'addOwnerFromUnreadEnv',
              output: `import axios from 'axios';
export const versions = (modelId) =>
  axios.get(\`https://api.clarifai.com/v2/users/\${process.env.CLARIFAI_USER_ID}/apps/\${process.env.CLARIFAI_APP_ID}/models/\${modelId}/versions\`, {
    headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` },
  });`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST GET with a plain string URL: the owner from the environment is concatenated in',
      code: `const inputs = await fetch('https://api.clarifai.com/v2/inputs', { headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT } });`,
      output: null,
      errors: [
        {
          messageId: 'missingOwner',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 132,
          suggestions: [
            {
              messageId: 'addOwnerFromUnreadEnv',
              output: `const inputs = await fetch('https://api.clarifai.com/v2/users/' + process.env.CLARIFAI_USER_ID + '/apps/' + process.env.CLARIFAI_APP_ID + '/inputs', { headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST axios.post in TypeScript, PAT through a non-null const',
      filename: 'food.ts',
      code: `import axios from 'axios';
const PAT: string = process.env.CLARIFAI_PAT!;
export const predictFood = (url: string) =>
  axios.post('https://api.clarifai.com/v2/models/food-item-recognition/outputs', { inputs: [{ data: { image: { url } } }] }, { headers: { Authorization: \`Key \${PAT}\` } });`,
      output: `import axios from 'axios';
const PAT: string = process.env.CLARIFAI_PAT!;
export const predictFood = (url: string) =>
  axios.post('https://api.clarifai.com/v2/models/food-item-recognition/outputs', { ${CLARIFAI_MAIN}, inputs: [{ data: { image: { url } } }] }, { headers: { Authorization: \`Key \${PAT}\` } });`,
      errors: [{ messageId: 'missingOwner', line: 4, column: 3, endLine: 4, endColumn: 171, suggestions: null }],
    },
    {
      name: 'REST got with a json body, CommonJS',
      filename: 'apparel.cjs',
      code: `const got = require('got');
exports.apparel = (url) =>
  got.post('https://api.clarifai.com/v2/models/apparel-recognition/outputs', {
    headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
    json: { inputs: [{ data: { image: { url } } }] },
  });`,
      output: `const got = require('got');
exports.apparel = (url) =>
  got.post('https://api.clarifai.com/v2/models/apparel-recognition/outputs', {
    headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
    json: { ${CLARIFAI_MAIN}, inputs: [{ data: { image: { url } } }] },
  });`,
      errors: [{ messageId: 'missingOwner', line: 3, column: 3, endLine: 6, endColumn: 5, suggestions: null }],
    },
    {
      name: 'REST superagent chain with a hex model id',
      code: `import request from 'superagent';
request
  .post('https://api.clarifai.com/v2/models/aaa03c23b3724a16a56b629203edc62c/outputs')
  .set('Authorization', 'Key ' + process.env.CLARIFAI_PAT)
  .send({ inputs });`,
      output: `import request from 'superagent';
request
  .post('https://api.clarifai.com/v2/models/aaa03c23b3724a16a56b629203edc62c/outputs')
  .set('Authorization', 'Key ' + process.env.CLARIFAI_PAT)
  .send({ ${CLARIFAI_MAIN}, inputs });`,
      errors: [{ messageId: 'missingOwner', line: 2, column: 1, endLine: 3, endColumn: 87, suggestions: null }],
    },
    {
      name: 'TSX component, Create React App env names',
      filename: 'Colors.tsx',
      languageOptions: jsx,
      code: `export const Colors = ({ url }: { url: string }) => {
  const run = () =>
    fetch('https://api.clarifai.com/v2/models/color-recognition/outputs', {
      method: 'POST',
      headers: { Authorization: 'Key ' + process.env.REACT_APP_CLARIFAI_PAT },
      body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),
    });
  return <button onClick={run}>Colors</button>;
};`,
      output: `export const Colors = ({ url }: { url: string }) => {
  const run = () =>
    fetch('https://api.clarifai.com/v2/models/color-recognition/outputs', {
      method: 'POST',
      headers: { Authorization: 'Key ' + process.env.REACT_APP_CLARIFAI_PAT },
      body: JSON.stringify({ ${CLARIFAI_MAIN}, inputs: [{ data: { image: { url } } }] }),
    });
  return <button onClick={run}>Colors</button>;
};`,
      errors: [{ messageId: 'missingOwner', line: 3, column: 5, endLine: 7, endColumn: 7, suggestions: null }],
    },
    {
      name: 'JSX component, Vite env names for your own inputs',
      filename: 'Upload.jsx',
      languageOptions: jsx,
      code: `export function Upload({ url }) {
  const save = () =>
    fetch('https://api.clarifai.com/v2/inputs', {
      method: 'POST',
      headers: { Authorization: \`Key \${import.meta.env.VITE_CLARIFAI_PAT}\` },
      body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),
    });
  return <button onClick={save}>Save</button>;
}`,
      output: null,
      errors: [
        {
          messageId: 'missingOwner',
          line: 3,
          column: 5,
          endLine: 7,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'addOwnerFromUnreadEnv',
              output: `export function Upload({ url }) {
  const save = () =>
    fetch('https://api.clarifai.com/v2/inputs', {
      method: 'POST',
      headers: { Authorization: \`Key \${import.meta.env.VITE_CLARIFAI_PAT}\` },
      body: JSON.stringify({ user_app_id: { user_id: import.meta.env.VITE_CLARIFAI_USER_ID, app_id: import.meta.env.VITE_CLARIFAI_APP_ID }, inputs: [{ data: { image: { url } } }] }),
    });
  return <button onClick={save}>Save</button>;
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'SDK Model by id with authConfig that names no owner',
      filename: 'faces.ts',
      code: `import { Model } from 'clarifai-nodejs';
const model = new Model({ modelId: 'face-detection', authConfig: { pat: process.env.CLARIFAI_PAT } });`,
      output: `import { Model } from 'clarifai-nodejs';
const model = new Model({ modelId: 'face-detection', authConfig: { pat: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' } });`,
      errors: [{ messageId: 'missingOwner', line: 2, column: 15, endLine: 2, endColumn: 102, suggestions: null }],
    },
    {
      name: 'SDK Workflow of your own with authConfig that names no owner',
      filename: 'workflow.ts',
      code: `import { Workflow } from 'clarifai-nodejs';
const workflow = new Workflow({ workflowId: 'my-workflow', authConfig: { pat: process.env.CLARIFAI_PAT } });`,
      output: null,
      errors: [
        {
          messageId: 'missingOwner',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'addOwnerFromUnreadEnv',
              output: `import { Workflow } from 'clarifai-nodejs';
const workflow = new Workflow({ workflowId: 'my-workflow', authConfig: { pat: process.env.CLARIFAI_PAT, userId: process.env.CLARIFAI_USER_ID, appId: process.env.CLARIFAI_APP_ID } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'legacy client with a PAT that serves only Clarifai models',
      code: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT });
app.models.predict(Clarifai.GENERAL_MODEL, imageUrl);`,
      output: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
app.models.predict(Clarifai.GENERAL_MODEL, imageUrl);`,
      errors: [{ messageId: 'missingOwner', line: 3, column: 1, endLine: 3, endColumn: 53, suggestions: null }],
    },
    {
      name: 'legacy client with a PAT and no owner, beside a client for your own app',
      code: `import Clarifai from 'clarifai';
export const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'me', appId: 'my-app' });
const clarifai = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT });
app.workflow.predict('my-workflow', imageUrl);
clarifai.models.predict(Clarifai.COLOR_MODEL, imageUrl);`,
      output: `import Clarifai from 'clarifai';
export const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'me', appId: 'my-app' });
const clarifai = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
app.workflow.predict('my-workflow', imageUrl);
clarifai.models.predict(Clarifai.COLOR_MODEL, imageUrl);`,
      errors: [{ messageId: 'missingOwner', line: 5, column: 1, endLine: 5, endColumn: 56, suggestions: null }],
    },
    {
      // The legacy client sends a PAT with every call of the App, and without userId/appId it names no owner for
      // any of them (clarifai-api-facts §3).
      name: 'legacy client with a PAT and no owner, used for your own inputs',
      code: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT });
app.inputs.create({ url: imageUrl });`,
      output: null,
      errors: [
        {
          messageId: 'missingOwner',
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'addOwnerFromUnreadEnv',
              output: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: process.env.CLARIFAI_USER_ID, appId: process.env.CLARIFAI_APP_ID });
app.inputs.create({ url: imageUrl });`,
            },
          ],
        },
      ],
    },
    {
      // clarifai-nodejs-grpc loads its protos with keepCase, so camelCase keys are dropped without an error
      // (clarifai-api-facts §1.3): this request reaches the server with no owner.
      name: 'gRPC request naming its owner in camelCase, which the stub drops',
      code: `${PAT}
stub.PostModelOutputs({ userAppId: { userId: 'clarifai', appId: 'main' }, model_id: 'face-detection', inputs }, metadata, callback);`,
      output: `${PAT}
stub.PostModelOutputs({ ${CLARIFAI_MAIN}, model_id: 'face-detection', inputs }, metadata, callback);`,
      errors: [{ messageId: 'missingOwner', line: 5, column: 1, endLine: 5, endColumn: 132, suggestions: null }],
    },
    {
      name: "a JSON text body ('{}') is read: it names no owner, so the suggestion asks whose app it is (an owner from env names the code never mentions is a guess)",
      code: patPost('https://api.clarifai.com/v2/inputs/searches', "'{}'"),
      output: null,
      errors: [
        {
          ...{ messageId: 'missingOwner', line: 1, column: 1, endLine: 5, endColumn: 3 },
          suggestions: [{ messageId: 'addOwnerFromUnreadEnv', output: patPost(`https://api.clarifai.com/v2/users/' + ${OWNER_PATH_FROM_ENV} + '/inputs/searches`, "'{}'") }],
        },
      ],
    },
    {
      name: 'REST headers from a helper in another module, Clarifai workflow: the credential must be a PAT naming clarifai/main',
      code: `import axios from 'axios';
import { authHeaders } from './auth.js';
axios.post('https://api.clarifai.com/v2/workflows/Demographics/results', { inputs }, { headers: authHeaders() });`,
      output: `import axios from 'axios';
import { authHeaders } from './auth.js';
axios.post('https://api.clarifai.com/v2/workflows/Demographics/results', { ${CLARIFAI_MAIN}, inputs }, { headers: authHeaders() });`,
      errors: [{ messageId: 'missingPublicOwner', line: 3, column: 1, endLine: 3, endColumn: 113, suggestions: null }],
    },
    {
      name: 'more clients: request-promise: json body',
      code: `import rp from 'request-promise';
rp({ method: 'POST', uri: 'https://api.clarifai.com/v2/models/face-detection/outputs', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, body: { inputs }, json: true });`,
      output: `import rp from 'request-promise';
rp({ method: 'POST', uri: 'https://api.clarifai.com/v2/models/face-detection/outputs', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, body: { ${CLARIFAI_MAIN}, inputs }, json: true });`,
      errors: [{ messageId: 'missingOwner', line: 2, column: 1, endLine: 2, endColumn: 182, suggestions: null }],
    },
    {
      name: 'more clients: needle.post(url, data, options)',
      code: `const needle = require('needle');
needle.post('https://api.clarifai.com/v2/models/face-detection/outputs', { inputs }, { headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, json: true });`,
      output: `const needle = require('needle');
needle.post('https://api.clarifai.com/v2/models/face-detection/outputs', { ${CLARIFAI_MAIN}, inputs }, { headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, json: true });`,
      errors: [{ messageId: 'missingOwner', line: 2, column: 1, endLine: 2, endColumn: 164, suggestions: null }],
    },
    {
      name: 'more clients: ky instance with prefixUrl',
      code: `import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.clarifai.com/v2', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT } });
api.post('models/face-detection/outputs', { json: { inputs } });`,
      output: `import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.clarifai.com/v2', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT } });
api.post('models/face-detection/outputs', { json: { ${CLARIFAI_MAIN}, inputs } });`,
      errors: [{ messageId: 'missingOwner', line: 3, column: 1, endLine: 3, endColumn: 64, suggestions: null }],
    },
    {
      name: 'more clients: undici request',
      code: `import { request } from 'undici';
request('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, body: JSON.stringify({ inputs }) });`,
      output: `import { request } from 'undici';
request('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, body: JSON.stringify({ ${CLARIFAI_MAIN}, inputs }) });`,
      errors: [{ messageId: 'missingOwner', line: 2, column: 1, endLine: 2, endColumn: 186, suggestions: null }],
    },
    {
      name: 'more clients: https.request with hostname and path, body written on the request',
      code: `import https from 'node:https';
const req = https.request({ hostname: 'api.clarifai.com', path: '/v2/models/face-detection/outputs', method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT } });
req.end(JSON.stringify({ inputs }));`,
      output: `import https from 'node:https';
const req = https.request({ hostname: 'api.clarifai.com', path: '/v2/models/face-detection/outputs', method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT } });
req.end(JSON.stringify({ ${CLARIFAI_MAIN}, inputs }));`,
      errors: [{ messageId: 'missingOwner', line: 2, column: 13, endLine: 2, endColumn: 182, suggestions: null }],
    },
  ],
});
