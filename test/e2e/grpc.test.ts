// clarifai-nodejs-grpc (CommonJS), the real ClarifaiStub.grpc() over TLS, pointed at the stand-in only by
// CLARIFAI_GRPC_BASE and GRPC_DEFAULT_SSL_ROOTS_FILE_PATH: the package README's predict (API key, hex General
// model, no user_app_id: R2) and a workflow of the key's own app that uses a clarifai/main model (R5).
import { CLARIFAI_MAIN, DEMO_APP, defineE2ESuite, FAKE_API_KEY, FAKE_PAT, SNAKE_CLARIFAI_MAIN, SUCCESS } from './helpers.ts';

const GENERAL_HEX = 'aaa03c23b3724a16a56b629203edc62c';
const GENERAL_CONCEPTS = [
  { name: 'train', value: 0.875 },
  { name: 'railway', value: 0.75 },
  { name: 'people', value: 0.625 },
];
const grpcRequest = (rpc: string) => ({ transport: 'grpc' as const, method: 'POST', rpc, path: `/clarifai.api.V2/${rpc}` });

defineE2ESuite({
  style: 'grpc',
  transport: 'grpc-tls',
  untouched: ['package.json'],
  scenarios: [
    {
      program: 'general-concepts.js',
      title: 'README predict: API key on the clarifai/main General model by hex id (R2)',
      before: {
        exitCode: 1,
        outcome: {
          code: 11008,
          description: 'Invalid API key or Invalid API key/application pair',
          details: `API key is scoped to app demo-user/demo-app and cannot access model clarifai/main/${GENERAL_HEX}; use a PAT`,
        },
        request: {
          ...grpcRequest('PostModelOutputs'),
          authorization: `Key ${FAKE_API_KEY}`,
          userAppId: undefined,
          resourceId: GENERAL_HEX,
          statusCode: 11008,
        },
      },
      migrated: {
        has: [
          "metadata.set('authorization', 'Key ' + process.env.CLARIFAI_PAT);",
          // snake_case (the stub loads its protos with keepCase), first property of the request.
          /PostModelOutputs\(\s*\{\s*user_app_id:\s*\{\s*user_id:\s*'clarifai',\s*app_id:\s*'main'\s*\},\s*model_id:/,
          SNAKE_CLARIFAI_MAIN,
        ],
        lacks: ['process.env.CLARIFAI_API_KEY', 'userAppId'],
      },
      report: { fixed: ['no-api-key-outside-app'] },
      after: {
        exitCode: 0,
        outcome: { code: SUCCESS, description: 'Ok', concepts: GENERAL_CONCEPTS },
        request: {
          ...grpcRequest('PostModelOutputs'),
          authorization: `Key ${FAKE_PAT}`,
          userAppId: CLARIFAI_MAIN,
          resourceId: GENERAL_HEX,
          statusCode: SUCCESS,
        },
      },
    },
    {
      program: 'workflow-results.js',
      title: "API key on the app's own workflow that uses a clarifai/main model (R5)",
      before: {
        exitCode: 1,
        outcome: {
          code: 11008,
          description: 'Invalid API key or Invalid API key/application pair',
          details:
            'API key is scoped to app demo-user/demo-app and cannot access workflow demo-mixed-workflow, which uses model clarifai/main/general-image-recognition; use a PAT',
        },
        request: {
          ...grpcRequest('PostWorkflowResults'),
          authorization: `Key ${FAKE_API_KEY}`,
          userAppId: undefined,
          resourceId: 'demo-mixed-workflow',
          statusCode: 11008,
        },
      },
      migrated: {
        // The workflow is the app's own, so the owner comes from the environment, not clarifai/main.
        has: [
          'metadata.set(\'authorization\', `Key ${process.env.CLARIFAI_PAT}`);',
          /\{\s*user_app_id:\s*\{\s*user_id:\s*process\.env\.CLARIFAI_USER_ID,\s*app_id:\s*process\.env\.CLARIFAI_APP_ID\s*\},\s*workflow_id:\s*WORKFLOW_ID/,
        ],
        lacks: ['process.env.CLARIFAI_API_KEY', SNAKE_CLARIFAI_MAIN],
      },
      report: { fixed: ['prefer-pat-for-workflows'] },
      after: {
        exitCode: 0,
        outcome: {
          code: SUCCESS,
          description: 'Ok',
          workflow: 'demo-mixed-workflow',
          nodes: [
            { model: 'demo-user/demo-app/demo-model', concepts: ['demo-cat', 'demo-dog'] },
            { model: 'clarifai/main/general-image-recognition', concepts: ['train', 'railway', 'people'] },
          ],
        },
        request: {
          ...grpcRequest('PostWorkflowResults'),
          authorization: `Key ${FAKE_PAT}`,
          userAppId: DEMO_APP,
          resourceId: 'demo-mixed-workflow',
          statusCode: SUCCESS,
        },
      },
    },
  ],
});
