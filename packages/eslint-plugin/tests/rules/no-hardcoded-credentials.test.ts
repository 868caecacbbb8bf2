import rule from '../../src/rules/no-hardcoded-credentials.js';
import { jsx, RuleTester } from '../rule-tester.js';
import { FAKE_KEY, FAKE_PAT, grpcWith } from '../snippets.js';

const ruleTester = new RuleTester();

ruleTester.run('no-hardcoded-credentials', rule, {
  valid: [
    `const PAT = process.env.CLARIFAI_PAT;
fetch('https://api.clarifai.com/v2/inputs', { headers: { Authorization: 'Key ' + PAT } });`,
    // Placeholders copied from Clarifai's docs are not secrets.
    `const PAT = 'YOUR_PAT_HERE';
const CLARIFAI_API_KEY = '<your-clarifai-api-key>';
${grpcWith("'YOUR_CLARIFAI_API_KEY'")}`,
    `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: '********************************' });`,
    // Hex ids that are not credentials.
    `const MODEL_ID = 'general-image-recognition';
const MODEL_VERSION_ID = 'aa7f35c01e0642fda5cf400f543e7c40';
const CLARIFAI_APP_ID = 'my-first-application-2024';
fetch(\`https://api.clarifai.com/v2/models/\${MODEL_ID}/versions/\${MODEL_VERSION_ID}/outputs\`, { method: 'POST' });`,
    // A key for another service, in a file that calls Clarifai.
    `import Stripe from 'stripe';
import { Model } from 'clarifai-nodejs';
const stripe = new Stripe({ apiKey: 'sk_test_${FAKE_KEY}' });`,
    `const CLARIFAI_PAT = 'short1';`,
  ],
  invalid: [
    {
      name: 'a PAT constant sent in a fetch header',
      code: `const PAT = '${FAKE_PAT}';
fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + PAT },
  body: JSON.stringify({ inputs }),
});`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `const PAT = process.env.CLARIFAI_PAT;
fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', {
  method: 'POST',
  headers: { Authorization: 'Key ' + PAT },
  body: JSON.stringify({ inputs }),
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'a key written into the gRPC metadata, scheme included (the README pattern)',
      code: `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ${FAKE_KEY}');
stub.PostInputs({ inputs }, metadata, callback);`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `${grpcWith('process.env.CLARIFAI_PAT')}
stub.PostInputs({ inputs }, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a key in the legacy client, in a React component (the course repositories)',
      filename: 'App.jsx',
      languageOptions: jsx,
      code: `import Clarifai from 'clarifai';
const app = new Clarifai.App({ apiKey: '${FAKE_KEY}' });
export const App = ({ input }) => <button onClick={() => app.models.predict(Clarifai.FACE_DETECT_MODEL, input)}>Detect</button>;`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `import Clarifai from 'clarifai';
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });
export const App = ({ input }) => <button onClick={() => app.models.predict(Clarifai.FACE_DETECT_MODEL, input)}>Detect</button>;`,
            },
          ],
        },
      ],
    },
    {
      name: 'a key in the legacy client that is not used yet, CommonJS',
      filename: 'clarifai.cjs',
      code: `const Clarifai = require('clarifai');
module.exports = new Clarifai.App({ apiKey: '${FAKE_KEY}' });`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 2,
          column: 45,
          endLine: 2,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `const Clarifai = require('clarifai');
module.exports = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });`,
            },
          ],
        },
      ],
    },
    {
      name: 'an exported API key constant in a config module',
      filename: 'config.ts',
      code: `export const CLARIFAI_API_KEY: string = '${FAKE_KEY}';`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 1,
          column: 41,
          endLine: 1,
          endColumn: 75,
          suggestions: [
            { messageId: 'readFromEnv', output: `export const CLARIFAI_API_KEY: string = process.env.CLARIFAI_API_KEY;` },
          ],
        },
      ],
    },
    {
      name: 'a PAT in the SDK authConfig',
      filename: 'model.ts',
      code: `import { Model } from 'clarifai-nodejs';
const model = new Model({ url: 'https://clarifai.com/clarifai/main/models/face-detection', authConfig: { pat: '${FAKE_PAT}' } });`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 2,
          column: 111,
          endLine: 2,
          endColumn: 145,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `import { Model } from 'clarifai-nodejs';
const model = new Model({ url: 'https://clarifai.com/clarifai/main/models/face-detection', authConfig: { pat: process.env.CLARIFAI_PAT } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a Vite app: the replacement reads import.meta.env with its prefix',
      filename: 'clarifai.js',
      code: `const BASE = import.meta.env.VITE_API_BASE;
const CLARIFAI_PAT = '${FAKE_PAT}';`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `const BASE = import.meta.env.VITE_API_BASE;
const CLARIFAI_PAT = import.meta.env.VITE_CLARIFAI_PAT;`,
            },
          ],
        },
      ],
    },
    {
      name: 'a Create React App: the replacement keeps the REACT_APP_ prefix',
      code: `const USER_ID = process.env.REACT_APP_CLARIFAI_USER_ID;
const CLARIFAI_PAT = '${FAKE_PAT}';`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `const USER_ID = process.env.REACT_APP_CLARIFAI_USER_ID;
const CLARIFAI_PAT = process.env.REACT_APP_CLARIFAI_PAT;`,
            },
          ],
        },
      ],
    },
    {
      name: 'a double-quoted file keeps its quotes around the scheme',
      code: `fetch("https://api.clarifai.com/v2/inputs", {
  method: "POST",
  headers: { "Authorization": "Key ${FAKE_PAT}" },
  body: JSON.stringify({ "user_app_id": { "user_id": "me", "app_id": "my-app" }, "inputs": inputs }),
});`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `fetch("https://api.clarifai.com/v2/inputs", {
  method: "POST",
  headers: { "Authorization": "Key " + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ "user_app_id": { "user_id": "me", "app_id": "my-app" }, "inputs": inputs }),
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'a PAT assigned to a config property',
      code: `config.clarifaiPat = '${FAKE_PAT}';`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 56,
          suggestions: [{ messageId: 'readFromEnv', output: `config.clarifaiPat = process.env.CLARIFAI_PAT;` }],
        },
      ],
    },
    {
      name: "a PAT in an OpenAI-compatible client pointed at Clarifai's endpoint",
      filename: 'llm.ts',
      code: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://api.clarifai.com/v2/ext/openai/v1', apiKey: '${FAKE_PAT}' });`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 2,
          column: 91,
          endLine: 2,
          endColumn: 125,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://api.clarifai.com/v2/ext/openai/v1', apiKey: process.env.CLARIFAI_PAT });`,
            },
          ],
        },
      ],
    },
    {
      name: 'two secrets, each reported once',
      filename: 'keys.mjs',
      code: `export const CLARIFAI_PAT = '${FAKE_PAT}';
export const CLARIFAI_API_KEY = '${FAKE_KEY}';`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `export const CLARIFAI_PAT = process.env.CLARIFAI_PAT;
export const CLARIFAI_API_KEY = '${FAKE_KEY}';`,
            },
          ],
        },
        {
          messageId: 'hardcoded',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `export const CLARIFAI_PAT = '${FAKE_PAT}';
export const CLARIFAI_API_KEY = process.env.CLARIFAI_API_KEY;`,
            },
          ],
        },
      ],
    },
    {
      name: 'a secret under a name the user declared a PAT (patNames)',
      code: `const VISION_TOKEN = '${FAKE_PAT}';
fetch('https://api.clarifai.com/v2/inputs', { headers: { Authorization: 'Key ' + VISION_TOKEN } });`,
      output: null,
      options: [{ patNames: ['VISION_TOKEN'] }],
      errors: [
        {
          messageId: 'hardcoded',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `const VISION_TOKEN = process.env.CLARIFAI_PAT;
fetch('https://api.clarifai.com/v2/inputs', { headers: { Authorization: 'Key ' + VISION_TOKEN } });`,
            },
          ],
        },
      ],
    },
    {
      // A template literal with nothing interpolated is a secret written in source like a plain string.
      name: 'a key written in a template literal header',
      code: `fetch('https://api.clarifai.com/v2/inputs', { headers: { Authorization: \`Key ${FAKE_PAT}\` } });`,
      output: null,
      errors: [
        {
          messageId: 'hardcoded',
          line: 1,
          column: 73,
          endLine: 1,
          endColumn: 111,
          suggestions: [
            {
              messageId: 'readFromEnv',
              output: `fetch('https://api.clarifai.com/v2/inputs', { headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` } });`,
            },
          ],
        },
      ],
    },
  ],
});
