// The mutation fuzzer shared by fuzz.test.ts (bounded, seeded) and scripts/fuzz.mjs (long runs).
// Plain ESM JavaScript so that `node scripts/fuzz.mjs` runs it without a TypeScript loader.
//
// Every mutant of a corpus file (mostly shape-keeping edits from fuzz-shape.mjs, the rest dropped / duplicated /
// swapped / replaced tokens, stray brackets and quotes, truncation) is checked in a worker thread with a time budget: parseForEngine either throws a parse error
// (fine) or the text parses, and then analyze never throws, fixing terminates within 10 passes and its output
// parses. A mutant that runs past the budget counts as a hang.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parse } from '@typescript-eslint/typescript-estree';
import { shapeEdit, shapeNodes } from './fuzz-shape.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;

/** Source files of the shared fixture corpus, the examples and the fuzzer's own seeds. */
export function collectCorpus(root = ROOT) {
  const files = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && SOURCE.test(entry.name) && statSync(path).size < 200_000) {
        files.push({ path: relative(root, path), text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') });
      }
    }
  };
  for (const dir of ['fixtures', 'examples', 'test/hardening/fuzz-seeds']) walk(join(root, dir));
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** A small seeded PRNG (mulberry32): the same seed gives the same mutants on every machine. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const usesJsx = (filename) => !/\.(?:ts|mts|cts)$/i.test(filename);

/** Token ranges of a file: typescript-estree's tokens and comments, or a regex tokenizer for text it rejects. */
export function tokenize(text, filename) {
  try {
    const ast = parse(text, { range: true, tokens: true, comment: true, jsx: usesJsx(filename), filePath: filename });
    const tokens = [...ast.tokens, ...ast.comments].map((t) => Object.assign([...t.range], { type: t.type }));
    return tokens.sort((a, b) => a[0] - b[0]);
  } catch {
    const ranges = [];
    const re = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`|[A-Za-z_$][\w$]*|\d[\w.]*|=>|\.\.\.|[^\s\w]/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const type = /^['"]/.test(m[0]) ? 'String' : /^[A-Za-z_$]/.test(m[0]) ? 'Identifier' : /^\d/.test(m[0]) ? 'Numeric' : 'Punctuator';
      ranges.push(Object.assign([m.index, m.index + m[0].length], { type }));
    }
    return ranges;
  }
}

const STRAY = ['(', ')', '[', ']', '{', '}', "'", '"', '`', '${', '<', '>', '/', '/*', '*/', '//', ';', ',', '\n', '\\', '=>', '...', '?.', '@', '#', 'new ', 'await ', '<div>', '</', '\u2028', '\uFEFF'];

const OPEN = { '(': ')', '[': ']', '{': '}' };

/** A random bracket token and its matching close, found by walking the punctuators. */
function bracketGroup(text, tokens, r) {
  const opens = tokens.map((t, i) => [t, i]).filter(([t]) => t.type === 'Punctuator' && OPEN[text.slice(t[0], t[1])]);
  if (opens.length === 0) return undefined;
  const [open, index] = opens[r.int(opens.length)];
  let depth = 0;
  for (let i = index; i < tokens.length; i++) {
    const v = tokens[i].type === 'Punctuator' ? text.slice(tokens[i][0], tokens[i][1]) : '';
    if (OPEN[v]) depth++;
    else if (v === ')' || v === ']' || v === '}') {
      depth--;
      if (depth === 0) return [open, tokens[i]];
    }
  }
  return undefined;
}

/** Share of mutants made only of edits that usually keep the file parseable (fuzz-shape.mjs), when it parses. */
const SHAPE_SHARE = 0.7;

/**
 * One mutant: most of the time 1-2 shape-keeping edits (`nodes` from shapeNodes), otherwise 1-3 disruptive
 * operations on the token list. Returns the new text and a short description of what was done.
 */
export function mutate(text, tokens, r, nodes = undefined) {
  if (nodes && r.next() < SHAPE_SHARE) {
    const shaped = Array.from({ length: 1 + r.int(2) }, () => shapeEdit(text, nodes, tokens, r)).filter(Boolean);
    if (shaped.length > 0) return { text: applyEdits(text, shaped.map((m) => m.edit)), ops: shaped.map((m) => m.op) };
  }
  if (tokens.length === 0) return { text: r.pick(STRAY) + text, ops: ['insert-start'] };
  const edits = [];
  const ops = [];
  const count = 1 + r.int(3);
  for (let i = 0; i < count; i++) {
    const t = tokens[r.int(tokens.length)];
    const tokenText = text.slice(t[0], t[1]);
    switch (r.int(11)) {
      case 8: {
        // Replace with a token of the same kind (identifier for identifier, string for string): often still parses.
        const same = tokens.filter((u) => u.type === t.type);
        const u = same[r.int(same.length)];
        edits.push({ range: t, text: text.slice(u[0], u[1]) });
        ops.push('replace-same-kind');
        break;
      }
      case 9:
      case 10: {
        // Empty or repeat a bracketed group: `f(a, b)` → `f()` or `f(a, b)(a, b)`; `{ k: v }` → `{}`.
        const group = bracketGroup(text, tokens, r);
        if (!group) break;
        const [open, close] = group;
        if (r.next() < 0.6) {
          edits.push({ range: [open[1], close[0]], text: '' });
          ops.push('empty-group');
        } else {
          edits.push({ range: [close[1], close[1]], text: text.slice(open[0], close[1]) });
          ops.push('repeat-group');
        }
        break;
      }
      case 0:
        edits.push({ range: t, text: '' });
        ops.push('drop');
        break;
      case 1:
        edits.push({ range: [t[1], t[1]], text: tokenText });
        ops.push('duplicate');
        break;
      case 2: {
        // Swap with a token nearby (most of the time) or anywhere.
        const j = r.next() < 0.7 ? Math.min(tokens.length - 1, Math.max(0, tokens.indexOf(t) + r.int(7) - 3)) : r.int(tokens.length);
        const u = tokens[j];
        if (u === t || u[0] < t[1] && t[0] < u[1]) break;
        edits.push({ range: t, text: text.slice(u[0], u[1]) }, { range: u, text: tokenText });
        ops.push('swap');
        break;
      }
      case 3:
      case 4:
        edits.push({ range: r.next() < 0.5 ? [t[0], t[0]] : [t[1], t[1]], text: r.pick(STRAY) });
        ops.push('insert-stray');
        break;
      case 5: {
        const u = tokens[r.int(tokens.length)];
        edits.push({ range: t, text: text.slice(u[0], u[1]) });
        ops.push('replace');
        break;
      }
      case 6: {
        // Cut a token in half (splits strings, templates, comments, identifiers).
        const at = t[0] + r.int(Math.max(1, t[1] - t[0]));
        edits.push({ range: [at, t[1]], text: '' });
        ops.push('split');
        break;
      }
      default: {
        if (r.next() < 0.3) {
          edits.push({ range: [t[0], text.length], text: '' });
          ops.push('truncate');
        } else {
          const u = tokens[r.int(tokens.length)];
          edits.push({ range: [t[0], t[0]], text: text.slice(u[0], u[1]) + ' ' });
          ops.push('insert-token');
        }
      }
    }
  }
  return { text: applyEdits(text, edits), ops };
}

/** Applies edits from the end backwards, so that the ranges stay valid, dropping one that overlaps one applied. */
function applyEdits(text, edits) {
  edits.sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let out = text;
  let floor = Infinity;
  for (const e of edits) {
    if (e.range[1] > floor) continue;
    out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
    floor = e.range[0];
  }
  return out;
}

/** One worker thread that checks mutants; restarted after a hang. */
class Checker {
  constructor() {
    this.start();
  }
  start() {
    this.worker = new Worker(new URL('./fuzz-worker.mjs', import.meta.url));
    this.worker.unref();
    this.ready = this.call({ warmup: true }, 60_000);
  }
  call(message, budgetMs) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        cleanup();
        resolve({ status: 'hang', ms: budgetMs });
      }, budgetMs);
      const onMessage = (result) => {
        cleanup();
        resolve(result);
      };
      const onError = (error) => {
        cleanup();
        resolve({ status: 'fail', kind: 'worker-crash', message: String(error?.stack ?? error) });
      };
      const cleanup = () => {
        clearTimeout(timer);
        this.worker.off('message', onMessage);
        this.worker.off('error', onError);
      };
      this.worker.on('message', onMessage);
      this.worker.on('error', onError);
      this.worker.postMessage(message);
    });
  }
  async check(text, filename, budgetMs) {
    await this.ready;
    const result = await this.call({ text, filename }, budgetMs);
    if (result.status === 'hang' || result.kind === 'worker-crash') {
      await this.worker.terminate();
      this.start();
    }
    return result;
  }
  close() {
    return this.worker.terminate();
  }
}

/**
 * Runs the fuzzer until `mutants` mutants were checked or `seconds` passed, with `workers` worker threads.
 * Failures (and hangs) are saved under `saveDir` when given.
 */
export async function fuzz({ seed = 1, mutants = 1000, seconds = Infinity, budgetMs = 2000, workers = 1, corpus = collectCorpus(), originals = true, saveDir, log = () => {} } = {}) {
  const r = rng(seed);
  const tokenized = corpus.map((f) => ({ ...f, tokens: tokenize(f.text, f.path), nodes: shapeNodes(f.text, f.path) }));
  const stats = { iterations: 0, originals: 0, parsed: 0, mutantsParsed: 0, parseErrors: 0, hangs: 0, failures: [], maxMs: 0, corpusFiles: corpus.length, changedByFix: 0 };
  if (tokenized.length === 0) return stats;
  const deadline = Date.now() + seconds * 1000;
  const checkers = Array.from({ length: workers }, () => new Checker());
  const seen = new Set();
  // The corpus files themselves first, unmutated; then mutants, round-robin over the corpus.
  const queue = originals ? tokenized.map((file) => ({ file, original: true })) : [];
  let next = 0;
  const lane = async (checker) => {
    while (Date.now() < deadline) {
      const job = queue.shift();
      if (!job && stats.iterations >= mutants) break;
      const file = job ? job.file : tokenized[next++ % tokenized.length];
      const mutant = job ? { text: file.text, ops: ['original'] } : mutate(file.text, file.tokens, r, file.nodes);
      if (job) stats.originals++;
      else stats.iterations++;
      const result = await checker.check(mutant.text, file.path, budgetMs);
      stats.maxMs = Math.max(stats.maxMs, result.ms ?? 0);
      if (result.status === 'parse-error') stats.parseErrors++;
      else if (result.status === 'ok') {
        stats.parsed++;
        if (!job) stats.mutantsParsed++;
        if (result.changed) stats.changedByFix++;
      } else {
        if (result.status === 'hang') stats.hangs++;
        const id = createHash('sha1').update(mutant.text).digest('hex').slice(0, 12);
        if (seen.has(id)) continue;
        seen.add(id);
        const failure = { id, file: file.path, ops: mutant.ops, status: result.status, kind: result.kind ?? result.status, message: result.message ?? '', text: mutant.text };
        if (saveDir) {
          mkdirSync(saveDir, { recursive: true });
          const ext = /\.[^.]+$/.exec(file.path)?.[0] ?? '.js';
          failure.saved = join(saveDir, `${failure.kind}-${id}${ext}`);
          writeFileSync(failure.saved, mutant.text);
        }
        stats.failures.push(failure);
        log(`FAIL ${failure.kind} from ${file.path} (${mutant.ops.join(', ')}): ${failure.message.split('\n')[0]}${failure.saved ? ` -> ${failure.saved}` : ''}`);
      }
    }
  };
  try {
    await Promise.all(checkers.map(lane));
  } finally {
    await Promise.all(checkers.map((c) => c.close()));
  }
  return stats;
}
