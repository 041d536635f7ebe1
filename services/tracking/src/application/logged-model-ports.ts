import { NewEvent } from '@cairn/contracts';
import { LoggedModel, LoggedModelMetric, LoggedModelStatus } from '../domain/logged-model';
import { LifecycleStage, Param, Tag } from '../domain/model';
import { LoggedModelClause, LoggedModelOrder } from '../domain/search/logged-model-filter';
import { Page } from './ports';

export interface LoggedModelSearch {
  experimentIds: string[];
  clauses: LoggedModelClause[];
  datasets: Array<{ name: string; digest?: string }>;
  orderBy: LoggedModelOrder[];
  offset: number;
  limit: number;
}

/** The logged-model persistence port (infrastructure/postgres/logged-models implements it). */
export interface LoggedModelsRepository {
  /** Writes the model, its tags and params, and appends `event` (if any) to its stream, in one transaction. */
  createModel(model: LoggedModel, event: { stream: string; event: NewEvent } | null): Promise<void>;
  getModel(modelId: string, allowDeleted: boolean): Promise<LoggedModel | null>;
  /** Reads the (active) model locked, lets `decide` pick the next status and writes it; null when absent. */
  updateStatus(
    modelId: string,
    decide: (current: LoggedModelStatus) => LoggedModelStatus,
    now: number,
  ): Promise<LoggedModel | null>;
  setLifecycle(modelId: string, stage: LifecycleStage, now: number): Promise<void>;
  setTags(modelId: string, tags: Tag[], now: number): Promise<void>;
  deleteTag(modelId: string, key: string): Promise<boolean>;
  /** A param logged before with another value throws INVALID_PARAMETER_VALUE and writes nothing. */
  logParams(modelId: string, params: Param[]): Promise<void>;
  logMetrics(metrics: LoggedModelMetric[]): Promise<void>;
  logOutputs(runId: string, outputs: Array<{ modelId: string; step: number }>): Promise<void>;
  /** Which of `modelIds` exist and are active. */
  activeModelIds(modelIds: string[]): Promise<Set<string>>;
  search(search: LoggedModelSearch): Promise<Page<LoggedModel>>;
}
