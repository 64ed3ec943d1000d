import { describe, expect, it } from 'vitest';
import { verifyAudit } from '../../../electron/core/audit/trail';
import { consentStandingsByScene, productionConsent } from '../../../electron/core/consent/status';
import { KeyMaterial, openKeyed } from '../../../electron/core/vault/connection';
import type { RiderDetail } from '../../../shared/consent/schema';
import { PASS, productionInput, unlockedCore } from '../../helpers';

/** The current version of a rider. */
function head(d: RiderDetail) {
  const v = d.versions[0];
  if (!v) throw new Error('The rider has no versions');
  return v;
}

// A 1x1 PNG, standing in for what signature_pad's toDataURL() gives.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** `YYYY-MM-DD` in UTC, `days` from now. */
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function setup() {
  const ctx = await unlockedCore();
  const { core } = ctx;
  const production = await core.run('production.create', { ...productionInput('Night Shift'), timeZone: 'UTC' });
  const ana = await core.run('person.create', { name: 'Ana Ortiz', dateOfBirth: '1994-05-02' });
  const ben = await core.run('person.create', { name: 'Ben Okafor' });
  const kit = await core.run('person.create', { name: 'Kit Lamb', dateOfBirth: '2015-09-01' });
  for (const [p, character] of [
    [ana, 'Maya'],
    [ben, 'Tom'],
    [kit, 'Jess'],
  ] as const) {
    await core.run('member.add', {
      productionId: production.id,
      personId: p.id,
      role: 'performer',
      characterName: character,
    });
  }
  const scene = await core.run('scene.create', {
    productionId: production.id,
    number: '12',
    shootDate: dayFromNow(10),
    callTime: '07:00',
    intimacyTypes: ['nudity-partial', 'simulated-sex'],
    performers: [
      { personId: ana.id, nudity: 'partial', simulatedSex: true },
      { personId: ben.id, nudity: 'none', simulatedSex: true },
    ],
  });
  const scene14 = await core.run('scene.create', {
    productionId: production.id,
    number: '14',
    shootDate: dayFromNow(12),
    callTime: '07:00',
    performers: [{ personId: ana.id, nudity: 'implied' }],
  });
  return { ...ctx, production, ana, ben, kit, scene, scene14 };
}

const anaTerms = {
  nudity: 'partial' as const,
  acts: [{ act: 'simulated-intercourse' as const, detail: 'Above the covers, no pelvic contact' }],
  exposure: [
    { area: 'back-upper' as const, shown: true, angle: 'Wide and medium only' },
    { area: 'breasts' as const, shown: false },
  ],
  contactAreas: ['shoulders' as const, 'back-upper' as const],
  offLimitsAreas: ['groin' as const],
  present: ['Director', 'DP', 'Intimacy coordinator'],
};

async function signedRider(
  core: Awaited<ReturnType<typeof setup>>['core'],
  productionId: string,
  personId: string,
  sceneIds: string[],
) {
  const r = await core.run('rider.create', { productionId, personId, title: 'Ep 1 rider', sceneIds, terms: anaTerms });
  await core.run('rider.send', { id: r.rider.id });
  return core.run('rider.sign', {
    id: r.rider.id,
    signature: { kind: 'drawn', image: PNG, name: 'Ana Ortiz' },
    witness: 'Sam Reyes (IC)',
  });
}

describe('the rider lifecycle', () => {
  it('goes draft, sent, signed; a change makes a new version that needs signing; withdrawal is at once', async () => {
    const { core, production, ana, ben, scene } = await setup();
    const pillar = async () => core.run('consent.scene', { sceneId: scene.id });
    expect((await pillar()).missing).toEqual([
      'Ana Ortiz has no rider for this scene.',
      'Ben Okafor has no rider for this scene.',
    ]);

    const draft = await core.run('rider.create', {
      productionId: production.id,
      personId: ana.id,
      sceneIds: [scene.id],
      terms: anaTerms,
    });
    expect(draft.rider).toMatchObject({ status: 'draft', version: 1, scenes: [{ number: '12', deleted: false }] });
    await core.run('rider.update', {
      id: draft.rider.id,
      terms: { ...head(draft).terms, howShot: 'Closed set, two cameras' },
    });
    const sent = await core.run('rider.send', { id: draft.rider.id });
    expect(sent.versions[0]?.sentAt).toMatch(/Z$/);
    expect((await pillar()).performers[0]).toMatchObject({ name: 'Ana Ortiz', state: 'sent', noticeOk: true });

    const signed = await core.run('rider.sign', {
      id: draft.rider.id,
      signature: { kind: 'drawn', image: PNG, name: 'Ana Ortiz' },
      witness: 'Sam Reyes (IC)',
    });
    expect(signed.versions[0]).toMatchObject({
      status: 'signed',
      signatureKind: 'drawn',
      signatureImage: PNG,
      witness: 'Sam Reyes (IC)',
    });
    expect((await pillar()).missing).toEqual(['Ben Okafor has no rider for this scene.']);

    const benRider = await core.run('rider.create', {
      productionId: production.id,
      personId: ben.id,
      sceneIds: [scene.id],
      terms: { acts: [{ act: 'simulated-intercourse' }] },
    });
    await core.run('rider.send', { id: benRider.rider.id });
    await core.run('rider.sign', {
      id: benRider.rider.id,
      signature: { kind: 'typed', name: 'Ben Okafor' },
      witness: 'Sam Reyes',
    });
    expect((await pillar()).status).toBe('complete');

    // A signed version is never edited: the command refuses, and so does the database.
    const edit = await core.handle('rider.update', { id: draft.rider.id, terms: { ...anaTerms, nudity: 'full' } });
    expect(edit).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: /make a new version/ } });
    expect(() => core.db().prepare(`UPDATE rider_version SET terms = '{}' WHERE id = ?`).run(head(signed).id)).toThrow(
      /never edited/,
    );

    const v2 = await core.run('rider.newVersion', { id: draft.rider.id });
    expect(v2.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'draft'],
      [1, 'signed'],
    ]);
    await core.run('rider.update', { id: draft.rider.id, terms: { ...head(v2).terms, nudity: 'full' } });
    expect((await pillar()).missing).toEqual(["Ana Ortiz's rider (version 2) is a draft, not signed."]);
    const again = await core.run('rider.get', { id: draft.rider.id });
    expect(again.versions[1]?.terms.nudity).toBe('partial');
    expect(again.versions[1]?.signatureImage).toBe(PNG);

    await core.run('rider.send', { id: draft.rider.id });
    await core.run('rider.sign', {
      id: draft.rider.id,
      signature: { kind: 'typed', name: 'Ana Ortiz' },
      witness: 'Sam Reyes',
    });
    expect((await pillar()).status).toBe('complete');

    const withdrawn = await core.run('rider.withdraw', {
      id: draft.rider.id,
      reason: 'Wants to discuss the scene again',
    });
    expect(withdrawn.versions[0]).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Wants to discuss the scene again',
    });
    const after = await pillar();
    expect(after.status).toBe('blocked');
    expect(after.blockers).toEqual(['Ana Ortiz has withdrawn consent for this scene.']);
    expect(await core.handle('rider.withdraw', { id: draft.rider.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const audit = (await core.run('rider.get', { id: draft.rider.id })).audit.map((e) => e.action).reverse();
    expect(audit).toEqual(['create', 'update', 'send', 'sign', 'new-version', 'update', 'send', 'sign', 'withdraw']);
    expect(verifyAudit(core.db())).toMatchObject({ ok: true });
  });

  it('records signatures without their image in the audit, only its hash', async () => {
    const { core, production, ana, scene } = await setup();
    const r = await signedRider(core, production.id, ana.id, [scene.id]);
    const sign = r.audit.find((e) => e.action === 'sign');
    expect(JSON.stringify(sign?.newValue)).not.toContain('base64');
    expect(sign?.newValue).toMatchObject({
      status: 'signed',
      signatureSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('refuses to sign a draft, and names a missing witness or a bad image', async () => {
    const { core, production, ana, scene } = await setup();
    const r = await core.run('rider.create', { productionId: production.id, personId: ana.id, sceneIds: [scene.id] });
    expect(
      await core.handle('rider.sign', { id: r.rider.id, signature: { kind: 'typed', name: 'Ana' }, witness: 'IC' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: /version 1 is draft/ } });
    expect(
      await core.handle('rider.sign', { id: r.rider.id, signature: { kind: 'typed', name: 'Ana' }, witness: ' ' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'witness' }] } });
    expect(
      await core.handle('rider.sign', {
        id: r.rider.id,
        signature: { kind: 'drawn', image: 'data:image/svg+xml;base64,AAAA', name: 'Ana' },
        witness: 'IC',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'signature.image' }] } });
  });

  it('logs consent check-ins against the current version, in the audit trail as consent', async () => {
    const { core, production, ana, scene } = await setup();
    const r = await signedRider(core, production.id, ana.id, [scene.id]);
    const out = await core.run('rider.checkIn', {
      riderId: r.rider.id,
      kind: 'rehearsal',
      who: 'Ana Ortiz with Sam Reyes (IC)',
      outcome: 'confirmed',
      note: 'Walked through beats 1-4',
    });
    expect(out.checkIns).toMatchObject([{ kind: 'rehearsal', outcome: 'confirmed', version: 1 }]);
    expect(out.audit[0]).toMatchObject({ entity: 'consent', action: 'check-in' });
  });

  it('refuses a rider whose terms contradict themselves, naming the conflict', async () => {
    const { core, production, ana, scene } = await setup();
    const bad = await core.handle('rider.create', {
      productionId: production.id,
      personId: ana.id,
      sceneIds: [scene.id],
      terms: { contactAreas: ['thighs-inner'], offLimitsAreas: ['thighs-inner'] },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', message: /inner thighs is both agreed for contact and off limits/ },
    });
    const r = await core.run('rider.create', { productionId: production.id, personId: ana.id, sceneIds: [] });
    const v = r.versions[0];
    const shown = await core.handle('rider.update', {
      id: r.rider.id,
      terms: { ...v?.terms, nudity: 'none', exposure: [{ area: 'breasts', shown: true, angle: '', maxSeconds: null }] },
    });
    expect(shown).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', message: /no nudity but lists as shown: breasts/ },
    });
  });

  it('refuses to confirm a withdrawn or unsigned rider, and records "changed" instead', async () => {
    const { core, production, ana, scene } = await setup();
    const r = await signedRider(core, production.id, ana.id, [scene.id]);
    await core.run('rider.withdraw', { id: r.rider.id, reason: '' });
    const entry = { riderId: r.rider.id, kind: 'shoot-day', who: 'Ana Ortiz', note: '' } as const;
    const refused = await core.handle('rider.checkIn', { ...entry, outcome: 'confirmed' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', message: /rider is withdrawn: a check-in cannot confirm it/ },
    });
    const detail = await core.run('rider.get', { id: r.rider.id });
    expect(detail.checkIns).toEqual([]);
    expect(detail.audit.map((a) => a.action)).not.toContain('check-in');
    const changed = await core.run('rider.checkIn', { ...entry, outcome: 'changed' });
    expect(changed.checkIns).toMatchObject([{ outcome: 'changed' }]);
    const draft = await core.run('rider.create', { productionId: production.id, personId: ana.id, sceneIds: [] });
    expect(
      await core.handle('rider.checkIn', { ...entry, riderId: draft.rider.id, outcome: 'confirmed' }),
    ).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION', message: /draft, not signed/ } });
  });
});

describe('rider rules on a real vault', () => {
  it('start from a template and override its fields', async () => {
    const { core, production, ana, scene } = await setup();
    const t = await core.run('riderTemplate.create', {
      productionId: production.id,
      name: 'Partial nudity, closed set',
      terms: { nudity: 'partial', present: ['Director', 'IC'], useInTrailer: false, stillsNeedApproval: true },
    });
    const r = await core.run('rider.create', {
      productionId: production.id,
      personId: ana.id,
      sceneIds: [scene.id],
      templateId: t.id,
      terms: { scriptPages: '14-16' },
    });
    expect(r.versions[0]?.terms).toMatchObject({
      nudity: 'partial',
      present: ['Director', 'IC'],
      scriptPages: '14-16',
    });
    await core.run('riderTemplate.update', { id: t.id, name: 'Partial nudity' });
    expect((await core.run('riderTemplate.list', { productionId: production.id })).map((x) => x.name)).toEqual([
      'Partial nudity',
    ]);
    await core.run('riderTemplate.delete', { id: t.id });
    expect(await core.run('riderTemplate.list', { productionId: production.id })).toEqual([]);
    expect((await core.run('rider.get', { id: r.rider.id })).versions[0]?.terms.nudity).toBe('partial');
  });

  it('refuse a minor a rider with nudity or simulated sex, and write nothing', async () => {
    const { core, production, kit } = await setup();
    const res = await core.handle('rider.create', {
      productionId: production.id,
      personId: kit.id,
      terms: { nudity: 'implied', acts: [{ act: 'simulated-intercourse' }] },
    });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', issues: [{ path: 'terms' }, { path: 'terms' }] },
    });
    expect(await core.run('rider.list', { productionId: production.id })).toEqual([]);
    expect(await core.run('audit.list', { productionId: production.id, entity: 'rider' })).toEqual([]);
    const kiss = await core.run('rider.create', {
      productionId: production.id,
      personId: kit.id,
      terms: { acts: [{ act: 'kiss-closed-mouth' }] },
    });
    const later = await core.handle('rider.update', {
      id: kiss.rider.id,
      terms: { ...head(kiss).terms, nudity: 'partial' },
    });
    expect(later).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
  });

  it('name the field when the person is not cast or a scene belongs elsewhere', async () => {
    const { core, production, ana } = await setup();
    const stranger = await core.run('person.create', { name: 'Lee Stone' });
    expect(await core.handle('rider.create', { productionId: production.id, personId: stranger.id })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'personId' }] },
    });
    const other = await core.run('production.create', productionInput('Other Show'));
    const elsewhere = await core.run('scene.create', { productionId: other.id, number: '1' });
    expect(
      await core.handle('rider.create', { productionId: production.id, personId: ana.id, sceneIds: [elsewhere.id] }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'sceneIds.0' }] } });
  });

  it('flag a rider sent with less notice than the production requires', async () => {
    const { core, production, ana, scene } = await setup();
    const soon = await core.run('scene.create', {
      productionId: production.id,
      number: '20',
      shootDate: dayFromNow(1),
      callTime: '23:00',
      performers: [{ personId: ana.id, nudity: 'partial' }],
    });
    await signedRider(core, production.id, ana.id, [scene.id, soon.id]);
    const byNumber = new Map(
      (await core.run('consent.production', { productionId: production.id })).map((c) => [c.number, c]),
    );
    const notice = (c: { missing: string[] } | undefined) => c?.missing.filter((m) => m.includes('notice'));
    expect(notice(byNumber.get('12'))).toEqual([]);
    expect(byNumber.get('20')?.performers[0]?.noticeOk).toBe(false);
    expect(byNumber.get('20')?.status).toBe('incomplete');
    expect(byNumber.get('20')?.missing[0]).toMatch(/Ana Ortiz's rider was sent \d+ hours before the call; 48 hours/);
    await core.run('production.update', { id: production.id, patch: { noticeHours: 12 } });
    const relaxed = await core.run('consent.scene', { sceneId: soon.id });
    expect(relaxed).toMatchObject({ status: 'complete', missing: [] });
    expect(relaxed.performers[0]?.noticeOk).toBe(true);
  });

  it('let a double be assigned only within the terms last signed, even after withdrawal', async () => {
    const { core, production, ana, scene } = await setup();
    const r = await core.run('rider.create', {
      productionId: production.id,
      personId: ana.id,
      sceneIds: [scene.id],
      terms: { ...anaTerms, bodyDouble: { allowed: true, terms: 'Back only, wide shots' } },
    });
    const ask = {
      id: r.rider.id,
      kind: 'body' as const,
      acts: ['simulated-intercourse' as const],
      shownAreas: ['back-upper' as const],
    };
    expect((await core.run('rider.checkDouble', ask)).problems[0]).toMatch(/never signed/);
    await core.run('rider.send', { id: r.rider.id });
    await core.run('rider.sign', { id: r.rider.id, signature: { kind: 'typed', name: 'Ana Ortiz' }, witness: 'IC' });
    await core.run('rider.withdraw', { id: r.rider.id, reason: '' });
    expect(await core.run('rider.checkDouble', ask)).toEqual({ ok: true, version: 1, problems: [] });
    const beyond = await core.run('rider.checkDouble', { ...ask, shownAreas: ['breasts'], kind: 'digital' });
    expect(beyond.ok).toBe(false);
    expect(beyond.problems).toEqual([
      'The rider does not allow a digital double.',
      "Showing the breasts is not in the rider's terms.",
    ]);
  });

  it('keep consent history when the scene and the person are deleted, and never cascade', async () => {
    const { core, production, ana, scene } = await setup();
    const r = await signedRider(core, production.id, ana.id, [scene.id]);
    await core.run('scene.delete', { id: scene.id });
    await core.run('person.delete', { id: ana.id });
    const kept = await core.run('rider.get', { id: r.rider.id });
    expect(kept.rider).toMatchObject({ personName: 'Ana Ortiz', personDeleted: true, status: 'signed' });
    expect(kept.rider.scenes).toEqual([{ id: scene.id, number: '12', label: '12', deleted: true }]);
    expect(kept.versions[0]?.signatureImage).toBe(PNG);
    expect((await core.run('rider.list', { productionId: production.id })).map((x) => x.id)).toEqual([r.rider.id]);
    const db = core.db();
    expect(() => db.prepare('DELETE FROM scene WHERE id = ?').run(scene.id)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM person WHERE id = ?').run(ana.id)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM rider WHERE id = ?').run(r.rider.id)).toThrow(/never deleted/);
    expect(() => db.prepare('DELETE FROM rider_version').run()).toThrow(/never deleted/);
    const fks = db.prepare(`SELECT "table", on_delete FROM pragma_foreign_key_list('rider_version_scene')`).all();
    expect(fks).toEqual(expect.arrayContaining([{ table: 'scene', on_delete: 'NO ACTION' }]));
  });

  it('compute a whole production with a fixed number of queries, whatever its size', async () => {
    const { core, production, ana } = await setup();
    for (let i = 0; i < 30; i++) {
      const s = await core.run('scene.create', {
        productionId: production.id,
        number: `${100 + i}`,
        performers: [{ personId: ana.id, nudity: 'implied' }],
      });
      await signedRider(core, production.id, ana.id, [s.id]);
    }
    const db = core.db();
    const prepare = db.prepare.bind(db);
    let queries = 0;
    db.prepare = ((sql: string) => {
      queries++;
      return prepare(sql);
    }) as typeof db.prepare;
    try {
      const all = productionConsent(db, production.id);
      expect(all).toHaveLength(32);
      expect(all.filter((c) => c.status === 'complete')).toHaveLength(30);
    } finally {
      db.prepare = prepare;
    }
    // Five reads, and the one that tells whether anything changed since the last computation.
    expect(queries).toBeLessThanOrEqual(6);
  });

  it('recomputes a production’s consent after a change, never serving what was computed before it', async () => {
    const { core, production, ana, scene } = await setup();
    const before = productionConsent(core.db(), production.id).find((c) => c.sceneId === scene.id);
    expect(before?.status).toBe('incomplete');
    expect(productionConsent(core.db(), production.id)).toBe(productionConsent(core.db(), production.id));
    await signedRider(core, production.id, ana.id, [scene.id]);
    const after = productionConsent(core.db(), production.id).find((c) => c.sceneId === scene.id);
    expect(after?.performers.find((p) => p.personId === ana.id)?.state).toBe('signed');
  });
});

describe('consent for readiness and choreography', () => {
  it("gives readiness, per scene, each performer's standing in the consent rule's words", async () => {
    const { core, production, ana, scene, scene14 } = await setup();
    const r = await signedRider(core, production.id, ana.id, [scene.id, scene14.id]);
    const standing = (sceneId: string) =>
      consentStandingsByScene(core.db(), production.id)
        .get(sceneId)
        ?.map((p) => ({ name: p.name, needsRider: p.needsRider, blockers: p.blockers, missing: p.missing }));
    expect(standing(scene14.id)).toEqual([{ name: 'Ana Ortiz', needsRider: true, blockers: [], missing: [] }]);
    await core.run('rider.withdraw', { id: r.rider.id, reason: '' });
    expect(standing(scene14.id)).toEqual([
      {
        name: 'Ana Ortiz',
        needsRider: true,
        blockers: ['Ana Ortiz has withdrawn consent for this scene.'],
        missing: [],
      },
    ]);
  });

  it('makes the readiness consent pillar real: missing, complete, needing signing again, blocked', async () => {
    const { core, production, ana, scene14 } = await setup();
    const pillar = async () => (await core.run('readiness.scene', { sceneId: scene14.id })).pillars.consent;
    expect(await pillar()).toMatchObject({ status: 'incomplete', missing: ['Ana Ortiz has no rider for this scene.'] });
    const r = await signedRider(core, production.id, ana.id, [scene14.id]);
    expect(await pillar()).toEqual({ status: 'complete', missing: [], blockers: [] });
    await core.run('rider.newVersion', { id: r.rider.id });
    expect(await pillar()).toMatchObject({
      status: 'incomplete',
      missing: ["Ana Ortiz's rider (version 2) is a draft, not signed."],
    });
    await core.run('rider.send', { id: r.rider.id });
    await core.run('rider.withdraw', { id: r.rider.id, reason: '' });
    expect(await pillar()).toMatchObject({
      status: 'blocked',
      blockers: ['Ana Ortiz has withdrawn consent for this scene.'],
    });
  });

  it('flags beats beyond consent in the beat sheet, and holds the choreography pillar', async () => {
    const { core, production, ana, ben, scene } = await setup();
    await signedRider(core, production.id, ana.id, [scene.id]);
    const contact = (area: 'back-upper' | 'thighs-inner' | 'groin', from = ben.id, to = ana.id) => ({
      fromPersonId: from,
      toPersonId: to,
      area,
      means: 'hand' as const,
    });
    const sheet = await core.run('beats.save', {
      sceneId: scene.id,
      baseVersion: 0,
      beats: [
        { title: 'Embrace', performerIds: [ana.id, ben.id], contacts: [contact('back-upper')] },
        {
          title: 'Lying together',
          performerIds: [ana.id, ben.id],
          contacts: [contact('thighs-inner'), contact('groin'), contact('back-upper', ana.id, ben.id)],
        },
      ],
    });
    const consentFlags = sheet.flags.filter((f) => /rider/.test(f.message));
    expect(consentFlags.map((f) => [f.beatNumber, f.contactIndex, f.severity, f.message])).toEqual([
      [
        2,
        0,
        'never',
        "Beat 2: contact by Ben Okafor on Ana Ortiz's inner thighs is not in what Ana Ortiz's signed rider agrees to.",
      ],
      [
        2,
        1,
        'never',
        "Beat 2: contact by Ben Okafor on Ana Ortiz's genitals and groin, an area Ana Ortiz's rider puts off limits.",
      ],
      [
        2,
        2,
        'never',
        "Beat 2: contact by Ana Ortiz on Ben Okafor's upper back, and Ben Okafor has no signed, current rider for this scene.",
      ],
    ]);
    const readiness = await core.run('readiness.scene', { sceneId: scene.id });
    expect(readiness.pillars.choreography.blockers).toEqual(expect.arrayContaining(consentFlags.map((f) => f.message)));
  });
});

describe('the audit trail of riders', () => {
  it('fails verification when a rider entry is altered directly in the database', async () => {
    const { core, file, production, ana, scene } = await setup();
    const r = await signedRider(core, production.id, ana.id, [scene.id]);
    expect(verifyAudit(core.db(), production.id).ok).toBe(true);
    const target = r.audit.find((e) => e.action === 'sign');
    core.lock('user');
    const key = new KeyMaterial(PASS);
    const db = openKeyed(file, key, { mustExist: true });
    db.exec('DROP TRIGGER audit_entry_no_update;');
    db.prepare(`UPDATE audit_entry SET new_value = replace(new_value, 'Sam Reyes (IC)', 'Nobody') WHERE id = ?`).run(
      target?.id,
    );
    db.close();
    key.wipe();
    await core.run('vault.unlock', { path: file, passphrase: PASS });
    const verdict = await core.run('audit.verify', { productionId: production.id });
    expect(verdict.ok).toBe(false);
    expect(verdict.firstBad).toMatchObject({ id: target?.id, reason: expect.stringMatching(/edited/) });
  });
});
