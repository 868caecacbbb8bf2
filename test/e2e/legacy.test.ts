// The legacy `clarifai` 2.x client (CommonJS), pointed at the stand-in by API_ENDPOINT (read by the client
// itself, facts §3), with the app's API key (R2):
// - the course backend's FACE_DETECT_MODEL predict: after migration that App gets
//   { apiKey: CLARIFAI_PAT, userId: 'clarifai', appId: 'main' }, so the owner goes into the path;
// - one App used for the app's own inputs AND a General-model predict: userId/appId would apply to every call of
//   that App, so after migration the predict goes through a second App for clarifai/main, while the inputs call
//   keeps the API key and its own app (R1: that call was never broken).
import { CLARIFAI_MAIN, defineE2ESuite, FAKE_API_KEY, FAKE_PAT, literalProperty, SUCCESS, type RecordedRequest } from './helpers.ts';

const FACE_DETECT_HEX = 'a403429f2ddf4b49b307e318f00e528b';
const GENERAL_HEX = 'aaa03c23b3724a16a56b629203edc62c';

const ownInputs: RecordedRequest = {
  transport: 'rest',
  method: 'POST',
  rpc: 'PostInputs',
  path: '/v2/inputs',
  authorization: `Key ${FAKE_API_KEY}`,
  userAppId: undefined,
  resourceId: undefined,
  statusCode: SUCCESS,
};

defineE2ESuite({
  style: 'legacy',
  transport: 'legacy-endpoint',
  untouched: ['package.json'],
  scenarios: [
    {
      program: 'face-detect.js',
      title: 'new Clarifai.App({ apiKey }) + FACE_DETECT_MODEL (R2)',
      before: {
        exitCode: 1,
        outcome: {
          http: 401,
          code: 11008,
          description: 'Invalid API key or Invalid API key/application pair',
          details: `API key is scoped to app demo-user/demo-app and cannot access model clarifai/main/${FACE_DETECT_HEX}; use a PAT`,
        },
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostModelOutputs',
          path: `/v2/models/${FACE_DETECT_HEX}/outputs`,
          authorization: `Key ${FAKE_API_KEY}`,
          userAppId: undefined,
          resourceId: FACE_DETECT_HEX,
          statusCode: 11008,
        },
      },
      migrated: {
        has: [/apiKey:\s*process\.env\.CLARIFAI_PAT\b/, literalProperty('userId', 'clarifai'), literalProperty('appId', 'main'), 'Clarifai.FACE_DETECT_MODEL'],
        lacks: ['process.env.CLARIFAI_API_KEY'],
      },
      report: { fixed: ['no-api-key-outside-app'], leftForHuman: ['no-deprecated-client'] },
      after: {
        exitCode: 0,
        outcome: {
          http: 200,
          code: SUCCESS,
          description: 'Ok',
          faces: [{ top_row: 0.125, left_col: 0.25, bottom_row: 0.625, right_col: 0.75 }],
        },
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostModelOutputs',
          path: `/v2/users/clarifai/apps/main/models/${FACE_DETECT_HEX}/outputs`,
          authorization: `Key ${FAKE_PAT}`,
          userAppId: CLARIFAI_MAIN,
          resourceId: FACE_DETECT_HEX,
          statusCode: SUCCESS,
        },
      },
    },
    {
      program: 'index-and-tag.js',
      title: 'one App({ apiKey }) for own inputs and a GENERAL_MODEL predict (R1/R2)',
      before: {
        exitCode: 1,
        outcome: {
          http: 401,
          code: 11008,
          description: 'Invalid API key or Invalid API key/application pair',
          details: `API key is scoped to app demo-user/demo-app and cannot access model clarifai/main/${GENERAL_HEX}; use a PAT`,
          inputId: expect.stringMatching(/^standin-\d+-0$/), // the id the stand-in gave the new input
        },
        earlier: [ownInputs],
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostModelOutputs',
          path: `/v2/models/${GENERAL_HEX}/outputs`,
          authorization: `Key ${FAKE_API_KEY}`,
          userAppId: undefined,
          resourceId: GENERAL_HEX,
          statusCode: 11008,
        },
      },
      migrated: {
        has: [
          // The app's own calls keep the key; the Clarifai model gets its own App with the PAT and owner.
          'const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });',
          'await app.inputs.create({ url });',
          /const (\w+) = new Clarifai\.App\(\{\s*apiKey:\s*process\.env\.CLARIFAI_PAT,\s*userId:\s*'clarifai',\s*appId:\s*'main'\s*\}\);[\s\S]*await \1\.models\.predict\(Clarifai\.GENERAL_MODEL, url\)/,
        ],
        lacks: [/\bapp\.models\.predict/],
      },
      report: { fixed: ['no-api-key-outside-app'], leftForHuman: ['no-deprecated-client'] },
      after: {
        keepsApiKey: true,
        exitCode: 0,
        outcome: {
          http: 200,
          code: SUCCESS,
          description: 'Ok',
          inputId: expect.stringMatching(/^standin-\d+-0$/), // the id the stand-in gave the new input
          concepts: ['train', 'railway', 'people'],
        },
        earlier: [ownInputs],
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostModelOutputs',
          path: `/v2/users/clarifai/apps/main/models/${GENERAL_HEX}/outputs`,
          authorization: `Key ${FAKE_PAT}`,
          userAppId: CLARIFAI_MAIN,
          resourceId: GENERAL_HEX,
          statusCode: SUCCESS,
        },
      },
    },
  ],
});
