import rule from '../../src/rules/no-pat-in-browser.js';
import { jsx, RuleTester } from '../rule-tester.js';

const ruleTester = new RuleTester();

const detect = (auth: string) => `fetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', {
  method: 'POST',
  headers: { Authorization: ${auth} },
  body: JSON.stringify({ inputs }),
});`;

// Files in this package run in Node (its package.json has no bundler), so only public env names mark browser code here;
// test/runtime-fixtures.test.ts covers the project facts of each framework.
ruleTester.run('no-pat-in-browser', rule, {
  valid: [
    { name: 'a PAT read on the server', filename: 'server.mjs', code: detect("'Key ' + process.env.CLARIFAI_PAT") },
    { name: 'an API key in a bundle, for its own app', filename: 'App.jsx', languageOptions: jsx, code: `fetch('https://api.clarifai.com/v2/inputs', { headers: { Authorization: 'Key ' + process.env.REACT_APP_CLARIFAI_API_KEY } });` },
  ],
  invalid: [
    {
      name: 'a PAT read from a variable Vite puts into the bundle',
      filename: 'App.tsx',
      languageOptions: jsx,
      code: detect('`Key ${import.meta.env.VITE_CLARIFAI_PAT}`'),
      errors: [{ messageId: 'patInBrowser', data: { runtime: 'a browser bundle', credential: '`VITE_CLARIFAI_PAT`' }, line: 1, column: 1, endLine: 5, endColumn: 3 }],
    },
    {
      name: 'an API key the no-api-key-outside-app suggestion switches to a PAT',
      filename: 'App.jsx',
      languageOptions: jsx,
      code: detect("'Key ' + process.env.REACT_APP_CLARIFAI_API_KEY"),
      errors: [
        {
          messageId: 'patInBrowserAfterFix',
          data: { runtime: 'a browser bundle', envRead: 'process.env.REACT_APP_CLARIFAI_PAT' },
          line: 1,
          column: 1,
          endLine: 5,
          endColumn: 3,
        },
      ],
    },
  ],
});
