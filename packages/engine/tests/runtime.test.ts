import { describe, expect, it } from 'vitest';
import { analyze, callEnvReads, fixesOf, fixUntilStable, parseForEngine, placedRuntime, type RuntimeFacts } from '../src/index.js';

const VITE: RuntimeFacts = { target: 'browser', framework: 'Vite', env: { object: 'import.meta.env.', prefix: 'VITE_' }, setIn: '.env with the VITE_ prefix' };
const PAGE: RuntimeFacts = { target: 'browser', framework: 'a plain HTML page', setIn: 'a page loaded with no build step has no environment variables' };
const NODE: RuntimeFacts = { target: 'server', framework: 'Node.js', env: { object: 'process.env.', prefix: '' }, setIn: 'the environment' };
const UNKNOWN: RuntimeFacts = {
  target: 'unknown',
  framework: 'an unknown runtime (no package.json around the file)',
  setIn: 'no package.json says how this code is built or run',
  byCode: { server: NODE },
};

function findings(text: string, runtime?: RuntimeFacts) {
  const { ast, scopeManager } = parseForEngine(text, 'file.js');
  return analyze({ ast, scopeManager, text, filename: 'file.js', ...(runtime ? { runtime } : {}) });
}

function migrated(text: string, runtime?: RuntimeFacts): string {
  return fixUntilStable(text, (t) => fixesOf(t, findings(t, runtime), ['safe', 'needs-review'])).text;
}

/** An API key from `read` for Clarifai's face model: no-api-key-outside-app switches it to a PAT. */
const faces = (read: string) =>
  `fetch('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + ${read} }, body });\n`;
const hardcodedPat = "const CLARIFAI_PAT = '0123456789abcdef0123456789abcdef';\nfetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + CLARIFAI_PAT }, body });\n";

describe('env reads from where the code runs', () => {
  it("uses the runtime's form when the file has no env read", () => {
    expect(migrated(hardcodedPat, VITE)).toContain('const CLARIFAI_PAT = import.meta.env.VITE_CLARIFAI_PAT;');
  });

  it("keeps Node's form without runtime facts (the engine alone, as before)", () => {
    expect(migrated(hardcodedPat)).toContain('const CLARIFAI_PAT = process.env.CLARIFAI_PAT;');
  });

  it("lets the file's own reads win over the runtime's", () => {
    expect(migrated(faces('process.env.REACT_APP_CLARIFAI_API_KEY'), VITE)).toContain("'Key ' + process.env.REACT_APP_CLARIFAI_PAT");
  });

  it('does not take a build flag (process.env.NODE_ENV) for the file style when the runtime is known', () => {
    const code = `if (process.env.NODE_ENV !== 'production') console.log('debug');\n${hardcodedPat}`;
    expect(migrated(code, VITE)).toContain('const CLARIFAI_PAT = import.meta.env.VITE_CLARIFAI_PAT;');
  });

  it("takes the runtime's prefix for a file whose own reads carry none", () => {
    const astroServer: RuntimeFacts = { target: 'server', framework: 'Astro (server code)', env: { object: 'import.meta.env.', prefix: '' }, setIn: '.env' };
    expect(migrated(faces('import.meta.env.CLARIFAI_API_KEY'), astroServer)).toContain("'Key ' + import.meta.env.CLARIFAI_PAT");
  });

  it("writes Node's form where the project cannot say but the file is clearly server code", () => {
    expect(migrated(`import { readFileSync } from 'node:fs';\n${hardcodedPat}`, UNKNOWN)).toContain('const CLARIFAI_PAT = process.env.CLARIFAI_PAT;');
  });
});

describe("SvelteKit's $env modules", () => {
  const SVELTE_CLIENT: RuntimeFacts = {
    target: 'browser',
    framework: 'SvelteKit (client code)',
    env: { object: 'env.', prefix: 'PUBLIC_', module: '$env/dynamic/public' },
    setIn: '.env with the PUBLIC_ prefix',
  };

  it('adds the import once, however many fixes read from it', () => {
    const twoSecrets = `const CLARIFAI_API_KEY = 'f4k3f4k3f4k3f4k3f4k3f4k3f4k3f4k3';\n${hardcodedPat}`;
    expect(migrated(twoSecrets, SVELTE_CLIENT)).toBe(
      `import { env } from '$env/dynamic/public';\nconst CLARIFAI_API_KEY = env.PUBLIC_CLARIFAI_API_KEY;\n${hardcodedPat.replace("'0123456789abcdef0123456789abcdef'", 'env.PUBLIC_CLARIFAI_PAT')}`,
    );
  });

  it("reads the variables a call takes through `env` (and only through SvelteKit's `env`) as env reads", () => {
    const reads = (text: string) => callEnvReads({ ...parseForEngine(text, 'file.js'), text, filename: 'file.js', runtime: SVELTE_CLIENT });
    const call = faces('env.PUBLIC_CLARIFAI_API_KEY');
    expect(reads(`import { env } from '$env/dynamic/public';\n${call}`)).toEqual(['PUBLIC_CLARIFAI_API_KEY']);
    expect(reads(`import { env as clarifaiEnv } from '$env/dynamic/private';\n${call.replace('env.', 'clarifaiEnv.')}`)).toEqual(['PUBLIC_CLARIFAI_API_KEY']);
    expect(reads(`import { env } from './settings.js';\n${call}`)).toEqual([]);
    expect(reads(`const env = { PUBLIC_CLARIFAI_API_KEY: 'x' };\n${call}`)).toEqual([]);
  });

  it('imports it under another name when the file has an env of its own', () => {
    const code = `const env = { debug: true };\n${hardcodedPat}`;
    expect(migrated(code, SVELTE_CLIENT)).toMatch(/^import \{ env as clarifaiEnv \} from '\$env\/dynamic\/public';\nconst env = \{ debug: true \};\nconst CLARIFAI_PAT = clarifaiEnv\.PUBLIC_CLARIFAI_PAT;/);
  });
});

describe('no env read where none can work', () => {
  it('leaves a hard-coded PAT in a plain page and says why', () => {
    const [hardcoded, browser] = findings(hardcodedPat, PAGE);
    expect(hardcoded).toMatchObject({ ruleId: 'no-hardcoded-credentials', messageId: 'hardcodedNoEnv', data: { runtime: 'a plain HTML page', setIn: PAGE.setIn } });
    expect(hardcoded!.fix).toBeUndefined();
    expect(hardcoded!.message).toContain('it was left in place, since a read there would be undefined');
    expect(browser).toMatchObject({ ruleId: 'no-pat-in-browser', messageId: 'patInBrowser' });
    expect(migrated(hardcodedPat, PAGE)).toBe(hardcodedPat);
  });

  it('does not switch an API key to a PAT read that would be undefined', () => {
    const code = faces('window.CONFIG.clarifaiApiKey');
    expect(findings(code, PAGE).map((f) => [f.ruleId, f.messageId, f.fix])).toEqual([['no-api-key-outside-app', 'apiKeyOutsideAppNoEnv', undefined]]);
    expect(migrated(code, PAGE)).toBe(code);
  });

  it("copies no style from the file's own reads where no env read works, and does where none is only known to", () => {
    const code = faces('process.env.CLARIFAI_API_KEY');
    const appBundle: RuntimeFacts = { target: 'browser', framework: 'React Native (app bundle)', setIn: 'no env plugin', envless: true };
    expect(findings(code, appBundle).map((f) => [f.ruleId, f.messageId, f.fix])).toEqual([['no-api-key-outside-app', 'apiKeyOutsideAppNoEnv', undefined]]);
    expect(migrated(code, appBundle)).toBe(code);
    const unknownBundler: RuntimeFacts = { target: 'browser', framework: 'browser code (no known bundler in package.json)', setIn: 'no bundler' };
    expect(migrated(code, unknownBundler)).toContain("'Key ' + process.env.CLARIFAI_PAT");
  });

  it('does not guess for code of unknown place that is not clearly server code', () => {
    expect(findings(hardcodedPat, UNKNOWN).map((f) => f.messageId)).toEqual(['hardcodedNoEnv']);
  });
});

describe('no-pat-in-browser', () => {
  it('warns where the switch to a PAT puts one into the bundle, and names the read', () => {
    const result = findings(faces('import.meta.env.VITE_CLARIFAI_API_KEY'), VITE).filter((f) => f.ruleId === 'no-pat-in-browser');
    expect(result.map((f) => [f.messageId, f.data])).toEqual([['patInBrowserAfterFix', { runtime: 'Vite', envRead: 'import.meta.env.VITE_CLARIFAI_PAT' }]]);
  });

  it('warns for a correct PAT call in browser code, and says nothing for the same call in server code', () => {
    const code = faces('process.env.CLARIFAI_PAT').replace('/v2/models/', '/v2/users/clarifai/apps/main/models/');
    expect(findings(code, NODE)).toEqual([]);
    expect(findings(code, VITE).map((f) => [f.ruleId, f.messageId, f.loc.start])).toEqual([['no-pat-in-browser', 'patInBrowser', { line: 1, column: 0 }]]);
  });
});

describe("where the file's own code shows its side (RuntimeFacts.byCode)", () => {
  const VITE_OR_NODE: RuntimeFacts = { ...VITE, byCode: { server: NODE } };
  const NEXT_CLIENT: RuntimeFacts = { target: 'browser', framework: 'Next.js (client component)', env: { object: 'process.env.', prefix: 'NEXT_PUBLIC_' }, setIn: '.env.local' };
  const NEXT_APP: RuntimeFacts = { target: 'server', framework: 'Next.js (server code)', env: { object: 'process.env.', prefix: '' }, setIn: '.env.local', byCode: { client: NEXT_CLIENT } };
  const placed = (text: string, runtime: RuntimeFacts) => placedRuntime({ ...parseForEngine(text, 'file.jsx'), text, filename: 'file.jsx', runtime })?.framework;

  const NODE_READ = 'const CLARIFAI_PAT = process.env.CLARIFAI_PAT;';
  const PUBLIC_READ = 'const CLARIFAI_PAT = process.env.NEXT_PUBLIC_CLARIFAI_PAT;';
  /** The code before `hardcodedPat`, why it places the file, the project's answer, where the file runs, the read written. */
  const sides: [string, string, RuntimeFacts, string, string][] = [
    ["import { ClarifaiStub } from 'clarifai-nodejs-grpc';\n", 'a server-only module', VITE_OR_NODE, 'Node.js', NODE_READ],
    ["const fs = require('node:fs');\n", 'a node: module, required', VITE_OR_NODE, 'Node.js', NODE_READ],
    ['const url = process.argv[2];\n', 'process.argv', VITE_OR_NODE, 'Node.js', NODE_READ],
    ["import { useState } from 'react';\nconst [a] = useState(0);\n", 'a hook imported from React', NEXT_APP, 'Next.js (client component)', PUBLIC_READ],
    ["import { useEffect as onMount } from 'react';\nonMount(() => {});\n", 'a hook under another name', NEXT_APP, 'Next.js (client component)', PUBLIC_READ],
    ["import * as React from 'react';\nReact.useRef(null);\n", 'React.useRef', NEXT_APP, 'Next.js (client component)', PUBLIC_READ],
    ['const b = <button onClick={() => run()}>Tag</button>;\n', 'a JSX event handler', NEXT_APP, 'Next.js (client component)', PUBLIC_READ],
    ["import { useMemo, useId } from 'react';\nuseMemo(() => 1, []);\nuseId();\n", 'hooks server components may call', NEXT_APP, 'Next.js (server code)', NODE_READ],
    ['function useState() { return [0]; }\nuseState();\n', 'a useState that is not React’s', NEXT_APP, 'Next.js (server code)', NODE_READ],
    ["import { useState } from 'preact/hooks';\nuseState(0);\n", 'a hook from another library', NEXT_APP, 'Next.js (server code)', NODE_READ],
    ['const b = <input onChange="first()" />;\n', 'an on* attribute that is a string', NEXT_APP, 'Next.js (server code)', NODE_READ],
    ['const b = <Like onLike={like} />;\n', 'a prop of a component (a server action may be passed down)', NEXT_APP, 'Next.js (server code)', NODE_READ],
    ['', 'nothing', VITE_OR_NODE, 'Vite', 'const CLARIFAI_PAT = import.meta.env.VITE_CLARIFAI_PAT;'],
    ["import axios from 'axios';\n", 'a module of either side', VITE_OR_NODE, 'Vite', 'const CLARIFAI_PAT = import.meta.env.VITE_CLARIFAI_PAT;'],
    ["import { useState } from 'react';\nuseState(0);\n", 'a hook, where the project gives no client alternative', VITE_OR_NODE, 'Vite', 'const CLARIFAI_PAT = import.meta.env.VITE_CLARIFAI_PAT;'],
    ["import fs from 'fs';\n", 'a server module, where the project gives no alternative', VITE, 'Vite', 'const CLARIFAI_PAT = import.meta.env.VITE_CLARIFAI_PAT;'],
  ];

  it.each(sides)('places a file with %j (%s): %s → %s, and writes %s', (head, _why, runtime, framework, read) => {
    const code = head + hardcodedPat;
    expect(placed(code, runtime)).toBe(framework);
    expect(migrated(code, runtime)).toContain(read);
    // The hard-coded PAT at its line; the browser warning only where the file runs in the browser.
    const line = head.split('\n').length;
    const browser = framework === 'Vite' || framework === 'Next.js (client component)';
    expect(findings(code, runtime).map((f) => [f.messageId, f.loc.start])).toEqual([
      ['hardcoded', { line, column: 21 }],
      ...(browser ? [['patInBrowser', { line: line + 1, column: 0 }]] : []),
    ]);
  });

  it('takes server code over client code when a file shows both (a server-only module cannot run in a browser)', () => {
    const both: RuntimeFacts = { ...UNKNOWN, byCode: { server: NODE, client: NEXT_CLIENT } };
    expect(placed(`import fs from 'fs';\nconst b = <a onClick={f} />;\n${hardcodedPat}`, both)).toBe('Node.js');
  });
});
