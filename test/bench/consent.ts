// Riders for the benchmark's slate, and the consent figures. Imported by bench.ts for its effect:
// it registers a generator (riders, versions, scenes covered) and the figures to time.
import { productionConsent } from '../../electron/core/consent-status';
import { getRider, listRiders } from '../../electron/core/riders';
import type { Db } from '../../electron/core/vault/connection';
import { extraGenerators, type GeneratorContext } from './generate';
import { measures } from './measures';

const TERMS = JSON.stringify({
  nudity: 'full',
  acts: [{ act: 'simulated-intercourse', detail: 'Above the sheets; barrier pillow.' }],
  exposure: [{ area: 'back-upper', shown: true, angle: 'Wide only', maxSeconds: null }],
  present: ['Director', 'DP', 'Intimacy coordinator'],
});

/**
 * One rider per performer per production, covering every scene where they have nudity or
 * simulated sex: version 1 signed, and one rider in five with a version 2 draft (a change waiting
 * for signature), as a production in mid-shoot looks.
 */
function fillRiders(db: Db, ctx: GeneratorContext): number {
  const needs = db
    .prepare(
      `SELECT s.production_id, sp.person_id, sp.scene_id FROM scene_performer sp JOIN scene s ON s.id = sp.scene_id
       WHERE sp.nudity <> 'none' OR sp.simulated_sex = 1 ORDER BY s.production_id, sp.person_id`,
    )
    .all() as { production_id: string; person_id: string; scene_id: string }[];
  const groups = new Map<string, { productionId: string; personId: string; scenes: string[] }>();
  for (const n of needs) {
    const key = `${n.production_id}/${n.person_id}`;
    const g = groups.get(key) ?? { productionId: n.production_id, personId: n.person_id, scenes: [] };
    g.scenes.push(n.scene_id);
    groups.set(key, g);
  }
  const insRider = db.prepare(
    'INSERT INTO rider (id, production_id, person_id, title, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insVersion = db.prepare(
    `INSERT INTO rider_version (id, rider_id, version, status, terms, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?)`,
  );
  const insScene = db.prepare(
    'INSERT INTO rider_version_scene (version_id, scene_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const sign = db.prepare(
    `UPDATE rider_version SET status = 'signed', sent_at = ?, signed_at = ?, signature_kind = 'typed', signed_name = 'Performer',
       witness = 'Intimacy coordinator' WHERE id = ?`,
  );
  let rows = 0; // rider versions written
  let i = 0;
  for (const g of groups.values()) {
    const at = ctx.at(i++);
    const riderId = ctx.nextId();
    insRider.run(riderId, g.productionId, g.personId, 'Episode block', at, at);
    const versions = ctx.rand() < 0.2 ? 2 : 1;
    for (let v = 1; v <= versions; v++) {
      const versionId = ctx.nextId();
      insVersion.run(versionId, riderId, v, TERMS, at, at);
      for (const s of g.scenes) insScene.run(versionId, s, at, at);
      if (v === 1) sign.run(at, at, versionId);
      rows++;
    }
  }
  return rows;
}

extraGenerators.push({ table: 'rider_version', fill: fillRiders });

measures.push(
  {
    name: 'consent status of every scene in a production',
    interactive: true,
    run: ({ db, data }) => productionConsent(db, data.focusProductionId),
  },
  {
    name: "list a production's riders",
    interactive: true,
    run: ({ db, data }) => listRiders(db, { productionId: data.focusProductionId }),
  },
  {
    name: 'a rider with its versions and history',
    interactive: true,
    run: ({ db, data }) => {
      const first = listRiders(db, { productionId: data.focusProductionId })[0];
      return first ? getRider(db, first.id) : null;
    },
  },
);
