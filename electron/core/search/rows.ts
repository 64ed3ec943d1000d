import type { SearchHit } from '../../../shared/search/schema';

/** A `search_doc` row matched by the index, with its production's title and the body snippet. */
export interface HitRow {
  kind: string;
  entity_id: string;
  production_id: string | null;
  parent_id: string | null;
  production_title: string | null;
  title: string;
  detail: string;
  snippet: string;
}

/** The one mapping from a HitRow to a SearchHit. */
export function searchHitFromRow(r: HitRow): SearchHit {
  return {
    kind: r.kind,
    id: r.entity_id,
    productionId: r.production_id,
    parentId: r.parent_id,
    productionTitle: r.production_title,
    title: r.title,
    detail: r.detail,
    snippet: r.snippet,
  };
}
