// Runs calls through the real clarifai-nodejs-grpc stub, `ClarifaiStub.grpc()` with no argument, so the target
// comes from CLARIFAI_GRPC_BASE and trust from GRPC_DEFAULT_SSL_ROOTS_FILE_PATH (facts §1.1, §9).
// argv[2]: JSON array of { rpc, authorization, request }. Prints a JSON array of { response } or { error }.
const { ClarifaiStub, grpc } = require('clarifai-nodejs-grpc');

const stub = ClarifaiStub.grpc();

function call({ rpc, authorization, request }) {
  const metadata = new grpc.Metadata();
  metadata.set('authorization', authorization);
  return new Promise((resolve) =>
    stub[rpc](request, metadata, (error, response) =>
      resolve(error ? { error: { code: error.code, details: error.details } } : { response }),
    ),
  );
}

(async () => {
  const results = [];
  for (const spec of JSON.parse(process.argv[2])) results.push(await call(spec));
  console.log(JSON.stringify(results));
  stub.close();
})();
