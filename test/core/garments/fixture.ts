import type { Core } from '../../../electron/core/core';
import { productionInput, unlockedCore } from '../../helpers';

export const THONG_TYPE = '0000000000GARMENTTYPE00001';
export const COVER_TYPE = '0000000000GARMENTTYPE00003';
export const TAPE_TYPE = '0000000000GARMENTTYPE00007';

/** A production with two performers in two scenes on one shoot day, and a small catalog. */
export async function garmentFixture(): Promise<{
  core: Core;
  productionId: string;
  ana: string;
  ben: string;
  scene1: string;
  scene2: string;
  thongM: string;
  thongS: string;
  cover: string;
  tape: string;
}> {
  const { core } = await unlockedCore();
  const production = await core.run('production.create', productionInput('Night Shift'));
  const productionId = production.id;
  const ana = (await core.run('person.create', { name: 'Ana Ferreira', sizes: { underwear: 'M', 'skin-tone': 'Tan' } }))
    .id;
  const ben = (
    await core.run('person.create', {
      name: 'Ben Okafor',
      sizes: { underwear: 'S' },
      adhesiveAllergy: true,
      allergies: 'Zinc oxide tape',
    })
  ).id;
  for (const personId of [ana, ben]) await core.run('member.add', { productionId, personId, role: 'performer' });
  const scene = (number: string, callTime: string) =>
    core.run('scene.create', {
      productionId,
      number,
      shootDate: '2026-12-03',
      callTime,
      intimacyTypes: ['nudity-partial'],
      performers: [
        { personId: ana, nudity: 'partial' },
        { personId: ben, nudity: 'partial' },
      ],
    });
  const scene1 = (await scene('12', '07:00')).id;
  const scene2 = (await scene('14A', '11:30')).id;
  const variant = (code: string, typeId: string, extra: Record<string, unknown>) =>
    core.run('garment.variantCreate', { typeId, code, care: 'washable', supplier: 'Second Skin Supply', ...extra });
  const thongM = (
    await variant('THG-M-TAN', THONG_TYPE, { size: 'M', skinTone: 'Tan', unitCostMinor: 2400, reorderThreshold: 2 })
  ).id;
  const thongS = (await variant('THG-S-TAN', THONG_TYPE, { size: 'S', skinTone: 'Tan', unitCostMinor: 2400 })).id;
  const cover = (
    await variant('NC-SIL', COVER_TYPE, {
      care: 'single-use',
      material: 'Silicone',
      adhesiveType: 'Medical adhesive',
      unitCostMinor: 650,
      reorderThreshold: 4,
    })
  ).id;
  const tape = (
    await variant('TAPE-25', TAPE_TYPE, { care: 'single-use', supplier: 'Backstage Medical', unitCostMinor: 899 })
  ).id;
  return { core, productionId, ana, ben, scene1, scene2, thongM, thongS, cover, tape };
}
