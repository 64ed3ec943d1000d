import type { TrashItem } from '../../../shared/trash/schema';

/**
 * One row of the Recently deleted union: every source selects, in order, its kind, id, production,
 * title, detail and deletion time, and the production's title is joined on (`production_title`).
 */
export interface TrashRow {
  kind: TrashItem['kind'];
  id: string;
  production_id: string | null;
  production_title: string | null;
  title: string;
  detail: string;
  deleted_at: string;
}

/** The one mapping from a TrashRow to a TrashItem. */
export function trashItemFromRow(r: TrashRow): TrashItem {
  return {
    kind: r.kind,
    id: r.id,
    productionId: r.production_id,
    productionTitle: r.production_title,
    title: r.title,
    detail: r.detail,
    deletedAt: r.deleted_at,
  };
}
