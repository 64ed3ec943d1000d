import { appendAudit } from '../../../electron/core/audit/trail';
import type { Core } from '../../../electron/core/core';
import type { Db } from '../../../electron/core/vault/connection';
import { productionInput } from '../../helpers';
import { plantBinder } from './binder-fixture';

/** A marker that can only come from one field of one record: its presence in an output is proof. */
export const mark = (field: string, n = 1) => `MK${field.replace(/[^A-Za-z]/g, '')}Z${n}`;

/**
 * A production with a unique marker planted in every free-text field that any cut might leak:
 * two performers, a crew member, three scenes (one deleted), the binder pillars and garments
 * (see binder-fixture.ts), and a few audit entries.
 */
export async function plantedProduction(core: Core, title = 'Night Shift') {
  const production = await core.run('production.create', productionInput(title));
  const person = (n: number, extra: Record<string, unknown> = {}) =>
    core.run('person.create', {
      name: `Performer ${n} ${mark('name', n)}`,
      pronouns: 'she/her',
      email: `p${n}.${mark('email', n).toLowerCase()}@example.org`,
      phone: mark('phone', n),
      representative: mark('representative', n),
      dateOfBirth: '1990-04-02',
      sizes: { bust: mark('sizesbust', n), waist: '28' },
      allergies: mark('allergies', n),
      adhesiveAllergy: n === 1,
      notes: mark('notes', n),
      ...extra,
    });
  const a = await person(1);
  const b = await person(2, { pronouns: 'he/him' });
  const crew = await core.run('person.create', { name: `Crew ${mark('crewname')}`, notes: mark('crewnotes') });
  await core.run('member.add', {
    productionId: production.id,
    personId: a.id,
    role: 'performer',
    characterName: mark('character', 1),
  });
  await core.run('member.add', {
    productionId: production.id,
    personId: b.id,
    role: 'performer',
    characterName: mark('character', 2),
  });
  await core.run('member.add', { productionId: production.id, personId: crew.id, role: 'crew', department: 'Costume' });
  const scenes = [];
  for (let n = 1; n <= 3; n++) {
    scenes.push(
      await core.run('scene.create', {
        productionId: production.id,
        number: `${n}2A`,
        episode: '3',
        pageEighths: 11,
        scriptDay: 'D4',
        shootDate: `2026-12-0${n + 1}`,
        callTime: '06:30',
        location: `Harbour flat ${mark('location', n)}`,
        intimacyTypes: ['kiss', 'nudity-partial', 'simulated-sex'],
        riskLevel: 'medium',
        mitigation: mark('mitigation', n),
        closedSet: ['Director', `DP ${mark('closedset', n)}`],
        monitorsRestrictedTo: mark('monitors', n),
        icPresent: true,
        bodyDoubles: mark('bodydoubles', n),
        storyContext: mark('storycontext', n),
        directorIntent: mark('directorintent', n),
        audienceSees: mark('audiencesees', n),
        heightenedFlags: ['grief'],
        performers: [
          { personId: a.id, nudity: 'partial', simulatedSex: true },
          { personId: b.id, nudity: 'implied', simulatedSex: true },
        ],
      }),
    );
  }
  const garments = await plantBinder(
    core,
    production.id,
    [a.id, b.id],
    scenes.map((s) => s.id),
  );
  const deleted = scenes[2];
  if (deleted) await core.run('scene.delete', { id: deleted.id });
  const db: Db = core.db();
  for (const s of scenes) {
    appendAudit(db, {
      productionId: production.id,
      entity: 'scene',
      entityId: s.id,
      action: 'create',
      newValue: { terms: mark('auditvalue', 1) },
    });
  }
  return { production, people: [a, b, crew], scenes, garments };
}

/** Every row of every table, so a test can prove a failed import changed nothing. */
export function dumpVault(db: Db): string {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map((t) => [t.name, db.prepare(`SELECT * FROM "${t.name}" ORDER BY 1, 2`).all()]));
}

/**
 * A snapshot (or its parsed JSON) as two vaults can agree on it: every vault seeds the catalog's
 * built-in item types with the same ids when it is created, and keeps its own creation time for them.
 */
export function withoutSeededStamps<T extends { tables: object }>(doc: T): T {
  const types = (doc.tables as { garmentType?: Record<string, unknown>[] }).garmentType ?? [];
  for (const t of types) {
    if (String(t.id).startsWith('0000000000GARMENTTYPE')) {
      delete t.createdAt;
      delete t.updatedAt;
    }
  }
  return doc;
}
