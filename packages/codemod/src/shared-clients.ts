import { basename, dirname, extname, resolve } from 'node:path';
import {
  applyFixes,
  envReadsOf,
  formatMessage,
  mergeEdits,
  parseForEngine,
  RULE_META,
  sharedClientFix,
  sharedClientUses,
  type FixSafety,
  type ModuleHost,
} from '@clarifai-auth/engine';
import { readRegularFile } from './files/read.js';
import type { ReportedFinding } from './migrate-file.js';
import { displayPath, moduleHostFor } from './modules.js';
import { hashText, type FileRecord } from './records.js';

/** A client another module creates, and the findings at the calls that use it. */
interface SharedClient {
  path: string;
  line: number;
  findings: { record: FileRecord; finding: ReportedFinding }[];
}

/**
 * Fixes the module that creates a shared legacy client when every use of it across the project is a prediction
 * of a clarifai/main model or workflow (the client then sends a PAT read from the environment and names
 * clarifai/main); otherwise the findings at its calls say which files use it for what. The project's files are
 * searched for importers only when some finding points at such a module (`files` walks them again).
 */
export function fixSharedClients(records: FileRecord[], files: () => Iterable<string>, allowed: readonly FixSafety[]): FileRecord[] {
  const clients = sharedClientsOf(records);
  if (clients.length === 0 || !allowed.includes('needs-review')) return records;
  const all = [...files()];
  const byPath = new Map(records.map((r) => [r.path, r]));
  for (const client of clients) {
    const users = usersOf(client, all.filter((path) => path !== client.path && mayImport(path, client.path)));
    // No user found: what is defined there is not a legacy client (gRPC metadata, a key): the finding's own reason stands.
    if (users.length === 0) continue;
    const mixed = users.filter((u) => !u.servesOnly).map((u) => displayPath(u.path));
    const moved = mixed.length === 0 ? moveClient(client, byPath.get(client.path), users.map((u) => u.path)) : undefined;
    if (moved) byPath.set(client.path, moved);
    for (const { record, finding } of client.findings) {
      const { reason, ...crossFile } = finding.crossFile!;
      const note: ReportedFinding = moved
        ? { ...finding, fixed: true, crossFile }
        : { ...finding, crossFile: { ...crossFile, reason: `${reason}; ${mixedReason(mixed)}` } };
      record.findings = record.findings.with(record.findings.indexOf(finding), note);
      if (moved) record.remaining--;
    }
  }
  return records.map((r) => byPath.get(r.path) ?? r);
}

function mixedReason(mixed: string[]): string {
  if (mixed.length === 0) return 'its module could not take the change (it has other changes, or its config is built elsewhere)';
  return `not moved to clarifai/main because ${mixed.join(', ')} also use${mixed.length === 1 ? 's' : ''} it for other calls (own-app models, inputs, or passed along): give those calls a separate client`;
}

function sharedClientsOf(records: readonly FileRecord[]): SharedClient[] {
  const clients = new Map<string, SharedClient>();
  for (const record of records) {
    for (const finding of record.findings) {
      const at = finding.crossFile?.definedAt;
      if (!at || finding.ruleId !== 'no-api-key-outside-app' || finding.fixed) continue;
      const path = resolve(at.path);
      const key = `${path}:${at.line}`;
      const client = clients.get(key) ?? { path, line: at.line, findings: [] };
      client.findings.push({ record, finding });
      clients.set(key, client);
    }
  }
  return [...clients.values()];
}

/** Whether a file's text has a string that may name `module` (`'./lib/vision'`, `"../config"` for an index file). */
function mayImport(path: string, module: string): boolean {
  const stem = basename(module, extname(module));
  const name = stem === 'index' ? basename(dirname(module)) : stem;
  const pattern = new RegExp(`['"\`][^'"\`\\n]*\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\.[cm]?[jt]sx?)?(?:/index(?:\\.[cm]?[jt]sx?)?)?['"\`]`);
  try {
    return pattern.test(readRegularFile(path).toString('utf8'));
  } catch {
    return false;
  }
}

/** The files that use the client, and whether every use each makes is a clarifai/main prediction; unparsable files count as mixed. */
function usersOf(client: SharedClient, candidates: readonly string[]): { path: string; servesOnly: boolean }[] {
  const users: { path: string; servesOnly: boolean }[] = [];
  for (const path of candidates) {
    const host = moduleHostFor(path)!;
    const text = readRegularFile(path).toString('utf8').replace(/^\uFEFF/, '');
    let uses;
    try {
      uses = sharedClientUses(inputOf(text, path, host), client);
    } catch {
      users.push({ path, servesOnly: false });
      continue;
    }
    if (uses.uses > 0) users.push({ path, servesOnly: uses.servesOnlyClarifaiMain });
  }
  return users;
}

function inputOf(text: string, path: string, modules: ModuleHost) {
  return { ...parseForEngine(text, path), text, filename: path, modules };
}

/** The record of the defining module with the engine's fix applied, or undefined when it cannot be applied cleanly. */
function moveClient(client: SharedClient, record: FileRecord | undefined, users: string[]): FileRecord | undefined {
  if (!record || record.changed || record.error) return undefined;
  const raw = readRegularFile(client.path).toString('utf8');
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = raw.slice(bom.length);
  const input = inputOf(text, client.path, moduleHostFor(client.path)!);
  const fix = sharedClientFix(input, client.line);
  if (!fix) return undefined;
  const output = applyFixes(text, [mergeEdits(text, fix.edits)]).text;
  // An output that does not parse is not written; its tree says what the module reads once moved.
  let after: string[];
  try {
    after = envReadsOf({ ...parseForEngine(output, client.path), text: output });
  } catch {
    return undefined;
  }
  const what = formatMessage(RULE_META['no-api-key-outside-app'].messages[fix.messageId]!, fix.data);
  const finding: ReportedFinding = {
    ruleId: 'no-api-key-outside-app',
    messageId: fix.messageId,
    message: `The Clarifai.App created here is used only for models and workflows of clarifai/main (by ${users.map(displayPath).join(', ')}). ${what}`,
    line: client.line,
    column: 1,
    endLine: client.line,
    endColumn: 1,
    safety: fix.safety,
    fix: what,
    fixed: true,
  };
  const envVars = [...new Set([...(record.envVars ?? []), ...fix.reads])].sort();
  return {
    path: client.path,
    sourceHash: hashText(raw),
    changed: true,
    output: bom + output,
    findings: [...(record.findings ?? []), finding],
    remaining: record.remaining ?? 0,
    envVars,
    envReads: { before: envReadsOf(input), after },
    secretRanges: record.secretRanges ?? [],
  };
}
