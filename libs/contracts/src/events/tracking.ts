import { z } from 'zod';

/**
 * Tracking's coarse events (metric points and params stay in tracking's own tables, DESIGN.md principle 1).
 * Fields grow with the tracking issue; the names are fixed here.
 */
export const TrackingEvents = {
  RunCreated: z.object({
    runId: z.string().min(1),
    experimentId: z.string().min(1),
    runName: z.string().optional(),
    parentRunId: z.string().optional(),
    userId: z.string().optional(),
    startTime: z.number().int().optional(),
  }),
  RunFinished: z.object({
    runId: z.string().min(1),
    experimentId: z.string().min(1),
    status: z.enum(['FINISHED', 'FAILED', 'KILLED']),
    endTime: z.number().int().optional(),
  }),
  DatasetLogged: z.object({
    runId: z.string().min(1),
    name: z.string().min(1),
    digest: z.string().min(1),
    sourceType: z.string().optional(),
    source: z.string().optional(),
    context: z.string().optional(),
  }),
  ModelLogged: z.object({
    runId: z.string().optional(),
    modelId: z.string().min(1),
    name: z.string().optional(),
    artifactUri: z.string().min(1),
    // Added with MLflow 3 logged models (optional, so older events still parse).
    experimentId: z.string().optional(),
    modelType: z.string().optional(),
  }),
};
