import Database from 'better-sqlite3-multiple-ciphers';
import { configure } from '../electron/core/vault/connection';
import { READINESS_SCENE_COLUMNS } from '../electron/core/scenes/rows';
const db = new Database('/tmp/perf19-prod10.sqlite');
configure(db);
const productionId = db.prepare('SELECT production_id FROM scene GROUP BY production_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as string;
const params = { productionId, sceneId: null, sceneIds: '[]' };
const only = '';
const qs: Record<string,string> = {
scenes: `SELECT ${READINESS_SCENE_COLUMNS} FROM scene s WHERE s.production_id = @productionId AND s.deleted_at IS NULL ${only}`,
perf: `SELECT sp.scene_id, sp.person_id, sp.nudity, sp.simulated_sex, m.role, p.name, p.date_of_birth, p.is_minor, s.shoot_date
           FROM scene_performer sp JOIN scene s ON s.id = sp.scene_id JOIN person p ON p.id = sp.person_id
           LEFT JOIN production_member m ON m.person_id = sp.person_id AND m.production_id = s.production_id
           WHERE s.production_id = @productionId AND s.deleted_at IS NULL ${only} ORDER BY p.name COLLATE NOCASE`,
maps: 'SELECT person_id, areas, break_signal FROM body_map WHERE production_id = @productionId',
checkins: `SELECT person_id, scene_id, COUNT(*) AS n FROM check_in WHERE production_id = @productionId AND deleted_at IS NULL GROUP BY person_id, scene_id`,
beats: `SELECT v.scene_id, b.id, b.performer_ids, b.contacts, b.body_position, b.camera_angle, b.on_screen, b.description
           FROM beat b JOIN beat_version v ON v.id = b.version_id
           JOIN (SELECT bv.scene_id, MAX(bv.version) AS latest FROM beat_version bv JOIN scene s ON s.id = bv.scene_id
                 WHERE s.production_id = @productionId ${only} GROUP BY bv.scene_id) l
             ON l.scene_id = v.scene_id AND l.latest = v.version ORDER BY b.position`,
closures: `SELECT c.scene_id, c.person_id, c.practices FROM closure c JOIN scene s ON s.id = c.scene_id WHERE s.production_id = @productionId ${only}`,
fu: `SELECT f.scene_id, f.description, f.due_date, f.done_at FROM follow_up f JOIN scene s ON s.id = f.scene_id WHERE s.production_id = @productionId AND f.deleted_at IS NULL AND f.done_at IS NULL ${only}`,
facts: `SELECT r.id AS rider_id, r.person_id, v.id AS v_id, v.version, v.status, v.terms, v.sent_at, v.signed_at, v.withdrawn_at
       FROM rider r JOIN rider_version v ON v.rider_id = r.id AND v.version = (SELECT MAX(version) FROM rider_version WHERE rider_id = r.id)
       WHERE r.production_id = @productionId AND r.deleted_at IS NULL`,
};
for (const [k, sql] of Object.entries(qs)) {
  const st = db.prepare(sql);
  const usable = Object.fromEntries(Object.entries(params).filter(([p]) => sql.includes('@' + p)));
  st.all(usable);
  const a = performance.now(); const n = st.all(usable).length; const ms = performance.now() - a;
  console.log(k.padEnd(10), ms.toFixed(1), n, (db.prepare('EXPLAIN QUERY PLAN ' + sql).all(usable) as {detail:string}[]).map(r=>r.detail).join(' | '));
}
