import { mightCallClarifai } from '@clarifai-auth/engine';
import type { RegionKind } from '@clarifai-auth/project';
import { DEFAULT_MIGRATE_OPTIONS, migrateSource, type EnvReads, type MigrateOptions, type MigrateResult, type ReportedFinding, type SkippedRegion } from '../migrate-file.js';
import { blocksOf, embeddedKind, type EmbeddedKind } from './kinds.js';
import { lineMap, type LineMap } from './positions.js';
import type { Region } from './region.js';

const BOM = '\uFEFF';

/**
 * The migration of any file the codemod scans: a script file whole (`migrateSource`), a component, page or
 * Markdown file block by block.
 */
export function migrateFile(text: string, path: string, options?: MigrateOptions): MigrateResult {
  const kind = embeddedKind(path);
  return kind ? migrateBlocks(kind, text, path, options) : migrateSource(text, path, options);
}

/**
 * Runs the one migration on each script block as a file of the block's language, and splices the new code back
 * by offset: every byte outside the blocks stays as it was. A block that does not parse as a whole program (a
 * docs fragment with `...`) is skipped and named; any other failure leaves the whole file unchanged.
 */
function migrateBlocks(kind: EmbeddedKind, text: string, path: string, options: MigrateOptions | undefined): MigrateResult {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const unchanged: MigrateResult = { output: text, changed: false, findings: [], remaining: 0, envVars: [], secretRanges: [] };
  if (!mightCallClarifai(body)) return unchanged;
  let blocks;
  try {
    blocks = blocksOf(kind, body, path);
  } catch (error) {
    return { ...unchanged, error: { kind: 'parse', message: `not a valid ${kind} file: ${(error as Error).message}` } };
  }
  const lines = lineMap(body);
  const skippedRegions: SkippedRegion[] = blocks.unreadable.map((b) => ({ label: b.label, ...lines.at(b.start), reason: b.reason }));
  const findings: ReportedFinding[] = [];
  const envVars = new Set<string>();
  // The file's reads before and after, as far as its migrated blocks tell.
  const reads = { before: new Set<string>(), after: new Set<string>() };
  const secretRanges: [number, number][] = [];
  let remaining = 0;
  let failure: MigrateResult['error'];
  // Where the file runs, for where its variables are set: the block that reads new ones, else the first block.
  let runtime: MigrateResult['runtime'];
  let output = '';
  let copied = 0;
  for (const region of blocks.regions) {
    const code = body.slice(region.start, region.end);
    if (!mightCallClarifai(code)) continue;
    const part = runsIn(kind, region);
    const place = { path, ...(part ? { region: part } : {}) };
    const result = migrateSource(code, `${path}.${region.language}`, { ...DEFAULT_MIGRATE_OPTIONS, ...options, place });
    const at = lines.at(region.start);
    if (result.error?.kind === 'parse') {
      const reason = `does not parse as a whole program: ${inFile(result.error.message, lines, region.start)}`;
      skippedRegions.push({ label: region.label, ...at, reason });
      continue;
    }
    if (result.error) failure ??= { ...result.error, message: `${region.label} at ${at.line}:${at.column}: ${inFile(result.error.message, lines, region.start)}` };
    findings.push(...result.findings.map((f) => shift(f, lines, region.start)));
    remaining += result.remaining;
    result.envVars.forEach((name) => envVars.add(name));
    result.envReads?.before.forEach((name) => reads.before.add(name));
    result.envReads?.after.forEach((name) => reads.after.add(name));
    if (result.runtime && (!runtime || result.envVars.length > 0)) runtime = result.runtime;
    secretRanges.push(...result.secretRanges.map(([s, e]): [number, number] => [bom.length + region.start + s, bom.length + region.start + e]));
    output += body.slice(copied, region.start) + result.output;
    copied = region.end;
  }
  output += body.slice(copied);
  const skipped = skippedRegions.length > 0 ? { skippedRegions: skippedRegions.sort((a, b) => a.line - b.line) } : {};
  if (failure) {
    const left = findings.map((f) => ({ ...f, fixed: false }));
    return { ...unchanged, findings: left, remaining: left.length, secretRanges, error: failure, ...skipped };
  }
  const placed = runtime ? { runtime } : {};
  const envReads: EnvReads = { before: [...reads.before].sort(), after: [...reads.after].sort() };
  const changed = output !== body;
  return { output: bom + output, changed, findings, remaining, envVars: [...envVars].sort(), ...(changed ? { envReads } : {}), secretRanges, ...placed, ...skipped };
}

/**
 * Which part of its file a block is, where the file's kind does not say it (see `runtimeOf`): an `.astro` file's
 * `<script>` elements run in the browser, its frontmatter on the server.
 */
function runsIn(kind: EmbeddedKind, region: Region): RegionKind | undefined {
  return kind === 'astro' && region.label !== 'frontmatter' ? 'client' : undefined;
}

/** A finding of a block, at its place in the file (1-based lines and columns, like ESLint's). */
function shift(f: ReportedFinding, lines: LineMap, offset: number): ReportedFinding {
  const start = lines.fromBlock(offset, f.line, f.column);
  const end = lines.fromBlock(offset, f.endLine, f.endColumn);
  return { ...f, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** A parser message's trailing `(line:column)` in a block, made a position in the file. */
function inFile(message: string, lines: LineMap, offset: number): string {
  return message.replace(/\((\d+):(\d+)\)$/, (_, line: string, column: string) => {
    const at = lines.fromBlock(offset, Number(line), Number(column));
    return `(${at.line}:${at.column})`;
  });
}
