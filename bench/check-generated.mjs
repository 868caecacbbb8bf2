#!/usr/bin/env node
// Sanity checks for a tree written by bench/generate.mjs:
//   node bench/check-generated.mjs <dir>
// - every .ts/.tsx/.js/.jsx file (including node_modules/ and dist/) parses with
//   @typescript-eslint/typescript-estree (jsx: false for .ts, true otherwise);
// - line counts of the source files are within 50..600;
// - ground-truth.json agrees with the tree: listed files exist, shape counts and the Clarifai
//   fraction match, recorded call lines point at the call, and no unlisted source file
//   mentions "clarifai".
// Exit code 1 on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/typescript-estree';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/check-generated.mjs <generated-dir>');
  process.exit(2);
}
const root = path.resolve(dir);
const EXTS = new Set(['.ts', '.tsx', '.js', '.jsx']);

function walk(d, rel, out) {
  for (const ent of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${ent.name}` : ent.name;
    if (ent.isDirectory()) walk(path.join(d, ent.name), r, out);
    else out.push(r);
  }
  return out;
}

const area = (rel) => (/(^|\/)node_modules\//.test(rel) ? 'node_modules' : rel.startsWith('dist/') ? 'dist' : 'source');
const all = walk(root, '', []);
const counts = {};
const failures = [];
const lineStats = { min: Infinity, max: 0, sum: 0, n: 0 };
const texts = new Map();
const t0 = performance.now();

for (const rel of all) {
  const ext = path.extname(rel);
  if (!EXTS.has(ext)) continue;
  const a = area(rel);
  const key = `${a} ${ext}`;
  counts[key] = counts[key] || { files: 0, ok: 0, failed: 0 };
  counts[key].files++;
  const text = fs.readFileSync(path.join(root, rel), 'utf8');
  try {
    parse(text, { jsx: ext !== '.ts', loc: false, range: false, comment: false, tokens: false });
    counts[key].ok++;
  } catch (err) {
    counts[key].failed++;
    failures.push(`parse ${rel}: ${String(err.message).split('\n')[0]}${err.lineNumber ? ` (line ${err.lineNumber})` : ''}`);
  }
  if (a === 'source') {
    texts.set(rel, text);
    const n = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    lineStats.min = Math.min(lineStats.min, n);
    lineStats.max = Math.max(lineStats.max, n);
    lineStats.sum += n;
    lineStats.n++;
    if (n < 50 || n > 600) failures.push(`lines ${rel}: ${n} lines (want 50..600)`);
  }
}
const parseSeconds = (performance.now() - t0) / 1000;

// ground truth
const gtPath = path.join(root, 'ground-truth.json');
const gt = JSON.parse(fs.readFileSync(gtPath, 'utf8'));
const listed = Object.keys(gt.files);
const byShape = {};
let clarifaiFiles = 0;
let decoys = 0;
const callPatterns = /fetch\(|axios\.post\(|\.models\b|\.(P|p)ost(ModelOutputs|WorkflowResults)\(|\.predict\(|new Model\(/;
for (const rel of listed) {
  if (area(rel) !== 'source') failures.push(`ground truth lists ignored file ${rel}`);
  const text = texts.get(rel);
  if (text === undefined) {
    failures.push(`ground truth lists missing file ${rel}`);
    continue;
  }
  for (const entry of gt.files[rel]) {
    byShape[entry.shape] = (byShape[entry.shape] || 0) + 1;
    if (entry.shape.startsWith('decoy-')) {
      decoys++;
      if (entry.rules.length) failures.push(`decoy with rules: ${rel}`);
      continue;
    }
    clarifaiFiles++;
    if (!/clarifai/i.test(text)) failures.push(`shape file without "clarifai": ${rel}`);
    const lines = text.split(/\r?\n/);
    const callLine = lines[entry.line - 1] || '';
    if (!callPatterns.test(callLine)) failures.push(`line ${entry.line} of ${rel} is not a call: ${callLine.trim()}`);
  }
}
const expectedClarifai = Math.round(gt.generator.files * gt.generator.clarifaiFraction);
if (clarifaiFiles !== expectedClarifai) failures.push(`clarifai files ${clarifaiFiles} != ${expectedClarifai}`);
if (clarifaiFiles !== gt.summary.clarifaiFiles) failures.push('summary.clarifaiFiles mismatch');
if (lineStats.n !== gt.summary.files) failures.push(`source files on disk ${lineStats.n} != summary.files ${gt.summary.files}`);
for (const [shape, n] of Object.entries(gt.summary.byShape)) {
  if ((byShape[shape] || 0) !== n) failures.push(`byShape ${shape}: listed ${byShape[shape] || 0} != summary ${n}`);
}
const shapeCounts = Object.values(gt.summary.byShape);
if (Math.max(...shapeCounts) - Math.min(...shapeCounts) > 1) failures.push(`shapes not evenly spread: ${shapeCounts}`);
let strayMentions = 0;
for (const [rel, text] of texts) {
  if (!gt.files[rel] && /clarifai/i.test(text)) {
    strayMentions++;
    failures.push(`unlisted source file mentions clarifai: ${rel}`);
  }
}
let ignoredWithClarifai = 0;
for (const rel of all) {
  if (area(rel) !== 'source' && EXTS.has(path.extname(rel)) && /clarifai/i.test(fs.readFileSync(path.join(root, rel), 'utf8'))) ignoredWithClarifai++;
}

console.log(`checked ${root}`);
console.log('parse results (area ext: files ok failed):');
for (const k of Object.keys(counts).sort()) console.log(`  ${k.padEnd(20)} ${String(counts[k].files).padStart(6)} ${String(counts[k].ok).padStart(6)} ${String(counts[k].failed).padStart(6)}`);
const tot = Object.values(counts).reduce((a, c) => ({ files: a.files + c.files, ok: a.ok + c.ok, failed: a.failed + c.failed }), { files: 0, ok: 0, failed: 0 });
console.log(`  ${'total'.padEnd(20)} ${String(tot.files).padStart(6)} ${String(tot.ok).padStart(6)} ${String(tot.failed).padStart(6)}   (${parseSeconds.toFixed(1)} s)`);
console.log(`source files: ${lineStats.n}, lines min/mean/max ${lineStats.min}/${Math.round(lineStats.sum / lineStats.n)}/${lineStats.max}`);
console.log(`clarifai files: ${clarifaiFiles} (${((100 * clarifaiFiles) / lineStats.n).toFixed(2)}%), decoys: ${decoys}, unlisted files mentioning clarifai: ${strayMentions}`);
console.log(`ignored (node_modules/dist) JS/TS files mentioning clarifai: ${ignoredWithClarifai}`);
console.log('by shape: ' + Object.entries(byShape).map(([k, v]) => `${k}=${v}`).join(' '));
if (failures.length) {
  console.log(`\n${failures.length} problem(s):`);
  for (const f of failures.slice(0, 50)) console.log('  ' + f);
  if (failures.length > 50) console.log(`  ... ${failures.length - 50} more`);
  process.exit(1);
}
console.log('OK');
