// Loads a module the way an app would and calls one of its exports, so that a migrated fixture that is a module
// (not a whole program) can be run against the stand-in. argv: <module> <export> <JSON args>; an argument
// `{ "$express": body }` becomes an Express-like (req, res) pair whose `res.json` / `res.status` end the call.
// Prints { result } or { error } as one JSON line; exits 0 only when the call resolved.
import { pathToFileURL } from 'node:url';

const [modulePath, exportName, argsJson] = process.argv.slice(2);
const loaded = await import(pathToFileURL(modulePath).href);
const fn = loaded[exportName] ?? loaded.default?.[exportName];

function expressPair(body) {
  let done;
  const finished = new Promise((resolve) => (done = resolve));
  const res = {
    statusCode: 200,
    status(code) {
      res.statusCode = code;
      return res;
    },
    json(value) {
      if (res.statusCode >= 400) done(Promise.reject(new Error(`HTTP ${res.statusCode}: ${JSON.stringify(value)}`)));
      else done(value);
    },
  };
  return { args: [{ body }, res], finished };
}

try {
  const spec = JSON.parse(argsJson);
  const express = spec.length === 1 && spec[0]?.$express !== undefined ? expressPair(spec[0].$express) : undefined;
  const returned = await fn(...(express ? express.args : spec));
  const result = express ? await express.finished : returned;
  console.log(JSON.stringify({ result: result === undefined ? null : 'returned' }));
} catch (error) {
  console.log(JSON.stringify({ error: String(error?.message ?? error) }));
  process.exitCode = 1;
}
