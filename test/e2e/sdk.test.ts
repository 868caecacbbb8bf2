// The clarifai-nodejs SDK from TypeScript: `new Model({ modelId, authConfig: { userId, appId, pat, base } })` with
// the caller's own user/app for the clarifai/main general model (R4), the SDK's README shape. The program is
// compiled with its own tsconfig before and after migration (so the migrated source must still type-check) and
// reaches the stand-in's plaintext gRPC port through authConfig.base, read from CLARIFAI_API_BASE.
import { CLARIFAI_MAIN, DEMO_APP, defineE2ESuite, FAKE_PAT, literalProperty, SUCCESS } from './helpers.ts';

const sdkRequest = {
  transport: 'grpc' as const,
  method: 'POST',
  rpc: 'PostModelOutputs',
  path: '/clarifai.api.V2/PostModelOutputs',
  authorization: `Key ${FAKE_PAT}`,
  resourceId: 'general-image-recognition',
};

defineE2ESuite({
  style: 'sdk',
  transport: 'sdk-base',
  untouched: ['package.json', 'tsconfig.json'],
  typescript: { outFile: (program) => program.replace(/^src\//, '').replace(/\.ts$/, '.js') },
  scenarios: [
    {
      program: 'src/predict.ts',
      title: 'Model({ modelId, authConfig: own userId/appId + pat }) on general-image-recognition (R4)',
      before: {
        exitCode: 1,
        outcome: {
          code: 21200,
          description: 'Model does not exist',
          details: "Model 'general-image-recognition' does not exist in app demo-user/demo-app",
        },
        request: { ...sdkRequest, userAppId: DEMO_APP, statusCode: 21200 },
      },
      migrated: {
        has: [
          literalProperty('userId', 'clarifai'),
          literalProperty('appId', 'main'),
          'pat: process.env.CLARIFAI_PAT!',
          "modelId: 'general-image-recognition'",
        ],
        lacks: ['CLARIFAI_USER_ID!', 'CLARIFAI_APP_ID!', 'modelUserAppId'],
      },
      report: { fixed: ['require-clarifai-owner'] },
      after: {
        exitCode: 0,
        outcome: {
          code: SUCCESS,
          description: 'Ok',
          concepts: [
            { name: 'train', value: 0.875 },
            { name: 'railway', value: 0.75 },
            { name: 'people', value: 0.625 },
          ],
        },
        request: { ...sdkRequest, userAppId: CLARIFAI_MAIN, statusCode: SUCCESS },
      },
    },
  ],
});
