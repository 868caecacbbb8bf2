import { describe, expect, it } from 'vitest';
import { classifyNames, kindFromName, looksLikeSecret, words } from '../src/credentials.js';

describe('credential names', () => {
  it('splits names into words', () => {
    expect(words('REACT_APP_CLARIFAI_API_KEY')).toEqual(['react', 'app', 'clarifai', 'api', 'key']);
    expect(words('clarifaiApiKey')).toEqual(['clarifai', 'api', 'key']);
    expect(words('PATKey')).toEqual(['pat', 'key']);
  });

  it.each([
    ['PAT', 'pat'],
    ['CLARIFAI_PAT', 'pat'],
    ['clarifaiPat', 'pat'],
    ['personalAccessToken', 'pat'],
    ['API_KEY', 'api-key'],
    ['apiKey', 'api-key'],
    ['CLARIFAI_KEY', 'api-key'],
    ['clientSecret', 'client-secret'],
    ['PATH', 'unknown'],
    ['token', 'unknown'],
  ])('%s is %s', (name, kind) => {
    expect(kindFromName(name, {})).toBe(kind);
  });

  it('lets options name PATs and API keys', () => {
    expect(kindFromName('MY_TOKEN', { patNames: ['my_token'] })).toBe('pat');
    expect(kindFromName('secretSauce', { apiKeyNames: ['secretSauce'] })).toBe('api-key');
  });

  it('trusts the name nearest the source', () => {
    expect(classifyNames(['apiKey', 'CLARIFAI_PAT'], {})).toEqual({ kind: 'pat', name: 'CLARIFAI_PAT', conflict: 'apiKey' });
    expect(classifyNames(['PAT', 'CLARIFAI_API_KEY'], {})).toEqual({ kind: 'api-key', name: 'CLARIFAI_API_KEY', conflict: 'PAT' });
    expect(classifyNames(['CLARIFAI_SECRET', 'CLARIFAI_API_KEY'], {})).toEqual({ kind: 'api-key', name: 'CLARIFAI_API_KEY' });
    expect(classifyNames(['PAT', 'token'], {})).toEqual({ kind: 'pat', name: 'PAT' });
    expect(classifyNames(['token'], {})).toEqual({ kind: 'unknown', name: 'token' });
    expect(classifyNames([], {})).toEqual({ kind: 'unknown' });
  });
});

describe('looksLikeSecret', () => {
  it.each(['f4k3f4k3f4k3f4k3f4k3f4k3f4k3f4k3', '0000aaaa1111bbbb2222cccc3333dddd', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'])(
    'takes %s for a secret',
    (value) => expect(looksLikeSecret(value)).toBe(true),
  );
  it.each([
    'YOUR_PAT_HERE',
    '{YOUR_CLARIFAI_API_KEY}',
    '<your api key>',
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    'fakefakefakefakefakefakefakefake',
    'short1',
    'general-image-recognition',
    'https://api.clarifai.com/v2/models',
  ])('takes %s for no secret', (value) => expect(looksLikeSecret(value)).toBe(false));
});
