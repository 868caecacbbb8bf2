import type { TSESTree } from '@typescript-eslint/types';
import { memberPath, ParentMap, requiredModule, unwrap, type Node } from './ast.js';
import { Catalogue } from './catalogue.js';
import { codeSide, placedBy, readsArgv, setsEventHandler } from './code-side.js';
import { homeOf } from './modules/home.js';
import type { ModuleLink } from './modules/linker.js';
import { Objects } from './objects.js';
import { Scopes } from './scope.js';
import { moduleEnv } from './env-import.js';
import { envMember, envNameOf } from './env-names.js';
import { detectStyle, envRead, quoteWith, type CodeStyle } from './style.js';
import type { EngineInput, EngineOptions, RuntimeFacts, SourceLocation, TextEdit } from './types.js';

/** Everything the call-site finders and rules know about one file; built in a single walk over the AST. */
export class FileContext {
  readonly text: string;
  readonly filename: string | undefined;
  readonly ast: TSESTree.Program;
  readonly options: EngineOptions;
  readonly parents: ParentMap;
  readonly scopes: Scopes;
  readonly objects: Objects;
  readonly catalogue: Catalogue;
  readonly style: CodeStyle;
  /** The import that env reads of this style need and the file lacks (SvelteKit's `$env` modules). */
  readonly envImport: TextEdit | undefined;
  /** Where the code runs, when the project layer said (its alternative for the side the file's code shows). */
  readonly runtime: RuntimeFacts | undefined;
  readonly calls: TSESTree.CallExpression[] = [];
  readonly news: TSESTree.NewExpression[] = [];
  readonly imports: { module: string; node: Node }[] = [];
  readonly stringLiterals: TSESTree.StringLiteral[] = [];
  private readonly lineStarts: number[];
  private sortedLiterals: TSESTree.StringLiteral[] | undefined;

  constructor(input: EngineInput, options: EngineOptions, catalogue: Catalogue, modules?: ModuleLink) {
    this.text = input.text;
    this.filename = input.filename;
    this.ast = input.ast;
    this.options = options;
    this.catalogue = catalogue;
    const quotes: string[] = [];
    const envReads: { object: string; name: string }[] = [];
    let argv = false;
    let handlers = false;
    this.parents = new ParentMap(input.ast, (node) => {
      switch (node.type) {
        case 'CallExpression': {
          this.calls.push(node);
          const module = requiredModule(node);
          if (module !== undefined) this.imports.push({ module, node });
          break;
        }
        case 'NewExpression':
          this.news.push(node);
          break;
        case 'ImportDeclaration':
          this.imports.push({ module: node.source.value, node });
          break;
        case 'TSImportEqualsDeclaration':
          if (node.moduleReference.type === 'TSExternalModuleReference' && node.moduleReference.expression.type === 'Literal') {
            this.imports.push({ module: String(node.moduleReference.expression.value), node });
          }
          break;
        case 'ImportExpression':
          if (node.source.type === 'Literal' && typeof node.source.value === 'string') {
            this.imports.push({ module: node.source.value, node });
          }
          break;
        case 'Literal':
          if (typeof node.value === 'string') {
            this.stringLiterals.push(node as TSESTree.StringLiteral);
            quotes.push(node.raw[0]!);
          }
          break;
        case 'MemberExpression': {
          const read = envMember(node);
          if (read) envReads.push(read);
          argv ||= readsArgv(node);
          break;
        }
        case 'JSXOpeningElement':
          handlers ||= setsEventHandler(node);
          break;
        default:
          break;
      }
    });
    this.scopes = new Scopes(input.scopeManager, this.parents, modules);
    this.objects = new Objects(this.scopes);
    const side = input.runtime?.byCode && codeSide({ imports: this.imports, calls: this.calls, readsArgv: argv, hasEventHandlers: handlers, moduleOf: (n) => this.moduleOf(n) });
    this.runtime = placedBy(input.runtime, side);
    const style = detectStyle(quotes, envReads, this.runtime);
    const module = style.env?.module && moduleEnv(input.ast, input.scopeManager, style.env.module);
    this.style = module ? { ...style, env: { ...style.env!, object: module.object } } : style;
    this.envImport = module ? module.importEdit : undefined;
    this.lineStarts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** The context of the file a node is written in: this one, or a module a value was followed into. */
  homeOf(node: Node): FileContext {
    return homeOf(node) ?? this;
  }

  /** `process.env.X` / `import.meta.env.X` / SvelteKit's `env.X` (`env` from `$env/dynamic/*`) → 'X'. */
  envName(node: Node): string | undefined {
    return envNameOf(node, this.scopes);
  }

  /** The module an identifier (or the head of `a.b.c`) is imported from, `clarifai` for the browser global. */
  moduleOf(node: Node, seen = new Set<Node>()): { module: string; imported: string } | undefined {
    const n = unwrap(node);
    if (n.type === 'MemberExpression') {
      const path = memberPath(n);
      if (path?.length === 2 && PAGE_GLOBAL_OBJECTS.has(path[0]!) && path[1] === 'Clarifai') return { module: 'clarifai', imported: 'default' };
      return this.moduleOf(n.object, seen);
    }
    if (n.type !== 'Identifier') {
      const module = requiredModule(n);
      return module ? { module, imported: 'default' } : undefined;
    }
    const binding = this.scopes.binding(n);
    if (binding.kind === 'import') return { module: binding.module, imported: binding.imported };
    // A binding that reads itself (`const a = a.b`, an error when it runs) leads to no module.
    if (binding.kind === 'value' && !seen.has(binding.node)) {
      seen.add(binding.node);
      const value = unwrap(binding.node);
      const module = requiredModuleOfEither(value);
      if (module) return { module, imported: 'default' };
      // `const App = Clarifai.App` or `const { App } = require('clarifai')` written as a member.
      if (value.type === 'MemberExpression') {
        const inner = this.moduleOf(value.object, seen);
        const path = memberPath(value);
        if (inner && path) return { module: inner.module, imported: path[path.length - 1]! };
      }
    }
    // The legacy client's browser build defines a global `Clarifai` (also `window.Clarifai`, above).
    if (binding.kind === 'unknown' && !binding.variable?.defs.length && n.name === 'Clarifai') {
      return { module: 'clarifai', imported: 'default' };
    }
    return undefined;
  }

  /**
   * `text` as a string literal, quoted like the string literal nearest to `near` (the object or call being
   * edited), else like most of the file.
   */
  quote(text: string, near?: Node): string {
    const literal = near && this.nearestStringLiteral(near.range[0]);
    const quote = literal?.raw[0] === '"' || literal?.raw[0] === "'" ? literal.raw[0] : this.style.quote;
    return quoteWith({ ...this.style, quote }, text);
  }

  private nearestStringLiteral(offset: number): TSESTree.StringLiteral | undefined {
    const sorted = (this.sortedLiterals ??= [...this.stringLiterals].sort((a, b) => a.range[0] - b.range[0]));
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]!.range[0] < offset) low = mid + 1;
      else high = mid;
    }
    const after = sorted[low];
    const before = sorted[low - 1];
    if (!before) return after;
    if (!after) return before;
    return offset - before.range[1] <= after.range[0] - offset ? before : after;
  }

  /** `name` read from the environment in this file's style; undefined where no env read can work. */
  envRead(name: string): string | undefined {
    return envRead(this.style, name);
  }

  /** The variable `envRead(name)` reads: `name` with the bundler's prefix; undefined where no env read can work. */
  envVar(name: string): string | undefined {
    return this.style.env && `${this.style.env.prefix}${name}`;
  }

  loc(range: [number, number]): SourceLocation {
    return { start: this.position(range[0]), end: this.position(range[1]) };
  }

  private position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! };
  }

  source(node: Node): string {
    return this.text.slice(node.range[0], node.range[1]);
  }
}

const PAGE_GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);

/** `require('m')`, or the package side of `cond ? require('m') : require('./local-copy')` (also `||`, `??`). */
function requiredModuleOfEither(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type !== 'ConditionalExpression' && n.type !== 'LogicalExpression') return requiredModule(n);
  const [a, b] = n.type === 'ConditionalExpression' ? [n.consequent, n.alternate] : [n.left, n.right];
  const modules = [requiredModuleOfEither(a), requiredModuleOfEither(b)].filter((m) => m !== undefined);
  return modules.find((m) => !m.startsWith('.') && !m.startsWith('/')) ?? modules[0];
}
