// The readiness pillars for the benchmark's slate: body maps and check-ins (communication), beat
// versions with beats (choreography), closure records and follow-ups, and the context fields a
// prepared scene has. Imported by bench.ts for its effect: it registers a generator, so
// `readiness.production` and `scene.list` read real rows in every table they join.
import type { Db } from '../../electron/core/vault/connection';
import { CONTACT_MEANS } from '../../shared/choreography/schema';
import { CLOSURE_PRACTICES } from '../../shared/closure/schema';
import { BODY_AREAS, BOUNDARY_MARKS } from '../../shared/communication/schema';
import { extraGenerators, type GeneratorContext } from './generate';

const AREA_IDS = BODY_AREAS.map((a) => a.id);
const BREAK_SIGNALS = ['Raised flat hand, says "hold"', 'Taps the mattress twice', 'Says "pause" out of character'];
const POSITIONS = ['Seated on the bed edge', 'Lying side by side', 'Standing by the window', 'Against the doorframe'];
const ANGLES = ['Wide, over the shoulder', 'Medium two-shot', 'Close on hands', 'Profile, waist up'];

const pickOf = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

interface SceneCast {
  id: string;
  shootDate: string | null;
  performers: string[];
}

function scenesOf(db: Db, productionId: string): SceneCast[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.shoot_date, group_concat(sp.person_id) AS cast FROM scene s
       LEFT JOIN scene_performer sp ON sp.scene_id = s.id WHERE s.production_id = ? GROUP BY s.id ORDER BY s.shoot_date, s.id`,
    )
    .all(productionId) as { id: string; shoot_date: string | null; cast: string | null }[];
  return rows.map((r) => ({ id: r.id, shootDate: r.shoot_date, performers: r.cast ? r.cast.split(',') : [] }));
}

/**
 * Per production: a body map for nine performers in ten (most complete) and a check-in for most; context filled
 * for four scenes in five; one to three beat versions of three to six beats (contacts between the
 * scene's performers) for seven scenes in ten; closure for the scenes shot first, with follow-ups,
 * some done. A mix of complete, incomplete and blocked scenes, as mid-shoot.
 */
function fillPillars(db: Db, ctx: GeneratorContext): Record<string, number> {
  const { rand } = ctx;
  const insMap = db.prepare(
    `INSERT INTO body_map (id, production_id, person_id, areas, notes, break_signal, preferred_name, notify, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
  );
  const insCheckIn = db.prepare(
    `INSERT INTO check_in (id, production_id, person_id, scene_id, at, kind, attendees, agreed, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'Performer, intimacy coordinator', ?, ?, ?)`,
  );
  const setContext = db.prepare('UPDATE scene SET director_intent = ?, audience_sees = ?, updated_at = ? WHERE id = ?');
  const insVersion = db.prepare(
    'INSERT INTO beat_version (id, scene_id, version, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insBeat = db.prepare(
    `INSERT INTO beat (version_id, id, position, title, performer_ids, contacts, body_position, camera_angle, on_screen,
       description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insClosure = db.prepare(
    `INSERT INTO closure (id, scene_id, person_id, practices, practice_note, debrief, next_shoot_notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, '', ?, '', ?, ?)`,
  );
  const insFollowUp = db.prepare(
    `INSERT INTO follow_up (id, scene_id, person_id, description, due_date, done_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rows: Record<string, number> = {};
  const add = (table: string) => {
    rows[table] = (rows[table] ?? 0) + 1;
  };
  let n = 0;
  for (const productionId of ctx.productionIds) {
    const performers = db
      .prepare(`SELECT person_id FROM production_member WHERE production_id = ? AND role = 'performer'`)
      .pluck()
      .all(productionId) as string[];
    const marks = new Map<string, Record<string, string>>();
    for (const personId of performers) {
      const at = ctx.at(n++);
      if (rand() < 0.9) {
        const areas: Record<string, string> = {};
        // Three maps in four have been gone through area by area; the rest are part-way.
        const full = rand() < 0.75;
        for (const area of AREA_IDS) if (full || rand() < 0.6) areas[area] = pickOf(rand, BOUNDARY_MARKS);
        marks.set(personId, areas);
        insMap.run(
          ctx.nextId(),
          productionId,
          personId,
          JSON.stringify(areas),
          'Prefers to be told before any adjustment to a garment.',
          pickOf(rand, BREAK_SIGNALS),
          JSON.stringify(['Agent', '1st AD']),
          at,
          at,
        );
        add('body_map');
      }
      if (rand() < 0.8) {
        insCheckIn.run(
          ctx.nextId(),
          productionId,
          personId,
          null,
          at,
          'meeting',
          'Body map reviewed; closed set and robe handover agreed.',
          at,
          at,
        );
        add('check_in');
      }
    }

    const scenes = scenesOf(db, productionId);
    for (const [i, scene] of scenes.entries()) {
      const at = ctx.at(n++);
      if (rand() < 0.8) {
        setContext.run(
          'Show the rebuilt trust between them; tender, unhurried.',
          'Shoulders and backs, faces in profile; nothing below the waist.',
          at,
          scene.id,
        );
      }
      if (scene.performers.length > 0 && rand() < 0.7) {
        const versions = 1 + Math.floor(rand() * 3);
        const beatIds = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => ctx.nextId());
        for (let v = 1; v <= versions; v++) {
          const versionId = ctx.nextId();
          insVersion.run(versionId, scene.id, v, v === 1 ? 'First pass with the director' : 'After rehearsal', at, at);
          add('beat_version');
          for (const [position, beatId] of beatIds.entries()) {
            const [a, b = a] = scene.performers as [string, string?];
            const to = b as string;
            // Contacts go to areas the touched performer marked, so flags come out as the field sees them.
            // Most stay clear of areas marked never; the rest are the red flags a coordinator catches.
            const theirs = Object.entries(marks.get(to) ?? {})
              .filter(([, mark]) => mark !== 'never' || rand() < 0.05)
              .map(([area]) => area);
            const contacts = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => ({
              fromPersonId: a,
              toPersonId: to,
              area: theirs.length > 0 ? pickOf(rand, theirs) : pickOf(rand, AREA_IDS),
              means: pickOf(rand, CONTACT_MEANS),
              confirmed: rand() < 0.6,
            }));
            insBeat.run(
              versionId,
              beatId,
              position + 1,
              `Beat ${position + 1}`,
              JSON.stringify(scene.performers),
              JSON.stringify(contacts),
              pickOf(rand, POSITIONS),
              pickOf(rand, ANGLES),
              'Shoulders and faces',
              'Slow approach, hold for three counts, release on the cue.',
              at,
              at,
            );
            add('beat');
          }
        }
      }
      // The first third of the schedule has been shot: closure recorded, follow-ups open or done.
      if (i < scenes.length / 3) {
        for (const personId of scene.performers) {
          if (rand() < 0.85) {
            const practices = CLOSURE_PRACTICES.filter(() => rand() < 0.5);
            insClosure.run(
              ctx.nextId(),
              scene.id,
              personId,
              JSON.stringify(practices.length > 0 ? practices : ['tag-out']),
              'Calm; asked for the robe straight after the last take.',
              at,
              at,
            );
            add('closure');
          }
        }
        if (rand() < 0.4) {
          insFollowUp.run(
            ctx.nextId(),
            scene.id,
            scene.performers[0] ?? null,
            'Check in by phone the day after the shoot.',
            scene.shootDate ?? '2026-12-01',
            rand() < 0.5 ? at : null,
            at,
            at,
          );
          add('follow_up');
        }
      }
    }
  }
  return rows;
}

extraGenerators.push({ table: 'beat_version', fill: fillPillars });
