// "What to do now" in the text report: what each env var holds, and where else a removed secret is stored.
import { whatItHolds, whatTheyHold } from '../src/report/env-holds.js';
import { summarize, type FileReport } from '../src/report/model.js';
import { renderText } from '../src/report/text.js';
import { isGenerated } from '../src/files/generated.js';

const counts = { dryRun: true, filesScanned: 3, candidates: 3, skippedTooLarge: 0, seconds: 0.1 };
const NODE = { framework: 'Node.js', setIn: 'your shell' };

function steps(files: FileReport[]): string[] {
  const text = renderText({ files, summary: summarize(files, counts) }, false);
  return text.slice(text.indexOf('What to do now')).split('\n').slice(1, -1);
}

const changed = (file: string, over: Partial<FileReport>): FileReport => ({
  file,
  findings: [],
  changed: true,
  leftForHuman: false,
  envVars: [],
  runtime: NODE,
  ...over,
});

describe('what each variable to set holds', () => {
  it.each([
    ['CLARIFAI_PAT', 'a PAT (create one under Security settings in your Clarifai account)'],
    ['VITE_CLARIFAI_PAT', 'a PAT (create one under Security settings in your Clarifai account)'],
    ['REACT_APP_CLARIFAI_API_KEY', 'an API key of the app the code calls (a key reaches only the app it was created in)'],
    ['CLARIFAI_API_KEY', 'an API key of the app the code calls (a key reaches only the app it was created in)'],
    ['CLARIFAI_USER_ID', "the user id of the app's owner"],
    ['NEXT_PUBLIC_CLARIFAI_APP_ID', "the app's id"],
    ['CLARIFAI_TOKEN', undefined],
  ])('%s holds %s', (name, what) => {
    expect(whatItHolds(name)).toBe(what);
  });

  it('groups names that hold the same thing, and says nothing of a name that tells nothing', () => {
    expect(whatTheyHold(['CLARIFAI_APP_ID', 'CLARIFAI_PAT', 'CLARIFAI_TOKEN', 'CLARIFAI_USER_ID', 'VITE_CLARIFAI_PAT'])).toBe(
      "CLARIFAI_APP_ID holds the app's id; CLARIFAI_PAT and VITE_CLARIFAI_PAT hold a PAT (create one under Security settings in your Clarifai account); CLARIFAI_USER_ID holds the user id of the app's owner",
    );
    expect(whatTheyHold(['CLARIFAI_TOKEN'])).toBe('');
  });

  it('names an API key moved out of source as an API key, not as a PAT to create', () => {
    expect(steps([changed('src/App.js', { envVars: ['REACT_APP_CLARIFAI_API_KEY'] })])[0]).toBe(
      '  1. Set these environment variables wherever the code runs: REACT_APP_CLARIFAI_API_KEY, an API key of the app the code calls (a key reaches only the app it was created in).',
    );
    expect(steps([changed('src/a.js', { envVars: ['CLARIFAI_PAT', 'CLARIFAI_TOKEN'] })])[0]).toBe(
      '  1. Set these environment variables wherever the code runs: CLARIFAI_PAT, a PAT (create one under Security settings in your Clarifai account); CLARIFAI_TOKEN.',
    );
    expect(steps([changed('src/a.js', { envVars: ['CLARIFAI_TOKEN', 'MY_VAR'] })])[0]).toBe(
      '  1. Set these environment variables wherever the code runs: CLARIFAI_TOKEN, MY_VAR.',
    );
  });
});

describe('the same secret stored elsewhere', () => {
  const removed = changed('src/tag.js', { hardcodedSecret: 'removed', secretAlsoIn: ['dist/tag.js', 'public/app.min.js', 'scripts/seed.js', 'src/page.js'] });
  const left = changed('src/page.js', { changed: false, leftForHuman: true, hardcodedSecret: 'still in source' });

  it('tells source (removed by hand, or left for a human by this run) from build output (rebuilt)', () => {
    expect(steps([left, removed]).slice(0, 3)).toEqual([
      '  1. A Clarifai key or PAT was written in source: rotate it, it stays in your git history. src/page.js (still in source), src/tag.js (would be removed).',
      '  2. The same secret as in src/tag.js (value not shown) is also written in: scripts/seed.js, src/page.js (left for a human, see above). This run does not remove it there: remove it by hand and rotate it.',
      '  3. The same secret as in src/tag.js (value not shown) is also stored in build output: dist/tag.js, public/app.min.js. Remove it there (rebuild, clear caches) and rotate it.',
    ]);
  });

  it.each([
    ['dist/tag.js', true],
    ['packages/web/build/static/js/main.js', true],
    ['.next/server/app/page.js', true],
    ['public/app.min.js', true],
    ['public/app.js.map', true],
    ['src/distance.js', false],
    ['scripts/seed.js', false],
  ])('%s is build output: %s', (path, generated) => {
    expect(isGenerated(path)).toBe(generated);
  });
});
