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
  ],
});
