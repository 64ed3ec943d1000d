// Riders for the benchmark's slate, and the consent figures. Imported by bench.ts for its effect:
// it registers a generator (riders, versions, scenes covered) and the figures to time.

import type { Db } from '../../electron/core/vault/connection';
import { BASE_PRODUCTIONS, extraGenerators, type GeneratorContext } from './generate';
import { measures } from './measures';

const TERMS = JSON.stringify({
  nudity: 'full',
  acts: [{ act: 'simulated-intercourse', detail: 'Above the sheets; barrier pillow.' }],
  exposure: [{ area: 'back-upper', shown: true, angle: 'Wide only', maxSeconds: null }],
  present: ['Director', 'DP', 'Intimacy coordinator'],
});

/** Rider versions across the slate: the 5,000. */
export const RIDER_VERSIONS = 5_000;

/**
 * One rider per performer per episode of each production, covering that episode's scenes where they
 * have nudity or simulated sex. The slate's 5,000 versions are spread over the riders (one or two
 * each): an earlier version is always signed; the latest is signed for most riders, sent and waiting
 * for a signature for some, and a draft (a change still being written) for a few, as a production in
 * mid-shoot looks.
 */
function fillRiders(db: Db, ctx: GeneratorContext): Record<string, number> {
  const needs = db
    .prepare(
      `SELECT s.production_id, s.episode, sp.person_id, sp.scene_id FROM scene_performer sp JOIN scene s ON s.id = sp.scene_id
       WHERE sp.nudity <> 'none' OR sp.simulated_sex = 1 ORDER BY s.production_id, sp.person_id, s.episode`,
    )
    .all() as { production_id: string; episode: string; person_id: string; scene_id: string }[];
  const groups = new Map<string, { productionId: string; personId: string; episode: string; scenes: string[] }>();
  for (const n of needs) {
    const key = `${n.production_id}/${n.person_id}/${n.episode}`;
    const g = groups.get(key) ?? {
      productionId: n.production_id,
      personId: n.person_id,
      episode: n.episode,
      scenes: [],
    };
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
  // Scene links go in while the version is a draft, then it is sent (and signed): the triggers refuse
  // any change to what a sent version covers.
  const send = db.prepare(`UPDATE rider_version SET status = 'sent', sent_at = ? WHERE id = ?`);
  const sign = db.prepare(
    `UPDATE rider_version SET status = 'signed', signed_at = ?, signature_kind = 'typed', signed_name = 'Performer',
       witness = 'Intimacy coordinator' WHERE id = ?`,
  );
  // 5,000 versions for the 1x slate's 20 productions, more in proportion to a bigger slate.
  const weight = ctx.productionIds.reduce((n, id) => n + ctx.weightOf(id), 0);
  const target = Math.round((RIDER_VERSIONS * weight) / BASE_PRODUCTIONS);
  const base = Math.floor(target / groups.size);
  const extra = target % groups.size;
  let riders = 0;
  let versionsWritten = 0;
  let links = 0;
  for (const g of groups.values()) {
    const versions = Math.max(1, base + (riders < extra ? 1 : 0));
    const at = ctx.at(riders++);
    const riderId = ctx.nextId();
    insRider.run(riderId, g.productionId, g.personId, `Episode ${g.episode}`, at, at);
    for (let v = 1; v <= versions; v++) {
      const versionId = ctx.nextId();
      insVersion.run(versionId, riderId, v, TERMS, at, at);
      for (const s of g.scenes) insScene.run(versionId, s, at, at);
      links += g.scenes.length;
      const r = v < versions ? 0 : ctx.rand();
      if (r < 0.95) send.run(at, versionId);
      if (r < 0.85) sign.run(at, versionId);
      versionsWritten++;
    }
  }
  return { rider: riders, rider_version: versionsWritten, rider_version_scene: links };
}

extraGenerators.push({ table: 'rider_version', fill: fillRiders });

measures.push(
  {
    name: 'consent.production (consent status of every scene)',
    interactive: true,
    run: ({ door, data }) => door.call('consent.production', { productionId: data.focusProductionId }),
  },
  {
    name: "rider.list (a production's riders)",
    interactive: true,
    run: ({ door, data }) => door.call('rider.list', { productionId: data.focusProductionId }),
  },
  {
    name: 'rider.get (a rider with its versions and history)',
    interactive: true,
    // The rider is chosen outside the timing: the figure is the one request the rider page makes.
    before: ({ db, data }) =>
      db
        .prepare('SELECT id FROM rider WHERE production_id = ? ORDER BY id LIMIT 1')
        .pluck()
        .get(data.focusProductionId),
    run: ({ door }, id) => door.call('rider.get', { id }),
  },
);
