import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/trail';
import { configure, KeyMaterial, openKeyed } from '../../../electron/core/vault/connection';
import { loadMigrations, migrate } from '../../../electron/core/vault/migrations';
import { newId } from '../../../electron/core/vault/vault';
import { sceneLabel } from '../../../shared/scenes/rules';
import { newCore, PASS, productionInput, tempDir, unlockedCore } from '../../helpers';

describe('scenes are named by (episode, number)', () => {
  it('holds Ep. 101 Sc. 4 and Ep. 102 Sc. 4 side by side, labelled 101/4 and 102/4', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', productionInput());
    const a = await core.run('scene.create', { productionId: production.id, episode: '101', number: '4' });
    const b = await core.run('scene.create', { productionId: production.id, episode: '102', number: '4' });
    expect([a.label, b.label]).toEqual(['101/4', '102/4']);
    const err = await core
      .run('scene.create', { productionId: production.id, episode: '101', number: '4' })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CONFLICT', message: 'Scene 101/4 already exists in episode 101' });
    // Moving a scene onto a taken (episode, number) is refused too; onto a free one it is not.
    await expect(core.run('scene.update', { id: b.id, patch: { episode: '101' } })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await core.run('scene.update', { id: b.id, patch: { episode: '103' } })).label).toBe('103/4');
    const feature = await core.run('scene.create', { productionId: production.id, number: '4' });
    expect(feature.label).toBe('4');
    const hits = await core.run('search.query', { text: '101' });
    expect(JSON.stringify(hits)).toContain('Scene 101/4');
  });

  it('keeps the strip fields an AD reads: INT/EXT, day/night, set, pages, and cast numbers per performer', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', productionInput());
    const ana = await core.run('person.create', { name: 'Ana Ortiz' });
    const ben = await core.run('person.create', { name: 'Ben Hale' });
    await core.run('member.add', { productionId: production.id, personId: ana.id, role: 'performer', castNumber: '2' });
    await core.run('member.add', { productionId: production.id, personId: ben.id, role: 'performer', castNumber: '1' });
    const scene = await core.run('scene.create', {
      productionId: production.id,
      episode: '101',
      number: '12A',
      intExt: 'INT',
      dayNight: 'NIGHT',
      setName: "Nora's flat",
      pageEighths: 11,
      performers: [{ personId: ana.id }, { personId: ben.id }],
    });
    expect(scene).toMatchObject({ intExt: 'INT', dayNight: 'NIGHT', setName: "Nora's flat", pageEighths: 11 });
    // Cast lists read in cast-number order, as a schedule prints them.
    expect(scene.performers.map((p) => [p.castNumber, p.name])).toEqual([
      ['1', 'Ben Hale'],
      ['2', 'Ana Ortiz'],
    ]);
    const cleo = await core.run('person.create', { name: 'Cleo Park' });
    await expect(
      core.run('member.add', { productionId: production.id, personId: cleo.id, role: 'performer', castNumber: '1' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: "Cast number 1 is already Ben Hale's in this production" });
  });

  it('travels in the JSON export with its new fields and cast numbers', async () => {
    const { core } = await unlockedCore();
    const production = await core.run('production.create', productionInput());
    const ana = await core.run('person.create', { name: 'Ana Ortiz' });
    await core.run('member.add', { productionId: production.id, personId: ana.id, role: 'performer', castNumber: '7' });
    await core.run('scene.create', { productionId: production.id, episode: '102', number: '4', intExt: 'EXT' });
    await core.run('shootDay.set', { productionId: production.id, date: '2026-12-05', crewCall: '06:00' });
    await core.run('shootDay.setPerformerCall', {
      productionId: production.id,
      date: '2026-12-05',
      personId: ana.id,
      callTime: '05:30',
    });
    const dir = tempDir();
    const out = path.join(dir, 'show.json');
    await core.run('handoff.export', {
      productionId: production.id,
      format: 'json',
      recipient: 'Coordinator',
      path: out,
    });
    const { readFileSync } = await import('node:fs');
    const snap = JSON.parse(readFileSync(out, 'utf8'));
    expect(snap.tables.scene[0]).toMatchObject({ episode: '102', number: '4', intExt: 'EXT', omitted: false });
    expect(snap.tables.productionMember[0]).toMatchObject({ castNumber: '7' });
    expect(snap.tables.shootDay).toMatchObject([{ shootDate: '2026-12-05', crewCall: '06:00' }]);
    expect(snap.tables.performerCall).toMatchObject([{ personId: ana.id, callTime: '05:30' }]);
  });
});

describe('migration 0016 on a vault of the schema before it', () => {
  it('keeps every scene and cast entry, then lets two episodes share a scene number', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'old.closedset');
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: false });
    configure(db);
    migrate(
      db,
      loadMigrations().filter((m) => m.version < 16),
    );
    const now = new Date().toISOString();
    const [vaultId, productionId, personId, memberId, sceneId] = Array.from({ length: 5 }, () => newId());
    db.exec(`
      INSERT INTO vault_meta VALUES ('vault_id', '${vaultId}', '${now}', '${now}'), ('created_at', '${now}', '${now}', '${now}');
      INSERT INTO production (id, title, type, union_status, time_zone, status, created_at, updated_at)
        VALUES ('${productionId}', 'Old Show', 'series', 'non-union', 'UTC', 'pre-production', '${now}', '${now}');
      INSERT INTO person (id, name, created_at, updated_at) VALUES ('${personId}', 'Ana Ortiz', '${now}', '${now}');
      INSERT INTO production_member (id, production_id, person_id, role, character_name, created_at, updated_at)
        VALUES ('${memberId}', '${productionId}', '${personId}', 'performer', 'Nora', '${now}', '${now}');
      INSERT INTO scene (id, production_id, number, episode, page_eighths, location, created_at, updated_at)
        VALUES ('${sceneId}', '${productionId}', '4', '101', 11, 'Stage 2', '${now}', '${now}');
      INSERT INTO scene_performer (scene_id, person_id, created_at, updated_at)
        VALUES ('${sceneId}', '${personId}', '${now}', '${now}');
    `);
    db.close();
    key.wipe();

    const core = newCore(dir);
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    expect(core.db().pragma('user_version', { simple: true })).toBe(loadMigrations().at(-1)?.version);
    const [old] = await core.run('scene.list', { productionId });
    expect(old).toMatchObject({
      id: sceneId,
      label: '101/4',
      pageEighths: 11,
      location: 'Stage 2',
      intExt: '',
      dayNight: '',
      omitted: false,
      performers: [{ name: 'Ana Ortiz', characterName: 'Nora', castNumber: '' }],
    });
    const next = await core.run('scene.create', { productionId, episode: '102', number: '4' });
    expect(next.label).toBe('102/4');
    expect(verifyAudit(core.db()).ok).toBe(true);
  });
});

describe('sceneLabel', () => {
  it('names a scene by episode and number, or by number alone', () => {
    expect(sceneLabel({ episode: '101', number: '4' })).toBe('101/4');
    expect(sceneLabel({ episode: '', number: '12A' })).toBe('12A');
    expect(sceneLabel({ episode: null, number: '7' })).toBe('7');
  });
});
