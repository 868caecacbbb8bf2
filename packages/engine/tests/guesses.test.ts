import { describe, expect, it } from 'vitest';
import { findingsOf, summary } from './helpers.js';

describe('what the engine calls a guess (left for a human by the codemod)', () => {
  it('an identifier that says PAT over an env name that says API key: ambiguous, the switch is a guess', () => {
    const code = "const PAT = process.env.CLARIFAI_API_KEY;\nfetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + PAT }, body });\n";
    expect(summary(code)).toEqual(['no-api-key-outside-app@2:0 guess']);
    const [finding] = findingsOf(code);
    expect(finding!.messageId).toBe('ambiguousCredential');
    expect(finding!.message).toBe(
      "Model `face-detection` belongs to clarifai/main, which only a PAT reaches; this call sends `CLARIFAI_API_KEY`, whose names disagree (PAT says otherwise). If it holds a PAT, the call is right: keep it. If it holds an API key, send a PAT and name the owner clarifai/main.",
    );
  });

  it('names that agree keep the reviewed switch', () => {
    const code = "const API_KEY = process.env.CLARIFAI_API_KEY;\nfetch('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + API_KEY }, body });\n";
    expect(summary(code)).toEqual(['no-api-key-outside-app@2:0 needs-review']);
  });

  it('an owner from env names the code never mentions is a guess; one the code already reads is reviewed', () => {
    const call = "fetch('https://api.clarifai.com/v2/models/my-model/outputs', { method: 'POST', headers: { Authorization: 'Key ' + process.env.CLARIFAI_PAT }, body: JSON.stringify({ inputs }) });\n";
    const [guess] = findingsOf(call);
    expect(guess!.fix).toMatchObject({ safety: 'guess', messageId: 'addOwnerFromUnreadEnv' });
    const stated = `log(process.env.CLARIFAI_USER_ID, process.env.CLARIFAI_APP_ID);\n${call}`;
    expect(findingsOf(stated)[0]!.fix).toMatchObject({ safety: 'needs-review', messageId: 'addOwnerFromEnv' });
  });
});

describe('a legacy client too old for the fix', () => {
  const code = "const Clarifai = require('clarifai');\nconst app = new Clarifai.App({ apiKey: process.env.CLARIFAI_PAT });\napp.models.predict(Clarifai.FACE_DETECT_MODEL, url);\n";

  it('keeps the fix with 2.9.x or an unknown version, and hands the site off before 2.9', () => {
    expect(summary(code)).toEqual(['no-deprecated-client@1:17', 'require-user-app-id@3:0 safe']);
    expect(summary(code, 'file.js', { legacyClientVersion: '2.9.1' })).toEqual(['no-deprecated-client@1:17', 'require-user-app-id@3:0 safe']);
    const old = findingsOf(code, 'file.js', { legacyClientVersion: '2.2.0' });
    expect(old.map((f) => [f.ruleId, f.messageId, f.fix])).toEqual([
      ['no-deprecated-client', 'legacyClientTooOld', undefined],
      ['require-user-app-id', 'missingOwner', undefined],
    ]);
    expect(old[0]!.message).toContain('at 2.2.0, which ignores `userId` and `appId`');
  });
});
