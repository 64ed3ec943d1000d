import { type BeatForFlags, beatFlags } from '../../../shared/choreography/rules';
import type { Beat, BeatFlag, BeatSheet, BeatVersionInfo } from '../../../shared/choreography/schema';
import type { ParsedInput } from '../../../shared/commands';
import type { Communication } from '../../../shared/communication/schema';
import { AppError, type FieldIssue } from '../../../shared/kit/errors';
import type { Scene } from '../../../shared/scenes/schema';
import { appendAudit, canonicalJson } from '../audit/trail';
import { bodyMapsOf } from '../communication/communication';
import { beatConsentChecker, type ProductionConsentRead, readProductionConsent } from '../consent/status';
import { getScene } from '../scenes/scenes';
import type { Db } from '../vault/connection';
import { newId } from '../vault/vault';
import {
  type BeatRow,
  type BeatVersion,
  type BeatVersionCountRow,
  type BeatVersionRow,
  beatFromRow,
  beatVersionFromRow,
  beatVersionInfoFromRow,
} from './rows';

function versionRow(db: Db, sceneId: string, version?: number): BeatVersion | undefined {
  const row = (
    version === undefined
      ? db.prepare('SELECT * FROM beat_version WHERE scene_id = ? ORDER BY version DESC LIMIT 1').get(sceneId)
      : db.prepare('SELECT * FROM beat_version WHERE scene_id = ? AND version = ?').get(sceneId, version)
  ) as BeatVersionRow | undefined;
  return row ? beatVersionFromRow(row) : undefined;
}

function beatsOfVersion(db: Db, versionId: string): Beat[] {
  return (db.prepare('SELECT * FROM beat WHERE version_id = ? ORDER BY position').all(versionId) as BeatRow[]).map(
    beatFromRow,
  );
}

/** What judging a production's beats needs, read once when many scenes' sheets are built (a binder). */
export interface BeatSheetContext {
  productionId: string;
  areas: Record<string, Communication['areas']>;
  consentFlags: ReturnType<typeof beatConsentChecker>;
}

/**
 * Body maps and consent of a production (or of `sceneIds` only), read once: a binder builds every
 * scene's sheet from one context instead of re-reading the production's consent per scene.
 */
export function beatSheetContext(
  db: Db,
  productionId: string,
  sceneIds?: readonly string[],
  read: ProductionConsentRead = readProductionConsent(db, productionId, sceneIds),
): BeatSheetContext {
  const maps = bodyMapsOf(db, productionId);
  return {
    productionId,
    areas: Object.fromEntries([...maps].map(([id, c]) => [id, c.areas])),
    consentFlags: beatConsentChecker(db, productionId, read),
  };
}

export function getBeatSheet(db: Db, sceneId: string, version?: number, context?: BeatSheetContext): BeatSheet {
  const scene = getScene(db, sceneId);
  const latest = versionRow(db, sceneId);
  const row = version === undefined ? latest : versionRow(db, sceneId, version);
  if (version !== undefined && !row) {
    throw new AppError('NOT_FOUND', `Scene ${scene.number} has no beats version ${version}`, {
      issues: [{ path: 'version', message: 'No such version' }],
    });
  }
  const beats = row ? beatsOfVersion(db, row.id) : [];
  return {
    sceneId,
    version: row?.version ?? 0,
    latestVersion: latest?.version ?? 0,
    note: row?.note ?? '',
    savedAt: row?.createdAt ?? null,
    beats,
    flags: flagsOf(db, scene, beats, context),
  };
}

/** The flags of these beats against the performers' body maps and their signed riders: one rule for saved and unsaved beats. */
function flagsOf(db: Db, scene: Scene, beats: readonly BeatForFlags[], context?: BeatSheetContext): BeatFlag[] {
  const ctx =
    context?.productionId === scene.productionId ? context : beatSheetContext(db, scene.productionId, [scene.id]);
  const names = Object.fromEntries(scene.performers.map((p) => [p.personId, p.name]));
  return [...beatFlags(beats, ctx.areas, names), ...ctx.consentFlags(scene.id, beats)];
}

/** Stands for a beat not saved yet; never stored. */
const UNSAVED_BEAT = '00000000000000000000000000';

/**
 * What saving this beat's contacts would flag, before it is saved: the same rules as a saved
 * beat's flags, numbered where the beat sits in the list.
 */
export function checkBeat(db: Db, input: ParsedInput<'beats.check'>): BeatFlag[] {
  const scene = getScene(db, input.sceneId);
  const before = Array.from({ length: input.beatNumber - 1 }, () => ({ id: UNSAVED_BEAT, contacts: [] }));
  return flagsOf(db, scene, [...before, { id: UNSAVED_BEAT, contacts: input.contacts }]);
}

export function listBeatVersions(db: Db, sceneId: string): BeatVersionInfo[] {
  getScene(db, sceneId);
  const rows = db
    .prepare(
      `SELECT v.version, v.note, v.created_at, (SELECT COUNT(*) FROM beat b WHERE b.version_id = v.id) AS n
       FROM beat_version v WHERE v.scene_id = ? ORDER BY v.version DESC`,
    )
    .all(sceneId) as BeatVersionCountRow[];
  return rows.map(beatVersionInfoFromRow);
}

type NewBeat = Omit<Beat, 'position'>;

/**
 * Every beat id any version of the scene has held. A save may carry a beat removed in a later
 * version, so undoing a removal brings back the same beat (its history stays one line) rather
 * than a copy with a new id.
 */
function beatIdsOf(db: Db, sceneId: string): Set<string> {
  const rows = db
    .prepare('SELECT DISTINCT b.id FROM beat b JOIN beat_version v ON v.id = b.version_id WHERE v.scene_id = ?')
    .all(sceneId) as { id: string }[];
  return new Set(rows.map((r) => r.id));
}

/** Checks the beats against the scene: performers must be in it, contacts between a beat's performers. */
function validateBeats(
  beats: ParsedInput<'beats.save'>['beats'],
  inScene: Set<string>,
  known: Set<string>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const ids = new Set<string>();
  beats.forEach((b, i) => {
    if (b.id !== undefined) {
      if (!known.has(b.id)) issues.push({ path: `beats.${i}.id`, message: 'Not a beat of this scene' });
      if (ids.has(b.id)) issues.push({ path: `beats.${i}.id`, message: 'The same beat appears twice' });
      ids.add(b.id);
    }
    if (new Set(b.performerIds).size !== b.performerIds.length) {
      issues.push({ path: `beats.${i}.performerIds`, message: 'A performer is listed twice' });
    }
    b.performerIds.forEach((p, j) => {
      if (!inScene.has(p))
        issues.push({ path: `beats.${i}.performerIds.${j}`, message: 'Not a performer in this scene' });
    });
    const inBeat = new Set(b.performerIds);
    b.contacts.forEach((c, j) => {
      if (!inBeat.has(c.fromPersonId)) {
        issues.push({ path: `beats.${i}.contacts.${j}.fromPersonId`, message: 'Add this performer to the beat first' });
      }
      if (!inBeat.has(c.toPersonId)) {
        issues.push({ path: `beats.${i}.contacts.${j}.toPersonId`, message: 'Add this performer to the beat first' });
      }
    });
  });
  return issues;
}

/** A save over a version newer than the one edited would silently drop someone's work. */
function assertBase(latest: BeatVersion | undefined, baseVersion: number): void {
  const current = latest?.version ?? 0;
  if (baseVersion !== current) {
    throw new AppError(
      'CONFLICT',
      `The beats were changed elsewhere (now version ${current}, you edited version ${baseVersion}). Reload and apply your changes again.`,
      { issues: [{ path: 'baseVersion', message: `The latest version is ${current}` }] },
    );
  }
}

function writeVersion(
  db: Db,
  sceneId: string,
  productionId: string,
  baseVersion: number,
  note: string,
  beats: NewBeat[],
  action: 'save' | 'move',
): void {
  const latest = versionRow(db, sceneId);
  assertBase(latest, baseVersion);
  const current = latest?.version ?? 0;
  const before = latest ? beatsOfVersion(db, latest.id) : [];
  const earlier = beatIdsOf(db, sceneId);
  const now = new Date().toISOString();
  const versionId = newId();
  const version = current + 1;
  db.prepare(
    'INSERT INTO beat_version (id, scene_id, version, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(versionId, sceneId, version, note, now, now);
  const insert = db.prepare(
    `INSERT INTO beat (version_id, id, position, title, performer_ids, contacts, body_position, camera_angle, on_screen,
       description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const after: Beat[] = beats.map((b, i) => ({ ...b, position: i + 1 }));
  for (const b of after) {
    insert.run(
      versionId,
      b.id,
      b.position,
      b.title,
      JSON.stringify(b.performerIds),
      JSON.stringify(b.contacts),
      b.bodyPosition,
      b.cameraAngle,
      b.onScreen,
      b.description,
      now,
      now,
    );
  }
  auditBeats(db, productionId, sceneId, version, before, after, action, earlier);
}

/** One audit entry per beat that was added, changed, moved or removed in this version. */
function auditBeats(
  db: Db,
  productionId: string,
  sceneId: string,
  version: number,
  before: Beat[],
  after: Beat[],
  action: 'save' | 'move',
  earlier: Set<string>,
): void {
  const old = new Map(before.map((b) => [b.id, b]));
  const ctx = { sceneId, version };
  for (const b of after) {
    const prev = old.get(b.id);
    old.delete(b.id);
    if (!prev) {
      const action = earlier.has(b.id) ? 'restore' : 'create';
      appendAudit(db, { productionId, entity: 'beat', entityId: b.id, action, newValue: { ...ctx, ...b } });
      continue;
    }
    const { position: p0, ...rest0 } = prev;
    const { position: p1, ...rest1 } = b;
    const changed = canonicalJson(rest0) !== canonicalJson(rest1);
    if (!changed && p0 === p1) continue;
    appendAudit(db, {
      productionId,
      entity: 'beat',
      entityId: b.id,
      action: changed ? 'update' : action === 'move' ? 'move' : 'reorder',
      oldValue: { ...ctx, version: version - 1, ...prev },
      newValue: { ...ctx, ...b },
    });
  }
  for (const gone of old.values()) {
    appendAudit(db, {
      productionId,
      entity: 'beat',
      entityId: gone.id,
      action: 'delete',
      oldValue: { ...ctx, version: version - 1, ...gone },
    });
  }
}

export function saveBeats(db: Db, input: ParsedInput<'beats.save'>): BeatSheet {
  return db.transaction(() => {
    const scene = getScene(db, input.sceneId);
    const issues = validateBeats(
      input.beats,
      new Set(scene.performers.map((p) => p.personId)),
      beatIdsOf(db, scene.id),
    );
    if (issues.length > 0) {
      throw new AppError('VALIDATION', `The beats cannot be saved: ${issues[0]?.path}: ${issues[0]?.message}`, {
        issues,
      });
    }
    const beats: NewBeat[] = input.beats.map(({ id, ...b }) => ({ id: id ?? newId(), ...b }));
    writeVersion(db, input.sceneId, scene.productionId, input.baseVersion, input.note, beats, 'save');
    return getBeatSheet(db, input.sceneId);
  })();
}

/** Reorders by the complete new order of beat ids; anything else is refused so no beat is lost. */
export function moveBeats(db: Db, input: ParsedInput<'beats.move'>): BeatSheet {
  return db.transaction(() => {
    const scene = getScene(db, input.sceneId);
    const latest = versionRow(db, input.sceneId);
    assertBase(latest, input.baseVersion);
    const current = latest ? beatsOfVersion(db, latest.id) : [];
    const byId = new Map(current.map((b) => [b.id, b]));
    const sameSet =
      input.order.length === current.length &&
      new Set(input.order).size === input.order.length &&
      input.order.every((id) => byId.has(id));
    if (!sameSet) {
      throw new AppError('VALIDATION', 'The new order must list every beat of the scene exactly once', {
        issues: [{ path: 'order', message: 'List every beat exactly once' }],
      });
    }
    const beats = input.order.flatMap((id) => {
      const found = byId.get(id);
      if (!found) return [];
      const { position: _p, ...b } = found;
      return [b];
    });
    writeVersion(db, input.sceneId, scene.productionId, input.baseVersion, 'Reordered', beats, 'move');
    return getBeatSheet(db, input.sceneId);
  })();
}
