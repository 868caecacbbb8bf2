import rule from '../../src/rules/prefer-pat-for-workflows.js';
import { jsx, RuleTester } from '../rule-tester.js';
import { grpcWith } from '../snippets.js';

const ruleTester = new RuleTester();

const API_KEY = grpcWith('process.env.CLARIFAI_API_KEY');
const PAT = grpcWith('process.env.CLARIFAI_PAT');
const OWNER_FROM_ENV = 'user_app_id: { user_id: process.env.CLARIFAI_USER_ID, app_id: process.env.CLARIFAI_APP_ID }';

ruleTester.run('prefer-pat-for-workflows', rule, {
  valid: [
    `${PAT}
stub.PostWorkflowResults({ user_app_id: { user_id: 'me', app_id: 'my-app' }, workflow_id: 'my-workflow', inputs }, metadata, callback);`,
    // Models are not workflows: an API key reaches its own app's models.
    `${API_KEY}
stub.PostModelOutputs({ model_id: 'my-model', inputs }, metadata, callback);`,
    // Listing the app's workflows reads app data, not a workflow's models.
    `${API_KEY}
stub.ListWorkflows({}, metadata, callback);`,
    // A Clarifai-owned workflow fails outright with an API key: no-api-key-outside-app reports it.
    `${API_KEY}
stub.PostWorkflowResults({ workflow_id: 'General', inputs }, metadata, callback);`,
    // A credential with no telling name.
    `${grpcWith('token')}
stub.PostWorkflowResults({ workflow_id: 'my-workflow', inputs }, metadata, callback);`,
    `import { Workflow } from 'clarifai-nodejs';
const workflow = new Workflow({ workflowId: 'my-workflow', authConfig: { userId: 'me', appId: 'my-app', pat: process.env.CLARIFAI_PAT } });`,
    `fetch('https://api.clarifai.com/v2/users/me/apps/my-app/workflows/my-workflow/results', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ inputs }),
});`,
    {
      name: 'a workflow id the user catalogued as Clarifai-owned (clarifaiWorkflowIds)',
      code: `${API_KEY}
stub.PostWorkflowResults({ workflow_id: 'Face-Blur', inputs }, metadata, callback);`,
      options: [{ clarifaiWorkflowIds: ['Face-Blur'] }],
    },
  ],
  invalid: [
    {
      name: 'gRPC PascalCase method, a workflow of your own',
      code: `${API_KEY}
stub.PostWorkflowResults({ workflow_id: 'my-workflow', inputs }, metadata, callback);`,
      output: null,
      errors: [
        {
          messageId: 'workflowWithApiKey',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'switchToPatWithEnvOwner',
              output: `${PAT}
stub.PostWorkflowResults({ ${OWNER_FROM_ENV}, workflow_id: 'my-workflow', inputs }, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'gRPC camelCase method, request over several lines',
      code: `${API_KEY}
stub.postWorkflowResults(
  {
    workflow_id: 'visual-search-pipeline',
    inputs: [{ data: { image: { url: imageUrl } } }],
  },
  metadata,
  callback,
);`,
      output: null,
      errors: [
        {
          messageId: 'workflowWithApiKey',
          line: 5,
          column: 1,
          endLine: 12,
          endColumn: 2,
          suggestions: [
            {
              messageId: 'switchToPatWithEnvOwner',
              output: `${PAT}
stub.postWorkflowResults(
  {
    ${OWNER_FROM_ENV},
    workflow_id: 'visual-search-pipeline',
    inputs: [{ data: { image: { url: imageUrl } } }],
  },
  metadata,
  callback,
);`,
            },
          ],
        },
      ],
    },
    {
      name: 'gRPC naming your own app: nothing to add but the PAT, so no suggestion',
      code: `${API_KEY}
stub.PostWorkflowResults({ user_app_id: { user_id: 'me', app_id: 'my-app' }, workflow_id: 'my-workflow', inputs }, metadata, callback);`,
      output: null,
      errors: [{ messageId: 'workflowWithApiKey', line: 5, column: 1, endLine: 5, endColumn: 135, suggestions: null }],
    },
    {
      name: 'gRPC metadata shared with calls that must keep the API key: no suggestion',
      code: `${API_KEY}
stub.PostInputs({ inputs }, metadata, onAdded);
stub.PostWorkflowResults({ workflow_id: 'my-workflow', inputs }, metadata, onResults);`,
      output: null,
      errors: [{ messageId: 'workflowWithApiKey', line: 6, column: 1, endLine: 6, endColumn: 86, suggestions: null }],
    },
    {
      name: 'gRPC with the workflow id from a parameter',
      filename: 'run-workflow.ts',
      code: `${API_KEY}
export const runWorkflow = (workflowId: string, inputs: unknown[]) =>
  stub.PostWorkflowResults({ workflow_id: workflowId, inputs }, metadata, callback);`,
      output: null,
      errors: [
        {
          messageId: 'workflowWithApiKey',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'switchToPatWithEnvOwner',
              output: `${PAT}
export const runWorkflow = (workflowId: string, inputs: unknown[]) =>
  stub.PostWorkflowResults({ ${OWNER_FROM_ENV}, workflow_id: workflowId, inputs }, metadata, callback);`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST fetch with a body',
      code: `const CLARIFAI_API_KEY = process.env.CLARIFAI_API_KEY;
fetch('https://api.clarifai.com/v2/workflows/my-workflow/results', {
  method: 'POST',
  headers: { Authorization: 'Key ' + CLARIFAI_API_KEY },
  body: JSON.stringify({ inputs: [{ data: { image: { url: imageUrl } } }] }),
});`,
      output: null,
      errors: [
        {
          messageId: 'workflowWithApiKey',
          line: 2,
          column: 1,
          endLine: 6,
          endColumn: 3,
          suggestions: [
            {
              messageId: 'switchToPatWithEnvOwner',
              output: `fetch('https://api.clarifai.com/v2/workflows/my-workflow/results', {
  method: 'POST',
  headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT },
  body: JSON.stringify({ ${OWNER_FROM_ENV}, inputs: [{ data: { image: { url: imageUrl } } }] }),
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST axios GET without a body: the owner from the environment goes into the path',
      code: `import axios from 'axios';
const workflow = await axios.get('https://api.clarifai.com/v2/workflows/my-workflow', {
  headers: { Authorization: \`Key \${process.env.CLARIFAI_API_KEY}\` },
});`,
      output: null,
      errors: [
        {
          messageId: 'workflowWithApiKey',
          line: 2,
          column: 24,
          endLine: 4,
          endColumn: 3,
          suggestions: [
            {
              messageId: 'switchToPatWithEnvOwner',
              output: `import axios from 'axios';
const workflow = await axios.get('https://api.clarifai.com/v2/users/' + process.env.CLARIFAI_USER_ID + '/apps/' + process.env.CLARIFAI_APP_ID + '/workflows/my-workflow', {
  headers: { Authorization: \`Key \${process.env.CLARIFAI_PAT}\` },
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'REST in a TSX component, Vite env names',
      filename: 'Search.tsx',
      languageOptions: jsx,
      code: `export const Search = ({ url }: { url: string }) => {
  const run = () =>
    fetch(\`https://api.clarifai.com/v2/workflows/\${'visual-search'}/results\`, {
      method: 'POST',
      headers: { Authorization: \`Key \${import.meta.env.VITE_CLARIFAI_API_KEY}\` },
      body: JSON.stringify({ inputs: [{ data: { image: { url } } }] }),
    });
  return <button onClick={run}>Search</button>;
};`,
      output: null,
      errors: [
        {
          messageId: 'workflowWithApiKey',
          line: 3,
          column: 5,
          endLine: 7,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'switchToPatWithEnvOwner',
              output: `export const Search = ({ url }: { url: string }) => {
  const run = () =>
    fetch(\`https://api.clarifai.com/v2/workflows/\${'visual-search'}/results\`, {
      method: 'POST',
      headers: { Authorization: \`Key \${import.meta.env.VITE_CLARIFAI_PAT}\` },
      body: JSON.stringify({ user_app_id: { user_id: import.meta.env.VITE_CLARIFAI_USER_ID, app_id: import.meta.env.VITE_CLARIFAI_APP_ID }, inputs: [{ data: { image: { url } } }] }),
    });
  return <button onClick={run}>Search</button>;
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'SDK Workflow by id with an API key and no owner',
      filename: 'workflow.ts',
      code: `import { Workflow } from 'clarifai-nodejs';
const workflow = new Workflow({ workflowId: 'my-workflow', authConfig: { pat: process.env.CLARIFAI_API_KEY } });`,
      output: null,
      errors: [
        {
          messageId: 'workflowWithApiKey',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 112,
          suggestions: [
            {
              messageId: 'switchToPatWithEnvOwner',
              output: `import { Workflow } from 'clarifai-nodejs';
const workflow = new Workflow({ workflowId: 'my-workflow', authConfig: { pat: process.env.CLARIFAI_PAT, userId: process.env.CLARIFAI_USER_ID, appId: process.env.CLARIFAI_APP_ID } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'SDK Workflow by id with an API key and your own owner',
      filename: 'workflow.ts',
      code: `import { Workflow } from 'clarifai-nodejs';
const workflow = new Workflow({ workflowId: 'my-workflow', authConfig: { userId: 'me', appId: 'my-app', pat: process.env.CLARIFAI_API_KEY } });`,
      output: null,
      errors: [{ messageId: 'workflowWithApiKey', line: 2, column: 18, endLine: 2, endColumn: 143, suggestions: null }],
    },
    {
      name: 'legacy client serving only a workflow of your own: the app itself takes the PAT and the owner',
      filename: 'workflow.cjs',
      code: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_API_KEY });
app.workflow.predict('my-workflow', imageUrl);`,
      output: null,
      errors: [
        {
          messageId: 'workflowWithApiKey',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'switchToPatWithEnvOwner',
              output: `const Clarifai = require('clarifai');
const app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT, userId: process.env.CLARIFAI_USER_ID, appId: process.env.CLARIFAI_APP_ID });
app.workflow.predict('my-workflow', imageUrl);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a name the user declared an API key (apiKeyNames)',
      code: `${grpcWith('APP_TOKEN')}
stub.PostWorkflowResults({ workflow_id: 'my-workflow', inputs }, metadata, callback);`,
      output: null,
      options: [{ apiKeyNames: ['APP_TOKEN'] }],
      errors: [
        {
          messageId: 'workflowWithApiKey',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'switchToPatWithEnvOwner',
              output: `${PAT}
stub.PostWorkflowResults({ ${OWNER_FROM_ENV}, workflow_id: 'my-workflow', inputs }, metadata, callback);`,
            },
          ],
        },
      ],
    },
  ],
});
