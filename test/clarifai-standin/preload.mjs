// Node preload (`node --import ./preload.mjs program.js`) for child programs under test: every request a program
// aims at api.clarifai.com goes to the stand-in at CLARIFAI_STANDIN_URL instead, over plain HTTP on loopback.
// Any other Clarifai host is refused, so a program can never reach the real API; all other hosts are untouched.
// It wraps globalThis.fetch (undici, which bypasses node:http) and http/https.request/get, which is what axios,
// the legacy `clarifai` client, node-fetch, got and superagent end up calling in Node.
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import { urlToHttpOptions } from 'node:url';

const REDIRECTED_HOST = 'api.clarifai.com';
const standin = loopbackOrigin(process.env.CLARIFAI_STANDIN_URL);

function loopbackOrigin(value) {
  if (!value) throw new Error('clarifai-standin preload: set CLARIFAI_STANDIN_URL to the stand-in REST URL');
  const url = new URL(value);
  if (url.protocol !== 'http:' || !['127.0.0.1', 'localhost'].includes(url.hostname)) {
    throw new Error(`clarifai-standin preload: CLARIFAI_STANDIN_URL must be http://127.0.0.1 or http://localhost, got ${value}`);
  }
  return url;
}

/** 'standin' | 'refuse' | 'pass' */
function routeFor(hostname) {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === REDIRECTED_HOST) return 'standin';
  const clarifaiHost = /(^|\.)clarifai(-[a-z]+)?\.com$/.test(host); // clarifai.com, api-grpc.clarifai.com, api.clarifai-moderation.com
  return clarifaiHost ? 'refuse' : 'pass';
}

const refusal = (host) =>
  new Error(`clarifai-standin preload: refusing to contact ${host}; only ${REDIRECTED_HOST} is redirected to the stand-in`);

const realFetch = globalThis.fetch;
globalThis.fetch = async function fetch(input, init) {
  const url = new URL(input instanceof Request ? input.url : String(input));
  switch (routeFor(url.hostname)) {
    case 'pass':
      return realFetch(input, init);
    case 'refuse':
      throw refusal(url.hostname);
    case 'standin': {
      const target = new URL(url.pathname + url.search, standin);
      return realFetch(input instanceof Request ? new Request(target, input) : target, init);
    }
  }
};

// http(s).request(options[, cb]) or (url[, options][, cb]), merged the way Node merges them.
function requestOptions(args) {
  const [first, second] = args;
  if (typeof first === 'string' || first instanceof URL) {
    const fromUrl = urlToHttpOptions(new URL(first));
    return typeof second === 'object' && second !== null ? { ...fromUrl, ...second } : fromUrl;
  }
  return first ?? {};
}

const realHttpRequest = http.request;
for (const module of [http, https]) {
  const realRequest = module.request;
  module.request = function request(...args) {
    const options = requestOptions(args);
    const hostname = options.hostname ?? options.host ?? 'localhost';
    const route = routeFor(hostname);
    if (route === 'pass') return realRequest.apply(this, args);
    if (route === 'refuse') throw refusal(hostname);
    const callback = args.find((arg) => typeof arg === 'function');
    // Plain HTTP to the stand-in: the caller's TLS agent and settings would not fit, so they are dropped.
    const redirected = {
      ...options,
      protocol: 'http:',
      hostname: standin.hostname,
      host: standin.hostname,
      port: standin.port,
      agent: undefined,
    };
    return callback ? realHttpRequest(redirected, callback) : realHttpRequest(redirected);
  };
  // Node's own get() calls its internal request, so it is rebuilt on top of the wrapper.
  module.get = function get(...args) {
    const req = module.request(...args);
    req.end();
    return req;
  };
}
// Let `import { request } from 'node:https'` in ESM programs see the wrappers too.
syncBuiltinESMExports();
