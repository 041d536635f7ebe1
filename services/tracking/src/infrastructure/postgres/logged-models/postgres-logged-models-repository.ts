import { NewEvent } from '@cairn/contracts';
import { appendInTransaction } from '@cairn/event-store';
import { Pool, withTransaction } from '@cairn/postgres';
import { LoggedModel, LoggedModelMetric, LoggedModelStatus } from '../../../domain/logged-model';
import { LifecycleStage, Param, Tag } from '../../../domain/model';
import { LoggedModelSearch, LoggedModelsRepository } from '../../../application/logged-model-ports';
import {
  insertLoggedModel,
  insertModelMetrics,
  insertModelParams,
  removeModelTag,
  selectActiveModelIds,
  updateModelLifecycle,
  updateModelStatus,
  upsertModelTags,
  upsertRunOutputs,
} from './logged-models';
import { loadLoggedModels } from './load-logged-models';
import { searchLoggedModels } from './search-logged-models';

/** The LoggedModelsRepository port on PostgreSQL (schema `tracking`). */
export class PostgresLoggedModelsRepository implements LoggedModelsRepository {
  constructor(private readonly pool: Pool) {}

  async createModel(model: LoggedModel, logged: { stream: string; event: NewEvent } | null) {
    await withTransaction(this.pool, async (db) => {
      await insertLoggedModel(db, model);
      await upsertModelTags(db, model.modelId, model.tags);
      await insertModelParams(db, model.modelId, model.params);
      // Last, so the event store's append lock is held only briefly.
      if (logged) await appendInTransaction(db, logged.stream, [logged.event], 'any');
    });
  }

  async getModel(modelId: string, allowDeleted: boolean) {
    const [model] = await loadLoggedModels(this.pool, [modelId]);
    if (!model || (!allowDeleted && model.lifecycleStage === 'deleted')) return null;
    return model;
  }

  updateStatus(modelId: string, decide: (current: LoggedModelStatus) => LoggedModelStatus, now: number) {
    return withTransaction(this.pool, async (db) => {
      const [current] = await loadLoggedModels(db, [modelId], true);
      if (!current || current.lifecycleStage === 'deleted') return null;
      const status = decide(current.status);
      await updateModelStatus(db, modelId, status, now);
      return { ...current, status, lastUpdatedTimestampMs: now };
    });
  }

  async setLifecycle(modelId: string, stage: LifecycleStage, now: number) {
    await updateModelLifecycle(this.pool, modelId, stage, now);
  }

  async setTags(modelId: string, tags: Tag[], now: number) {
    await withTransaction(this.pool, async (db) => {
      await upsertModelTags(db, modelId, tags);
      await db.query(`UPDATE tracking.logged_models SET last_updated_timestamp_ms = $2 WHERE model_id = $1`, [modelId, now]);
    });
  }

  deleteTag(modelId: string, key: string) {
    return removeModelTag(this.pool, modelId, key);
  }

  async logParams(modelId: string, params: Param[]) {
    await withTransaction(this.pool, (db) => insertModelParams(db, modelId, params));
  }

  async logMetrics(metrics: LoggedModelMetric[]) {
    await insertModelMetrics(this.pool, metrics);
  }

  async logOutputs(runId: string, outputs: Array<{ modelId: string; step: number }>) {
    await upsertRunOutputs(this.pool, runId, outputs);
  }

  activeModelIds(modelIds: string[]) {
    return selectActiveModelIds(this.pool, modelIds);
  }

  search(search: LoggedModelSearch) {
    return searchLoggedModels(this.pool, search);
  }
}
