import type { ReportedFinding } from '../migrate-file.js';
import type { FileReport, Report, Summary } from './model.js';

/** A finding as a dry run reports it: whether the run would fix it. */
export type DryRunFinding = Omit<ReportedFinding, 'fixed'> & { wouldFix: boolean };

export type DryRunFileReport = Omit<FileReport, 'findings' | 'changed' | 'hardcodedSecret'> & {
  findings: DryRunFinding[];
  wouldChange: boolean;
  hardcodedSecret?: 'would be removed' | 'still in source';
};

export type DryRunSummary = Omit<Summary, 'dryRun' | 'changed' | 'fixed'> & {
  dryRun: true;
  wouldChange: number;
  wouldFix: number;
};

/** The JSON report of `--dry` and `--check`: nothing was written, so nothing says "fixed" or "changed". */
export interface DryRunReport {
  files: DryRunFileReport[];
  summary: DryRunSummary;
}

/** The words a dry run uses for the fields that say what a run did. */
const DRY_RUN_NAMES: Record<string, string> = { fixed: 'wouldFix', changed: 'wouldChange' };

/** `value` with its fields renamed to the dry run's words, in the same order. */
function inDryRunNames<T extends object>(value: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [DRY_RUN_NAMES[key] ?? key, field]));
}

export function inDryRunWords({ files, summary }: Report): DryRunReport {
  return {
    files: files.map((file) => ({
      ...(inDryRunNames(file) as Omit<DryRunFileReport, 'findings'>),
      findings: file.findings.map((finding) => inDryRunNames(finding) as DryRunFinding),
      ...(file.hardcodedSecret === 'removed' ? { hardcodedSecret: 'would be removed' as const } : {}),
    })),
    summary: inDryRunNames(summary) as DryRunSummary,
  };
}
