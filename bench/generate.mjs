#!/usr/bin/env node
// Synthetic repository generator for the clarifai-auth-migration benchmarks.
//
//   node bench/generate.mjs --out bench/.work/repo-1000 --files 1000 --seed 1 [--fraction 0.02]
//   import { generateRepo } from './generate.mjs';
//   generateRepo({ dir, files, clarifaiFraction = 0.02, seed });
//
// Writes N ordinary app source files (.ts/.tsx/.js/.jsx, 50..600 lines), a fraction of which call
// Clarifai in one of the SHAPES below, ~1% decoys that only look like Clarifai calls, node_modules/
// and dist/ noise that tools must ignore, a .gitignore, and ground-truth.json.
// Deterministic for a given (files, clarifaiFraction, seed): own PRNG, no clock, no fs ordering.
// Node standard library only. This file plans the tree and writes it; the pieces live in generate/:
//   prng.mjs               the seeded random numbers everything draws from
//   vocabulary.mjs         entity and feature names, small text helpers
//   file-context.mjs       per-file naming, imports and exports, TypeScript-awareness
//   blocks/*.mjs           ordinary code blocks by file kind (generic, TypeScript, React, server, hooks/store/config)
//   clarifai-shapes.mjs    the Clarifai call SHAPES and the rules each must trigger
//   decoys.mjs             files that only look like Clarifai calls
//   file-kinds.mjs         which kind, extension and path each file gets
//   assemble-file.mjs      one source file from its blocks and its shape
//   noise.mjs              node_modules/ and dist/ files that tools must ignore

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyStyle, generateSourceFile } from './generate/assemble-file.mjs';
import { SHAPES, SHAPE_HOSTS } from './generate/clarifai-shapes.mjs';
import { DECOYS, DECOY_FRACTION } from './generate/decoys.mjs';
import { CLARIFAI_PATH_HINTS, KIND_WEIGHTS, pathFor, pickExt } from './generate/file-kinds.mjs';
import { distFiles, nodeModulesFiles } from './generate/noise.mjs';
import { Rng, fnv1a } from './generate/prng.mjs';
import { countLines } from './generate/vocabulary.mjs';
export { SHAPES } from './generate/clarifai-shapes.mjs';
export { DECOYS, DECOY_FRACTION } from './generate/decoys.mjs';
export { mulberry32 } from './generate/prng.mjs';

export const GENERATOR_VERSION = 1;

// ------------------------------------------------------------------------------------------------
// Repository

function normalizeSeed(seed) {
  if (seed === undefined || seed === null) return 1;
  if (typeof seed === 'number' && Number.isFinite(seed)) return seed >>> 0;
  const s = String(seed);
  return /^\d+$/.test(s) ? Number(s) >>> 0 : fnv1a(s);
}

function safeClean(dir) {
  if (!fs.existsSync(dir)) return;
  const entries = fs.readdirSync(dir);
  if (entries.length === 0) return;
  if (!entries.includes('ground-truth.json')) {
    throw new Error(`refusing to overwrite ${dir}: not empty and has no ground-truth.json (not a generated tree)`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Generate a synthetic repository.
 * @param {{ dir: string, files: number, clarifaiFraction?: number, seed?: number|string, clean?: boolean }} opts
 */
export function generateRepo({ dir, files, clarifaiFraction = 0.02, seed = 1, clean = true } = {}) {
  if (!dir) throw new Error('generateRepo: dir is required');
  if (!Number.isInteger(files) || files < 1) throw new Error('generateRepo: files must be a positive integer');
  if (!(clarifaiFraction >= 0 && clarifaiFraction <= 1)) throw new Error('generateRepo: clarifaiFraction must be in [0, 1]');
  const t0 = performance.now();
  const seedNum = normalizeSeed(seed);
  const root = path.resolve(dir);
  if (clean) safeClean(root);
  const tClean = performance.now();

  const planRng = new Rng(fnv1a(`plan:${seedNum}`));

  // which files are special
  const order = planRng.shuffle(Array.from({ length: files }, (_, i) => i));
  const nClarifai = Math.min(files, Math.round(files * clarifaiFraction));
  const nDecoy = Math.min(files - nClarifai, Math.round((files - nClarifai) * DECOY_FRACTION));
  const shapeOrder = planRng.shuffle(SHAPES.map((s) => s.id));
  const decoyOrder = planRng.shuffle([...DECOYS]);
  const specials = new Array(files).fill(null);
  const clarifaiIdx = order.slice(0, nClarifai).sort((a, b) => a - b);
  clarifaiIdx.forEach((fi, k) => {
    specials[fi] = { type: 'shape', id: shapeOrder[k % shapeOrder.length] };
  });
  const decoyIdx = order.slice(nClarifai, nClarifai + nDecoy).sort((a, b) => a - b);
  decoyIdx.forEach((fi, k) => {
    specials[fi] = { type: 'decoy', id: decoyOrder[k % decoyOrder.length] };
  });

  const usedPaths = new Set();
  const writes = [];
  const truth = {};
  const byShape = Object.fromEntries(SHAPES.map((s) => [s.id, 0]));
  const byDecoy = Object.fromEntries(DECOYS.map((d) => [d, 0]));
  const byRule = {};
  const byExt = { ts: 0, tsx: 0, js: 0, jsx: 0 };
  let expectedFindings = 0;
  let totalLines = 0;

  for (let i = 0; i < files; i++) {
    const rng = new Rng(fnv1a(`file:${seedNum}:${i}`));
    const special = specials[i];
    let kind;
    let ext;
    let esm;
    let host = null;
    if (special && special.type === 'shape') {
      const [h, e, m] = rng.weighted(SHAPE_HOSTS[special.id].map((x) => [x, x[3]]));
      host = h;
      ext = e;
      esm = m;
      kind = h === 'react' ? 'react' : h === 'server' ? 'server' : ext === 'ts' ? 'service' : 'util';
    } else {
      kind = rng.weighted(KIND_WEIGHTS);
      [ext, esm] = pickExt(rng, kind);
    }
    // path
    let rel;
    for (let attempt = 0; ; attempt++) {
      let hint = null;
      if (host && rng.chance(0.6)) hint = rng.pick(CLARIFAI_PATH_HINTS[host]);
      rel = pathFor(rng, kind, ext, hint);
      if (attempt > 6) rel = rel.replace(/(\.\w+)$/, `${i}$1`);
      if (!usedPaths.has(rel.toLowerCase()) && !(special === null && /clarifai/i.test(rel))) break;
    }
    usedPaths.add(rel.toLowerCase());

    const targetLines = 50 + Math.floor(500 * Math.pow(rng.next(), 1.8));
    const res = generateSourceFile(rng, { kind, ext, esm, special, relPath: rel, targetLines, host });
    const styled = applyStyle(rng, res.text, ext);
    writes.push([rel, styled.text]);
    byExt[ext]++;
    totalLines += countLines(res.text) - 1;

    if (special && special.type === 'shape') {
      const shape = SHAPES.find((s) => s.id === special.id);
      byShape[shape.id]++;
      expectedFindings += shape.rules.length;
      for (const r of shape.rules) byRule[r] = (byRule[r] || 0) + 1;
      const entry = { shape: shape.id, rules: [...shape.rules], line: res.anchors.call };
      if (res.anchors.client !== undefined && res.anchors.client !== res.anchors.call) entry.clientLine = res.anchors.client;
      if (res.anchors.import !== undefined) entry.importLine = res.anchors.import;
      entry.host = host;
      entry.tags = [...res.tags, ...styled.tags];
      truth[rel] = [entry];
    } else if (special && special.type === 'decoy') {
      byDecoy[special.id]++;
      truth[rel] = [{ shape: special.id, rules: [], tags: styled.tags }];
    }
  }

  // noise
  const noiseRng = new Rng(fnv1a(`noise:${seedNum}`));
  const nm = nodeModulesFiles(noiseRng);
  const dist = distFiles(noiseRng);

  const sortedTruth = {};
  for (const k of Object.keys(truth).sort()) sortedTruth[k] = truth[k];
  const groundTruth = {
    generator: { version: GENERATOR_VERSION, seed: seedNum, files, clarifaiFraction, decoyFraction: DECOY_FRACTION },
    notes: [
      'files lists every file outside node_modules/ and dist/ that calls Clarifai (shapes) or is a decoy (rules: []).',
      'Any file not listed must produce no finding.',
      'line = 1-based line of the request-making call (fetch / axios.post / stub.X / .predict / new Model);',
      'clientLine = line where the credential or owner is configured, when that is elsewhere (metadata.set, new Clarifai.App).',
      'importLine = line of the require/import of a deprecated client (legacy shape).',
    ],
    files: sortedTruth,
    summary: {
      files,
      clarifaiFiles: nClarifai,
      byShape,
      decoyFiles: nDecoy,
      byDecoy,
      expectedFindings,
      byRule,
      byExt,
      totalLines,
      ignored: {
        nodeModulesFiles: nm.length,
        nodeModulesClarifaiFiles: nm.filter(([, t]) => /clarifai/i.test(t)).length,
        distFiles: dist.length,
      },
    },
  };

  const meta = [
    ['.gitignore', 'node_modules\ndist/\n.env\ncoverage/\n*.log\n'],
    ['package.json', JSON.stringify({
      name: `bench-app-${seedNum}`,
      private: true,
      version: '0.0.0',
      dependencies: {
        axios: '^1.12.0', clarifai: '2.9.1', 'clarifai-nodejs': '0.4.0', 'clarifai-nodejs-grpc': '11.11.0',
        express: '^4.21.0', react: '^18.3.1', 'react-dom': '^18.3.1', '@reduxjs/toolkit': '^2.2.0',
      },
    }, null, 2) + '\n'],
    ['README.md', `# bench-app-${seedNum}\n\nGenerated by bench/generate.mjs (${files} files, seed ${seedNum}). Do not edit.\n`],
    ['ground-truth.json', JSON.stringify(groundTruth, null, 2) + '\n'],
  ];

  // write
  const tGen = performance.now();
  const all = [...writes, ...nm, ...dist, ...meta];
  const dirs = new Set();
  for (const [rel] of all) dirs.add(path.dirname(path.join(root, rel)));
  fs.mkdirSync(root, { recursive: true });
  for (const d of [...dirs].sort()) fs.mkdirSync(d, { recursive: true });
  let bytes = 0;
  for (const [rel, text] of all) {
    fs.writeFileSync(path.join(root, rel), text);
    bytes += Buffer.byteLength(text);
  }
  const tEnd = performance.now();
  const ms = tEnd - t0;
  const timings = { cleanMs: tClean - t0, generateMs: tGen - tClean, writeMs: tEnd - tGen };
  return { dir: root, files, clarifaiFiles: nClarifai, decoyFiles: nDecoy, byShape, written: all.length, bytes, ms, timings, groundTruth };
}

// ------------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument: ${a}`);
    const [k, inline] = a.slice(2).split('=', 2);
    if (k === 'quiet' || k === 'help' || k === 'no-clean') {
      out[k] = true;
      continue;
    }
    out[k] = inline !== undefined ? inline : argv[++i];
    if (out[k] === undefined) throw new Error(`missing value for --${k}`);
  }
  return out;
}

const USAGE = `usage: node bench/generate.mjs --out <dir> --files <n> [--seed <n|string>] [--fraction 0.02] [--quiet] [--no-clean]
  Writes a synthetic repository into <dir>. An existing <dir> is replaced only if it holds a
  previously generated tree (ground-truth.json); otherwise it must be empty or absent.`;

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.help || !args.out || !args.files) {
      console.log(USAGE);
      process.exit(args.help ? 0 : 2);
    }
    const files = Number(args.files);
    const fraction = args.fraction !== undefined ? Number(args.fraction) : 0.02;
    const r = generateRepo({ dir: args.out, files, clarifaiFraction: fraction, seed: args.seed ?? 1, clean: !args['no-clean'] });
    if (!args.quiet) {
      console.log(
        `generated ${r.files} source files (${r.clarifaiFiles} calling Clarifai, ${r.decoyFiles} decoys), ` +
          `${r.written} files written, ${(r.bytes / 1048576).toFixed(1)} MiB, in ${(r.ms / 1000).toFixed(2)} s ` +
          `(clean ${(r.timings.cleanMs / 1000).toFixed(2)}, generate ${(r.timings.generateMs / 1000).toFixed(2)}, write ${(r.timings.writeMs / 1000).toFixed(2)}) -> ${r.dir}`,
      );
      console.log('by shape: ' + Object.entries(r.byShape).map(([k, v]) => `${k}=${v}`).join(' '));
    }
  } catch (err) {
    console.error(String(err && err.message ? err.message : err));
    process.exit(1);
  }
}
