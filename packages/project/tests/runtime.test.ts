import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runtimeOf } from '../src/index.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project in a temp directory (outside this repository, so no package.json above it), path → text. */
function project(files: Record<string, string>): (path: string) => string {
  const root = mkdtempSync(join(tmpdir(), 'runtime-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return (path) => join(root, path);
}

const NODE = { target: 'server', framework: 'Node.js', env: { object: 'process.env.', prefix: '' } };

const deps = (dependencies: Record<string, string>) => JSON.stringify({ name: 'app', dependencies });

describe('runtimeOf', () => {
  it('puts the server folders of a browser app in Node and the rest in its bundle', () => {
    const at = project({ 'package.json': deps({ vite: '^7.0.0' }) });
    expect(runtimeOf({ path: at('src/main.js') })).toMatchObject({ target: 'browser', framework: 'Vite', env: { object: 'import.meta.env.', prefix: 'VITE_' } });
    expect(runtimeOf({ path: at('server/api.js') })).toMatchObject({ target: 'server', framework: 'Node.js', env: { object: 'process.env.', prefix: '' } });
    expect(runtimeOf({ path: at('vite.config.js') }).framework).toBe('Node.js');
  });

  it("sees a 'use client' directive after comments", () => {
    const at = project({ 'package.json': deps({ next: '^15.0.0' }) });
    const text = "// Face detection card\n/* client only */\n'use client';\nexport const x = 1;\n";
    expect(runtimeOf({ path: at('src/card.jsx'), text })).toMatchObject({ target: 'browser', framework: 'Next.js (client component)' });
    expect(runtimeOf({ path: at('app/page.jsx'), text: 'export default function Page() {}' }).framework).toBe('Next.js (server code)');
    expect(runtimeOf({ path: at('app/page.jsx'), region: 'client' }).framework).toBe('Next.js (client component)');
  });

  it('places regions of a file: the frontmatter of an .astro file on the server, its <script> in the browser', () => {
    const at = project({ 'package.json': deps({ astro: '^5.0.0' }) });
    expect(runtimeOf({ path: at('src/pages/index.astro'), region: 'server' }).framework).toBe('Astro (server code)');
    expect(runtimeOf({ path: at('src/pages/index.astro'), region: 'client' })).toMatchObject({ framework: 'Astro (client code)', env: { prefix: 'PUBLIC_' } });
  });

  it('gives an HTML page, and a script it loads, no env at all when nothing builds them', () => {
    const at = project({ 'package.json': deps({}), 'index.html': '<script src="./js/app.js"></script>' });
    expect(runtimeOf({ path: at('index.html'), text: '<script>const x = 1;</script>' })).toEqual({
      target: 'browser',
      framework: 'a plain HTML page',
      setIn: 'a page loaded with no build step has no environment variables',
      envless: true,
    });
    expect(runtimeOf({ path: at('js/app.js') }).framework).toBe('a plain HTML page');
    expect(runtimeOf({ path: at('js/tool.js') }).framework).toBe('Node.js');
  });

  it('gives webpack code process.env only when the config defines it', () => {
    const defined = project({ 'package.json': deps({ webpack: '^5.0.0' }), 'webpack.config.js': 'new webpack.DefinePlugin({})' });
    const bare = project({ 'package.json': deps({ webpack: '^5.0.0' }), 'webpack.config.js': 'module.exports = {}' });
    expect(runtimeOf({ path: defined('src/index.js') }).env).toEqual({ object: 'process.env.', prefix: '' });
    expect(runtimeOf({ path: bare('src/index.js') }).env).toBeUndefined();
  });

  it('knows an extension by its manifest, and not a web app manifest', () => {
    const extension = project({ 'manifest.json': '{ "manifest_version": 3 }' });
    const pwa = project({ 'package.json': deps({}), 'manifest.json': '{ "short_name": "App" }' });
    expect(runtimeOf({ path: extension('content.js') })).toMatchObject({ target: 'browser', framework: 'a browser extension', envless: true });
    expect(runtimeOf({ path: pwa('src/index.js') }).framework).toBe('Node.js');
  });

  it('reads a package once: later changes to its package.json do not change the answer', () => {
    const at = project({ 'package.json': deps({ 'react-scripts': '5.0.1' }) });
    expect(runtimeOf({ path: at('src/App.js') }).framework).toBe('Create React App');
    writeFileSync(at('package.json'), deps({ vite: '^7.0.0' }));
    expect(runtimeOf({ path: at('src/other/App.js') }).framework).toBe('Create React App');
  });

  it('does not read a FIFO named like a page (it would block)', () => {
    const at = project({ 'package.json': deps({}) });
    execFileSync('mkfifo', [at('index.html')]);
    expect(runtimeOf({ path: at('app.js') }).framework).toBe('Node.js');
  });

  it('takes a package.json that does not parse for one with no dependencies', () => {
    const at = project({ 'package.json': '{ not json' });
    expect(runtimeOf({ path: at('index.js') }).framework).toBe('Node.js');
  });

  it('says unknown for code with no package around it, named so that it reads after "in code that runs in"', () => {
    const at = project({ 'loose.js': '' });
    expect(runtimeOf({ path: at('loose.js') })).toMatchObject({
      target: 'unknown',
      framework: 'an unknown runtime (no package.json around the file)',
      byCode: { server: { target: 'server', framework: 'Node.js', env: { object: 'process.env.', prefix: '' } } },
    });
  });
});

describe("runtimeOf: where a file's own code shows a side its path cannot (RuntimeFacts.byCode)", () => {

  it("gives a bundler's browser code Node as the place for a file whose code is Node's (a script run with `node`)", () => {
    const at = project({ 'package.json': deps({ vite: '^5.0.0', 'clarifai-nodejs-grpc': '^10.0.0' }), 'vite.config.js': 'export default {}' });
    expect(runtimeOf({ path: at('detect.js') })).toMatchObject({ target: 'browser', framework: 'Vite', byCode: { server: NODE } });
    // Server folders are Node by their path already: nothing for the code to change.
    expect(runtimeOf({ path: at('scripts/seed.js') }).byCode).toBeUndefined();
  });

  it("gives a Next.js app/ file with no 'use client' the client component as the place for code with hooks or handlers", () => {
    const at = project({ 'package.json': deps({ next: '14.2.14', react: '^18' }) });
    const client = { target: 'browser', framework: 'Next.js (client component)', env: { object: 'process.env.', prefix: 'NEXT_PUBLIC_' } };
    expect(runtimeOf({ path: at('app/components/Tagger.tsx'), text: 'export default function Tagger() {}' })).toMatchObject({
      target: 'server',
      framework: 'Next.js (server code)',
      byCode: { client },
    });
    expect(runtimeOf({ path: at('lib/clarifai.js') })).toMatchObject({
      target: 'unknown',
      framework: 'Next.js (shared code)',
      byCode: { server: { framework: 'Next.js (server code)', env: { prefix: '' } }, client },
    });
    // What the path or a directive decides stays decided.
    expect(runtimeOf({ path: at('app/api/tag/route.js') }).byCode).toBeUndefined();
    expect(runtimeOf({ path: at('app/page.tsx'), text: "'use client';\nexport default function Page() {}" }).byCode).toBeUndefined();
  });
});

describe('runtimeOf: a bare React Native app', () => {
  const rn = { 'package.json': deps({ axios: '^1.7.2', 'react-native': '0.74.0', react: '18.2.0' }) };

  it('ships its code in the app bundle, where no env var exists without a Babel env plugin', () => {
    const at = project({ ...rn, 'babel.config.js': "module.exports = { presets: ['module:@react-native/babel-preset'] };" });
    expect(runtimeOf({ path: at('src/api.js') })).toEqual({
      target: 'browser',
      framework: 'React Native (app bundle)',
      envless: true,
      setIn:
        'the app has no environment variables on the device unless a Babel plugin (babel-plugin-transform-inline-environment-variables, react-native-dotenv) inlines them when it is bundled',
      byCode: { server: expect.objectContaining(NODE) },
    });
    expect(runtimeOf({ path: at('scripts/upload.js') }).framework).toBe('Node.js');
  });

  it('reads process.env where babel-plugin-transform-inline-environment-variables inlines it', () => {
    const at = project({ ...rn, '.babelrc': '{ "plugins": ["transform-inline-environment-variables"] }' });
    expect(runtimeOf({ path: at('src/api.js') })).toMatchObject({ target: 'browser', framework: 'React Native (app bundle)', env: { object: 'process.env.', prefix: '' } });
  });

  it("has no env read the fixes can write with react-native-dotenv (it reads through '@env'), and says so", () => {
    const at = project({ ...rn, 'babel.config.js': "module.exports = { plugins: [['module:react-native-dotenv', { moduleName: '@env' }]] };" });
    const runtime = runtimeOf({ path: at('src/api.js') });
    expect(runtime).toMatchObject({ envless: true });
    expect(runtime.env).toBeUndefined();
    expect(runtime.setIn).toBe("react-native-dotenv reads .env only through `import { NAME } from '@env'`, which has to be written by hand");
  });

  it('leaves an Expo app to Expo', () => {
    const at = project({ 'package.json': deps({ expo: '~51.0.0', 'react-native': '0.74.0' }) });
    expect(runtimeOf({ path: at('src/api.js') }).framework).toBe('Expo (app bundle)');
  });
});
