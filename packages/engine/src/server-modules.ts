/**
 * Modules that only run on a server: Node's own, and the Clarifai and HTTP-server packages that need them. A file
 * importing one is server code, so Node's `process.env` is right for it when the project cannot say where it runs.
 */
const SERVER_MODULES = new Set([
  'child_process',
  'crypto',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'worker_threads',
  'clarifai-nodejs-grpc',
  '@grpc/grpc-js',
  'dotenv',
  'dotenv/config',
  'express',
  'fastify',
  'koa',
]);

export function isServerModule(module: string): boolean {
  return module.startsWith('node:') || SERVER_MODULES.has(module);
}
