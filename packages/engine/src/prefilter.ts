/**
 * The cheap test that decides whether a file can hold anything for the engine, before anything is parsed:
 * every call site it finds names Clarifai somewhere in the file (a host, a package, a model constant, a class)
 * or uses one of the gRPC method names.
 */
const MIGHT_CALL_CLARIFAI = /clarifai|PostModelOutputs|PostWorkflowResults/i;

export function mightCallClarifai(text: string): boolean {
  return MIGHT_CALL_CLARIFAI.test(text);
}
