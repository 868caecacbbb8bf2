// XMLHttpRequest (a page script's open + setRequestHeader + send, run in Node over a small XMLHttpRequest shim)
// through the preload, with the app's API key and no owner (R1/R2): after migration the body names clarifai/main
// and the header sends the PAT from CLARIFAI_PAT.
import { apiKeyRefusal, CLARIFAI_MAIN, defineE2ESuite, FAKE_API_KEY, FAKE_PAT, SNAKE_CLARIFAI_MAIN, SUCCESS } from './helpers.ts';

const REQUEST = {
  transport: 'rest',
  method: 'POST',
  rpc: 'PostModelOutputs',
  path: '/v2/models/food-item-recognition/outputs',
  resourceId: 'food-item-recognition',
} as const;

defineE2ESuite({
  style: 'xhr',
  transport: 'preload',
  untouched: ['package.json', 'xhr-shim.mjs'],
  scenarios: [
    {
      program: 'food-items.mjs',
      title: 'XMLHttpRequest with an API key on clarifai/main food-item-recognition (R1/R2)',
      before: {
        exitCode: 1,
        outcome: apiKeyRefusal('model', 'food-item-recognition'),
        request: { ...REQUEST, authorization: `Key ${FAKE_API_KEY}`, userAppId: undefined, statusCode: 11008 },
      },
      migrated: {
        has: [SNAKE_CLARIFAI_MAIN, "xhr.setRequestHeader('Authorization', 'Key ' + process.env.CLARIFAI_PAT);"],
        lacks: ['process.env.CLARIFAI_API_KEY', '/v2/users/'],
      },
      report: { fixed: ['no-api-key-outside-app'] },
      after: {
        exitCode: 0,
        outcome: { http: 200, code: SUCCESS, description: 'Ok', foods: ['pizza', 'cheese'] },
        request: { ...REQUEST, authorization: `Key ${FAKE_PAT}`, userAppId: CLARIFAI_MAIN, statusCode: SUCCESS },
      },
    },
  ],
});
