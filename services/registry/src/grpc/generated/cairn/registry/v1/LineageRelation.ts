// Original file: proto/cairn/registry/v1/entities.proto

/**
 * Every edge reads as a sentence, `from` <relation> `to`: run TRAINED_ON dataset, run PRODUCED logged model,
 * logged model (or run, for a run-only source) REGISTERED_AS model version, run IN_EXPERIMENT experiment, model
 * version DEPLOYED_AS deployment.
 */
export const LineageRelation = {
  LINEAGE_RELATION_UNSPECIFIED: 'LINEAGE_RELATION_UNSPECIFIED',
  LINEAGE_RELATION_TRAINED_ON: 'LINEAGE_RELATION_TRAINED_ON',
  LINEAGE_RELATION_PRODUCED: 'LINEAGE_RELATION_PRODUCED',
  LINEAGE_RELATION_REGISTERED_AS: 'LINEAGE_RELATION_REGISTERED_AS',
  LINEAGE_RELATION_IN_EXPERIMENT: 'LINEAGE_RELATION_IN_EXPERIMENT',
  LINEAGE_RELATION_DEPLOYED_AS: 'LINEAGE_RELATION_DEPLOYED_AS',
} as const;

/**
 * Every edge reads as a sentence, `from` <relation> `to`: run TRAINED_ON dataset, run PRODUCED logged model,
 * logged model (or run, for a run-only source) REGISTERED_AS model version, run IN_EXPERIMENT experiment, model
 * version DEPLOYED_AS deployment.
 */
export type LineageRelation =
  | 'LINEAGE_RELATION_UNSPECIFIED'
  | 0
  | 'LINEAGE_RELATION_TRAINED_ON'
  | 1
  | 'LINEAGE_RELATION_PRODUCED'
  | 2
  | 'LINEAGE_RELATION_REGISTERED_AS'
  | 3
  | 'LINEAGE_RELATION_IN_EXPERIMENT'
  | 4
  | 'LINEAGE_RELATION_DEPLOYED_AS'
  | 5

/**
 * Every edge reads as a sentence, `from` <relation> `to`: run TRAINED_ON dataset, run PRODUCED logged model,
 * logged model (or run, for a run-only source) REGISTERED_AS model version, run IN_EXPERIMENT experiment, model
 * version DEPLOYED_AS deployment.
 */
export type LineageRelation__Output = typeof LineageRelation[keyof typeof LineageRelation]
