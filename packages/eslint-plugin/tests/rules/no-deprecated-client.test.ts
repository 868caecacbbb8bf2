import rule from '../../src/rules/no-deprecated-client.js';
import { jsx, RuleTester } from '../rule-tester.js';

const ruleTester = new RuleTester();

ruleTester.run('no-deprecated-client', rule, {
  valid: [
    `import { Model } from 'clarifai-nodejs';`,
    `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');`,
    `const service = require('clarifai-nodejs-grpc/proto/clarifai/api/service_pb');`,
    `import clarifai from './clarifai';`,
    `const label = 'clarifai';`,
    {
      name: 'models.predict of another client, with an id that is no public legacy model id',
      code: `export const run = (service, url) => service.models.predict('my-clarifai-model', url);`,
    },
    {
      name: 'a Clarifai global the file declares itself is not the browser build',
      code: `class Clarifai { static App = class {}; }
export const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS require',
      filename: 'server.cjs',
      code: `const Clarifai = require('clarifai');`,
      output: null,
      errors: [{ messageId: 'legacyClient', line: 1, column: 18, endLine: 1, endColumn: 37 }],
    },
    {
      name: 'CommonJS require of one export',
      code: `const { App } = require('clarifai');`,
      output: null,
      errors: [{ messageId: 'legacyClient', line: 1, column: 17, endLine: 1, endColumn: 36 }],
    },
    {
      name: 'ES module default import',
      filename: 'image.mjs',
      code: `import Clarifai from 'clarifai';`,
      output: null,
      errors: [{ messageId: 'legacyClient', line: 1, column: 1, endLine: 1, endColumn: 33 }],
    },
    {
      name: 'namespace import in TypeScript',
      filename: 'image.ts',
      code: `import * as Clarifai from 'clarifai';
export const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });`,
      output: null,
      errors: [{ messageId: 'legacyClient', line: 1, column: 1, endLine: 1, endColumn: 38 }],
    },
    {
      name: 'dynamic import',
      filename: 'lazy.mjs',
      code: `const { default: Clarifai } = await import('clarifai');`,
      output: null,
      errors: [{ messageId: 'legacyClient', line: 1, column: 37, endLine: 1, endColumn: 55 }],
    },
    {
      name: 'a React component (JSX) importing the client',
      filename: 'App.jsx',
      languageOptions: jsx,
      code: `import React from 'react';
import Clarifai from 'clarifai';
export const App = () => <h1>{Clarifai.FACE_DETECT_MODEL}</h1>;`,
      output: null,
      errors: [{ messageId: 'legacyClient', line: 2, column: 1, endLine: 2, endColumn: 33 }],
    },
    {
      name: 'a TSX component importing the client',
      filename: 'App.tsx',
      languageOptions: jsx,
      code: `import Clarifai from 'clarifai';
export const App = ({ url }: { url: string }) => <img src={url} alt={Clarifai.GENERAL_MODEL} />;`,
      output: null,
      errors: [{ messageId: 'legacyClient', line: 1, column: 1, endLine: 1, endColumn: 33 }],
    },
    {
      // TypeScript's `import x = require('m')` is how TS code loads a package without types, as `clarifai` is
      // (clarifai-api-facts §3).
      name: 'TypeScript import-equals require',
      filename: 'legacy.ts',
      code: `import Clarifai = require('clarifai');`,
      output: null,
      errors: [{ messageId: 'legacyClient', line: 1, column: 1, endLine: 1, endColumn: 39 }],
    },
    {
      name: 'a file of the package (sub-path module id)',
      code: `const Clarifai = require('clarifai/dist/index');`,
      output: null,
      errors: [{ messageId: 'legacyClient', line: 1, column: 18, endLine: 1, endColumn: 48 }],
    },
    {
      name: 'the package or a local copy, chosen at run time',
      code: `const Clarifai = process.env.LOCAL ? require('../src') : require('clarifai');`,
      output: null,
      errors: [{ messageId: 'legacyClient', line: 1, column: 58, endLine: 1, endColumn: 77 }],
    },
    {
      name: 'the browser build: window.Clarifai, with a /* global */ comment for its constants',
      code: `/* global Clarifai */
const app = new window.Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: 'clarifai', appId: 'main' });
app.models.predict(Clarifai.GENERAL_MODEL, url);`,
      output: null,
      errors: [{ messageId: 'legacyGlobal', line: 2, column: 13, endLine: 2, endColumn: 109 }],
    },
    {
      name: 'the legacy API on a client from elsewhere: a model constant, a public hex id, workflow.predict',
      code: `export function tag(app, url) {
  app.models.predict(Clarifai.GENERAL_MODEL, url);
  app.models.predict('aaa03c23b3724a16a56b629203edc62c', url);
  return app.workflow.predict('my-flow', url);
}`,
      output: null,
      errors: [
        { messageId: 'legacyClientUse', data: { surface: 'models.predict(Clarifai.GENERAL_MODEL)' }, line: 2, column: 3, endLine: 2, endColumn: 50 },
        { messageId: 'legacyClientUse', data: { surface: 'models.predict(<public model id>)' }, line: 3, column: 3, endLine: 3, endColumn: 62 },
        { messageId: 'legacyClientUse', data: { surface: 'workflow.predict' }, line: 4, column: 10, endLine: 4, endColumn: 46 },
      ],
    },
  ],
});
