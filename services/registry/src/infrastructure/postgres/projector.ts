import { EventData } from '@cairn/contracts';
import { RegisteredModelSnapshot, RegistryEvent, RegistryEventType } from '../../domain';

/**
 * Applies registry events to the read models in schema `registry`, one function per event type. Each function
 * turns an event into SQL statements (pure, unit-tested) that the caller runs in the transaction that appends the
 * event, or in a rebuild. Statements are idempotent (upserts, absolute values, deletes) and read nothing but the
 * event: no other service's data, no previous row. Timestamps follow the domain README's projection rules.
 */
export interface Statement {
  text: string;
  values: unknown[];
}

/** A registry event with the envelope time, which events appended before `timestamp` existed fall back to. */
export type ProjectedEvent = RegistryEvent & { occurredAt: string };

type Handler<T extends RegistryEventType> = (data: EventData<T>, occurredAt: string) => Statement[];

const sql = (text: string, ...values: unknown[]): Statement => ({ text, values });

const touchModel = (name: string, timestamp: number) =>
  sql('UPDATE registry.registered_models SET last_updated_timestamp = $2 WHERE name = $1', name, timestamp);

const touchVersion = (name: string, version: number, set: string, values: unknown[], timestamp: number) =>
  sql(
    `UPDATE registry.model_versions SET ${set}, last_updated_timestamp = $3 WHERE name = $1 AND version = $2`,
    name,
    version,
    timestamp,
    ...values,
  );

function upsertModelTags(name: string, tags: readonly { key: string; value: string }[]): Statement[] {
  if (tags.length === 0) return [];
  return [
    sql(
      `INSERT INTO registry.registered_model_tags (name, key, value) SELECT $1, k, v FROM unnest($2::text[], $3::text[]) AS t(k, v)
       ON CONFLICT (name, key) DO UPDATE SET value = excluded.value`,
      name,
      tags.map((t) => t.key),
      tags.map((t) => t.value),
    ),
  ];
}

function insertVersionTags(name: string, version: number, tags: readonly { key: string; value: string }[]): Statement[] {
  if (tags.length === 0) return [];
  return [
    sql(
      `INSERT INTO registry.model_version_tags (name, version, key, value)
       SELECT $1, $2, k, v FROM unnest($3::text[], $4::text[]) AS t(k, v)
       ON CONFLICT (name, version, key) DO UPDATE SET value = excluded.value`,
      name,
      version,
      tags.map((t) => t.key),
      tags.map((t) => t.value),
    ),
  ];
}

type VersionRow = Omit<RegisteredModelSnapshot['versions'][number], 'tags'>;

/** One version row; a replayed insert keeps the row that is there (later events already moved it on). */
function insertVersion(name: string, v: VersionRow): Statement {
  return sql(
    `INSERT INTO registry.model_versions (name, version, creation_timestamp, last_updated_timestamp, user_id, current_stage,
       description, source, storage_location, run_id, model_id, run_link, status, status_message, lineage)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb)
     ON CONFLICT (name, version) DO NOTHING`,
    name,
    v.version,
    v.creationTimestamp,
    v.lastUpdatedTimestamp,
    v.userId ?? null,
    v.stage,
    v.description ?? null,
    v.source,
    v.storageLocation ?? v.source,
    v.runId ?? null,
    v.modelId ?? null,
    v.runLink ?? null,
    v.status,
    v.statusMessage ?? null,
    JSON.stringify(v.lineage),
  );
}

function insertPromotion(name: string, p: RegisteredModelSnapshot['promotions'][number]): Statement {
  return sql(
    `INSERT INTO registry.promotions (name, request_id, version, target, requested_by, requested_at, status, decision_id,
       approvals_required, reasons, decided_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10::jsonb, $11)
     ON CONFLICT (name, request_id) DO NOTHING`,
    name,
    p.requestId,
    p.version,
    JSON.stringify(p.target),
    p.requestedBy,
    p.requestedAt,
    p.status,
    p.decisionId ?? null,
    p.approvalsRequired ?? null,
    JSON.stringify(p.reasons),
    p.decidedAt ?? null,
  );
}

const decide = (name: string, requestId: string, status: string, fields: { decisionId?: string; approvalsRequired?: number; reasons: string[]; timestamp: number }) =>
  sql(
    `UPDATE registry.promotions SET status = $3, decision_id = coalesce($4, decision_id),
       approvals_required = coalesce($5, approvals_required), reasons = $6::jsonb, decided_at = $7
     WHERE name = $1 AND request_id = $2`,
    name,
    requestId,
    status,
    fields.decisionId ?? null,
    fields.approvalsRequired ?? null,
    JSON.stringify(fields.reasons),
    fields.timestamp,
  );

const deleteModel = (name: string) => sql('DELETE FROM registry.registered_models WHERE name = $1', name);

export const PROJECTIONS: { [T in RegistryEventType]: Handler<T> } = {
  RegisteredModelCreated: ({ name, description, tags, timestamp }, occurredAt) => {
    const at = timestamp ?? Date.parse(occurredAt);
    return [
      sql(
        `INSERT INTO registry.registered_models (name, description, creation_timestamp, last_updated_timestamp)
         VALUES ($1, $2, $3, $3) ON CONFLICT (name) DO NOTHING`,
        name,
        description ?? null,
        at,
      ),
      ...upsertModelTags(name, tags),
    ];
  },
  RegisteredModelDescriptionUpdated: ({ name, description, timestamp }) => [
    sql('UPDATE registry.registered_models SET description = $2, last_updated_timestamp = $3 WHERE name = $1', name, description, timestamp),
  ],
  RegisteredModelTagSet: ({ name, key, value }) => upsertModelTags(name, [{ key, value }]),
  RegisteredModelTagDeleted: ({ name, key }) => [sql('DELETE FROM registry.registered_model_tags WHERE name = $1 AND key = $2', name, key)],
  // The old name's rows go; RegisteredModelRenamedFrom (same transaction) brings them back under the new name.
  RegisteredModelRenamed: ({ name }) => [deleteModel(name)],
  RegisteredModelRenamedFrom: ({ name, snapshot: s }) => [
    deleteModel(name),
    sql(
      `INSERT INTO registry.registered_models (name, description, creation_timestamp, last_updated_timestamp) VALUES ($1, $2, $3, $4)`,
      name,
      s.description ?? null,
      s.creationTimestamp,
      s.lastUpdatedTimestamp,
    ),
    ...upsertModelTags(name, s.tags),
    ...s.versions.flatMap(({ tags, ...version }) => [insertVersion(name, version), ...insertVersionTags(name, version.version, tags)]),
    ...s.aliases.map(({ alias, version }) => sql('INSERT INTO registry.aliases (name, alias, version) VALUES ($1, $2, $3)', name, alias, version)),
    ...s.promotions.map((promotion) => insertPromotion(name, promotion)),
  ],
  RegisteredModelDeleted: ({ name }) => [deleteModel(name)],

  ModelVersionRegistered: ({ name, tags, timestamp, ...version }) => [
    insertVersion(name, { ...version, status: 'PENDING_REGISTRATION', stage: 'None', creationTimestamp: timestamp, lastUpdatedTimestamp: timestamp }),
    ...insertVersionTags(name, version.version, tags),
    touchModel(name, timestamp),
  ],
  ModelVersionReady: ({ name, version, statusMessage, timestamp }) => [
    touchVersion(name, version, `status = 'READY', status_message = $4`, [statusMessage ?? null], timestamp),
  ],
  ModelVersionRegistrationFailed: ({ name, version, statusMessage, timestamp }) => [
    touchVersion(name, version, `status = 'FAILED_REGISTRATION', status_message = $4`, [statusMessage], timestamp),
  ],
  ModelVersionDescriptionUpdated: ({ name, version, description, timestamp }) => [
    touchVersion(name, version, 'description = $4', [description], timestamp),
  ],
  ModelVersionTagSet: ({ name, version, key, value }) => insertVersionTags(name, version, [{ key, value }]),
  ModelVersionTagDeleted: ({ name, version, key }) => [
    sql('DELETE FROM registry.model_version_tags WHERE name = $1 AND version = $2 AND key = $3', name, version, key),
  ],
  ModelVersionDeleted: ({ name, version, timestamp }) => [
    sql('DELETE FROM registry.model_versions WHERE name = $1 AND version = $2', name, version),
    touchModel(name, timestamp),
  ],

  PromotionRequested: ({ name, requestId, version, target, requestedBy, timestamp }) => [
    insertPromotion(name, { requestId, version, target, requestedBy, requestedAt: timestamp, status: 'requested', reasons: [] }),
  ],
  PromotionAllowed: ({ name, requestId, decisionId, reasons, timestamp }) => [decide(name, requestId, 'allowed', { decisionId, reasons, timestamp })],
  PromotionDenied: ({ name, requestId, decisionId, reasons, timestamp }) => [decide(name, requestId, 'denied', { decisionId, reasons, timestamp })],
  PromotionAwaitingApproval: ({ name, requestId, decisionId, approvalsRequired, reasons, timestamp }) => [
    decide(name, requestId, 'awaiting-approval', { decisionId, approvalsRequired, reasons, timestamp }),
  ],
  PromotionAbandoned: ({ name, requestId, reason, timestamp }) => [decide(name, requestId, 'abandoned', { reasons: [reason], timestamp })],

  AliasAssigned: ({ name, alias, version }) => [
    sql(
      `INSERT INTO registry.aliases (name, alias, version) VALUES ($1, $2, $3) ON CONFLICT (name, alias) DO UPDATE SET version = excluded.version`,
      name,
      alias,
      version,
    ),
  ],
  AliasDeleted: ({ name, alias }) => [sql('DELETE FROM registry.aliases WHERE name = $1 AND alias = $2', name, alias)],
  StageTransitioned: ({ name, version, to, timestamp }) => [touchVersion(name, version, 'current_stage = $4', [to], timestamp), touchModel(name, timestamp)],
};

/** The statements that apply one event. */
export function projection(event: ProjectedEvent): Statement[] {
  const handler = PROJECTIONS[event.type] as Handler<RegistryEventType>;
  return handler(event.data as never, event.occurredAt);
}

/** Anything that runs SQL: a pool client in a transaction. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

export async function project(db: Queryable, events: readonly ProjectedEvent[]): Promise<void> {
  for (const event of events) {
    for (const statement of projection(event)) await db.query(statement.text, statement.values);
  }
}
