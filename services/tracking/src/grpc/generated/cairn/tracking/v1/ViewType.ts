// Original file: proto/cairn/tracking/v1/entities.proto

/**
 * Whether a search returns active, deleted or all entities.
 */
export const ViewType = {
  /**
   * Treated as VIEW_TYPE_ACTIVE_ONLY.
   */
  VIEW_TYPE_UNSPECIFIED: 'VIEW_TYPE_UNSPECIFIED',
  VIEW_TYPE_ACTIVE_ONLY: 'VIEW_TYPE_ACTIVE_ONLY',
  VIEW_TYPE_DELETED_ONLY: 'VIEW_TYPE_DELETED_ONLY',
  VIEW_TYPE_ALL: 'VIEW_TYPE_ALL',
} as const;

/**
 * Whether a search returns active, deleted or all entities.
 */
export type ViewType =
  /**
   * Treated as VIEW_TYPE_ACTIVE_ONLY.
   */
  | 'VIEW_TYPE_UNSPECIFIED'
  | 0
  | 'VIEW_TYPE_ACTIVE_ONLY'
  | 1
  | 'VIEW_TYPE_DELETED_ONLY'
  | 2
  | 'VIEW_TYPE_ALL'
  | 3

/**
 * Whether a search returns active, deleted or all entities.
 */
export type ViewType__Output = typeof ViewType[keyof typeof ViewType]
