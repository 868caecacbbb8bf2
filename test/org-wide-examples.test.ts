// The org-wide examples (examples/github-actions, examples/org-wide) stay valid: the workflow against GitHub's
// workflow schema (the SchemaStore schema that @action-validator/core embeds), and every clarifai-codemod command
// in them against the codemod's own argument parser. No npm package provides the Sourcegraph batch spec schema,
// so the batch spec is checked only through its command line.
import { validateWorkflow } from '@action-validator/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCliArgs } from '../packages/codemod/src/args.js';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const EXAMPLES = ['examples/github-actions/clarifai-credentials.yml', 'examples/org-wide/clarifai-batch-spec.yml', 'examples/org-wide/clarifai-migrate.sh'];

/** The arguments of each `npx --yes clarifai-codemod@0 ...` in a text, up to a redirection or `&&`, shell quotes removed. */
function codemodCommands(text: string): string[][] {
  return [...text.matchAll(/npx --yes clarifai-codemod@0 ([^\n]*?)(?=\s*(?:>|&&|$))/gm)].map(([, args]) =>
    args!.split(/\s+/).filter((a) => a !== '$SAFE_ONLY').map((a) => a.replace(/^"(.*)"$/, '$1')),
  );
}

describe('org-wide examples', () => {
  it('the GitHub Actions workflow matches the workflow schema', () => {
    expect(validateWorkflow(read(EXAMPLES[0]!))).toEqual({ actionType: 'workflow', errors: [] });
  });

  it('the schema check would catch a broken workflow', () => {
    const broken = read(EXAMPLES[0]!).replace('runs-on: ubuntu-latest', 'runs_on: ubuntu-latest');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('runs the codemod only with options it has: a check with SARIF, and migrations with a Markdown report', () => {
    const commands = EXAMPLES.flatMap((path) => codemodCommands(read(path)).map((args) => [path, args] as const));
    expect(commands.map(([path, args]) => [path, args.join(' ')])).toEqual([
      [EXAMPLES[0], '--check --sarif clarifai.sarif .'],
      [EXAMPLES[0], '--markdown $RUNNER_TEMP/clarifai-migration.md .'],
      [EXAMPLES[1], '--markdown /tmp/clarifai-migration.md .'],
      [EXAMPLES[2], '--markdown $reports/$REPOSITORY.md .'],
    ]);
    for (const [, args] of commands) expect(() => parseCliArgs(args)).not.toThrow();
    expect(parseCliArgs(commands[0]![1])).toMatchObject({ check: true, dry: true, sarif: 'clarifai.sarif', paths: ['.'] });
    expect(parseCliArgs(commands[1]![1])).toMatchObject({ dry: false, markdown: '$RUNNER_TEMP/clarifai-migration.md' });
  });
});
