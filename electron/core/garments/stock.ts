import type { Movement, StockRow, Variant } from '../../../shared/garments/schema';
import {
  type Balances,
  bucketKey,
  figures,
  type MovementKind,
  planMovement,
  type StockState,
} from '../../../shared/garments/stock';
import { AppError } from '../../../shared/kit/errors';
import { appendAudit } from '../audit/trail';
import { stmt } from '../kit/statements';
import { getPerson } from '../people/people';
import { getProduction } from '../productions/productions';
import { SCENE_REF_COLUMNS, type SceneRefRow, sceneRefFromRow } from '../scenes/rows';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import { allergyWarnings, getVariant, listVariants } from './catalog';
import {
  type BalanceRow,
  balanceFromRow,
  type LedgerStepRow,
  ledgerStepFromRow,
  MOVEMENT_SELECT,
  type MovementRow,
  movementFromRow,
  movementFromStored,
  type StoredMovementRow,
  storedMovementFromRow,
} from './rows';

/** The balances of one variant in one production, read from the trigger-kept sums. */
export function balancesOf(db: Db, productionId: string, variantId: string): Balances {
  const rows = stmt(
    db,
    'SELECT state, lot, quantity FROM garment_balance WHERE production_id = ? AND variant_id = ?',
  ).all(productionId, variantId) as Omit<BalanceRow, 'variant_id'>[];
  const b: Balances = {};
  for (const r of rows) if (r.quantity !== 0) b[bucketKey(r.state, r.lot)] = r.quantity;
  return b;
}

/** Every variant's balances in a production, in one indexed read. */
export function allBalances(db: Db, productionId: string): Map<string, Balances> {
  const rows = stmt(
    db,
    'SELECT variant_id, state, lot, quantity FROM garment_balance WHERE production_id = ? AND quantity <> 0',
  ).all(productionId) as BalanceRow[];
  const out = new Map<string, Balances>();
  for (const r of rows.map(balanceFromRow)) {
    let b = out.get(r.variantId);
    if (!b) {
      b = {};
      out.set(r.variantId, b);
    }
    b[bucketKey(r.state, r.lot)] = r.quantity;
  }
  return out;
}

export const isLow = (v: Variant, available: number): boolean =>
  v.reorderThreshold > 0 && available < v.reorderThreshold;

export function stockRow(v: Variant, b: Balances): StockRow {
  const f = figures(b);
  return { variant: v, figures: f, low: isLow(v, f.available) };
}

/** Stock for every live variant (and any retired one the production still holds). */
export function listStock(db: Db, productionId: string): StockRow[] {
  getProduction(db, productionId);
  const balances = allBalances(db, productionId);
  return listVariants(db, undefined, true)
    .filter((v) => !v.deletedAt || balances.has(v.id))
    .map((v) => stockRow(v, balances.get(v.id) ?? {}));
}

export function listLedger(
  db: Db,
  q: { productionId: string; variantId?: string | undefined; beforeSeq?: number | undefined; limit: number },
): Movement[] {
  getProduction(db, q.productionId);
  const where = ['m.production_id = @productionId'];
  if (q.variantId) where.push('m.variant_id = @variantId');
  if (q.beforeSeq) where.push('m.seq < @beforeSeq');
  return (
    stmt(db, `${MOVEMENT_SELECT} WHERE ${where.join(' AND ')} ORDER BY m.seq DESC LIMIT @limit`).all({
      productionId: q.productionId,
      variantId: q.variantId,
      beforeSeq: q.beforeSeq,
      limit: q.limit,
    }) as MovementRow[]
  ).map(movementFromRow);
}

/** Every movement of a production, oldest first, streamed (for the CSV export). */
export function* iterateLedger(db: Db, productionId: string): Generator<Movement> {
  // Names are looked up once per variant, person and scene rather than joined into 100,000 rows.
  const variants = new Map(
    listVariants(db, undefined, true).map((v) => [v.id, { label: v.label, code: v.code }] as const),
  );
  const names = new Map<string, string>();
  const personName = db.prepare('SELECT name FROM person WHERE id = ?').pluck();
  const sceneNumber = db.prepare('SELECT number FROM scene WHERE id = ?').pluck();
  const lookup = (kind: 'p' | 's', id: string | null): string | null => {
    if (id === null) return null;
    const key = `${kind}${id}`;
    let v = names.get(key);
    if (v === undefined) {
      v = String((kind === 'p' ? personName : sceneNumber).get(id) ?? '');
      names.set(key, v);
    }
    return v;
  };
  // Reversals are few: read their links once rather than looking each row up.
  const reversedBy = new Map(
    (
      db
        .prepare('SELECT reverses, seq FROM garment_movement WHERE production_id = ? AND reverses IS NOT NULL')
        .all(productionId) as { reverses: string; seq: number }[]
    ).map((r) => [r.reverses, r.seq] as const),
  );
  const seqOf = new Map<string, number>();
  const rows = db
    .prepare('SELECT * FROM garment_movement WHERE production_id = ? ORDER BY seq')
    .iterate(productionId) as IterableIterator<StoredMovementRow>;
  for (const row of rows) {
    const m = storedMovementFromRow(row);
    const v = variants.get(m.variantId);
    const reversedBySeq = reversedBy.get(m.id) ?? null;
    if (reversedBySeq !== null) seqOf.set(m.id, m.seq);
    yield movementFromStored(m, {
      variantLabel: v?.label ?? '',
      variantCode: v?.code ?? '',
      personName: lookup('p', m.personId),
      sceneNumber: lookup('s', m.sceneId),
      reversesSeq: m.reverses ? (seqOf.get(m.reverses) ?? null) : null,
      reversedBySeq,
    });
  }
}

/** A movement as the command parses it; the demo and imports build the same shape directly. */
export interface RecordInput {
  kind: MovementKind;
  productionId: string;
  variantId: string;
  quantity?: number | undefined;
  counted?: number | undefined;
  personId?: string | null;
  sceneId?: string | null;
  acknowledgeAllergy?: boolean;
  note?: string;
}

/**
 * Records one movement, or refuses it with the reason, atomically: the rule check, the ledger rows,
 * the balances (kept by a trigger, which also refuses any negative bucket) and the audit entry all
 * commit together or not at all.
 */
export function recordInTx(db: Db, input: RecordInput, at = new Date().toISOString()): Movement[] {
  getProduction(db, input.productionId);
  const variant = getVariant(db, input.variantId);
  const personId = input.personId ?? null;
  const note = input.note ?? '';
  const person = personId ? getPerson(db, personId) : null;
  const sceneId = input.sceneId ?? null;
  if (sceneId) {
    const row = stmt(db, `SELECT ${SCENE_REF_COLUMNS} FROM scene WHERE id = ?`).get(sceneId) as SceneRefRow | undefined;
    if (!row || sceneRefFromRow(row).productionId !== input.productionId)
      throw new AppError('NOT_FOUND', 'That scene is not in this production', {
        issues: [{ path: 'sceneId', message: 'No such scene in this production' }],
      });
  }
  if (variant.deletedAt && input.kind === 'received')
    throw new AppError(
      'RULE_VIOLATION',
      `${variant.label} is retired from the catalog: restore it before receiving stock.`,
      {
        issues: [{ path: 'variantId', message: 'Retired variant' }],
      },
    );
  if (input.kind === 'issued' && person) {
    const warnings = allergyWarnings(person, variant);
    if (warnings.length > 0 && !input.acknowledgeAllergy) {
      throw new AppError('RULE_VIOLATION', `${warnings.join(' ')} Confirm the allergy warning to issue it anyway.`, {
        issues: [{ path: 'acknowledgeAllergy', message: 'Acknowledge the allergy to issue this item' }],
        detail: { needsAcknowledgement: 'adhesive-allergy', warnings },
      });
    }
  }
  const quantity = (input.kind === 'counted' ? input.counted : input.quantity) ?? 0;
  const plan = planMovement(
    balancesOf(db, input.productionId, variant.id),
    { kind: input.kind, quantity, care: variant.care, personId },
    `${variant.label} (${variant.code})`,
    person?.name,
    (id) => getPerson(db, id).name,
  );
  if (!plan.ok) {
    throw new AppError('RULE_VIOLATION', plan.reason, {
      issues: [{ path: input.kind === 'counted' ? 'counted' : 'quantity', message: plan.reason }],
      detail: { variantId: variant.id, ...plan.detail },
    });
  }
  const insert = stmt(
    db,
    `INSERT INTO garment_movement (id, production_id, variant_id, kind, quantity, from_state, from_lot, to_state, to_lot,
       person_id, scene_id, counted, allergy_acknowledged, note, at, created_at, updated_at)
     VALUES (@id, @productionId, @variantId, @kind, @quantity, @fromState, @fromLot, @toState, @toLot,
       @personId, @sceneId, @counted, @ack, @note, @at, @at, @at)`,
  );
  const ids: string[] = [];
  for (const t of plan.transitions) {
    const id = newId();
    ids.push(id);
    insert.run({
      id,
      productionId: input.productionId,
      variantId: variant.id,
      kind: input.kind,
      ...t,
      personId,
      sceneId,
      counted: plan.counted,
      ack:
        input.kind === 'issued' &&
        input.acknowledgeAllergy &&
        person !== null &&
        allergyWarnings(person, variant).length > 0
          ? 1
          : 0,
      note,
      at,
    });
    appendAudit(
      db,
      {
        productionId: input.productionId,
        entity: 'garment_movement',
        entityId: id,
        action: input.kind,
        newValue: { variantId: variant.id, ...t, personId, sceneId, counted: plan.counted, note },
      },
      at,
    );
  }
  return ids.map((id) => movementFromRow(stmt(db, `${MOVEMENT_SELECT} WHERE m.id = ?`).get(id) as MovementRow));
}

export function recordMovement(db: Db, input: RecordInput): { movements: Movement[]; stock: StockRow } {
  return db.transaction(() => {
    const movements = recordInTx(db, input);
    const variant = getVariant(db, input.variantId);
    return { movements, stock: stockRow(variant, balancesOf(db, input.productionId, variant.id)) };
  })();
}

const BUCKET_NAMES: Record<StockState, string> = { store: 'on hand', issued: 'issued', laundry: 'in the laundry' };

/**
 * Takes movements back without touching history: each gets its mirror image appended (same kind,
 * buckets swapped, linked by `reverses`), so the ledger reads "#12 received 5, #13 reversal of
 * #12". All or none: a reversal that would take a bucket below zero (the units were issued or
 * used since) is refused with what stands in the way, and so is a second reversal of the same movement.
 */
export function reverseMovements(db: Db, ids: readonly string[]): { movements: Movement[]; stock: StockRow[] } {
  return db.transaction(() => {
    const at = new Date().toISOString();
    const out: string[] = [];
    const touched = new Map<string, { productionId: string; variantId: string }>();
    // Newest first, so a split issue comes back in the order it went out.
    const rows = [...new Set(ids)].map((id) => {
      const row = stmt(db, 'SELECT * FROM garment_movement WHERE id = ?').get(id) as StoredMovementRow | undefined;
      if (!row)
        throw new AppError('NOT_FOUND', 'No such stock movement', {
          issues: [{ path: 'movementId', message: 'No such movement' }],
        });
      return storedMovementFromRow(row);
    });
    rows.sort((a, b) => b.seq - a.seq);
    for (const m of rows) {
      if (m.reverses) {
        throw new AppError('CONFLICT', `Movement #${m.seq} is itself a reversal: record the movement again instead.`, {
          issues: [{ path: 'movementId', message: 'Already a reversal' }],
        });
      }
      const already = stmt(db, 'SELECT seq FROM garment_movement WHERE reverses = ?').get(m.id) as
        | { seq: number }
        | undefined;
      if (already) {
        throw new AppError('CONFLICT', `Movement #${m.seq} was already reversed by #${already.seq}.`, {
          issues: [{ path: 'movementId', message: 'Already reversed' }],
        });
      }
      const variant = getVariant(db, m.variantId);
      if (m.toState !== 'none') {
        const have = balancesOf(db, m.productionId, m.variantId)[bucketKey(m.toState, m.toLot)] ?? 0;
        if (have < m.quantity) {
          const whose = m.toLot ? ` (${getPerson(db, m.toLot).name}'s lot)` : '';
          const reason = `Cannot reverse #${m.seq}: it needs ${m.quantity} of ${variant.label} (${variant.code}) ${BUCKET_NAMES[m.toState]}${whose}, and only ${have} are there now. Record what happened since with a movement instead.`;
          throw new AppError('RULE_VIOLATION', reason, {
            issues: [{ path: 'movementId', message: reason }],
            detail: { variantId: m.variantId, have, needed: m.quantity },
          });
        }
      }
      const id = newId();
      const note = `Reversal of #${m.seq}`;
      stmt(
        db,
        `INSERT INTO garment_movement (id, production_id, variant_id, kind, quantity, from_state, from_lot, to_state, to_lot,
           person_id, scene_id, counted, allergy_acknowledged, note, at, reverses, created_at, updated_at)
         VALUES (@id, @productionId, @variantId, @kind, @quantity, @fromState, @fromLot, @toState, @toLot,
           @personId, @sceneId, NULL, 0, @note, @at, @reverses, @at, @at)`,
      ).run({
        id,
        productionId: m.productionId,
        variantId: m.variantId,
        kind: m.kind,
        quantity: m.quantity,
        fromState: m.toState,
        fromLot: m.toLot,
        toState: m.fromState,
        toLot: m.fromLot,
        personId: m.personId,
        sceneId: m.sceneId,
        note,
        at,
        reverses: m.id,
      });
      appendAudit(
        db,
        {
          productionId: m.productionId,
          entity: 'garment_movement',
          entityId: id,
          action: 'reverse',
          newValue: { variantId: m.variantId, reverses: m.id, reversesSeq: m.seq, quantity: m.quantity, note },
        },
        at,
      );
      out.push(id);
      touched.set(`${m.productionId}|${m.variantId}`, { productionId: m.productionId, variantId: m.variantId });
    }
    return {
      movements: out.map((id) => movementFromRow(stmt(db, `${MOVEMENT_SELECT} WHERE m.id = ?`).get(id) as MovementRow)),
      stock: [...touched.values()].map((t) =>
        stockRow(getVariant(db, t.variantId), balancesOf(db, t.productionId, t.variantId)),
      ),
    };
  })();
}

/**
 * A variant's figures at the end of each local day that had movements: the ledger replayed in
 * order through the same arithmetic as everything else.
 */
export function stockSeries(db: Db, productionId: string, variantId: string) {
  const production = getProduction(db, productionId);
  getVariant(db, variantId);
  const rows = stmt(
    db,
    `SELECT quantity, from_state, from_lot, to_state, to_lot, at FROM garment_movement
       WHERE production_id = ? AND variant_id = ? ORDER BY seq`,
  ).iterate(productionId, variantId) as IterableIterator<LedgerStepRow>;
  // One cached formatter: en-CA writes YYYY-MM-DD, and formatting is the series' inner loop.
  const localDate = new Intl.DateTimeFormat('en-CA', {
    timeZone: production.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const points: { date: string; onHand: number; issued: number; inLaundry: number; available: number }[] = [];
  // Running totals per state (and the unworn lot), the same sums `figures` takes, one row at a time.
  const total = { store: 0, issued: 0, laundry: 0, none: 0 };
  let available = 0;
  for (const row of rows) {
    const r = ledgerStepFromRow(row);
    total[r.fromState] -= r.quantity;
    total[r.toState] += r.quantity;
    if (r.fromState === 'store' && r.fromLot === '') available -= r.quantity;
    if (r.toState === 'store' && r.toLot === '') available += r.quantity;
    const date = localDate.format(new Date(r.at));
    const point = { date, onHand: total.store, issued: total.issued, inLaundry: total.laundry, available };
    if (points.at(-1)?.date === date) points[points.length - 1] = point;
    else points.push(point);
  }
  return points;
}
