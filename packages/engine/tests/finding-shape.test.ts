// Whole findings, not only rule and place: the message a user reads, the facts reports show and the fix's own
// message and data, one call per rule that fixes. (Mutation testing showed these could change unnoticed.)
import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';

const body = 'body: JSON.stringify({ inputs: [] })';
const rest = (path: string, env: string) =>
  `fetch('https://api.clarifai.com/v2/${path}', { method: 'POST', headers: { Authorization: 'Key ' + process.env.${env} }, ${body} });\n`;

/** The parts of a finding a user or a report sees, with the fix's edits left to the fixture tests. */
function shown(code: string, filename = 'file.js') {
  return findingsOf(code, filename).map(({ ruleId, messageId, message, data, facts, fix }) => ({
    ruleId,
    messageId,
    message,
    data,
    facts,
    fix: fix && { safety: fix.safety, messageId: fix.messageId, data: fix.data },
  }));
}

describe('findings as users and reports see them', () => {
  it('no-api-key-outside-app: an API key sent to a clarifai/main model', () => {
    expect(shown(rest('models/face-detection/outputs', 'CLARIFAI_API_KEY'))).toEqual([
      {
        ruleId: 'no-api-key-outside-app',
        messageId: 'apiKeyOutsideApp',
        message:
          'Model `face-detection` belongs to clarifai/main, but this call sends an API key (`CLARIFAI_API_KEY`). Since API 9.3 an API key reaches only its own app: send a PAT and name the owner clarifai/main.',
        data: { resource: 'Model `face-detection`', owner: 'clarifai/main', credential: '`CLARIFAI_API_KEY`' },
        facts: {
          client: 'rest',
          credential: 'api-key',
          credentialName: 'CLARIFAI_API_KEY',
          owner: 'missing',
          resourceKind: 'model',
          resourceId: 'face-detection',
          catalogueOwner: 'clarifai/main',
        },
        fix: { safety: 'needs-review', messageId: 'switchToPat', data: { envRead: 'process.env.CLARIFAI_PAT', owner: 'clarifai/main' } },
      },
    ]);
  });

  it('prefer-pat-for-workflows: an API key sent to a workflow of your own', () => {
    expect(shown(rest('workflows/my-workflow/results', 'CLARIFAI_API_KEY'))).toEqual([
      {
        ruleId: 'prefer-pat-for-workflows',
        messageId: 'workflowWithApiKey',
        message:
          'Workflow `my-workflow` is called with an API key (`CLARIFAI_API_KEY`). An API key works only for a workflow whose models are all in its own app: send a PAT and name the workflow owner.',
        data: { resource: 'Workflow `my-workflow`', credential: '`CLARIFAI_API_KEY`' },
        facts: { client: 'rest', credential: 'api-key', credentialName: 'CLARIFAI_API_KEY', owner: 'missing', resourceKind: 'workflow', resourceId: 'my-workflow' },
        fix: {
          safety: 'guess', // the owner comes from env names the code never mentions
          messageId: 'switchToPatWithEnvOwner',
          data: { envRead: 'process.env.CLARIFAI_PAT', userRead: 'process.env.CLARIFAI_USER_ID', appRead: 'process.env.CLARIFAI_APP_ID' },
        },
      },
    ]);
  });

  it('require-user-app-id: a PAT call to a clarifai/main model, and one to your own app data', () => {
    const [model] = shown(rest('models/face-detection/outputs', 'CLARIFAI_PAT'));
    expect(model).toMatchObject({
      ruleId: 'require-user-app-id',
      messageId: 'missingOwner',
      data: { resource: 'Model `face-detection`', owner: 'clarifai/main', credential: '`CLARIFAI_PAT`' },
      facts: { client: 'rest', credential: 'pat', credentialName: 'CLARIFAI_PAT', owner: 'missing', resourceId: 'face-detection', catalogueOwner: 'clarifai/main' },
      fix: { safety: 'safe', messageId: 'addOwner', data: { owner: 'clarifai/main' } },
    });
    const [own] = shown(rest('inputs', 'CLARIFAI_PAT'));
    expect(own).toMatchObject({
      ruleId: 'require-user-app-id',
      messageId: 'missingOwner',
      data: { credential: '`CLARIFAI_PAT`' },
      facts: { client: 'rest', credential: 'pat', owner: 'missing', resourceKind: 'app-data' },
      fix: {
        safety: 'guess',
        messageId: 'addOwnerFromUnreadEnv',
        data: { userRead: 'process.env.CLARIFAI_USER_ID', appRead: 'process.env.CLARIFAI_APP_ID' },
      },
    });
  });

  it('facts name the owner a call states: clarifai/main, another public owner, or the caller', () => {
    const owner = (path: string) => shown(rest(path, 'CLARIFAI_API_KEY'))[0]?.facts?.owner;
    expect(owner('users/clarifai/apps/main/models/face-detection/outputs')).toBe('clarifai-main');
    expect(owner('users/openai/apps/chat-completion/models/gpt-4o/outputs')).toBe('other-named');
    expect(shown(rest('users/openai/apps/chat-completion/models/my-model/outputs', 'CLARIFAI_API_KEY'))[0]?.data.owner).toBe('openai/chat-completion');
  });

  it('require-clarifai-owner: a PAT call naming clarifai with its own app', () => {
    const code =
      "const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');\nconst stub = ClarifaiStub.grpc();\nconst metadata = new grpc.Metadata();\nmetadata.set('authorization', 'Key ' + process.env.CLARIFAI_PAT);\n" +
      "stub.PostModelOutputs({ user_app_id: { user_id: 'clarifai', app_id: 'my-app' }, model_id: 'general-image-recognition', inputs: [] }, metadata, cb);\n";
    expect(shown(code, 'file.cjs')).toMatchObject([
      {
        ruleId: 'require-clarifai-owner',
        messageId: 'wrongOwner',
        data: { resource: 'Model `general-image-recognition`', owner: 'clarifai/main', named: 'clarifai/my-app' },
        facts: { client: 'grpc', credential: 'pat', owner: 'own', ownerUserId: 'clarifai', ownerAppId: 'my-app', catalogueOwner: 'clarifai/main' },
        fix: { safety: 'safe', messageId: 'setOwner', data: { owner: 'clarifai/main' } },
      },
    ]);
  });
});
