import type { ClosureRecord, FollowUp } from '../../../shared/closure/schema';
import type { CheckIn } from '../../../shared/communication/schema';
import type { Member, Person } from '../../../shared/people/schema';
import type { Production } from '../../../shared/productions/schema';
import type { Scene } from '../../../shared/scenes/schema';
import { addFollowUp, saveClosure, setFollowUpDeleted, updateFollowUp } from '../closure/closure';
import { addCheckIn, setCheckInDeleted, updateCheckIn } from '../communication/communication';
import type { Handler } from '../kit/handler';
import { addMember, createPerson, getMember, getPerson, updateMember, updatePerson } from '../people/people';
import { archiveProduction, createProduction, getProduction, updateProduction } from '../productions/productions';
import { importBreakdown } from '../scenes/breakdown';
import { createScene, getScene, setScenePerformers, updateScene } from '../scenes/scenes';
import type { Db } from '../vault/connection';
import { audited, describeChanges, type EditSpec } from './edits';
import { appendAudit } from './trail';

const PRODUCTION: EditSpec<Production> = {
  entity: 'production',
  productionId: (p) => p.id,
  entityId: (p) => p.id,
  fields: {
    title: 'Title',
    status: 'Status',
    startDate: 'Start date',
    endDate: 'End date',
    timeZone: 'Time zone',
    noticeHours: 'Notice window (hours)',
    unionStatus: 'Union status',
    archivedAt: 'Archived',
  },
};

const PERSON: EditSpec<Person> = {
  entity: 'person',
  // People are vault-wide: their changes go on the vault's own chain, as their removal does.
  productionId: () => null,
  entityId: (p) => p.id,
  fields: {
    name: 'Name',
    dateOfBirth: 'Date of birth',
    isMinor: 'Minor',
    allergies: 'Allergies',
    adhesiveAllergy: 'Adhesive allergy',
    sizes: 'Sizes',
  },
};

const MEMBER: EditSpec<Member> = {
  entity: 'member',
  productionId: (m) => m.productionId,
  entityId: (m) => m.id,
  fields: { name: 'Person', role: 'Role', characterName: 'Character', department: 'Department' },
  view: (m) => ({ name: m.person.name, role: m.role, characterName: m.characterName, department: m.department }),
};

const SCENE: EditSpec<Scene> = {
  entity: 'scene',
  productionId: (s) => s.productionId,
  entityId: (s) => s.id,
  fields: {
    number: 'Scene',
    shootDate: 'Shoot date',
    callTime: 'Call',
    intimacyTypes: 'Intimacy',
    riskLevel: 'Risk',
    closedSet: 'Closed set',
    monitorsRestrictedTo: 'Monitors restricted to',
    icPresent: 'Intimacy coordinator present',
    bodyDoubles: 'Body doubles',
    cast: 'Cast',
  },
  view: (s) => ({
    ...s,
    // One line per performer, so a change of nudity or simulated sex reads as such.
    cast: s.performers.map((p) => `${p.name} (nudity ${p.nudity}${p.simulatedSex ? ', simulated sex' : ''})`),
  }),
};

function sceneProductionId(db: Db, sceneId: string): string {
  return getScene(db, sceneId).productionId;
}

function closureSpec(db: Db): EditSpec<ClosureRecord> {
  return {
    entity: 'closure',
    productionId: (c) => sceneProductionId(db, c.sceneId),
    entityId: (c) => c.id,
    fields: {
      practices: 'Closure practices',
      practiceNote: 'Practice note',
      debrief: 'Debrief',
      nextShootNotes: 'Notes for the next shoot',
    },
  };
}

function followUpSpec(db: Db): EditSpec<FollowUp> {
  return {
    entity: 'follow_up',
    productionId: (f) => sceneProductionId(db, f.sceneId),
    entityId: (f) => f.id,
    fields: {
      description: 'Follow-up',
      dueDate: 'Due',
      personName: 'Concerns',
      doneAt: 'Done',
      deletedAt: 'Deleted',
    },
    // The follow-up as stored, with its deletion, which the command's result leaves out.
    view: (f) => ({ ...(readFollowUp(db, f.id) ?? f) }),
  };
}

const CHECK_IN: EditSpec<CheckIn> = {
  entity: 'check_in',
  productionId: (c) => c.productionId,
  entityId: (c) => c.id,
  fields: { at: 'When', kind: 'Kind', attendees: 'Who was there', agreed: 'What was agreed', deletedAt: 'Deleted' },
};

function readFollowUp(db: Db, id: string): FollowUp | null {
  const row = db
    .prepare(
      `SELECT f.id, f.scene_id AS sceneId, f.description, f.due_date AS dueDate, p.name AS personName,
         f.done_at AS doneAt, f.deleted_at AS deletedAt
       FROM follow_up f LEFT JOIN person p ON p.id = f.person_id WHERE f.id = ?`,
    )
    .get(id) as FollowUp | undefined;
  return row ?? null;
}

function readCheckIn(db: Db, id: string): CheckIn | null {
  const row = db
    .prepare(
      `SELECT id, production_id AS productionId, at, kind, attendees, agreed, deleted_at AS deletedAt
       FROM check_in WHERE id = ?`,
    )
    .get(id) as CheckIn | undefined;
  return row ?? null;
}

function readClosure(db: Db, sceneId: string, personId: string): ClosureRecord | null {
  const row = db
    .prepare(
      `SELECT id, scene_id AS sceneId, practices, practice_note AS practiceNote, debrief,
         next_shoot_notes AS nextShootNotes FROM closure WHERE scene_id = ? AND person_id = ?`,
    )
    .get(sceneId, personId) as (Omit<ClosureRecord, 'practices'> & { practices: string }) | undefined;
  return row ? ({ ...row, practices: JSON.parse(row.practices) } as ClosureRecord) : null;
}

/**
 * The commands that change a record feeding readiness or consent but whose services write no
 * audit entry of their own: each runs here with its entry, in words, in the same transaction.
 */
export const auditedHandlers = {
  'production.create': (input, { core }) =>
    audited(
      core.db(),
      PRODUCTION,
      'create',
      () => null,
      () => createProduction(core.db(), input),
    ),
  'production.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      PRODUCTION,
      'update',
      () => getProduction(core.db(), id),
      () => updateProduction(core.db(), id, patch),
    ),
  'production.archive': ({ id, archived }, { core }) =>
    audited(
      core.db(),
      PRODUCTION,
      archived ? 'archive' : 'restore',
      () => getProduction(core.db(), id),
      () => archiveProduction(core.db(), id, archived),
    ),
  'person.create': (input, { core }) =>
    audited(
      core.db(),
      PERSON,
      'create',
      () => null,
      () => createPerson(core.db(), input),
    ),
  'person.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      PERSON,
      'update',
      () => getPerson(core.db(), id),
      () => updatePerson(core.db(), id, patch),
    ),
  'member.add': (input, { core }) =>
    audited(
      core.db(),
      MEMBER,
      'add',
      () => null,
      () => addMember(core.db(), input),
    ),
  'member.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      MEMBER,
      'update',
      () => getMember(core.db(), id),
      () => updateMember(core.db(), id, patch),
    ),
  'scene.create': (input, { core }) =>
    audited(
      core.db(),
      SCENE,
      'create',
      () => null,
      () => createScene(core.db(), input),
    ),
  'scene.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      SCENE,
      'update',
      () => getScene(core.db(), id),
      () => updateScene(core.db(), id, patch),
    ),
  'scene.setPerformers': ({ sceneId, performers }, { core }) =>
    audited(
      core.db(),
      SCENE,
      'update',
      () => getScene(core.db(), sceneId),
      () => setScenePerformers(core.db(), sceneId, performers),
    ),
  'breakdown.import': (input, { core }) => {
    const db = core.db();
    return db.transaction(() => {
      const out = importBreakdown(db, input);
      for (const id of out.sceneIds) {
        const scene = getScene(db, id);
        const { newValue, changes } = describeChanges(SCENE.fields, null, SCENE.view?.(scene) ?? scene);
        appendAudit(db, {
          productionId: scene.productionId,
          entity: 'scene',
          entityId: id,
          action: 'create',
          newValue: { ...newValue, changes },
        });
      }
      return out;
    })();
  },
  'closure.save': (input, { core }) =>
    audited(
      core.db(),
      closureSpec(core.db()),
      'save',
      () => readClosure(core.db(), input.sceneId, input.personId),
      () => saveClosure(core.db(), input),
    ),
  'followUp.add': (input, { core }) =>
    audited(
      core.db(),
      followUpSpec(core.db()),
      'add',
      () => null,
      () => addFollowUp(core.db(), input),
    ),
  'followUp.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      followUpSpec(core.db()),
      'update',
      () => readFollowUp(core.db(), id),
      () => updateFollowUp(core.db(), id, patch),
    ),
  'followUp.delete': ({ id, deleted }, { core }) =>
    audited(
      core.db(),
      followUpSpec(core.db()),
      deleted ? 'delete' : 'restore',
      () => readFollowUp(core.db(), id),
      () => setFollowUpDeleted(core.db(), id, deleted),
    ),
  'checkIn.add': (input, { core }) =>
    audited(
      core.db(),
      CHECK_IN,
      'add',
      () => null,
      () => addCheckIn(core.db(), input),
    ),
  'checkIn.update': ({ id, patch }, { core }) =>
    audited(
      core.db(),
      CHECK_IN,
      'update',
      () => readCheckIn(core.db(), id),
      () => updateCheckIn(core.db(), id, patch),
    ),
  'checkIn.delete': ({ id, deleted }, { core }) =>
    audited(
      core.db(),
      CHECK_IN,
      deleted ? 'delete' : 'restore',
      () => readCheckIn(core.db(), id),
      () => setCheckInDeleted(core.db(), id, deleted),
    ),
} satisfies {
  [N in
    | 'production.create'
    | 'production.update'
    | 'production.archive'
    | 'person.create'
    | 'person.update'
    | 'member.add'
    | 'member.update'
    | 'scene.create'
    | 'scene.update'
    | 'scene.setPerformers'
    | 'breakdown.import'
    | 'closure.save'
    | 'followUp.add'
    | 'followUp.update'
    | 'followUp.delete'
    | 'checkIn.add'
    | 'checkIn.update'
    | 'checkIn.delete']: Handler<N>;
};
