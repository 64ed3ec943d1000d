import { AppError } from '../../../shared/kit/errors';
import type { Db } from '../vault/connection';

/** A chain head held outside the vault: how many entries the production's chain had, and the last hash. */
export interface ChainHead {
  productionId?: string;
  count: number;
  hash: string;
}

/** The head of a production's chain now: what every export prints, so a later rewrite shows. */
export function chainHead(db: Db, productionId: string): ChainHead {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS count, (SELECT hash FROM audit_entry WHERE production_id = @p ORDER BY seq DESC LIMIT 1) AS hash
       FROM audit_entry WHERE production_id = @p`,
    )
    .get({ p: productionId }) as { count: number; hash: string | null };
  return { productionId, count: row.count, hash: row.hash ?? '' };
}

/** Reads a head written as `count:hash`. */
export function parseHead(text: string): ChainHead | null {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  return m?.[1] && m[2] ? { count: Number(m[1]), hash: m[2] } : null;
}

/**
 * Whether the vault's chain still holds this head at its position. Without a production, every
 * chain is searched. Throws a VAULT_DAMAGED error saying what happened when it does not.
 */
export function assertHeadInChain(db: Db, head: ChainHead): void {
  const chains = head.productionId
    ? [head.productionId]
    : (db.prepare('SELECT DISTINCT production_id AS p FROM audit_entry').all() as { p: string }[]).map((r) => r.p);
  let longest = 0;
  for (const p of chains) {
    const rows = db
      .prepare('SELECT hash FROM audit_entry WHERE production_id = ? ORDER BY seq LIMIT 1 OFFSET ?')
      .all(p, head.count - 1) as { hash: string }[];
    if (rows[0]?.hash === head.hash) return;
    longest = Math.max(
      longest,
      (db.prepare('SELECT COUNT(*) AS n FROM audit_entry WHERE production_id = ?').get(p) as { n: number }).n,
    );
  }
  const what =
    head.productionId && longest < head.count
      ? `the chain has ${longest} entries where the anchor saw ${head.count}: entries were cut from its end`
      : `entry ${head.count} no longer has the anchored hash ${head.hash.slice(0, 12)}: the trail was rewritten (an entry erased or edited and the chain rehashed)`;
  throw new AppError('VAULT_DAMAGED', `audit trail does not match the anchor: ${what}`);
}
