import { EventData, latestMetricValues } from '@cairn/contracts';
import { Evaluate } from './decision';

/** A model version's lineage as the registry records it (ModelVersionRegistered.lineage). */
export type RegistryLineage = EventData<'ModelVersionRegistered'>['lineage'];

/**
 * The facts an Evaluate needs, from what the registry knows of the version: its tags, and its lineage's run,
 * datasets, git commit and metrics snapshot (each metric's latest value: `latestMetricValues`). Data-quality
 * results are not in the lineage; the adapter adds them (`dataQuality`) from wherever they are kept.
 */
export function factsFromRegistry(
  lineage: RegistryLineage,
  tags: readonly { key: string; value: string }[] = [],
): Pick<Evaluate['data'], 'model' | 'metrics' | 'lineage'> {
  return {
    model: { tags: Object.fromEntries(tags.map(({ key, value }) => [key, value])) },
    metrics: latestMetricValues(lineage.metrics),
    lineage: {
      ...(lineage.runId ? { run: lineage.runId } : {}),
      datasets: lineage.datasets.map((d) => ({
        name: d.name,
        digest: d.digest,
        source: d.source ?? '',
        ...(d.context ? { context: d.context } : {}),
      })),
      ...(lineage.codeVersion.gitCommit ? { codeVersion: lineage.codeVersion.gitCommit } : {}),
    },
  };
}
