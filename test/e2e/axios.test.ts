// axios (CommonJS) through the preload, with the app's API key and no owner (R1/R2: an API key cannot reach a
// clarifai/main model or workflow, R5): a food-item predict whose body is an object literal (after migration:
// user_app_id clarifai/main in the body) and a Face-Sentiment workflow whose body arrives as a parameter (after
// migration: /v2/users/clarifai/apps/main/ in the path). Both then send the PAT from CLARIFAI_PAT.
import { CLARIFAI_MAIN, defineE2ESuite, FAKE_API_KEY, FAKE_PAT, SNAKE_CLARIFAI_MAIN, SUCCESS } from './helpers.ts';

defineE2ESuite({
  style: 'axios',
  transport: 'preload',
  untouched: ['package.json'],
  scenarios: [
    {
      program: 'food-items.js',
      title: 'API key on clarifai/main food-item-recognition (R1/R2)',
      before: {
        exitCode: 1,
        outcome: {
          http: 401,
          code: 11008,
          description: 'Invalid API key or Invalid API key/application pair',
          details: 'API key is scoped to app demo-user/demo-app and cannot access model clarifai/main/food-item-recognition; use a PAT',
        },
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostModelOutputs',
          path: '/v2/models/food-item-recognition/outputs',
          authorization: `Key ${FAKE_API_KEY}`,
          userAppId: undefined,
          resourceId: 'food-item-recognition',
          statusCode: 11008,
        },
      },
      migrated: {
        has: [
          /\{\s*user_app_id:\s*\{\s*user_id:\s*'clarifai',\s*app_id:\s*'main'\s*\},\s*inputs\s*\}/,
          SNAKE_CLARIFAI_MAIN,
          "Authorization: 'Key ' + process.env.CLARIFAI_PAT",
        ],
        lacks: ['process.env.CLARIFAI_API_KEY', '/v2/users/'],
      },
      report: { fixed: ['no-api-key-outside-app'] },
      after: {
        exitCode: 0,
        outcome: { http: 200, code: SUCCESS, description: 'Ok', foods: ['pizza', 'cheese'] },
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostModelOutputs',
          path: '/v2/models/food-item-recognition/outputs',
          authorization: `Key ${FAKE_PAT}`,
          userAppId: CLARIFAI_MAIN,
          resourceId: 'food-item-recognition',
          statusCode: SUCCESS,
        },
      },
    },
    {
      program: 'face-sentiment.js',
      title: 'API key on the clarifai/main Face-Sentiment workflow, body built elsewhere (R2/R5)',
      before: {
        exitCode: 1,
        outcome: {
          http: 401,
          code: 11008,
          description: 'Invalid API key or Invalid API key/application pair',
          details: 'API key is scoped to app demo-user/demo-app and cannot access workflow clarifai/main/Face-Sentiment; use a PAT',
        },
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostWorkflowResults',
          path: '/v2/workflows/Face-Sentiment/results',
          authorization: `Key ${FAKE_API_KEY}`,
          userAppId: undefined,
          resourceId: 'Face-Sentiment',
          statusCode: 11008,
        },
      },
      migrated: {
        has: [
          "axios.post('https://api.clarifai.com/v2/users/clarifai/apps/main/workflows/Face-Sentiment/results', body, {",
          'Authorization: `Key ${process.env.CLARIFAI_PAT}`',
        ],
        lacks: ['process.env.CLARIFAI_API_KEY', 'user_app_id'],
      },
      report: { fixed: ['no-api-key-outside-app'] },
      after: {
        exitCode: 0,
        outcome: { http: 200, code: SUCCESS, description: 'Ok', workflow: 'Face-Sentiment', results: [['face-detection']] },
        request: {
          transport: 'rest',
          method: 'POST',
          rpc: 'PostWorkflowResults',
          path: '/v2/users/clarifai/apps/main/workflows/Face-Sentiment/results',
          authorization: `Key ${FAKE_PAT}`,
          userAppId: CLARIFAI_MAIN,
          resourceId: 'Face-Sentiment',
          statusCode: SUCCESS,
        },
      },
    },
  ],
});
