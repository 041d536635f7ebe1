import { EventMetadata, NewEvent } from '@cairn/contracts';
import { Batch } from '../domain/validation';
import { DatasetInput, Experiment, LifecycleStage, Metric, Run, RunInfo, Tag, ViewType } from '../domain/model';
import { ExperimentClause } from '../domain/search/experiment-filter';
import { ExperimentOrder, RunOrder } from '../domain/search/order-by';
import { RunClause } from '../domain/search/run-filter';

/** Who and when, set by the adapter (STYLE.md rule 3): the core never reads a clock or a request. */
export interface CommandContext extends EventMetadata {
  /** Milliseconds since the epoch at which the command was accepted. */
  now: number;
}

export interface Page<T> {
  items: T[];
  /** Whether more rows follow the page (the repository reads one extra row). */
  more: boolean;
}

export interface RunSearch {
  experimentIds: string[];
  clauses: RunClause[];
  orderBy: RunOrder[];
  viewType: ViewType;
  offset: number;
  limit: number;
}

export interface ExperimentSearch {
  clauses: ExperimentClause[];
  orderBy: ExperimentOrder[];
  viewType: ViewType;
  offset: number;
  limit: number;
}

export interface MetricWithRunId extends Metric {
  runId: string;
}

/** Tracking's persistence port; the PostgreSQL adapter implements it (infrastructure/postgres). */
export interface TrackingRepository {
  createExperiment(name: string, artifactLocation: string | undefined, tags: Tag[], now: number): Promise<string>;
  getExperiment(experimentId: string): Promise<Experiment | null>;
  getExperimentByName(name: string): Promise<Experiment | null>;
  searchExperiments(search: ExperimentSearch): Promise<Page<Experiment>>;
  setExperimentLifecycle(experimentId: string, stage: 'active' | 'deleted', now: number): Promise<void>;
  renameExperiment(experimentId: string, name: string, now: number): Promise<void>;
  setExperimentTag(experimentId: string, tag: Tag): Promise<void>;
  deleteExperimentTag(experimentId: string, key: string): Promise<boolean>;

  createRun(info: RunInfo, tags: Tag[], events: NewEvent[]): Promise<void>;
  getRun(runId: string): Promise<Run | null>;
  getRunInfo(runId: string): Promise<RunInfo | null>;
  /** Reads the run locked, lets `decide` compute the next state and events, writes both in one transaction. */
  updateRun(runId: string, decide: (previous: RunInfo) => { next: RunInfo; events: NewEvent[] }): Promise<RunInfo | null>;
  setRunLifecycle(runId: string, stage: 'active' | 'deleted', now: number): Promise<void>;
  /**
   * All or nothing, and only into an active run: returns the run's lifecycle stage as the write saw it (`null`: no
   * such run), having written nothing unless it is 'active'. A param logged before with another value throws
   * INVALID_PARAMETER_VALUE and writes nothing.
   */
  logBatch(runId: string, batch: Batch): Promise<LifecycleStage | null>;
  deleteTag(runId: string, key: string): Promise<boolean>;
  searchRuns(search: RunSearch): Promise<Page<Run>>;
  metricHistory(runId: string, key: string, offset: number, limit: number): Promise<Page<Metric>>;
  metricHistoryBulkInterval(
    runIds: string[],
    key: string,
    startStep: number | undefined,
    endStep: number | undefined,
    maxResults: number,
  ): Promise<MetricWithRunId[]>;
  /** Distinct (experiment, dataset name, digest, context) of the inputs logged in these experiments. */
  datasetSummaries(experimentIds: string[], limit: number): Promise<DatasetSummary[]>;
  /** Writes new inputs and the events for the datasets that were new to the run. */
  logInputs(
    run: RunInfo,
    inputs: DatasetInput[],
    eventsFor: (newInputs: DatasetInput[]) => NewEvent[],
  ): Promise<void>;
}

/** One row of the UI's search-datasets: a dataset as used by runs of an experiment, in one context. */
export interface DatasetSummary {
  experimentId: string;
  name: string;
  digest: string;
  context: string | null;
}
