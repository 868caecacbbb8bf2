// The report of a run over browser and server projects: env vars by where each framework reads them, a section of
// its own for PATs in the browser (text, JSON, SARIF), and no exit code or "needs a human" for that warning alone.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTempTrees, runCli, tempTree } from './helpers.js';

afterAll(removeTempTrees);

const RUNTIME_FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'runtime');

/** A temp copy of these fixture projects, side by side. */
function projects(...names: string[]): string {
  const dir = tempTree();
  for (const name of names) cpSync(join(RUNTIME_FIXTURES, name), join(dir, name), { recursive: true });
  return dir;
}

const SET_IN_VITE = '.env with the VITE_ prefix; Vite inlines it at `vite build`';

describe('a run over a Vite app, a Node server and a plain page', () => {
  const dir = projects('vite', 'node', 'plain-html');

  it('groups the env vars to set by framework, with where to set them, and lists the PATs in the browser', () => {
    const result = runCli(['--dry', '--json', '--sarif', 'out.sarif'], dir);
    expect(result.status).toBe(0);
    const { summary, files } = JSON.parse(result.stdout);
    expect(summary.envVarsToSet).toEqual(['CLARIFAI_API_KEY', 'CLARIFAI_PAT', 'VITE_CLARIFAI_API_KEY', 'VITE_CLARIFAI_PAT']);
    expect(summary.envVarsWhere).toEqual([
      {
        framework: 'Node.js',
        setIn: "the process's environment: your shell, your host's settings, or a .env file loaded with dotenv",
        vars: ['CLARIFAI_API_KEY', 'CLARIFAI_PAT'],
        files: ['node/src/from-env.js', 'node/src/hardcoded.js'],
      },
      { framework: 'Vite', setIn: SET_IN_VITE, vars: ['VITE_CLARIFAI_API_KEY', 'VITE_CLARIFAI_PAT'], files: ['vite/src/from-env.js', 'vite/src/hardcoded.js'] },
    ]);
    expect(summary.patInBrowser).toEqual(['plain-html/app.js', 'vite/src/from-env.js', 'vite/src/hardcoded.js']);
    // The plain page's hard-coded secrets stay (no env read can work there): that is work for a human.
    expect(files.filter((f: { leftForHuman: boolean }) => f.leftForHuman).map((f: { file: string }) => f.file)).toEqual(['plain-html/app.js']);

    const [run] = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs;
    expect(run.properties).toEqual({ patInBrowser: summary.patInBrowser });
    const warnings = run.results.filter((r: { ruleId: string }) => r.ruleId === 'no-pat-in-browser');
    expect(warnings.map((r: { level: string; locations: [{ physicalLocation: { artifactLocation: { uri: string } } }] }) => [r.level, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['warning', 'plain-html/app.js'],
      ['warning', 'vite/src/from-env.js'],
      ['warning', 'vite/src/hardcoded.js'],
    ]);
  });

  it('says in "what to do now" where to set each variable, and warns of the PATs in the browser in a step of its own', () => {
    const { stdout } = runCli(['--dry'], dir);
    const steps = stdout.slice(stdout.indexOf('What to do now'));
    expect(steps).toContain(
      [
        '  1. Set these environment variables where each part of the code reads them:',
        "     CLARIFAI_API_KEY, CLARIFAI_PAT for Node.js (node/src/from-env.js, node/src/hardcoded.js): the process's environment: your shell, your host's settings, or a .env file loaded with dotenv.",
        `     VITE_CLARIFAI_API_KEY, VITE_CLARIFAI_PAT for Vite (vite/src/from-env.js, vite/src/hardcoded.js): ${SET_IN_VITE}.`,
        '     CLARIFAI_API_KEY and VITE_CLARIFAI_API_KEY hold an API key of the app the code calls (a key reaches only the app it was created in); CLARIFAI_PAT and VITE_CLARIFAI_PAT hold a PAT (create one under Security settings in your Clarifai account).',
        '  2. A PAT in the browser or an app: anyone who loads these pages or installs the app can read the PAT they send (or will send once migrated), and a PAT reaches every app of your account. Create a PAT with only the scopes the code needs, or call Clarifai from your server: plain-html/app.js, vite/src/from-env.js, vite/src/hardcoded.js.',
      ].join('\n'),
    );
    expect(stdout).toMatch(/13:26 +warning +no-pat-in-browser/);
  });
});

it('--check passes once a browser app is migrated, with only the PAT warning left', () => {
  const dir = projects('vite');
  expect(runCli(['--force'], dir).status).toBe(0);
  const check = runCli(['--check', '--json'], dir);
  expect(JSON.parse(check.stdout).summary).toMatchObject({ wouldChange: 0, leftForHuman: 0, patInBrowser: ['vite/src/from-env.js', 'vite/src/hardcoded.js'] });
  expect(check.status).toBe(0);
});

it('asks for Node\'s variables for the Node scripts of a Vite package, and Vite\'s for its app, with no browser warning for the scripts', () => {
  const { stdout } = runCli(['--dry'], projects('vite-scripts'));
  const steps = stdout.slice(stdout.indexOf('What to do now'));
  expect(steps).toContain(
    [
      '     CLARIFAI_PAT for Node.js (vite-scripts/detect.js, vite-scripts/tools/tag-url.js): the process\'s environment: your shell, your host\'s settings, or a .env file loaded with dotenv.',
      '     VITE_CLARIFAI_PAT for Vite (vite-scripts/src/app.js): .env with the VITE_ prefix; Vite inlines it at `vite build`.',
    ].join('\n'),
  );
  expect(steps).toMatch(/A PAT in the browser or an app: .*: vite-scripts\/src\/app\.js\.\n/);
});

describe('code with no package.json around it', () => {
  const call = (head: string) =>
    `${head}const PAT = '0123456789abcdef0123456789abcdef';\nfetch('https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs', { method: 'POST', headers: { Authorization: 'Key ' + PAT } });\n`;

  it('names its runtime so that the finding reads "in code that runs in" once, and leaves the PAT for a human', () => {
    const dir = tempTree({ 'tag.js': call('') });
    const { stdout } = runCli(['--dry'], dir);
    expect(stdout).toContain(
      '1:13    needs a human      no-hardcoded-credentials  A Clarifai PAT is written in source (PAT), in code that runs in an unknown runtime (no package.json around the file), where no environment variable can be read (no package.json says how this code is built or run);',
    );
  });

  it("takes a file that imports a server-only module for Node's and says where to set the PAT", () => {
    const dir = tempTree({ 'tag.js': call("import { readFileSync } from 'node:fs';\n") });
    const { stdout } = runCli(['--dry', '--diff'], dir);
    expect(stdout).toContain("-const PAT = '[REDACTED]';\n+const PAT = process.env.CLARIFAI_PAT;");
    expect(stdout).toContain(
      '  1. Set these environment variables wherever the code runs: CLARIFAI_PAT, a PAT (create one under Security settings in your Clarifai account).',
    );
  });
});
