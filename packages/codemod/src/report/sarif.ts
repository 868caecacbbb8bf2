import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { RULE_IDS, RULE_META, ruleDocsUrl } from '@clarifai-auth/engine';
import type { Report } from './model.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const relativeUri = (file: string) => file.split('/').map(encodeURIComponent).join('/');
const level = (ruleId: keyof typeof RULE_META) => (RULE_META[ruleId].type === 'problem' && !RULE_META[ruleId].advisory ? 'error' : 'warning');

/**
 * SARIF 2.1.0 for code-scanning dashboards: one result per finding of the original text, rule metadata from the
 * engine, and a fingerprint that survives lines moving (rule, file, message and occurrence, no line number).
 */
export function toSarif({ files, summary }: Report, version: string, cwd: string): object {
  const results = files.flatMap(({ file, findings }) => {
    const seen = new Map<string, number>();
    return findings.map((f) => {
      const key = `${f.ruleId}\0${file}\0${f.message}`;
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      return {
        ruleId: f.ruleId,
        ruleIndex: RULE_IDS.indexOf(f.ruleId),
        level: level(f.ruleId),
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: relativeUri(file), uriBaseId: '%SRCROOT%' },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
        partialFingerprints: {
          'clarifaiFinding/v1': createHash('sha256').update(`${key}\0${occurrence}`).digest('hex'),
        },
        properties: { [summary.dryRun ? 'wouldFix' : 'fixed']: f.fixed, ...(f.safety ? { safety: f.safety } : {}), ...(f.fix ? { fix: f.fix } : {}) },
      };
    });
  });
  const failures = files.filter((f) => f.error);
  const skipped = files.filter((f) => f.skipped && !f.error);
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'clarifai-codemod',
            version,
            semanticVersion: version,
            rules: RULE_IDS.map((id) => {
              const meta = RULE_META[id];
              return {
                id,
                shortDescription: { text: meta.description },
                fullDescription: { text: `${meta.description}. ${meta.enforces}.` },
                helpUri: ruleDocsUrl(id),
                defaultConfiguration: { level: level(id) },
                properties: {
                  enforces: meta.enforces,
                  recommended: meta.recommended,
                  fixable: meta.fixable,
                  hasSuggestions: meta.hasSuggestions,
                },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        invocations: [
          {
            executionSuccessful: summary.failed === 0,
            toolExecutionNotifications: [
              ...failures.map((f) => notification('error', f.error!, f.file)),
              ...skipped.map((f) => notification('warning', `${f.file}: skipped: ${f.skipped}; not read`, f.file)),
              ...files.flatMap((f) =>
                (f.skippedBlocks ?? []).map((b) => notification('note', `${f.file}:${b.line}:${b.column}: ${b.label} skipped: ${b.reason}`, f.file)),
              ),
            ],
          },
        ],
        results,
        // The files whose browser code sends a PAT, as the text report's section of their own says.
        properties: { patInBrowser: summary.patInBrowser },
      },
    ],
  };
}

function notification(level: 'error' | 'warning' | 'note', text: string, file: string): object {
  return {
    level,
    message: { text },
    locations: [{ physicalLocation: { artifactLocation: { uri: relativeUri(file), uriBaseId: '%SRCROOT%' } } }],
  };
}
