import { describe, expect, it } from 'vitest';
import { productionInput, unlockedCore } from '../../helpers';

/*
 * One wording for consent everywhere: the Riders page (consent.production / consent.scene), the
 * scene's consent pillar (readiness), the dashboard and on set read the same status and the same
 * sentences from the one consent rule.
 */

const DATE = '2026-12-05';
const NOW = '2026-12-03T14:00:00.000Z'; // 06:00 on 3 December in Los Angeles, two days before

async function setup() {
  const { core } = await unlockedCore();
  const production = await core.run('production.create', productionInput('Night Shift'));
  const maya = await core.run('person.create', { name: 'Maya Chen' });
  await core.run('member.add', { productionId: production.id, personId: maya.id, role: 'performer' });
  const scene = await core.run('scene.create', {
    productionId: production.id,
    number: '7',
    shootDate: DATE,
    callTime: '07:30',
    intimacyTypes: ['nudity-full'],
    performers: [{ personId: maya.id, nudity: 'full' }],
  });
  return { core, production, maya, scene };
}

type Core = Awaited<ReturnType<typeof setup>>['core'];

/** What each surface says of the scene's consent: status and reasons, in words. */
async function everySurface(core: Core, productionId: string, sceneId: string) {
  const riders = (await core.run('consent.production', { productionId })).find((c) => c.sceneId === sceneId);
  const one = await core.run('consent.scene', { sceneId });
  const pillar = (await core.run('readiness.scene', { sceneId })).pillars.consent;
  const dashboard = (await core.run('dashboard.get', { productionId, now: NOW })).shootDays
    .flatMap((d) => d.scenes)
    .find((s) => s.id === sceneId);
  const onset = (await core.run('onset.day', { productionId, date: DATE })).scenes.find((s) => s.id === sceneId);
  const consentReasons = (gate: { reasons: { pillar: string; text: string }[] } | undefined) =>
    gate?.reasons.filter((r) => r.pillar === 'consent').map((r) => r.text);
  return {
    riders: riders && { status: riders.status, reasons: [...riders.blockers, ...riders.missing] },
    scene: { status: one.status, reasons: [...one.blockers, ...one.missing] },
    pillar: { status: pillar.status, reasons: [...pillar.blockers, ...pillar.missing] },
    dashboardPillar: dashboard?.pillars.find((p) => p.pillar === 'consent'),
    dashboardGate: consentReasons(dashboard?.gate),
    onsetGate: consentReasons(onset?.gate),
  };
}

function expectOneWording(said: Awaited<ReturnType<typeof everySurface>>, status: string, reasons: string[]) {
  expect(said.riders).toEqual({ status, reasons });
  expect(said.scene).toEqual({ status, reasons });
  expect(said.pillar).toEqual({ status, reasons });
  expect(said.dashboardPillar).toEqual({ pillar: 'consent', status, missing: reasons });
  expect(said.dashboardGate).toEqual(reasons);
  expect(said.onsetGate).toEqual(reasons);
}

describe('consent says the same thing on every surface', () => {
  it('names a signed rider that agrees to less nudity than the scene lists, and blocks the roll', async () => {
    const { core, production, maya, scene } = await setup();
    const r = await core.run('rider.create', {
      productionId: production.id,
      personId: maya.id,
      sceneIds: [scene.id],
      terms: { nudity: 'partial' },
    });
    await core.run('rider.send', { id: r.rider.id });
    await core.run('rider.sign', { id: r.rider.id, signature: { kind: 'typed', name: 'Maya Chen' }, witness: 'IC' });
    const said = await everySurface(core, production.id, scene.id);
    expectOneWording(said, 'blocked', ["Maya Chen's rider agrees to partial nudity; the scene lists full nudity."]);
    // The dashboard's to-do for it carries the same sentence.
    const todos = (await core.run('dashboard.get', { productionId: production.id, now: NOW })).todos;
    expect(todos.find((t) => t.source === 'consent')).toMatchObject({
      title: 'Scene 7: rider short of the scene for Maya Chen',
      detail: "Maya Chen's rider agrees to partial nudity; the scene lists full nudity.",
    });
  });

  it('says the same when there is no rider, when it is unsigned, and when consent is withdrawn', async () => {
    const { core, production, maya, scene } = await setup();
    expectOneWording(await everySurface(core, production.id, scene.id), 'incomplete', [
      'Maya Chen has no rider for this scene.',
    ]);
    const r = await core.run('rider.create', {
      productionId: production.id,
      personId: maya.id,
      sceneIds: [scene.id],
      terms: { nudity: 'full' },
    });
    expectOneWording(await everySurface(core, production.id, scene.id), 'incomplete', [
      "Maya Chen's rider (version 1) is a draft, not signed.",
    ]);
    await core.run('rider.send', { id: r.rider.id });
    await core.run('rider.sign', { id: r.rider.id, signature: { kind: 'typed', name: 'Maya Chen' }, witness: 'IC' });
    await core.run('rider.withdraw', { id: r.rider.id, reason: '' });
    expectOneWording(await everySurface(core, production.id, scene.id), 'blocked', [
      'Maya Chen has withdrawn consent for this scene.',
    ]);
  });
});
