import { parseArgs } from 'node:util';
import type { RuleId } from '@clarifai-auth/engine';
import { COMPONENT_EXTENSIONS, MARKDOWN_EXTENSIONS } from './embedded/kinds.js';
import { parseRuleList } from './options.js';

const DEFAULT_EXTENSIONS = ['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts', ...COMPONENT_EXTENSIONS];

export interface CliOptions {
  paths: string[];
  dry: boolean;
  diff: boolean;
  check: boolean;
  json: boolean;
  sarif?: string;
  markdown?: string;
  only?: RuleId[];
  safeOnly: boolean;
  extensions: string[];
  ignorePatterns: string[];
  /** `--cpus`; when absent the run chooses (see worker-plan.ts). */
  cpus?: number;
  force: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const HELP = `Usage: clarifai-codemod [options] [paths...]

Finds JavaScript/TypeScript code that calls the Clarifai API in ways broken by Clarifai's credential changes
(API keys outside their app, PATs without an owner, your own ids for Clarifai's models, hard-coded keys) and
rewrites it. Paths are files or directories (default: the current directory).

Options:
  --dry                     Change nothing on disk; report what would change
  --diff                    Print a unified diff of every change (with --dry: of every change it would make)
  --check                   CI mode: implies --dry; exit 1 if anything would change or needs a human
  --json                    Print the report as JSON on stdout (nothing else goes to stdout)
  --sarif <file>            Also write the findings as SARIF 2.1.0 to <file>
  --markdown <file>         Also write a pull-request description to <file>: changes and why, env vars, keys to rotate
  --only <rule,...>         Report and fix only these rules
  --safe-only               Apply only safe fixes (request shape); leave credential switches for review
  --include-suggestions     Also apply needs-review fixes that switch the credential (the default)
  --extensions <ext,...>    File extensions to scan (default: ${DEFAULT_EXTENSIONS.join(',')});
                            in .vue, .svelte, .astro and .html files the <script> blocks are migrated
  --markdown-code-blocks    Also migrate the js/jsx/ts/tsx code blocks of Markdown and MDX files (adds ${MARKDOWN_EXTENSIONS.join(',')})
  --ignore-pattern <glob>   Skip files matching this gitignore-style pattern (repeatable)
  --cpus <n>                Processes for large runs (default: one per 500 candidate files, up to the CPUs less one)
  --force                   Write even where the git work tree has uncommitted changes to those files
  --help                    Show this help
  --version                 Show the version

Exit codes: 0 done or nothing to do; 1 --check found work, or a file failed; 2 usage error, refusal or internal error;
130 stopped by Ctrl-C (143 SIGTERM, 129 SIGHUP), between two files: each is either as it was or fully migrated.`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        dry: { type: 'boolean', default: false },
        diff: { type: 'boolean', default: false },
        check: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        sarif: { type: 'string' },
        markdown: { type: 'string' },
        only: { type: 'string', multiple: true },
        'safe-only': { type: 'boolean', default: false },
        'include-suggestions': { type: 'boolean', default: false },
        extensions: { type: 'string' },
        'markdown-code-blocks': { type: 'boolean', default: false },
        'ignore-pattern': { type: 'string', multiple: true, default: [] },
        cpus: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(usageMessage(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (values['safe-only'] && values['include-suggestions']) {
    throw new UsageError('--safe-only and --include-suggestions contradict each other; pass one of them');
  }
  let only: RuleId[] | undefined;
  if (values.only) {
    try {
      only = parseRuleList(values.only);
    } catch (error) {
      throw new UsageError(`--only: ${(error as Error).message}`);
    }
  }
  const extensions = values.extensions?.split(',').map((e) => e.trim().replace(/^\./, '')).filter(Boolean);
  if (extensions?.length === 0) throw new UsageError('--extensions needs at least one extension, such as js,ts');
  if (values.sarif === '') throw new UsageError('--sarif needs a file name');
  if (values.markdown === '') throw new UsageError('--markdown needs a file name');
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    dry: values.dry || values.check,
    diff: values.diff,
    check: values.check,
    json: values.json,
    ...(values.sarif !== undefined ? { sarif: values.sarif } : {}),
    ...(values.markdown !== undefined ? { markdown: values.markdown } : {}),
    ...(only ? { only } : {}),
    safeOnly: values['safe-only'],
    extensions: withMarkdown(extensions ?? DEFAULT_EXTENSIONS, values['markdown-code-blocks']),
    ignorePatterns: values['ignore-pattern'],
    ...(values.cpus !== undefined ? { cpus: parseCpus(values.cpus) } : {}),
    force: values.force,
    help: values.help,
    version: values.version,
  };
}

function withMarkdown(extensions: string[], markdown: boolean): string[] {
  return markdown ? [...new Set([...extensions, ...MARKDOWN_EXTENSIONS])] : extensions;
}

function parseCpus(value: string): number {
  const cpus = Number(value);
  if (!Number.isInteger(cpus) || cpus < 1) throw new UsageError(`--cpus must be a whole number of at least 1, not '${value}'`);
  return cpus;
}

/** Node's parseArgs messages, shortened to what a user of this command needs. */
function usageMessage(error: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing|ambiguous/.test(error.message) ? `option '${option}' needs a value` : `option '${option}' takes no value`;
    default:
      return error.message;
  }
}
