import { readFile } from 'node:fs/promises';
import { Node, Project, ts, VariableDeclarationKind, type SourceFile } from 'ts-morph';
import type { CrossFileContext } from './inline-view.js';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  allowJs: true,
  noLib: true,
  noResolve: true,
  types: [],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.Preserve,
};
const SOURCE = /\.(?:[cm]?[jt]sx?)$/;
const MAX_DEPTH = 8;

/** One imported binding: `import { imported as local } from './x'` or `const { imported: local } = require('./x')`. */
interface ImportedBinding {
  local: string;
  imported: string;
}

interface LocalImport {
  range: [number, number];
  specifier: string;
  bindings: ImportedBinding[];
}

/** Where the file being migrated gets its own top-level names from: a package, or its own code (`null`). */
type OwnNames = Map<string, string | null>;

/**
 * Cross-file facts for the candidate files, from a ts-morph Project that holds only those files and the files they
 * import (parsed, never type-checked, no lib): for every relative import of a value the engine could use — a
 * string, an environment read, a `new Clarifai.App({...})` — the stand-in declarations described in
 * inline-view.ts. Everything else is left as the engine sees it alone.
 */
export async function contextsFor(paths: readonly string[], display: (path: string) => string): Promise<Map<string, CrossFileContext>> {
  const contexts = new Map<string, CrossFileContext>();
  const project = new Project({ compilerOptions: COMPILER_OPTIONS, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  for (const path of paths) {
    const body = (await readFile(path, 'utf8').catch(() => '')).replace(/^\uFEFF/, '');
    const context = contextFor(project, path, body, display);
    if (context) contexts.set(path, context);
  }
  return contexts;
}

function contextFor(project: Project, path: string, body: string, display: (path: string) => string): CrossFileContext | undefined {
  const file = project.createSourceFile(path, body, { overwrite: true });
  const own = ownNames(file);
  const quote = dominantQuote(file);
  const replaced: [number, number][] = [];
  const declarations = new Set<string>();
  const from = new Set<string>();
  for (const local of localImports(file)) {
    const target = resolveModule(local.specifier, path);
    const other = target && (project.getSourceFile(target) ?? project.addSourceFileAtPathIfExists(target));
    if (!other) continue;
    const lines: string[] = [];
    let useful = false;
    for (const binding of local.bindings) {
      const packages = new Set<string>();
      const value = exportedValue(other, binding.imported);
      const text = value && portable(value, other, { quote, own, packages }, 0);
      useful ||= text !== undefined;
      // A binding that cannot be followed still needs declaring, or the engine would take `Clarifai` for the global.
      lines.push(...(text !== undefined ? [...packages, `const ${binding.local} = ${text};`] : [`let ${binding.local};`]));
    }
    if (!useful) continue;
    replaced.push(local.range);
    lines.forEach((line) => declarations.add(line));
    from.add(display(target));
  }
  if (replaced.length === 0) return undefined;
  return { replaced, tail: [...declarations].join('\n'), from: [...from] };
}

function resolveModule(specifier: string, containingFile: string): string | undefined {
  const resolved = ts.resolveModuleName(specifier, containingFile, COMPILER_OPTIONS, ts.sys).resolvedModule;
  const name = resolved?.resolvedFileName;
  return name && SOURCE.test(name) && !/\.d\.[cm]?ts$/.test(name) ? name : undefined;
}

/** Top-level `import ... from './x'` and `const ... = require('./x')` statements that bind values. */
function localImports(file: SourceFile): LocalImport[] {
  const imports: LocalImport[] = [];
  for (const statement of file.getStatements()) {
    const range: [number, number] = [statement.getStart(), statement.getEnd()];
    if (Node.isImportDeclaration(statement)) {
      const specifier = statement.getModuleSpecifierValue();
      if (statement.isTypeOnly() || !specifier.startsWith('.') || statement.getNamespaceImport()) continue;
      const bindings: ImportedBinding[] = statement
        .getNamedImports()
        .filter((n) => !n.isTypeOnly())
        .map((n) => ({ local: (n.getAliasNode() ?? n.getNameNode()).getText(), imported: n.getName() }));
      const defaultImport = statement.getDefaultImport();
      if (defaultImport) bindings.push({ local: defaultImport.getText(), imported: 'default' });
      if (bindings.length > 0) imports.push({ range, specifier, bindings });
    } else if (Node.isVariableStatement(statement)) {
      const [declaration, ...more] = statement.getDeclarations();
      const specifier = declaration && requiredModule(declaration.getInitializer());
      if (!declaration || !specifier?.startsWith('.') || more.length > 0) continue;
      const name = declaration.getNameNode();
      if (Node.isIdentifier(name)) imports.push({ range, specifier, bindings: [{ local: name.getText(), imported: 'default' }] });
      else if (Node.isObjectBindingPattern(name) && name.getElements().every((e) => !e.getDotDotDotToken())) {
        const bindings = name.getElements().map((e) => ({
          local: e.getName(),
          imported: e.getPropertyNameNode()?.getText() ?? e.getName(),
        }));
        imports.push({ range, specifier, bindings });
      }
    }
  }
  return imports;
}

/** `require('x')` → 'x'. */
function requiredModule(node: Node | undefined): string | undefined {
  if (!Node.isCallExpression(node) || node.getExpression().getText() !== 'require') return undefined;
  const [arg] = node.getArguments();
  return Node.isStringLiteral(arg) ? arg.getLiteralText() : undefined;
}

/**
 * The expression a module exports under `name` (`default` for `export default` and `module.exports =`), read
 * from the syntax alone: a type checker would rebuild its program every time a file joins the project.
 */
function exportedValue(file: SourceFile, name: string): Node | undefined {
  for (const statement of file.getStatements()) {
    if (Node.isVariableStatement(statement) && statement.hasExportKeyword()) {
      const declaration = statement.getDeclarations().find((d) => d.getName() === name);
      if (declaration) return isConst(declaration) ? declaration.getInitializer() : undefined;
    } else if (Node.isExportAssignment(statement) && !statement.isExportEquals() && name === 'default') {
      return statement.getExpression();
    } else if (Node.isExportDeclaration(statement) && !statement.getModuleSpecifier()) {
      const specifier = statement.getNamedExports().find((e) => (e.getAliasNode() ?? e.getNameNode()).getText() === name);
      if (specifier) return file.getVariableDeclaration(specifier.getName())?.getNameNode();
    }
    // CommonJS: `module.exports = ...`, `module.exports = { a, b: c }`, `exports.a = ...`.
    const expression = Node.isExpressionStatement(statement) ? statement.getExpression() : undefined;
    if (!Node.isBinaryExpression(expression) || expression.getOperatorToken().getText() !== '=') continue;
    const target = expression.getLeft().getText();
    const value = expression.getRight();
    if (target === 'module.exports') {
      if (name === 'default') return value;
      if (Node.isObjectLiteralExpression(value)) {
        const property = value.getProperty(name);
        if (Node.isPropertyAssignment(property)) return property.getInitializer();
        if (Node.isShorthandPropertyAssignment(property)) return property.getNameNode();
      }
    } else if (target === `exports.${name}` || target === `module.exports.${name}`) {
      return value;
    }
  }
  return undefined;
}

function isConst(declaration: Node): boolean {
  const list = declaration.getParent();
  return Node.isVariableDeclarationList(list) && list.getDeclarationKind() === VariableDeclarationKind.Const;
}

interface PortableContext {
  quote: "'" | '"';
  own: OwnNames;
  /** Package bindings (`const Clarifai = require('clarifai');`) the text needs declared beside it. */
  packages: Set<string>;
}

/**
 * The expression as text that means the same in the importing file, when it is built only from literals,
 * environment reads, constants of its own module, packages and `new` of those; undefined otherwise.
 */
function portable(node: Node, file: SourceFile, ctx: PortableContext, depth: number): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const again = (n: Node | undefined) => (n ? portable(n, file, ctx, depth + 1) : undefined);
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return quoted(node.getLiteralText(), ctx.quote);
  if (Node.isNumericLiteral(node) || Node.isMetaProperty(node)) return node.getText();
  if (Node.isParenthesizedExpression(node)) return wrap(again(node.getExpression()), '(', ')');
  if (Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isNonNullExpression(node) || Node.isTypeAssertion(node)) {
    return again(node.getExpression());
  }
  if (Node.isBinaryExpression(node)) {
    const operator = node.getOperatorToken().getText();
    if (!['??', '||', '&&', '+'].includes(operator)) return undefined;
    const left = again(node.getLeft());
    const right = again(node.getRight());
    return left !== undefined && right !== undefined ? `${left} ${operator} ${right}` : undefined;
  }
  if (Node.isPropertyAccessExpression(node)) return wrap(again(node.getExpression()), '', `.${node.getName()}`);
  if (Node.isIdentifier(node)) return identifier(node.getText(), file, ctx, depth);
  if (Node.isObjectLiteralExpression(node)) {
    const entries: string[] = [];
    for (const property of node.getProperties()) {
      if (Node.isPropertyAssignment(property)) {
        const value = again(property.getInitializer());
        if (value === undefined) return undefined;
        entries.push(`${property.getNameNode().getText()}: ${value}`);
      } else if (Node.isShorthandPropertyAssignment(property)) {
        const value = identifier(property.getName(), file, ctx, depth + 1);
        if (value === undefined) return undefined;
        entries.push(`${property.getName()}: ${value}`);
      } else {
        return undefined;
      }
    }
    return `{ ${entries.join(', ')} }`;
  }
  if (Node.isNewExpression(node)) {
    const callee = again(node.getExpression());
    const args = node.getArguments().map(again);
    if (callee === undefined || args.some((a) => a === undefined)) return undefined;
    return `new ${callee}(${args.join(', ')})`;
  }
  return undefined;
}

/** A name in the exporting module: `process`, one of its constants (inlined), or a package it imports. */
function identifier(name: string, file: SourceFile, ctx: PortableContext, depth: number): string | undefined {
  if (name === 'process') return name;
  const constant = file.getVariableDeclaration(name);
  if (constant && isConst(constant) && Node.isIdentifier(constant.getNameNode())) {
    const init = constant.getInitializer();
    if (requiredModule(init) === undefined) return init && portable(init, file, ctx, depth + 1);
  }
  const binding = packageBinding(file, name);
  if (!binding) return undefined;
  const mine = ctx.own.get(name);
  if (mine === undefined) ctx.packages.add(binding.statement);
  else if (mine !== binding.module) return undefined;
  return name;
}

/** The statement that binds `name` to a package (`import X from 'pkg'`, `const { X } = require('pkg')`). */
function packageBinding(file: SourceFile, name: string): { module: string; statement: string } | undefined {
  for (const [module, statement, names] of topLevelBindings(file)) {
    if (module && !module.startsWith('.') && names.includes(name)) return { module, statement: statement.getText() };
  }
  return undefined;
}

/** Each top-level statement that declares names, with the module it takes them from (if any). */
function* topLevelBindings(file: SourceFile): Generator<[string | undefined, Node, string[]]> {
  for (const statement of file.getStatements()) {
    if (Node.isImportDeclaration(statement)) {
      const names = [
        ...statement.getNamedImports().map((n) => (n.getAliasNode() ?? n.getNameNode()).getText()),
        ...[statement.getDefaultImport(), statement.getNamespaceImport()].flatMap((n) => (n ? [n.getText()] : [])),
      ];
      yield [statement.getModuleSpecifierValue(), statement, names];
    } else if (Node.isVariableStatement(statement)) {
      for (const declaration of statement.getDeclarations()) {
        const names = bindingNames(declaration.getNameNode());
        yield [requiredModule(declaration.getInitializer()), statement, names];
      }
    } else if (Node.isFunctionDeclaration(statement) || Node.isClassDeclaration(statement)) {
      const name = statement.getName();
      if (name) yield [undefined, statement, [name]];
    }
  }
}

function bindingNames(name: Node): string[] {
  if (Node.isIdentifier(name)) return [name.getText()];
  if (Node.isObjectBindingPattern(name) || Node.isArrayBindingPattern(name)) {
    return name.getElements().flatMap((e) => (Node.isBindingElement(e) ? bindingNames(e.getNameNode()) : []));
  }
  return [];
}

function ownNames(file: SourceFile): OwnNames {
  const names: OwnNames = new Map();
  for (const [module, , declared] of topLevelBindings(file)) {
    for (const name of declared) names.set(name, module && !module.startsWith('.') ? module : null);
  }
  return names;
}

/** The quote the importing file mostly uses, so that stand-ins do not tip the engine's style detection. */
function dominantQuote(file: SourceFile): "'" | '"' {
  let singles = 0;
  let doubles = 0;
  file.forEachDescendant((node) => {
    if (!Node.isStringLiteral(node)) return;
    if (node.getText().startsWith("'")) singles++;
    else doubles++;
  });
  return doubles > singles ? '"' : "'";
}

function quoted(value: string, quote: "'" | '"'): string {
  const json = JSON.stringify(value);
  if (quote === '"') return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function wrap(text: string | undefined, before: string, after: string): string | undefined {
  return text === undefined ? undefined : `${before}${text}${after}`;
}
