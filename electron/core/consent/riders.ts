import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../../shared/commands';
import { confirmRefusal, minorRiderViolations, termsContradictions } from '../../../shared/consent/rules';
import {
  type RiderDetail,
  type RiderStatus,
  type RiderSummary,
  RiderTerms,
  type RiderVersion,
} from '../../../shared/consent/schema';
import { AppError } from '../../../shared/kit/errors';
import { isMinorOn } from '../../../shared/kit/time';
import { appendAudit, listAudit } from '../audit/trail';
import { getPerson } from '../people/people';
import { getProduction } from '../productions/productions';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import {
  type ConsentCheckInRow,
  consentCheckInFromRow,
  type RiderVersionRow,
  riderSummaryFromRow,
  riderVersionFromRow,
  SUMMARY_SELECT,
  type SummaryRow,
  summaryVersionId,
  type VersionSceneRow,
  versionSceneFromRow,
} from './rows';
import { getTemplate } from './templates';

type SceneRef = RiderSummary['scenes'][number];

/** The scenes of many versions at once (no query per rider). */
export function scenesOfVersions(db: Db, versionIds: readonly string[]): Map<string, SceneRef[]> {
  const out = new Map<string, SceneRef[]>();
  if (versionIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT vs.version_id, s.id, s.number, s.episode, s.deleted_at FROM rider_version_scene vs JOIN scene s ON s.id = vs.scene_id
       WHERE vs.version_id IN (SELECT value FROM json_each(?))
       ORDER BY s.shoot_date IS NULL, s.shoot_date, s.call_time, s.episode, s.number COLLATE NOCASE`,
    )
    .all(JSON.stringify(versionIds)) as VersionSceneRow[];
  for (const { versionId, scene } of rows.map(versionSceneFromRow)) {
    const list = out.get(versionId) ?? [];
    list.push(scene);
    out.set(versionId, list);
  }
  return out;
}

function summaries(db: Db, where: string, params: unknown[]): RiderSummary[] {
  const rows = db
    .prepare(`${SUMMARY_SELECT} WHERE ${where} ORDER BY p.name COLLATE NOCASE, r.created_at`)
    .all(...params) as SummaryRow[];
  const scenes = scenesOfVersions(db, rows.map(summaryVersionId));
  return rows.map((r) => riderSummaryFromRow(r, scenes));
}

export function listRiders(db: Db, filter: ParsedInput<'rider.list'>): RiderSummary[] {
  getProduction(db, filter.productionId);
  // A discarded draft is out of every list; it is found again in Recently deleted.
  const where = ['r.production_id = ?', 'r.deleted_at IS NULL'];
  const params: unknown[] = [filter.productionId];
  if (filter.personId) {
    where.push('r.person_id = ?');
    params.push(filter.personId);
  }
  if (filter.sceneId) {
    where.push('EXISTS (SELECT 1 FROM rider_version_scene vs WHERE vs.version_id = v.id AND vs.scene_id = ?)');
    params.push(filter.sceneId);
  }
  return summaries(db, where.join(' AND '), params);
}

function riderSummary(db: Db, id: string): RiderSummary {
  const found = summaries(db, 'r.id = ?', [id])[0];
  if (!found)
    throw new AppError('NOT_FOUND', `No rider with id ${id}`, { issues: [{ path: 'id', message: 'No such rider' }] });
  return found;
}

/** A rider that can still change: a discarded draft is restored before anything else is done to it. */
function liveRider(db: Db, id: string): RiderSummary {
  const rider = riderSummary(db, id);
  if (rider.deletedAt) {
    throw new AppError('CONFLICT', 'This rider draft was discarded: restore it from Recently deleted first', {
      issues: [{ path: 'id', message: 'The rider is discarded' }],
    });
  }
  return rider;
}

function versionsOf(db: Db, riderId: string): RiderVersion[] {
  const rows = db
    .prepare('SELECT * FROM rider_version WHERE rider_id = ? ORDER BY version DESC')
    .all(riderId) as RiderVersionRow[];
  const scenes = scenesOfVersions(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    riderVersionFromRow(
      r,
      (scenes.get(r.id) ?? []).map((s) => s.id),
    ),
  );
}

function currentVersion(db: Db, riderId: string): RiderVersion {
  const v = versionsOf(db, riderId)[0];
  if (!v) throw new AppError('NOT_FOUND', `Rider ${riderId} has no versions`);
  return v;
}

export function getRider(db: Db, id: string): RiderDetail {
  const rider = riderSummary(db, id);
  const checkIns = (
    db
      .prepare('SELECT * FROM consent_checkin WHERE rider_id = ? ORDER BY at DESC, created_at DESC')
      .all(id) as ConsentCheckInRow[]
  ).map(consentCheckInFromRow);
  return {
    rider,
    versions: versionsOf(db, id),
    checkIns,
    audit: listAudit(db, { productionId: rider.productionId, entityId: id, limit: 5000 }),
  };
}

/** What an audit entry records of a version: everything, with the signature image as its hash. */
function snapshot(v: RiderVersion): Record<string, unknown> {
  const { signatureImage, createdAt: _c, updatedAt: _u, ...rest } = v;
  return {
    ...rest,
    signatureSha256: signatureImage ? createHash('sha256').update(signatureImage).digest('hex') : null,
  };
}

/** The person must be cast in the production, and scenes must be its own live scenes. */
function checkParties(db: Db, productionId: string, personId: string, sceneIds: readonly string[]): void {
  const member = db
    .prepare('SELECT 1 FROM production_member WHERE production_id = ? AND person_id = ? AND deleted_at IS NULL')
    .get(productionId, personId);
  if (!member) {
    throw new AppError('VALIDATION', 'This person is not in the cast of this production', {
      issues: [{ path: 'personId', message: 'Add them to the cast first' }],
    });
  }
  if (new Set(sceneIds).size !== sceneIds.length) {
    throw new AppError('VALIDATION', 'A scene is listed twice', {
      issues: [{ path: 'sceneIds', message: 'Listed twice' }],
    });
  }
  const found = db
    .prepare(
      `SELECT id FROM scene WHERE production_id = ? AND deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))`,
    )
    .all(productionId, JSON.stringify(sceneIds)) as { id: string }[];
  const ok = new Set(found.map((s) => s.id));
  const bad = sceneIds.findIndex((s) => !ok.has(s));
  if (bad >= 0) {
    throw new AppError('VALIDATION', 'A scene is not a current scene of this production', {
      issues: [{ path: `sceneIds.${bad}`, message: 'No such scene in this production' }],
    });
  }
}

/** Minors: refused if the performer is a minor on any covered scene's shoot date (or today). */
function checkMinor(db: Db, personId: string, sceneIds: readonly string[], terms: RiderTerms): void {
  const person = getPerson(db, personId);
  const dates = db
    .prepare('SELECT shoot_date FROM scene WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(sceneIds)) as (string | null)[];
  const minor = [...dates, null].some((d) => isMinorOn(person, d));
  if (!minor) return;
  const problems = minorRiderViolations(terms, person.name);
  if (problems.length > 0) {
    throw new AppError('RULE_VIOLATION', problems.join(' '), {
      issues: problems.map((message) => ({ path: 'terms', message })),
    });
  }
}

/** A rider whose terms contradict themselves is never saved, sent or signed. */
function checkCoherent(terms: RiderTerms): void {
  const problems = termsContradictions(terms);
  if (problems.length > 0) {
    throw new AppError('RULE_VIOLATION', problems.join(' '), {
      issues: problems.map((message) => ({ path: 'terms', message })),
    });
  }
}

function insertVersion(
  db: Db,
  riderId: string,
  version: number,
  terms: RiderTerms,
  sceneIds: readonly string[],
  now: string,
): void {
  const versionId = newId();
  db.prepare(
    `INSERT INTO rider_version (id, rider_id, version, status, terms, created_at, updated_at)
     VALUES (?, ?, ?, 'draft', ?, ?, ?)`,
  ).run(versionId, riderId, version, JSON.stringify(terms), now, now);
  const link = db.prepare(
    'INSERT INTO rider_version_scene (version_id, scene_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  for (const s of sceneIds) link.run(versionId, s, now, now);
}

export function createRider(db: Db, input: ParsedInput<'rider.create'>): RiderDetail {
  return db.transaction(() => {
    getProduction(db, input.productionId);
    const base = input.templateId ? getTemplate(db, input.templateId, input.productionId).terms : RiderTerms.parse({});
    const terms = RiderTerms.parse({ ...base, ...input.terms });
    checkParties(db, input.productionId, input.personId, input.sceneIds);
    checkMinor(db, input.personId, input.sceneIds, terms);
    checkCoherent(terms);
    const id = newId();
    const now = new Date().toISOString();
    db.prepare(
      'INSERT INTO rider (id, production_id, person_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, input.productionId, input.personId, input.title, now, now);
    insertVersion(db, id, 1, terms, input.sceneIds, now);
    const v = currentVersion(db, id);
    appendAudit(db, {
      productionId: input.productionId,
      entity: 'rider',
      entityId: id,
      action: 'create',
      newValue: { title: input.title, personId: input.personId, templateId: input.templateId ?? null, ...snapshot(v) },
    });
    return getRider(db, id);
  })();
}

function requireStatus(v: RiderVersion, allowed: RiderStatus[], doing: string): void {
  if (!allowed.includes(v.status)) {
    throw new AppError(
      'CONFLICT',
      `Cannot ${doing}: version ${v.version} is ${v.status}${v.status === 'signed' || v.status === 'sent' ? '; make a new version to change it' : ''}`,
      { issues: [{ path: 'id', message: `The rider is ${v.status}` }] },
    );
  }
}

export function updateRider(db: Db, input: ParsedInput<'rider.update'>): RiderDetail {
  return db.transaction(() => {
    const rider = liveRider(db, input.id);
    const before = currentVersion(db, input.id);
    requireStatus(before, ['draft'], 'edit the rider');
    const terms = input.terms ?? before.terms;
    const sceneIds = input.sceneIds ?? before.sceneIds;
    checkParties(db, rider.productionId, rider.personId, sceneIds);
    checkMinor(db, rider.personId, sceneIds, terms);
    checkCoherent(terms);
    const now = new Date().toISOString();
    if (input.title !== undefined) {
      db.prepare('UPDATE rider SET title = ?, updated_at = ? WHERE id = ?').run(input.title, now, input.id);
    }
    db.prepare('UPDATE rider_version SET terms = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(terms),
      now,
      before.id,
    );
    db.prepare('DELETE FROM rider_version_scene WHERE version_id = ?').run(before.id);
    const link = db.prepare(
      'INSERT INTO rider_version_scene (version_id, scene_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
    );
    for (const s of sceneIds) link.run(before.id, s, now, now);
    db.prepare('UPDATE rider SET updated_at = ? WHERE id = ?').run(now, input.id);
    const after = currentVersion(db, input.id);
    appendAudit(db, {
      productionId: rider.productionId,
      entity: 'rider',
      entityId: input.id,
      action: 'update',
      oldValue: { title: rider.title, ...snapshot(before) },
      newValue: { title: input.title ?? rider.title, ...snapshot(after) },
    });
    return getRider(db, input.id);
  })();
}

/** Moves the current version on, recording the change in the audit trail in the same transaction. */
function transition(
  db: Db,
  id: string,
  allowed: RiderStatus[],
  doing: string,
  action: string,
  sql: string,
  params: Record<string, unknown>,
): RiderDetail {
  return db.transaction(() => {
    const rider = liveRider(db, id);
    const before = currentVersion(db, id);
    requireStatus(before, allowed, doing);
    if (action === 'send' || action === 'sign') checkCoherent(before.terms);
    const now = new Date().toISOString();
    db.prepare(`UPDATE rider_version SET ${sql}, updated_at = @now WHERE id = @vid`).run({
      ...params,
      now,
      vid: before.id,
    });
    db.prepare('UPDATE rider SET updated_at = ? WHERE id = ?').run(now, id);
    appendAudit(db, {
      productionId: rider.productionId,
      entity: 'rider',
      entityId: id,
      action,
      oldValue: snapshot(before),
      newValue: snapshot(currentVersion(db, id)),
    });
    return getRider(db, id);
  })();
}

export function sendRider(db: Db, id: string): RiderDetail {
  return transition(db, id, ['draft'], 'send the rider', 'send', `status = 'sent', sent_at = @now`, {});
}

export function signRider(db: Db, input: ParsedInput<'rider.sign'>): RiderDetail {
  const s = input.signature;
  return transition(
    db,
    input.id,
    ['sent'],
    'sign the rider',
    'sign',
    `status = 'signed', signed_at = @now, signature_kind = @kind, signature_image = @image, signed_name = @name, witness = @witness`,
    { kind: s.kind, image: s.kind === 'drawn' ? s.image : null, name: s.name, witness: input.witness },
  );
}

export function withdrawRider(db: Db, id: string, reason: string): RiderDetail {
  return transition(
    db,
    id,
    ['sent', 'signed'],
    'withdraw consent',
    'withdraw',
    `status = 'withdrawn', withdrawn_at = @now, withdrawal_reason = @reason`,
    { reason },
  );
}

/** A change after sending makes a new draft version; the old one stays as it was, readable. */
export function newRiderVersion(db: Db, id: string): RiderDetail {
  return db.transaction(() => {
    const rider = liveRider(db, id);
    const before = currentVersion(db, id);
    requireStatus(before, ['sent', 'signed', 'withdrawn'], 'make a new version');
    const live = before.sceneIds.filter((s) => !rider.scenes.find((r) => r.id === s)?.deleted);
    const now = new Date().toISOString();
    insertVersion(db, id, before.version + 1, before.terms, live, now);
    db.prepare('UPDATE rider SET updated_at = ? WHERE id = ?').run(now, id);
    appendAudit(db, {
      productionId: rider.productionId,
      entity: 'rider',
      entityId: id,
      action: 'new-version',
      oldValue: snapshot(before),
      newValue: snapshot(currentVersion(db, id)),
    });
    return getRider(db, id);
  })();
}

export function addCheckIn(db: Db, input: ParsedInput<'rider.checkIn'>): RiderDetail {
  return db.transaction(() => {
    const rider = liveRider(db, input.riderId);
    if (input.outcome === 'confirmed') {
      const refusal = confirmRefusal(rider.personName, rider, rider.version);
      if (refusal) throw new AppError('RULE_VIOLATION', refusal, { issues: [{ path: 'outcome', message: refusal }] });
    }
    const now = new Date().toISOString();
    const row = {
      id: newId(),
      riderId: input.riderId,
      version: rider.version,
      kind: input.kind,
      at: input.at ?? now,
      who: input.who,
      outcome: input.outcome,
      note: input.note,
    };
    db.prepare(
      `INSERT INTO consent_checkin (id, rider_id, version, kind, at, who, outcome, note, created_at, updated_at)
       VALUES (@id, @riderId, @version, @kind, @at, @who, @outcome, @note, @now, @now)`,
    ).run({ ...row, now });
    appendAudit(db, {
      productionId: rider.productionId,
      entity: 'consent',
      entityId: input.riderId,
      action: 'check-in',
      newValue: row,
    });
    return getRider(db, input.riderId);
  })();
}

/**
 * Discards a rider drafted by mistake, or restores it. Only a rider that never reached the
 * performer can go: once any version was sent, signed or withdrawn it is consent history and
 * stays in every list (a withdrawal, not a discard, is how consent ends).
 */
export function discardRider(db: Db, id: string, discarded: boolean): RiderDetail {
  return db.transaction(() => {
    const rider = riderSummary(db, id);
    if (Boolean(rider.deletedAt) === discarded) return getRider(db, id);
    const sent = db
      .prepare('SELECT version, status FROM rider_version WHERE rider_id = ? AND sent_at IS NOT NULL ORDER BY version')
      .get(id) as { version: number; status: RiderStatus } | undefined;
    if (discarded && sent) {
      throw new AppError(
        'CONFLICT',
        `Cannot discard this rider: version ${sent.version} was sent to ${rider.personName}, so it is consent history. Withdraw it or make a new version instead.`,
        { issues: [{ path: 'id', message: 'A sent rider is never discarded' }] },
      );
    }
    if (!discarded) checkParties(db, rider.productionId, rider.personId, []);
    const now = new Date().toISOString();
    db.prepare('UPDATE rider SET deleted_at = ?, updated_at = ? WHERE id = ?').run(discarded ? now : null, now, id);
    appendAudit(db, {
      productionId: rider.productionId,
      entity: 'rider',
      entityId: id,
      action: discarded ? 'discard' : 'restore',
      oldValue: { deletedAt: rider.deletedAt },
      newValue: { deletedAt: discarded ? now : null },
    });
    return getRider(db, id);
  })();
}
