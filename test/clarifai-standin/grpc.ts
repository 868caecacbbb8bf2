// gRPC front end: the real `clarifai.api.V2` service from the protos shipped in clarifai-nodejs-grpc, loaded
// with that package's own grpc-js and proto-loader 0.5.x (facts §9: proto-loader 0.7 fails on an import path).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Call, Reply, Rpc } from './handler.ts';
import { userAppIdOf } from './rules.ts';

// Just the parts of grpc-js this module touches; @grpc/grpc-js is not a direct dependency of the workspace.
interface GrpcStatusError {
  code: number;
  details: string;
}
// As proto-loader decodes it (keepCase, defaults): an unset message field is null.
interface ProtoRequest {
  user_app_id: { user_id: string; app_id: string } | null;
  model_id?: string;
  workflow_id?: string;
  version_id?: string;
  inputs?: unknown[];
}
interface UnaryCall {
  request: ProtoRequest;
  metadata: { get(key: string): Array<string | Buffer> };
}
type UnaryHandler = (call: UnaryCall, callback: (error: GrpcStatusError | null, reply?: object) => void) => void;
interface MethodDefinition {
  requestStream: boolean;
  responseStream: boolean;
}
export interface GrpcServer {
  addService(service: Record<string, MethodDefinition>, implementation: Record<string, UnaryHandler>): void;
  bindAsync(address: string, credentials: unknown, callback: (error: Error | null, port: number) => void): void;
  forceShutdown(): void;
}
interface GrpcJs {
  Server: new () => GrpcServer;
  ServerCredentials: {
    createInsecure(): unknown;
    createSsl(rootCerts: Buffer | null, keyCertPairs: Array<{ private_key: Buffer; cert_chain: Buffer }>): unknown;
  };
  loadPackageDefinition(definition: unknown): { clarifai: { api: { V2: { service: Record<string, MethodDefinition> } } } };
  status: { UNIMPLEMENTED: number };
}

const requireFromGrpcPackage = createRequire(createRequire(import.meta.url).resolve('clarifai-nodejs-grpc'));
export const grpc = requireFromGrpcPackage('@grpc/grpc-js') as GrpcJs;
const protoLoader = requireFromGrpcPackage('@grpc/proto-loader') as {
  loadSync(files: string[], options: object): unknown;
};

// The same files and options as the package's ClarifaiStub (src/index.js), so both ends agree on field names.
const PROTO_DIR = join(dirname(requireFromGrpcPackage.resolve('clarifai-nodejs-grpc')), '..', 'proto', 'clarifai', 'api');
const PROTO_FILES = ['status/status_code.proto', 'status/status.proto', 'resources.proto', 'service_processed.proto', 'utils/matrix.proto'];

/** What the gRPC front end needs from the stand-in: run a parsed call, or note an RPC it does not implement. */
export interface GrpcBackend {
  serve(call: Call, path: string): Reply;
  unimplemented(rpc: string, path: string, authorization: string | undefined): void;
}

// Field of each implemented request that names the resource.
const IMPLEMENTED: Record<Rpc, 'model_id' | 'workflow_id' | undefined> = {
  PostModelOutputs: 'model_id',
  PostWorkflowResults: 'workflow_id',
  GetModel: 'model_id',
  PostInputs: undefined,
};

export function createGrpcServer(backend: GrpcBackend): GrpcServer {
  const definition = protoLoader.loadSync(
    PROTO_FILES.map((file) => join(PROTO_DIR, file)),
    { keepCase: true, longs: String, enums: Number, defaults: true, oneofs: true },
  );
  const service = grpc.loadPackageDefinition(definition).clarifai.api.V2.service;
  const implementation: Record<string, UnaryHandler> = {};
  for (const [rpc, method] of Object.entries(service)) {
    const path = `/clarifai.api.V2/${rpc}`;
    if (rpc in IMPLEMENTED) {
      implementation[rpc] = (call, callback) =>
        callback(null, backend.serve(toCall(rpc as Rpc, call), path).body);
    } else if (!method.requestStream && !method.responseStream) {
      // Streaming RPCs keep grpc-js's own UNIMPLEMENTED handler and are not recorded.
      implementation[rpc] = (call, callback) => {
        backend.unimplemented(rpc, path, authorizationOf(call));
        callback({ code: grpc.status.UNIMPLEMENTED, details: `The Clarifai stand-in does not implement ${rpc}` });
      };
    }
  }
  const server = new grpc.Server();
  server.addService(service, implementation);
  return server;
}

function toCall(rpc: Rpc, call: UnaryCall): Call {
  const { request } = call;
  const resourceField = IMPLEMENTED[rpc];
  return {
    rpc,
    authorization: authorizationOf(call),
    userAppId: userAppIdOf(request.user_app_id?.user_id, request.user_app_id?.app_id),
    resourceId: resourceField && request[resourceField],
    versionId: request.version_id || undefined,
    inputs: request.inputs ?? [],
  };
}

const authorizationOf = (call: UnaryCall) => call.metadata.get('authorization')[0]?.toString();
