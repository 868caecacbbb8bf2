// fetch (ES module, Node's global fetch) through the preload: the smart-brain face-box call (R4: a PAT with the
// caller's own user/app for a clarifai/main model) and a PAT call that names no owner at all (R3).
import { CLARIFAI_MAIN, DEMO_APP, defineE2ESuite, FAKE_PAT, literalProperty, SNAKE_CLARIFAI_MAIN, SUCCESS } from './helpers.ts';

const FACE_BOX = { top: 0.125, left: 0.25, bottom: 0.625, right: 0.75 };
const PAT_HEADER = `Key ${FAKE_PAT}`;

defineE2ESuite({
  style: 'fetch',
  transport: 'preload',
  untouched: ['package.json'],
  scenarios: [
    {
      program: 'face-boxes.mjs',
      title: 'smart-brain PAT + own user_app_id on face-detection (R4)',
      before: {
        exitCode: 1,
        outcome: {
          http: 404,
          code: 21200,
          description: 'Model does not exist',
          details: "Model 'face-detection' does not exist in app demo-user/demo-app",
        },
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostModelOutputs',
          path: '/v2/models/face-detection/outputs',
          authorization: PAT_HEADER,
          userAppId: DEMO_APP,
          resourceId: 'face-detection',
          statusCode: 21200,
        },
      },
      migrated: {
        // The owner is replaced where it is used; the PAT stays where it was read from, CLARIFAI_PAT.
        has: [
          SNAKE_CLARIFAI_MAIN,
          "const PAT = process.env.CLARIFAI_PAT;",
          "Authorization: 'Key ' + PAT",
          "'https://api.clarifai.com/v2/models/' + MODEL_ID + '/outputs'",
        ],
        lacks: [literalProperty('user_id', 'demo-user'), /user_id:\s*USER_ID/, /app_id:\s*APP_ID/],
      },
      report: { fixed: ['require-clarifai-owner'] },
      after: {
        exitCode: 0,
        outcome: { http: 200, code: SUCCESS, description: 'Ok', boxes: [FACE_BOX] },
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostModelOutputs',
          path: '/v2/models/face-detection/outputs',
          authorization: PAT_HEADER,
          userAppId: CLARIFAI_MAIN,
          resourceId: 'face-detection',
          statusCode: SUCCESS,
        },
      },
    },
    {
      program: 'general-tags.mjs',
      title: 'PAT naming no owner on general-image-recognition (R3)',
      before: {
        exitCode: 1,
        outcome: {
          http: 401,
          code: 11008,
          description: 'Invalid API key or Invalid API key/application pair',
          details: 'Must provide app external ID in API authorizer',
        },
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostModelOutputs',
          path: '/v2/models/general-image-recognition/outputs',
          authorization: PAT_HEADER,
          userAppId: undefined,
          resourceId: 'general-image-recognition',
          statusCode: 11008,
        },
      },
      migrated: {
        has: [
          // user_app_id goes first into the JSON body; the PAT header is left as it was.
          /JSON\.stringify\(\{\s*user_app_id:\s*\{\s*user_id:\s*'clarifai',\s*app_id:\s*'main'\s*\},\s*inputs:/,
          'Authorization: `Key ${process.env.CLARIFAI_PAT}`',
        ],
        lacks: ['/v2/users/'],
      },
      report: { fixed: ['require-user-app-id'] },
      after: {
        exitCode: 0,
        outcome: {
          http: 200,
          code: SUCCESS,
          description: 'Ok',
          concepts: [
            { name: 'train', value: 0.875 },
            { name: 'railway', value: 0.75 },
            { name: 'people', value: 0.625 },
          ],
        },
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostModelOutputs',
          path: '/v2/models/general-image-recognition/outputs',
          authorization: PAT_HEADER,
          userAppId: CLARIFAI_MAIN,
          resourceId: 'general-image-recognition',
          statusCode: SUCCESS,
        },
      },
    },
  ],
});
