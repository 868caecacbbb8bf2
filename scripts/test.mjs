#!/usr/bin/env node
// Builds the workspace, runs every Vitest suite, and ends with a plain "N passed, N failed" line
// (read from Vitest's JSON reporter) so that any CI log says how many tests ran.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const reportFile = '.vitest-report.json';
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

if (run('npx', ['tsc', '-b']) !== 0) process.exit(1);
rmSync(reportFile, { force: true });
const status = run('npx', [
  'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`,
  ...process.argv.slice(2),
]);
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
} catch {
  console.log('0 passed, 1 failed');
  process.exit(status || 1);
}
process.exit(status);
