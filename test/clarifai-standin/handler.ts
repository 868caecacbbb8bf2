// Transport-neutral core of the stand-in: one parsed call in, one reply out. Replies use the proto's
// snake_case field names, which are also the REST JSON names, so the REST front end sends them as they are
// and the gRPC front end hands them to proto-loader (keepCase) unchanged.
import { authorize, STATUS, type Failure, type ModelRecord, type Resource, type UserAppId } from './rules.ts';

export type Rpc = 'PostModelOutputs' | 'PostWorkflowResults' | 'PostInputs' | 'GetModel';

export interface Call {
  rpc: Rpc;
  authorization: string | undefined;
  userAppId: UserAppId | undefined;
  /** Model or workflow id; absent for PostInputs. */
  resourceId: string | undefined;
  versionId: string | undefined;
  inputs: unknown[];
}

export interface Status {
  code: number;
  description: string;
  details?: string;
  req_id: string;
}

export interface Reply {
  httpStatus: number;
  body: { status: Status } & Record<string, unknown>;
}

const RESOURCE_KIND = {
  PostModelOutputs: 'model',
  GetModel: 'model',
  PostWorkflowResults: 'workflow',
  PostInputs: 'app',
} as const;

export function handle(call: Call, reqId: string): Reply {
  const kind = RESOURCE_KIND[call.rpc];
  const resource = (kind === 'app' ? { kind } : { kind, id: call.resourceId ?? '' }) satisfies Resource;
  const decision = authorize({ authorization: call.authorization, userAppId: call.userAppId, resource });
  if (!decision.ok) return failureReply(decision, reqId);

  const { code, description, httpStatus } = STATUS.SUCCESS;
  const status = { code, description, req_id: reqId };
  const version = call.versionId ? { model_version: { id: call.versionId } } : {};
  switch (call.rpc) {
    case 'PostModelOutputs':
      return {
        httpStatus,
        body: { status, outputs: call.inputs.map((_, i) => output(decision.model!, `${reqId}-${i}`, version)) },
      };
    case 'GetModel':
      return { httpStatus, body: { status, model: modelInfo(decision.model!, version) } };
    case 'PostWorkflowResults': {
      const workflow = decision.workflow!;
      return {
        httpStatus,
        body: {
          status,
          workflow: { id: workflow.id, user_id: workflow.owner.userId, app_id: workflow.owner.appId },
          results: call.inputs.map((_, i) => ({
            id: `${reqId}-${i}`,
            status: okStatus(),
            outputs: workflow.nodes.map((node, n) => output(node, `${reqId}-${i}-${n}`, {})),
          })),
        },
      };
    }
    case 'PostInputs':
      return {
        httpStatus,
        body: { status, inputs: call.inputs.map((input, i) => ({ ...(input as object), id: `${reqId}-${i}` })) },
      };
  }
}

export function failureReply({ httpStatus, status }: Failure, reqId: string): Reply {
  return { httpStatus, body: { status: { ...status, req_id: reqId } } };
}

const okStatus = () => ({ code: STATUS.SUCCESS.code, description: STATUS.SUCCESS.description });

const modelInfo = (model: ModelRecord, version: object) => ({
  id: model.id,
  user_id: model.owner.userId,
  app_id: model.owner.appId,
  ...version,
});

function output(model: ModelRecord, id: string, version: object) {
  return { id, status: okStatus(), model: modelInfo(model, version), data: predictionData(model) };
}

// Scores and box edges are multiples of 1/8 so they survive gRPC's float32 fields exactly.
function predictionData({ prediction, owner }: ModelRecord) {
  if ('concepts' in prediction) {
    return {
      concepts: prediction.concepts.map((name, i) => ({
        id: `ai_${name}`,
        name,
        value: 1 - (i + 1) / 8,
        app_id: owner.appId,
      })),
    };
  }
  if ('regions' in prediction) {
    return {
      regions: Array.from({ length: prediction.regions }, (_, i) => ({
        id: `region-${i}`,
        region_info: { bounding_box: { top_row: 0.125, left_col: 0.25, bottom_row: 0.625, right_col: 0.75 } },
        data: { concepts: [{ id: 'ai_face', name: 'face', value: 0.875, app_id: owner.appId }] },
      })),
    };
  }
  return { text: { raw: prediction.text } };
}
