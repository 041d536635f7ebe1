import { z } from 'zod';
import { invalid } from '../domain';

/**
 * REST bodies are the gRPC messages in their JSON form (snake_case field names, as the proto and MLflow's REST
 * use), so both transports share one mapping (../grpc/from-proto.ts, to-proto.ts). These schemas only check the
 * shape and fill the defaults proto-loader would; the deciders validate the values.
 */
const str = z.string();
const principal = z.object({
  id: str,
  roles: z.array(z.object({ role: str, scope: str.optional() })).default([]),
});
const metric = z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity']).transform(Number)]);

export const EvaluateBody = z.object({
  decision_id: str.default(''),
  subject: z
    .object({
      model: str.default(''),
      version: z.number().int().default(0),
      target: z.object({ kind: str, name: str }).nullable().default(null),
      request_id: str.optional(),
    })
    .nullable()
    .default(null),
  requester: principal.nullable().default(null),
  facts: z
    .object({
      tags: z.record(str, str).default({}),
      metrics: z.record(str, metric).default({}),
      lineage: z
        .object({
          run: str.optional(),
          datasets: z
            .array(z.object({ name: str, digest: str.default(''), source: str.default(''), context: str.optional() }))
            .default([]),
          code_version: str.optional(),
        })
        .nullable()
        .default(null),
      data_quality: z
        .record(
          str,
          z.object({
            passed: z.boolean(),
            checks: z.record(str, z.object({ passed: z.boolean(), value: z.number().optional() })).default({}),
          }),
        )
        .default({}),
    })
    .nullable()
    .default(null),
});

export const ApproveBody = z.object({ approver: principal.nullable().default(null), comment: str.default('') });
export const RejectBody = z.object({ approver: principal.nullable().default(null), reason: str.default('') });

export const PublishPolicyBody = z.object({
  policy_id: str.default(''),
  name: str.default(''),
  description: str.default(''),
  source: str.default(''),
  scope: z.object({ model_pattern: str.default(''), targets: z.array(str).default([]) }).nullable().default(null),
  effect: str.default(''),
  approvals: z.number().int().optional(),
  message: str.default(''),
});

export const RetirePolicyBody = z.object({ reason: str.default('') });

/** Parses a body or throws INVALID_ARGUMENT naming the first bad field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return invalid(`invalid request body: ${issue.path.join('.') || '(body)'}: ${issue.message}`);
}
