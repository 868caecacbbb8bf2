import { ENTITIES, entity } from './vocabulary.mjs';

// ------------------------------------------------------------------------------------------------
// Per-file context: naming, imports, exports, TypeScript-awareness

export function makeCtx(rng, o) {
  const c = {
    rng,
    ts: o.ts,
    jsx: o.jsx,
    esm: o.esm,
    kind: o.kind,
    ext: o.ext,
    exportHelpers: o.exportHelpers !== false,
    used: new Set(),
    exports: [],
    imports: new Map(), // module -> { def, named:Set, typeNamed:Set, ns }
    rawImports: [],
    tops: new Map(), // key -> text (module-level statements shared by blocks)
    T: (s) => (o.ts ? s : ''),
    J: (tsText, jsText) => (o.ts ? tsText : jsText),
    q: "'",
    take(name) {
      if (c.used.has(name)) return false;
      c.used.add(name);
      return true;
    },
    uniq(base) {
      let n = base;
      let i = 2;
      while (c.used.has(n)) n = base + i++;
      c.used.add(n);
      return n;
    },
    ent() {
      return entity(rng.pick(ENTITIES));
    },
    /** export keyword (ESM) or record for module.exports (CJS) */
    exp(name) {
      if (!c.exportHelpers) return '';
      if (c.esm) return 'export ';
      c.exports.push(name);
      return '';
    },
    need(mod, spec = {}) {
      let m = c.imports.get(mod);
      if (!m) {
        m = { def: null, named: new Set(), typeNamed: new Set(), ns: null, order: c.imports.size };
        c.imports.set(mod, m);
      }
      if (spec.def) m.def = m.def || spec.def;
      if (spec.ns) m.ns = m.ns || spec.ns;
      for (const n of spec.named || []) m.named.add(n);
      if (c.ts) for (const n of spec.types || []) m.typeNamed.add(n);
      return m.def || m.ns;
    },
    top(key, text) {
      if (!c.tops.has(key)) c.tops.set(key, text);
    },
  };
  return c;
}

export function renderImports(c) {
  const lines = [];
  for (const [mod, m] of c.imports) {
    const named = [...m.named];
    if (c.esm) {
      if (m.ns) lines.push(`import * as ${m.ns} from '${mod}';`);
      const parts = [];
      if (m.def) parts.push(m.def);
      if (named.length) parts.push(`{ ${named.join(', ')} }`);
      if (parts.length) lines.push(`import ${parts.join(', ')} from '${mod}';`);
      if (m.typeNamed.size) lines.push(`import type { ${[...m.typeNamed].join(', ')} } from '${mod}';`);
      if (!m.ns && !parts.length && !m.typeNamed.size) lines.push(`import '${mod}';`);
    } else {
      if (m.def || m.ns) lines.push(`const ${m.def || m.ns} = require('${mod}');`);
      if (named.length) {
        if (m.def) lines.push(`const { ${named.join(', ')} } = ${m.def};`);
        else lines.push(`const { ${named.join(', ')} } = require('${mod}');`);
      }
      if (!m.def && !m.ns && !named.length) lines.push(`require('${mod}');`);
    }
  }
  return lines.concat(c.rawImports);
}

// A typed entity shape used in TS annotations: either an imported type or an inline one.
export function entType(c, e) {
  if (!c.ts) return '';
  c.need(`../types/${e.name}`, { types: [e.Name] });
  return e.Name;
}
