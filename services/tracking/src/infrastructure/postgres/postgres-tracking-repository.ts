import { NewEvent } from '@cairn/contracts';
import { appendInTransaction } from '@cairn/event-store';
import { Pool, PoolClient, withTransaction } from '@cairn/postgres';
import { DatasetInput, Experiment, RunInfo, Tag } from '../../domain/model';
import { runStream } from '../../domain/run-events';
import { Batch } from '../../domain/validation';
import { ExperimentSearch, RunSearch, TrackingRepository } from '../../application/ports';
import { experimentExists } from '../../application/errors';
import {
  insertExperiment,
  removeExperimentTag,
  selectExperiment,
  updateExperimentLifecycle,
  updateExperimentName,
  upsertExperimentTags,
} from './experiments';
import { loadRuns } from './load-runs';
import { writeBatch } from './log-batch';
import { datasetSummaries, writeInputs } from './log-inputs';
import { metricHistory, metricHistoryBulkInterval } from './metric-history';
import { insertRun, removeRunTag, selectRunInfo, updateRunLifecycle, updateRunRow, upsertRunTags } from './runs';
import { searchExperiments } from './search-experiments';
import { searchRuns } from './search-runs';

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';

/**
 * The TrackingRepository port on PostgreSQL. Coarse events are appended to `run-<id>` in the transaction that
 * writes the rows (appendInTransaction), and last, so the event store's append lock is held only briefly.
 */
export class PostgresTrackingRepository implements TrackingRepository {
  constructor(private readonly pool: Pool) {}

  private async appendEvents(db: PoolClient, runId: string, events: NewEvent[]) {
    if (events.length === 0) return;
    await appendInTransaction(db, runStream(runId), events, 'any');
  }

  async createExperiment(name: string, artifactLocation: string | undefined, tags: Tag[], now: number) {
    try {
      return await withTransaction(this.pool, async (db) => {
        const id = await insertExperiment(db, name, artifactLocation, now);
        await upsertExperimentTags(db, id, tags);
        return id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw experimentExists(name);
      throw error;
    }
  }

  getExperiment(experimentId: string): Promise<Experiment | null> {
    return selectExperiment(this.pool, 'id', experimentId);
  }

  getExperimentByName(name: string): Promise<Experiment | null> {
    return selectExperiment(this.pool, 'name', name);
  }

  searchExperiments(search: ExperimentSearch) {
    return searchExperiments(this.pool, search);
  }

  async setExperimentLifecycle(experimentId: string, stage: 'active' | 'deleted', now: number) {
    await withTransaction(this.pool, (db) => updateExperimentLifecycle(db, experimentId, stage, now));
  }

  async renameExperiment(experimentId: string, name: string, now: number) {
    try {
      await updateExperimentName(this.pool, experimentId, name, now);
    } catch (error) {
      if (isUniqueViolation(error)) throw experimentExists(name);
      throw error;
    }
  }

  setExperimentTag(experimentId: string, tag: Tag) {
    return upsertExperimentTags(this.pool, experimentId, [tag]);
  }

  deleteExperimentTag(experimentId: string, key: string) {
    return removeExperimentTag(this.pool, experimentId, key);
  }

  async createRun(info: RunInfo, tags: Tag[], events: NewEvent[]) {
    await withTransaction(this.pool, async (db) => {
      await insertRun(db, info);
      await upsertRunTags(db, info.runId, tags);
      await this.appendEvents(db, info.runId, events);
    });
  }

  async getRun(runId: string) {
    const [run] = await loadRuns(this.pool, [runId]);
    return run ?? null;
  }

  getRunInfo(runId: string) {
    return selectRunInfo(this.pool, runId);
  }

  updateRun(runId: string, decide: (previous: RunInfo) => { next: RunInfo; events: NewEvent[] }) {
    return withTransaction(this.pool, async (db) => {
      const previous = await selectRunInfo(db, runId, true);
      if (!previous) return null;
      const { next, events } = decide(previous);
      await updateRunRow(db, next);
      await this.appendEvents(db, runId, events);
      return next;
    });
  }

  async setRunLifecycle(runId: string, stage: 'active' | 'deleted', now: number) {
    await updateRunLifecycle(this.pool, runId, stage, now);
  }

  logBatch(runId: string, batch: Batch) {
    return writeBatch(this.pool, runId, batch);
  }

  deleteTag(runId: string, key: string) {
    return removeRunTag(this.pool, runId, key);
  }

  searchRuns(search: RunSearch) {
    return searchRuns(this.pool, search);
  }

  metricHistory(runId: string, key: string, offset: number, limit: number) {
    return metricHistory(this.pool, runId, key, offset, limit);
  }

  metricHistoryBulkInterval(runIds: string[], key: string, startStep: number | undefined, endStep: number | undefined, maxResults: number) {
    return metricHistoryBulkInterval(this.pool, runIds, key, startStep, endStep, maxResults);
  }

  datasetSummaries(experimentIds: string[], limit: number) {
    return datasetSummaries(this.pool, experimentIds, limit);
  }

  async logInputs(run: RunInfo, inputs: DatasetInput[], eventsFor: (fresh: DatasetInput[]) => NewEvent[]) {
    await withTransaction(this.pool, async (db) => {
      const fresh = await writeInputs(db, run, inputs);
      await this.appendEvents(db, run.runId, eventsFor(fresh));
    });
  }
}
