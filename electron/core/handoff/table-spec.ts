import type { TableName } from '../../../shared/handoff/schema';
import type { Db } from '../vault/connection';

/**
 * How each record kind of a snapshot maps onto the vault: its SQL table, its key, which columns
 * hold booleans or JSON, and how to select a production's rows. Reading, writing and merging are
 * generic over this list, so a domain joins the handoff by adding its specs (in dependency order:
 * a table comes after the tables its foreign keys point at).
 */
export interface TableSpec {
  name: TableName | 'production';
  table: string;
  /** Key fields (camelCase); records are matched by these across vaults. */
  key: readonly string[];
  /** SELECT of this production's rows, in a stable order; `@productionId` is bound. */
  select: string;
  bools?: readonly string[];
  json?: readonly string[];
  /** Columns that stay in this vault (local sequence numbers): never exported, never compared. */
  omit?: readonly string[];
  /** Rows are never edited (the vault's triggers refuse it): an import appends missing ones only. */
  appendOnly?: boolean;
  /** Adjusts a record (camelCase fields, never mutated) just before it is inserted into this vault. */
  beforeInsert?: (db: Db, record: Record<string, unknown>) => Record<string, unknown>;
  /** Why a CHECK-constraint refusal happened, in the user's words, when the generic reason is too vague. */
  refusal?: string;
  /** How a user recognises the record in a conflict list. */
  label: (record: Record<string, unknown>, names: NameIndex) => string;
}

/** Looks up display names for conflict labels. */
export interface NameIndex {
  person(id: unknown): string;
  scene(id: unknown): string;
}
