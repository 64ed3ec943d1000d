import type { Core } from '../../../electron/core/core';
import { mark } from './fixture';

const NIPPLE_COVER = '0000000000GARMENTTYPE00003';
const STRAPLESS_THONG = '0000000000GARMENTTYPE00001';

/**
 * Fills the binder pillars and the garment tables of a planted production, with a marker in every
 * free-text field: body maps, check-ins, two beat versions, closure and follow-ups, two catalog
 * variants, needs, and a ledger of received, issued and returned stock.
 */
export async function plantBinder(core: Core, productionId: string, performerIds: string[], sceneIds: string[]) {
  const [a, b] = performerIds as [string, string];
  const [s1, s2] = sceneIds as [string, string];
  for (const [i, personId] of [a, b].entries()) {
    const n = i + 1;
    await core.run('communication.save', {
      productionId,
      personId,
      patch: {
        areas:
          n === 1
            ? { face: 'ok', shoulders: 'ok', breasts: 'never', 'back-upper': 'ask', buttocks: 'never' }
            : { face: 'ok', hands: 'ok', chest: 'ask', groin: 'never' },
        notes: mark('boundarynotes', n),
        breakSignal: mark('breaksignal', n),
        preferredName: mark('preferredname', n),
        notify: [mark('notify', n)],
      },
    });
    await core.run('checkIn.add', {
      productionId,
      personId,
      sceneId: s1,
      at: `2026-11-2${n}T10:00:00.000Z`,
      kind: 'meeting',
      attendees: mark('attendees', n),
      agreed: mark('agreed', n),
    });
  }
  const beat = (n: number) => ({
    title: `Embrace ${mark('beattitle', n)}`,
    performerIds: [a, b],
    contacts: [
      { fromPersonId: b, toPersonId: a, area: 'shoulders' as const, means: 'hand' as const },
      { fromPersonId: b, toPersonId: a, area: 'back-upper' as const, means: 'hand' as const, confirmed: n === 2 },
    ],
    bodyPosition: mark('bodyposition', n),
    cameraAngle: mark('cameraangle', n),
    onScreen: mark('onscreen', n),
    description: mark('beatdescription', n),
  });
  const v1 = await core.run('beats.save', {
    sceneId: s1,
    baseVersion: 0,
    note: mark('versionnote', 1),
    beats: [beat(1)],
  });
  await core.run('beats.save', {
    sceneId: s1,
    baseVersion: 1,
    note: mark('versionnote', 2),
    beats: [{ ...beat(2), id: v1.beats[0]?.id }, beat(3)],
  });
  for (const [i, personId] of [a, b].entries()) {
    const n = i + 1;
    await core.run('closure.save', {
      sceneId: s1,
      personId,
      practices: ['tag-out', 'other'],
      practiceNote: mark('practicenote', n),
      debrief: mark('debrief', n),
      nextShootNotes: mark('nextshoot', n),
    });
  }
  await core.run('followUp.add', { sceneId: s1, personId: a, description: mark('followup', 1), dueDate: '2026-12-04' });
  await core.run('followUp.add', {
    sceneId: s2,
    personId: null,
    description: mark('followup', 2),
    dueDate: '2026-12-06',
  });

  const tail = productionId.slice(-6);
  const cover = await core.run('garment.variantCreate', {
    typeId: NIPPLE_COVER,
    code: `NC-${tail}`,
    size: 'M',
    skinTone: 'Tan',
    material: 'Silicone',
    care: 'washable',
    supplier: mark('supplier', 1),
    unitCostMinor: 1250,
    reorderThreshold: 4,
  });
  const thong = await core.run('garment.variantCreate', {
    typeId: STRAPLESS_THONG,
    code: `ST-${tail}`,
    size: 'S',
    skinTone: 'Deep',
    care: 'single-use',
    supplier: mark('supplier', 2),
    unitCostMinor: 900,
  });
  for (const scene of [s1, s2]) {
    await core.run('garment.needSet', {
      sceneId: scene,
      personId: a,
      variantId: cover.id,
      quantity: 2,
      note: mark('neednote', 1),
    });
    await core.run('garment.needSet', {
      sceneId: scene,
      personId: b,
      variantId: thong.id,
      quantity: 1,
      note: mark('neednote', 2),
    });
  }
  const move = (input: Record<string, unknown>) => core.run('stock.record', { productionId, ...input } as never);
  await move({ kind: 'received', variantId: cover.id, quantity: 6, note: mark('movementnote', 1) });
  await move({ kind: 'received', variantId: thong.id, quantity: 3, note: mark('movementnote', 2) });
  await move({ kind: 'issued', variantId: cover.id, quantity: 2, personId: a, sceneId: s1 });
  await move({ kind: 'returned', variantId: cover.id, quantity: 2, personId: a, sceneId: s1 });
  return { variants: [cover, thong] };
}
