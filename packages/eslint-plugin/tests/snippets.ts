/**
 * Opening lines shared by many cases. Each is exactly four lines long, so the call under test starts on line 5.
 */

/** The `clarifai-nodejs-grpc` README's client: a dynamic stub and metadata that sends `Key <token>`. */
export const grpcWith = (token: string) => `const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');
const stub = ClarifaiStub.grpc();
const metadata = new grpc.Metadata();
metadata.set('authorization', 'Key ' + ${token});`;

/** Fake secrets: obviously not real, but shaped like a 32-character key so that they are recognised. */
export const FAKE_PAT = '0123456789abcdef0123456789abcdef';
export const FAKE_KEY = 'f4k3f4k3f4k3f4k3f4k3f4k3f4k3f4k3';
