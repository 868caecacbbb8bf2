import rule from '../../src/rules/no-legacy-credentials.js';
import { jsx, RuleTester } from '../rule-tester.js';

const ruleTester = new RuleTester();

ruleTester.run('no-legacy-credentials', rule, {
  valid: [
    `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });`,
    `import Clarifai from 'clarifai';
const app = new Clarifai.App({ sessionToken });`,
    `fetch('https://api.clarifai.com/v2/models/face-detection/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs }),
});`,
    // The OpenAI-compatible endpoint takes the PAT as a Bearer token.
    `fetch('https://api.clarifai.com/v2/ext/openai/v1/chat/completions', {
  method: 'POST',
  headers: { Authorization: 'Bearer ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ model: 'https://clarifai.com/openai/chat-completion/models/gpt-4o', messages }),
});`,
    // Another service's Bearer token, in a file that also calls Clarifai.
    `import axios from 'axios';
await axios.get('https://api.github.com/user', { headers: { Authorization: \`Bearer \${githubToken}\` } });
await axios.post('https://api.clarifai.com/v2/inputs', { inputs }, { headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` } });`,
    // Client id / secret for something other than Clarifai.
    `import { App } from '@octokit/app';
import Clarifai from 'clarifai';
const github = new App({ appId, privateKey, oauth: { clientId, clientSecret } });
const octo = new App(appId, clientSecret);`,
    `import auth from './auth';
import Clarifai from 'clarifai';
auth.initialize({ clientId, clientSecret });`,
  ],
  invalid: [
    {
      name: 'legacy client built from a client id and secret (clarifai 2.0)',
      filename: 'clarifai.cjs',
      code: `const Clarifai = require('clarifai');
const app = new Clarifai.App('my-client-id', 'my-client-secret');`,
      output: null,
      errors: [{ messageId: 'clientSecret', line: 2, column: 13, endLine: 2, endColumn: 65 }],
    },
    {
      name: 'legacy client from env vars with options, ES module',
      filename: 'clarifai.mjs',
      code: `import Clarifai from 'clarifai';
export const app = new Clarifai.App(process.env.CLARIFAI_CLIENT_ID, process.env.CLARIFAI_CLIENT_SECRET, { apiEndpoint });`,
      output: null,
      errors: [{ messageId: 'clientSecret', line: 2, column: 20, endLine: 2, endColumn: 121 }],
    },
    {
      name: 'legacy client with clientId / clientSecret in an options object',
      code: `const Clarifai = require('clarifai');
const app = new Clarifai.App({
  clientId: process.env.CLARIFAI_CLIENT_ID,
  clientSecret: process.env.CLARIFAI_CLIENT_SECRET,
});`,
      output: null,
      errors: [{ messageId: 'clientSecret', line: 2, column: 13, endLine: 5, endColumn: 3 }],
    },
    {
      name: 'legacy App destructured from require, snake_case client_secret',
      code: `const { App } = require('clarifai');
const app = new App({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET });`,
      output: null,
      errors: [{ messageId: 'clientSecret', line: 2, column: 13, endLine: 2, endColumn: 76 }],
    },
    {
      name: 'the 1.x client: Clarifai.initialize',
      code: `const Clarifai = require('clarifai');
Clarifai.initialize({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
Clarifai.getTagsByUrl(imageUrl).then(show);`,
      output: null,
      errors: [{ messageId: 'clientSecret', line: 2, column: 1, endLine: 2, endColumn: 74 }],
    },
    {
      name: 'the v1 access-token endpoint with fetch',
      code: `const token = await fetch('https://api.clarifai.com/v1/token', {
  method: 'POST',
  body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }),
});`,
      output: null,
      errors: [{ messageId: 'tokenEndpoint', line: 1, column: 21, endLine: 4, endColumn: 3 }],
    },
    {
      name: 'the token endpoint under v2, with axios in TypeScript',
      filename: 'token.ts',
      code: `import axios from 'axios';
export const getToken = (id: string, secret: string) =>
  axios.post('https://api.clarifai.com/v2/token', null, { auth: { username: id, password: secret } });`,
      output: null,
      errors: [{ messageId: 'tokenEndpoint', line: 3, column: 3, endLine: 3, endColumn: 102 }],
    },
    {
      name: 'a Bearer access token for the v2 API (fetch)',
      code: `fetch('https://api.clarifai.com/v2/models/general-image-recognition/outputs', {
  method: 'POST',
  headers: { Authorization: 'Bearer ' + accessToken },
  body: JSON.stringify({ user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs }),
});`,
      output: null,
      errors: [{ messageId: 'bearerToken', line: 3, column: 29, endLine: 3, endColumn: 52 }],
    },
    {
      // The request's URL is the instance's baseURL joined with the call's path.
      name: 'a Bearer token in a template, axios.create instance',
      code: `import axios from 'axios';
const clarifai = axios.create({
  baseURL: 'https://api.clarifai.com/v2',
  headers: { Authorization: \`Bearer \${session.accessToken}\` },
});
clarifai.post('/inputs', { inputs });`,
      output: null,
      errors: [{ messageId: 'bearerToken', line: 4, column: 29, endLine: 4, endColumn: 60 }],
    },
    {
      name: 'a Bearer token set on a superagent chain',
      code: `import superagent from 'superagent';
superagent
  .post('https://api.clarifai.com/v2/inputs')
  .set('Authorization', 'Bearer ' + token)
  .send({ inputs });`,
      output: null,
      errors: [{ messageId: 'bearerToken', line: 4, column: 25, endLine: 4, endColumn: 42 }],
    },
    {
      name: 'the v1 tag endpoint with a Bearer token, got in CommonJS',
      filename: 'tags.cjs',
      code: `const got = require('got');
module.exports = (url) =>
  got('https://api.clarifai.com/v1/tag/?url=' + encodeURIComponent(url), { headers: { Authorization: 'Bearer ' + ACCESS_TOKEN } });`,
      output: null,
      errors: [{ messageId: 'bearerToken', line: 3, column: 102, endLine: 3, endColumn: 126 }],
    },
    {
      name: 'a Bearer token through a const, in a JSX component',
      filename: 'Tags.jsx',
      languageOptions: jsx,
      code: `const AUTH = 'Bearer ' + localStorage.getItem('clarifaiToken');
export const Tags = ({ url }) => (
  <button onClick={() => fetch('https://api.clarifai.com/v2/inputs', { method: 'POST', headers: { Authorization: AUTH }, body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }) })}>
    Save
  </button>
);`,
      output: null,
      errors: [{ messageId: 'bearerToken', line: 3, column: 114, endLine: 3, endColumn: 118 }],
    },
    {
      name: 'legacy client with a client secret in a TSX component',
      filename: 'App.tsx',
      languageOptions: jsx,
      code: `import Clarifai from 'clarifai';
const app = new Clarifai.App({ clientId: process.env.REACT_APP_CLIENT_ID, clientSecret: process.env.REACT_APP_CLIENT_SECRET });
export const App = () => <main>{String(Boolean(app))}</main>;`,
      output: null,
      errors: [{ messageId: 'clientSecret', line: 2, column: 13, endLine: 2, endColumn: 127 }],
    },
  ],
});
