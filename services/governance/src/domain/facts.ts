import { EventData } from '@cairn/contracts';
import { Evaluate } from './decision';
import { MetricValue } from './model';

/** A model version's lineage as the registry records it (ModelVersionRegistered.lineage). */
export type RegistryLineage = EventData<'ModelVersionRegistered'>['lineage'];

/**
 * The facts an Evaluate needs, from what the registry knows of the version: its tags, and its lineage's run,
 * datasets, git commit and metrics snapshot. A metric logged several times (steps, or per dataset) counts once: the
 * entry with the highest step, then the latest timestamp, then the last listed wins. Data-quality results are not
 * in the lineage; the adapter adds them (`dataQuality`) from wherever they are kept.
 */
export function factsFromRegistry(
  lineage: RegistryLineage,
  tags: readonly { key: string; value: string }[] = [],
): Pick<Evaluate['data'], 'model' | 'metrics' | 'lineage'> {
  const latest = new Map<string, { value: MetricValue; step: number; timestamp: number }>();
  for (const metric of lineage.metrics) {
    const seen = latest.get(metric.key);
    if (!seen || metric.step > seen.step || (metric.step === seen.step && metric.timestamp >= seen.timestamp)) {
      latest.set(metric.key, { value: metric.value, step: metric.step, timestamp: metric.timestamp });
    }
  }
  return {
    model: { tags: Object.fromEntries(tags.map(({ key, value }) => [key, value])) },
    metrics: Object.fromEntries([...latest].map(([key, { value }]) => [key, value])),
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
