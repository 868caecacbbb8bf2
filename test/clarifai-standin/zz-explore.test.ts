import { startStandin } from './server.ts';
import { FAKE_PAT, FAKE_API_KEY } from './rules.ts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
test('explore', async () => {
  const s = await startStandin();
  const other = createServer((q, r) => r.end('untouched ' + q.headers.host)); await new Promise<void>(r => other.listen(0, '127.0.0.1', r));
  const env = { ...process.env, CLARIFAI_STANDIN_URL: s.restUrl, CLARIFAI_PAT: FAKE_PAT, CLARIFAI_API_KEY: FAKE_API_KEY, OTHER_URL: `http://127.0.0.1:${(other.address() as any).port}/x` };
  for (const p of ['predict-axios.cjs', 'predict-fetch.mjs']) {
    const t = Date.now();
    try { const { stdout, stderr } = await promisify(execFile)('node', ['--import', './test/clarifai-standin/preload.mjs', `test/clarifai-standin/programs/${p}`], { env });
    console.log(p, Date.now() - t, stdout, stderr); } catch (e: any) { console.log(p, 'FAIL', e.stdout, e.stderr); }
  }
  console.log(JSON.stringify(s.requests));
  other.close(); await s.close();
});
