import type { Production } from '../../../shared/productions/schema';

/** A `production` row as SQLite returns it, so every reader names the same columns. */
export interface ProductionRow {
  id: string;
  title: string;
  type: Production['type'];
  company: string;
  union_status: Production['unionStatus'];
  start_date: string | null;
  end_date: string | null;
  time_zone: string;
  status: Production['status'];
  notice_hours: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** The one mapping from a `production` row to the Production the command table promises. */
export function productionFromRow(r: ProductionRow): Production {
  return {
    id: r.id,
    title: r.title,
    type: r.type,
    company: r.company,
    unionStatus: r.union_status,
    startDate: r.start_date,
    endDate: r.end_date,
    timeZone: r.time_zone,
    status: r.status,
    noticeHours: r.notice_hours,
    archivedAt: r.archived_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
