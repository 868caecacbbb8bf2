export { main } from './cli.js';
export { migrateSource, type MigrateOptions, type MigrateResult, type ReportedFinding, type MigrateError } from './migrate-file.js';
export type { DryRunFileReport, DryRunFinding, DryRunReport, DryRunSummary } from './report/dry-run.js';
export type { FileReport, Report, Summary } from './report/model.js';
export { default as transform, type TransformOptions } from './transform.js';
