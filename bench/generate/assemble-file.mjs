import { G } from './blocks/generic.mjs';
import { CFG, H, ST } from './blocks/hooks-store-config.mjs';
import { R, reactMain } from './blocks/react.mjs';
import { S } from './blocks/server.mjs';
import { TS } from './blocks/typescript.mjs';
import { SHAPE_BUILDERS } from './clarifai-shapes.mjs';
import { DECOY_BUILDERS } from './decoys.mjs';
import { makeCtx, renderImports } from './file-context.mjs';
import { countLines } from './vocabulary.mjs';

// ------------------------------------------------------------------------------------------------
// Assemble one source file

function blockPoolFor(c) {
  const g = [G.constMap, G.formatDate, G.currency, G.groupBy, G.debounce, G.retry, G.fetchOwnApi, G.saveOwnApi, G.validate, G.stringUtils, G.arrayUtils, G.totals, G.queryString, G.dates, G.logger, G.statusColor, G.pagination, G.deepMerge, G.cacheClass, G.httpError, G.emitter, G.featureFlags, G.mapper];
  const ts = c.ts ? [TS.model, TS.enumBlock, TS.repository, TS.apiClient, TS.typeUtils, TS.overloads, TS.model] : [];
  // generic arrow functions (<T,>) are only used in .ts to keep .tsx unambiguous
  if (c.ts && !c.jsx) ts.push(TS.result);
  switch (c.kind) {
    case 'react':
      return [R.badge, R.emptyState, R.table, R.modal, R.form, R.listItem, R.hookInline, R.badge, R.form, G.formatDate, G.constMap, G.statusColor, G.storage, G.debounce, G.currency, G.validate, G.fetchOwnApi];
    case 'server':
      return [S.list, S.getOne, S.create, S.update, S.remove, S.middleware, S.rateLimit, S.externalService, S.health, S.list, S.create, G.mapper, G.validate, G.retry, G.logger, G.httpError, G.pagination];
    case 'hook':
      return [H.useResource, H.useToggle, H.useLocalStorage, H.useResource, G.debounce, G.storage, G.queryString, G.constMap];
    case 'store':
      return [ST.slice, ST.selectors, ST.slice, G.mapper, G.groupBy, G.constMap];
    case 'config':
      return [CFG.section, CFG.section, CFG.section, G.featureFlags, G.deepMerge];
    case 'types':
      return c.ts ? [TS.model, TS.enumBlock, TS.typeUtils, TS.overloads, TS.model, TS.result, G.constMap] : g;
    case 'service':
      return [...ts, ...ts, G.fetchOwnApi, G.saveOwnApi, G.retry, G.cacheClass, G.httpError, G.mapper, G.validate];
    default:
      return g.concat(ts);
  }
}

function kindHeader(c) {
  const top = [];
  const footer = [];
  if (c.kind === 'server') {
    if (c.ts) {
      c.need('express', { named: ['Router'], types: ['Request', 'Response', 'NextFunction'] });
      top.push('const router = Router();');
    } else {
      c.need('express', { def: 'express' });
      top.push('const router = express.Router();');
    }
    c.used.add('router');
    footer.push(c.esm ? 'export default router;' : 'module.exports = router;');
  }
  return { top, footer };
}

const STYLE_HEADERS = [
  null,
  null,
  null,
  (c) => `/**\n * ${c.relPath}\n */`,
  (c) => (c.esm ? null : `'use strict';`),
  () => `// @ts-check`,
];

/**
 * Generate one source file.
 * @returns {{ text: string, lines: number, anchors: Record<string, number> | null, tags: string[] }}
 */
export function generateSourceFile(rng, plan) {
  const { kind, ext, esm, special, relPath, targetLines } = plan;
  const ts = ext === 'ts' || ext === 'tsx';
  const jsx = ext === 'tsx' || ext === 'jsx' || (ext === 'js' && kind === 'react');
  const c = makeCtx(rng, { ts, jsx, esm, kind, ext, exportHelpers: kind !== 'server' && kind !== 'react' && kind !== 'node' });
  c.relPath = relPath;
  const header = kindHeader(c);

  // special (shape / decoy) first, so that it reserves its names
  let sp = null;
  if (special && special.type === 'shape') {
    sp = SHAPE_BUILDERS[special.id](c, plan.host);
  } else if (special && special.type === 'decoy') {
    const d = DECOY_BUILDERS[special.id](c);
    sp = { imports: [], top: d.top, block: d.block, isMain: false, anchors: {}, tags: [] };
  }

  let main = null;
  if (kind === 'react' && !(sp && sp.isMain)) {
    const compName = c.uniq(relPath.split('/').pop().replace(/\.\w+$/, '').replace(/[^A-Za-z0-9]/g, ''));
    main = reactMain(c, compName);
  }

  const pool = blockPoolFor(c);
  const fillers = [];
  const fixedText = [sp ? sp.block : '', sp && sp.top ? sp.top : '', main ? main.text : ''].join('\n');
  let lines = countLines(fixedText) + 8;
  const addFiller = (limit) => {
    for (let tries = 0; tries < 40; tries++) {
      const b = rng.pick(pool)(c);
      if (!b) continue;
      const n = countLines(b) + 1;
      if (lines + n > limit) continue;
      fillers.push(b);
      lines += n;
      return true;
    }
    return false;
  };
  while (lines < targetLines && addFiller(585));
  const spAt = sp && !sp.isMain ? rng.int(0, fillers.length) : -1;
  const hdr = rng.pick(STYLE_HEADERS);
  const hdrText0 = hdr ? hdr(c) : null;
  const hdrText = hdrText0 && !(hdrText0 === '// @ts-check' && c.ts) ? hdrText0 : null;

  let parts;
  let blocks;
  let spTopIndex;
  let firstBlockIndex;
  let importsIndex;
  const assemble = () => {
    blocks = fillers.slice();
    // the special block goes among the fillers (react mains go last)
    if (sp && !sp.isMain) blocks.splice(Math.min(spAt, blocks.length), 0, sp.block);
    if (sp && sp.isMain) blocks.push(sp.block);
    if (main) blocks.push(main.text);
    const propTypesFooter = c.propTypesFor
      ? `${c.propTypesFor}.propTypes = {\n  title: PropTypes.string,\n  pageSize: PropTypes.number,\n  onOpen: PropTypes.func,\n};`
      : '';
    parts = [];
    if (hdrText) parts.push(hdrText);
    const importLines = (sp ? sp.imports : []).concat(renderImports(c));
    importsIndex = importLines.length ? parts.push(importLines.join('\n')) - 1 : -1;
    const topLines = [...header.top, ...c.tops.values()];
    if (topLines.length) parts.push(topLines.join('\n'));
    spTopIndex = sp && sp.top ? parts.push(sp.top) - 1 : -1;
    firstBlockIndex = parts.length;
    parts.push(...blocks);
    if (propTypesFooter) parts.push(propTypesFooter);
    const exportsFooter = [];
    if (!c.esm && c.exports.length) {
      // only names whose declaration made it into the file (blocks can be dropped for size)
      const body = blocks.join('\n');
      const names = [...new Set(c.exports)].filter((n) => new RegExp(`(?:function|const|class|let) ${n}\\b`).test(body));
      if (names.length) exportsFooter.push(`module.exports = {\n${names.map((n) => `  ${n},`).join('\n')}\n};`);
    }
    const footer = [...(main && main.footer ? [main.footer] : []), ...header.footer, ...exportsFooter];
    if (footer.length) parts.push(footer.join('\n'));
    let total = 0;
    for (const p of parts) total += countLines(p) + 1;
    return total - 1;
  };
  // exact size control: 50..600 lines
  let total = assemble();
  for (let guard = 0; total < 50 && guard < 20; guard++) {
    lines = total;
    if (!addFiller(590)) break;
    total = assemble();
  }
  while (total > 600 && fillers.length) {
    fillers.pop();
    total = assemble();
  }

  // line numbers of anchors
  let anchors = null;
  let text = '';
  const partStart = [];
  let line = 1;
  for (let i = 0; i < parts.length; i++) {
    partStart.push(line);
    line += countLines(parts[i]) + 1; // blank line between parts
  }
  text = parts.join('\n\n') + '\n';
  if (sp && special.type === 'shape') {
    anchors = {};
    const spBlockIndex = firstBlockIndex + blocks.indexOf(sp.block);
    for (const [name, needle] of Object.entries(sp.anchors)) {
      let found = -1;
      for (const idx of [spBlockIndex, spTopIndex, importsIndex]) {
        if (idx < 0) continue;
        const pos = parts[idx].indexOf(needle);
        if (pos !== -1) {
          found = partStart[idx] + countLines(parts[idx].slice(0, pos)) - 1;
          break;
        }
      }
      if (found === -1) throw new Error(`anchor ${needle} not found for ${special.id} in ${relPath}`);
      anchors[name] = found;
    }
  }
  return { text, anchors, tags: sp ? sp.tags : [] };
}

// Formatting variation that keeps every line in place
export function applyStyle(rng, text, ext) {
  const isJs = ext === 'js' || ext === 'jsx';
  const quote = rng.chance(ext.startsWith('t') ? 0.4 : 0.3) ? 'double' : 'single';
  const semi = isJs ? !rng.chance(0.2) : true;
  const ind = rng.weighted([['2', 75], ['4', 20], ['tab', 5]]);
  const crlf = rng.chance(0.03);
  let out = text;
  // single -> double quotes on code lines only (comment lines keep their apostrophes)
  if (quote === 'double') {
    out = out.replace(/^(?![ \t]*(?:\/\/|\/\*|\*)).*'.*$/gm, (line) => line.replace(/'([^'"\\\n`]*)'/g, '"$1"'));
  }
  if (!semi) out = out.replace(/;$/gm, '');
  if (ind === '4') out = out.replace(/^( +)/gm, (m) => m + m);
  else if (ind === 'tab') out = out.replace(/^((?: {2})+)/gm, (m) => '\t'.repeat(m.length / 2));
  if (crlf) out = out.replace(/\n/g, '\r\n');
  const tags = [];
  if (quote === 'double') tags.push('double-quotes');
  if (!semi) tags.push('no-semicolons');
  if (ind !== '2') tags.push(ind === 'tab' ? 'tabs' : 'indent-4');
  if (crlf) tags.push('crlf');
  return { text: out, tags };
}
