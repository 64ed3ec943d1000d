import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyMaterial, openKeyed } from '../../../electron/core/vault/connection';
import { newCore, PASS, productionInput, tempDir, unlockedCore } from '../../helpers';

const DATE = '2026-12-03';

async function setup() {
  const ctx = await unlockedCore();
  const { core } = ctx;
  const production = await core.run('production.create', productionInput('Night Shift'));
  const ana = await core.run('person.create', { name: 'Ana Ortiz' });
  const ben = await core.run('person.create', { name: 'Ben Okafor' });
  const dee = await core.run('person.create', { name: 'Dee Park' });
  for (const [p, role] of [
    [ana, 'performer'],
    [ben, 'performer'],
    [dee, 'background'],
  ] as const) {
    await core.run('member.add', { productionId: production.id, personId: p.id, role, characterName: '' });
  }
  const scene = await core.run('scene.create', {
    productionId: production.id,
    number: '12A',
    shootDate: DATE,
    callTime: '07:30',
    intimacyTypes: ['nudity-partial'],
    performers: [
      { personId: ana.id, nudity: 'partial' },
      { personId: ben.id, nudity: 'partial' },
      { personId: dee.id },
    ],
  });
  // Ana's rider is signed and covers 12A; Ben has none; Dee (background, no nudity) needs none.
  const draft = await core.run('rider.create', {
    productionId: production.id,
    personId: ana.id,
    title: 'Ep 1 rider',
    sceneIds: [scene.id],
    terms: { nudity: 'partial', acts: [] },
  });
  await core.run('rider.send', { id: draft.rider.id });
  const rider = await core.run('rider.sign', {
    id: draft.rider.id,
    signature: { kind: 'typed', name: 'Ana Ortiz' },
    witness: 'Sam Reyes (IC)',
  });
  return { ...ctx, production, ana, ben, dee, scene, riderId: rider.rider.id };
}

const checkIn = (sceneId: string, personId: string, done: boolean) =>
  ({ sceneId, date: DATE, item: 'consent-checkin', personId, done }) as const;

describe('on-set consent check-ins reach the rider', () => {
  it("logs the check-in in the performer's rider history with the time and the scene", async () => {
    const { core, production, ana, scene, riderId } = await setup();
    const mark = await core.run('onset.mark', checkIn(scene.id, ana.id, true));
    const detail = await core.run('rider.get', { id: riderId });
    expect(detail.checkIns).toHaveLength(1);
    expect(detail.checkIns[0]).toMatchObject({
      kind: 'shoot-day',
      at: mark.markedAt,
      who: 'Ana Ortiz',
      outcome: 'confirmed',
      version: 1,
      sceneId: scene.id,
      shootDate: DATE,
      voidedAt: null,
    });
    expect(detail.checkIns[0]?.note).toContain('On set, scene 12A');
    // The rider's own history says so, and the chain still verifies.
    expect(detail.audit.map((a) => a.action)).toContain('check-in');
    expect((await core.run('audit.verify', { productionId: production.id })).ok).toBe(true);
    // A second tap on a checked item does not log a second check-in.
    await core.run('onset.mark', checkIn(scene.id, ana.id, true));
    expect((await core.run('rider.get', { id: riderId })).checkIns).toHaveLength(1);
  });

  it('un-checking voids the check-in (kept, never deleted); checking again logs a new one', async () => {
    const { core, production, ana, scene, riderId } = await setup();
    await core.run('onset.mark', checkIn(scene.id, ana.id, true));
    const undone = await core.run('onset.mark', checkIn(scene.id, ana.id, false));
    let detail = await core.run('rider.get', { id: riderId });
    expect(detail.checkIns).toHaveLength(1);
    expect(detail.checkIns[0]?.voidedAt).toBe(undone.markedAt);
    expect(detail.checkIns[0]?.voidReason).toContain('scene 12A');
    expect(detail.audit.map((a) => a.action)).toContain('check-in-voided');
    // Un-checking twice voids nothing more.
    await core.run('onset.mark', checkIn(scene.id, ana.id, false));
    await core.run('onset.mark', checkIn(scene.id, ana.id, true));
    detail = await core.run('rider.get', { id: riderId });
    expect(detail.checkIns.map((c) => c.voidedAt === null).sort()).toEqual([false, true]);
    expect((await core.run('audit.verify', { productionId: production.id })).ok).toBe(true);
  });

  it("another day's checklist has its own check-in", async () => {
    const { core, ana, scene, riderId } = await setup();
    await core.run('onset.mark', checkIn(scene.id, ana.id, true));
    await core.run('onset.mark', { ...checkIn(scene.id, ana.id, true), date: '2026-12-04' });
    await core.run('onset.mark', { ...checkIn(scene.id, ana.id, false), date: '2026-12-04' });
    const detail = await core.run('rider.get', { id: riderId });
    const live = detail.checkIns.filter((c) => c.voidedAt === null);
    expect(live.map((c) => c.shootDate)).toEqual([DATE]);
  });

  it('says plainly on the checklist who has no rider, and still allows the mark', async () => {
    const { core, production, ana, ben, dee, scene, riderId } = await setup();
    const day = await core.run('onset.day', { productionId: production.id, date: DATE });
    const riders = Object.fromEntries(day.scenes[0]?.performers.map((p) => [p.name, p.rider]) ?? []);
    expect(riders['Ana Ortiz']).toEqual({ state: 'signed', riderId, version: 1, problem: null });
    expect(riders['Ben Okafor']).toMatchObject({ state: 'missing', riderId: null, problem: expect.any(String) });
    expect(riders['Ben Okafor']?.problem).toBe('Ben Okafor has no rider for this scene.');
    expect(riders['Dee Park']).toMatchObject({ state: 'not-needed', riderId: null, problem: null });

    const mark = await core.run('onset.mark', checkIn(scene.id, ben.id, true));
    expect(mark.done).toBe(true);
    await core.run('onset.mark', checkIn(scene.id, dee.id, true));
    await core.run('onset.mark', checkIn(scene.id, ana.id, true));
    const riders2 = await core.run('rider.list', { productionId: production.id });
    expect(riders2.map((r) => r.personId)).toEqual([ana.id]);
    expect((await core.run('rider.get', { id: riderId })).checkIns).toHaveLength(1);
  });

  it('a check-in for someone not in the scene is refused and logs nothing on the rider', async () => {
    const { core, production, ana, riderId } = await setup();
    const other = await core.run('scene.create', { productionId: production.id, number: '30', shootDate: DATE });
    const refused = await core.handle('onset.mark', checkIn(other.id, ana.id, true));
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: 'personId' }] } });
    expect((await core.run('rider.get', { id: riderId })).checkIns).toEqual([]);
  });

  it('a withdrawn rider cannot be checked in as confirmed on set; "did not confirm" is recorded instead', async () => {
    const { core, production, ana, scene, riderId } = await setup();
    await core.run('rider.withdraw', { id: riderId, reason: '' });
    const refused = await core.handle('onset.mark', checkIn(scene.id, ana.id, true));
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', message: "Ana Ortiz's rider is withdrawn: a check-in cannot confirm it" },
    });
    let detail = await core.run('rider.get', { id: riderId });
    expect(detail.checkIns).toEqual([]);
    expect(detail.audit.map((a) => a.action)).not.toContain('check-in');
    const day = await core.run('onset.day', { productionId: production.id, date: DATE });
    expect(day.scenes[0]?.marks).toEqual([]);
    // Recording that she did not confirm is allowed, and leaves the item open.
    const mark = await core.run('onset.mark', { ...checkIn(scene.id, ana.id, true), confirmed: false });
    expect(mark.done).toBe(false);
    detail = await core.run('rider.get', { id: riderId });
    expect(detail.checkIns).toMatchObject([{ outcome: 'changed', kind: 'shoot-day' }]);
    expect(detail.checkIns[0]?.note).toContain('did not confirm');
  });

  it('a scene with withdrawn consent is blocked on set, naming whose, and its checklist is never all done', async () => {
    const { core, production, ana, ben, dee, scene, riderId } = await setup();
    await core.run('rider.withdraw', { id: riderId, reason: '' });
    for (const item of ['closed-set', 'monitors', 'crew-briefed', 'garments-fitted'] as const)
      await core.run('onset.mark', { sceneId: scene.id, date: DATE, item, done: true });
    await core.run('onset.mark', { sceneId: scene.id, date: DATE, item: 'robe-person', done: true, value: 'Noor' });
    for (const p of [ben, dee]) await core.run('onset.mark', checkIn(scene.id, p.id, true));
    await core.run('onset.mark', { ...checkIn(scene.id, ana.id, true), confirmed: false });
    const day = await core.run('onset.day', { productionId: production.id, date: DATE });
    const s = day.scenes[0];
    expect(s?.gate.state).toBe('blocked');
    expect(s?.gate.label).toBe('Blocked - do not roll');
    expect(s?.gate.reasons).toContainEqual({
      pillar: 'consent',
      text: 'Ana Ortiz has withdrawn consent for this scene.',
    });
    expect(s?.prerollComplete).toBe(false);
  });

  it('the vault refuses a confirmed check-in on a withdrawn version', async () => {
    const { core, file, riderId } = await setup();
    await core.run('rider.withdraw', { id: riderId, reason: '' });
    await core.run('vault.lock', {});
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: true });
    key.wipe();
    try {
      const insert = (outcome: string) =>
        db
          .prepare(
            `INSERT INTO consent_checkin (id, rider_id, version, kind, at, who, outcome, note, created_at, updated_at)
             VALUES (?, ?, 1, 'shoot-day', ?, 'Ana', ?, '', ?, ?)`,
          )
          .run(
            `x-${outcome}`,
            riderId,
            '2099-01-01T00:00:00.000Z',
            outcome,
            '2099-01-01T00:00:00.000Z',
            '2099-01-01T00:00:00.000Z',
          );
      expect(() => insert('confirmed')).toThrow(/can confirm only a signed/);
      expect(() => insert('changed')).not.toThrow();
    } finally {
      db.close();
    }
  });

  it('the vault refuses to edit or un-void a check-in', async () => {
    const { core, file, ana, scene } = await setup();
    await core.run('onset.mark', checkIn(scene.id, ana.id, true));
    await core.run('onset.mark', checkIn(scene.id, ana.id, false));
    await core.run('vault.lock', {});
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: true });
    key.wipe();
    try {
      expect(() => db.prepare("UPDATE consent_checkin SET note = 'edited'").run()).toThrow(/never edited/);
      expect(() => db.prepare('UPDATE consent_checkin SET voided_at = NULL').run()).toThrow(/never edited/);
      expect(() => db.prepare('DELETE FROM consent_checkin').run()).toThrow(/never deleted/);
    } finally {
      db.close();
    }
  });

  it('a voided on-set check-in travels in a handoff as voided', async () => {
    const { core, production, ana, scene, riderId } = await setup();
    await core.run('onset.mark', checkIn(scene.id, ana.id, true));
    await core.run('onset.mark', checkIn(scene.id, ana.id, false));
    const file = path.join(tempDir(), 'handoff.json');
    await core.run('handoff.export', {
      productionId: production.id,
      format: 'json',
      recipient: 'Second unit IC',
      path: file,
    });
    const other = newCore(tempDir());
    await other.run('vault.create', { path: path.join(tempDir(), 'b.closedset'), passphrase: PASS });
    await other.run('handoff.import', { path: file });
    const detail = await other.run('rider.get', { id: riderId });
    expect(detail.checkIns).toHaveLength(1);
    expect(detail.checkIns[0]).toMatchObject({ sceneId: scene.id, shootDate: DATE, voidedAt: expect.any(String) });
  });
});
