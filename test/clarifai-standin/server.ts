// Local stand-in for the Clarifai API: REST/JSON over HTTP, gRPC over TLS (for ClarifaiStub.grpc()) and plaintext
// gRPC (for the clarifai-nodejs SDK), all on 127.0.0.1 with ephemeral ports, all applying ./rules.ts.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createGrpcServer, grpc, type GrpcServer } from './grpc.ts';
import { failureReply, handle, type Call, type Reply } from './handler.ts';
import { createRestServer } from './rest.ts';
import type { UserAppId } from './rules.ts';

export interface RecordedRequest {
  transport: 'rest' | 'grpc';
  /** HTTP method; every gRPC call is an HTTP/2 POST. */
  method: string;
  /** The RPC the request maps to; undefined for a REST request that matches no route. */
  rpc: string | undefined;
  /** URL path, or the gRPC method path `/clarifai.api.V2/<Rpc>`. */
  path: string;
  authorization: string | undefined;
  /** Owner as the request named it (REST path, body or query; gRPC `user_app_id`), before any defaulting. */
  userAppId: UserAppId | undefined;
  resourceId: string | undefined;
  /** Clarifai status code of the reply; undefined for a gRPC RPC the stand-in does not implement. */
  statusCode: number | undefined;
}

export interface Standin {
  /** e.g. `http://127.0.0.1:41234`; use it as the legacy client's `apiEndpoint` or in place of https://api.clarifai.com. */
  restUrl: string;
  /** `localhost:PORT`, TLS with a throw-away self-signed cert: set as CLARIFAI_GRPC_BASE. */
  grpcTarget: string;
  /** `127.0.0.1:PORT`, plaintext: use `http://${grpcInsecureTarget}` as the SDK's `authConfig.base`. */
  grpcInsecureTarget: string;
  /** PEM of the TLS cert: set as GRPC_DEFAULT_SSL_ROOTS_FILE_PATH. */
  certPath: string;
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startStandin(): Promise<Standin> {
  // The key pair lives only in this temp dir and is deleted by close().
  const dir = await mkdtemp(join(tmpdir(), 'clarifai-standin-'));
  const { certPath, keyPath } = await makeLocalhostCertificate(dir);

  const requests: RecordedRequest[] = [];
  let replies = 0;
  const answer = (entry: Omit<RecordedRequest, 'statusCode'>, respond: (reqId: string) => Reply): Reply => {
    const reply = respond(`standin-${++replies}`);
    requests.push({ ...entry, statusCode: reply.body.status.code });
    return reply;
  };
  const answerCall = (transport: RecordedRequest['transport'], method: string, path: string, call: Call) => {
    const { rpc, authorization, userAppId, resourceId } = call;
    return answer({ transport, method, rpc, path, authorization, userAppId, resourceId }, (reqId) => handle(call, reqId));
  };

  const rest = createRestServer({
    serve: (call, method, path) => answerCall('rest', method, path, call),
    reject: (request, failed) =>
      answer({ transport: 'rest', ...request, rpc: undefined, userAppId: undefined, resourceId: undefined }, (reqId) =>
        failureReply(failed, reqId),
      ),
  });
  await new Promise<void>((resolve) => rest.listen(0, '127.0.0.1', resolve));

  const grpcServer = createGrpcServer({
    serve: (call, path) => answerCall('grpc', 'POST', path, call),
    unimplemented: (rpc, path, authorization) =>
      requests.push({ transport: 'grpc', method: 'POST', rpc, path, authorization, userAppId: undefined, resourceId: undefined, statusCode: undefined }),
  });
  const [cert, key] = await Promise.all([readFile(certPath), readFile(keyPath)]);
  const tlsPort = await bind(grpcServer, grpc.ServerCredentials.createSsl(null, [{ private_key: key, cert_chain: cert }]));
  const insecurePort = await bind(grpcServer, grpc.ServerCredentials.createInsecure());

  return {
    restUrl: `http://127.0.0.1:${(rest.address() as AddressInfo).port}`,
    grpcTarget: `localhost:${tlsPort}`,
    grpcInsecureTarget: `127.0.0.1:${insecurePort}`,
    certPath,
    requests,
    async close() {
      grpcServer.forceShutdown();
      rest.closeAllConnections();
      await new Promise((resolve) => rest.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function bind(server: GrpcServer, credentials: unknown): Promise<number> {
  return new Promise((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', credentials, (error, port) => (error ? reject(error) : resolve(port))),
  );
}

// CN and SAN cover both names a client may dial; the SAN is what TLS hostname checks actually read.
async function makeLocalhostCertificate(dir: string) {
  const certPath = join(dir, 'localhost-cert.pem');
  const keyPath = join(dir, 'localhost-key.pem');
  await promisify(execFile)('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
    '-keyout', keyPath, '-out', certPath, '-days', '1',
    '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ]);
  return { certPath, keyPath };
}
