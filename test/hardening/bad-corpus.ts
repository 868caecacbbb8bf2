// The bad-input corpus of bad-input.test.ts, generated at test time in a temp dir.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a front end should do with the file. */
export type Expect =
  /** Broken or unreadable in some way: never written; reported (or not a candidate). */
  | 'untouched'
  /** Valid code in an unusual form: migrated exactly as the engine migrates it (BOM, line endings kept). */
  | 'migrated'
  /** Valid but large: the codemod may skip it (and must say so) or migrate it exactly. */
  | 'either'
  /** Valid, with nothing to fix: never written, nothing to report. */
  | 'unchanged';

export interface BadInput {
  /** Path relative to the corpus root. */
  path: string;
  expect: Expect;
  /** Why the file is in the corpus. */
  about: string;
  /** Not a regular readable file (symlink loop, directory cycle): only the codemod sees it. */
  special?: 'symlink-loop' | 'dir-cycle' | 'unreadable';
  mode?: number;
  /** Megabytes: checked with one analysis and one fix pass instead of a full fix loop. */
  heavy?: boolean;
}

const PAT_CALL =
  "const PAT = process.env.CLARIFAI_PAT;\nfetch('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + PAT }, body: JSON.stringify({ inputs: [] }) });\n";

export const FIXABLE = PAT_CALL;

/** A minified bundle of about `bytes` bytes, on one line, that mentions Clarifai and makes one fixable call. */
function minifiedBundle(bytes: number): string {
  const chunk = (i: number) =>
    `function m${i}(e,t){var n=e||{};return n.k${i}=t+"clarifai-${i}",n.v=[${i},${i + 1},${i + 2}].map(function(r){return r*${i % 7}}),n}`;
  const call =
    'var P=process.env.CLARIFAI_PAT;fetch("https://api.clarifai.com/v2/models/face-detection/outputs",{method:"POST",headers:{Authorization:"Key "+P},body:JSON.stringify({inputs:[]})});';
  const parts: string[] = ['!function(){"use strict";', call];
  let size = parts.join('').length;
  for (let i = 0; size < bytes; i++) {
    const c = chunk(i);
    parts.push(c, ';');
    size += c.length + 1;
  }
  parts.push('}();');
  return parts.join('');
}

/** Bytes that are not UTF-8 at all (NULs, high bytes), with "clarifai" inside so that no pre-filter skips them. */
function binary(): Buffer {
  const bytes = Buffer.alloc(4096);
  let x = 12345;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x & 0xff;
  }
  Buffer.from('clarifai PostModelOutputs').copy(bytes, 100);
  return bytes;
}

/** A fixable call whose comment and string hold bytes that are not valid UTF-8 (a Latin-1 file, say). */
function invalidUtf8(): Buffer {
  return Buffer.concat([
    Buffer.from('// caf'),
    Buffer.from([0xe9, 0x20, 0xff, 0xfe, 0xc3]),
    Buffer.from("\nconst label = '"),
    Buffer.from([0xe9, 0x80, 0xbf]),
    Buffer.from("';\n"),
    Buffer.from(PAT_CALL),
  ]);
}

export const CORPUS: { input: BadInput; content: () => string | Buffer }[] = [
  { input: { path: 'syntax-error.js', expect: 'untouched', about: 'a syntax error (missing parenthesis)' }, content: () => PAT_CALL.replace('}) });', '}) ;') },
  { input: { path: 'unterminated-template.ts', expect: 'untouched', about: 'an unterminated template literal' }, content: () => 'const PAT = process.env.CLARIFAI_PAT;\nconst url = `https://api.clarifai.com/v2/models/${MODEL_ID}/outputs;\nfetch(url, { headers: { Authorization: `Key ${PAT}` } });\n' },
  { input: { path: 'conflict-markers.js', expect: 'untouched', about: 'unresolved git conflict markers' }, content: () => `<<<<<<< HEAD\n${PAT_CALL}=======\n${PAT_CALL.replace('face-detection', 'general-image-recognition')}>>>>>>> feature\n` },
  { input: { path: 'vendor/clarifai.bundle.js', expect: 'either', heavy: true, about: 'a 5 MB minified bundle (one line) mentioning clarifai, with one fixable call' }, content: () => minifiedBundle(5 * 1024 * 1024) },
  { input: { path: 'binary.js', expect: 'untouched', about: 'binary bytes with a .js name' }, content: binary },
  { input: { path: 'utf16.js', expect: 'untouched', about: 'a UTF-16LE file with a BOM (as some Windows editors save)' }, content: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PAT_CALL, 'utf16le')]) },
  { input: { path: 'invalid-utf8.js', expect: 'untouched', about: 'invalid UTF-8 bytes in a comment and a string of a fixable file' }, content: invalidUtf8 },
  { input: { path: 'bom.js', expect: 'migrated', about: 'a UTF-8 BOM before a fixable call' }, content: () => `\uFEFF${PAT_CALL}` },
  { input: { path: 'crlf.ts', expect: 'migrated', about: 'CRLF line endings' }, content: () => PAT_CALL.replace('{ method', '{\n  method').replaceAll('\n', '\r\n') },
  { input: { path: 'mixed-eol.js', expect: 'migrated', about: 'mixed LF / CRLF / CR line endings' }, content: () => `// a\r\n// b\r${PAT_CALL.replace('\n', '\r\n')}// end\n` },
  { input: { path: 'deep-arrays.js', expect: 'untouched', about: '5,000 nested arrays' }, content: () => `// clarifai\nconst deep = ${'['.repeat(5000)}${']'.repeat(5000)};\n${PAT_CALL}` },
  { input: { path: 'deep-parens.js', expect: 'untouched', about: '5,000 nested parentheses' }, content: () => `// clarifai\nconst deep = ${'('.repeat(5000)}1${')'.repeat(5000)};\n${PAT_CALL}` },
  { input: { path: 'long-concat.js', expect: 'untouched', about: 'a 5,000-term string concatenation' }, content: () => `const s = 'clarifai'${" + 'x'".repeat(5000)};\n${PAT_CALL}` },
  { input: { path: 'deep-but-parseable.js', expect: 'migrated', about: '300 nested arrays in the request body' }, content: () => PAT_CALL.replace('inputs: []', `inputs: ${'['.repeat(300)}${']'.repeat(300)}`) },
  { input: { path: 'loop-a.js', expect: 'untouched', about: 'a symlink loop (loop-a.js -> loop-b.js -> loop-a.js)', special: 'symlink-loop' }, content: () => '' },
  { input: { path: 'cycle', expect: 'untouched', about: 'a directory symlink back to the root', special: 'dir-cycle' }, content: () => '' },
  { input: { path: 'unreadable.js', expect: 'untouched', about: 'chmod 000 (readable anyway when run as root)', special: 'unreadable', mode: 0o000 }, content: () => PAT_CALL },
  { input: { path: 'read-only.js', expect: 'untouched', about: 'a read-only (0444) file with a fixable call', mode: 0o444 }, content: () => PAT_CALL },
  { input: { path: 'empty.js', expect: 'unchanged', about: 'an empty file' }, content: () => '' },
  { input: { path: 'types/clarifai.d.ts', expect: 'unchanged', about: 'a declaration file that mentions clarifai' }, content: () => "declare module 'clarifai' {\n  export class App {\n    constructor(options: { apiKey: string; userId?: string; appId?: string });\n    models: { predict(model: string, input: string): Promise<unknown> };\n  }\n  export const GENERAL_MODEL: string;\n}\ndeclare const CLARIFAI_PAT: string;\n" },
  { input: { path: 'flow.js', expect: 'untouched', about: 'Flow-annotated JS (maybe types, exact objects)' }, content: () => `// @flow\nimport type { Response } from 'node-fetch';\ntype Opts = {| pat: string, model: ?string |};\nexport function predict(opts: Opts): Promise<Response> {\n  return fetch('https://api.clarifai.com/v2/models/face-detection/outputs', { method: 'POST', headers: { Authorization: 'Key ' + opts.pat }, body: JSON.stringify({ inputs: [] }) });\n}\n` },
  { input: { path: 'component.vue', expect: 'migrated', about: 'a Vue single-file component (its <script> block is migrated)' }, content: () => `<template>\n  <div>{{ concepts }}</div>\n</template>\n\n<script>\n${PAT_CALL}export default { data: () => ({ concepts: [] }) };\n</script>\n` },
  { input: { path: 'Component.svelte', expect: 'migrated', about: 'a Svelte component (its <script> block is migrated)' }, content: () => `<script>\n  ${PAT_CALL.replaceAll('\n', '\n  ')}let concepts = [];\n</script>\n\n<ul>{#each concepts as c}<li>{c.name}</li>{/each}</ul>\n` },
  { input: { path: 'weird name ü.js', expect: 'migrated', about: 'a file name with a space and non-ASCII' }, content: () => PAT_CALL },
  { input: { path: 'dir-named.js/inner.js', expect: 'migrated', about: 'a directory whose name ends in .js' }, content: () => PAT_CALL },
  { input: { path: 'good.js', expect: 'migrated', about: 'a plain fixable file next to the bad ones' }, content: () => PAT_CALL },
];

/** Writes the corpus under `root`. Returns the inputs (modes and links applied). */
export function writeCorpus(root: string): BadInput[] {
  for (const { input, content } of CORPUS) {
    const path = join(root, input.path);
    mkdirSync(dirname(path), { recursive: true });
    if (input.special === 'symlink-loop') {
      symlinkSync('loop-b.js', join(root, 'loop-a.js'));
      symlinkSync('loop-a.js', join(root, 'loop-b.js'));
      continue;
    }
    if (input.special === 'dir-cycle') {
      symlinkSync('.', path);
      continue;
    }
    writeFileSync(path, content());
    if (input.mode !== undefined) chmodSync(path, input.mode);
  }
  return CORPUS.map((c) => c.input);
}
