import { subDays } from 'date-fns';
import type { CoreSession } from '../kit/handler';
import { recordInTx } from './stock';

const THONG = '0000000000GARMENTTYPE00001';
const POUCH = '0000000000GARMENTTYPE00002';
const COVER = '0000000000GARMENTTYPE00003';
const BARRIER = '0000000000GARMENTTYPE00004';
const PADDING = '0000000000GARMENTTYPE00005';
const TAPE = '0000000000GARMENTTYPE00007';
const ROBE = '0000000000GARMENTTYPE00009';

const CATALOG = [
  {
    code: 'DEMO-THG-M-TAN',
    typeId: THONG,
    size: 'M',
    skinTone: 'Tan',
    material: 'Microfibre',
    care: 'washable',
    supplier: 'Second Skin Supply',
    unitCostMinor: 2400,
    reorderThreshold: 2,
  },
  {
    code: 'DEMO-THG-S-FAIR',
    typeId: THONG,
    size: 'S',
    skinTone: 'Fair',
    material: 'Microfibre',
    care: 'washable',
    supplier: 'Second Skin Supply',
    unitCostMinor: 2400,
    reorderThreshold: 2,
  },
  {
    code: 'DEMO-PCH-L-DEEP',
    typeId: POUCH,
    size: 'L',
    skinTone: 'Deep',
    material: 'Cotton jersey',
    care: 'washable',
    supplier: 'Second Skin Supply',
    unitCostMinor: 1850,
    reorderThreshold: 2,
  },
  {
    code: 'DEMO-NC-SIL',
    typeId: COVER,
    material: 'Silicone',
    adhesiveType: 'Medical silicone adhesive',
    care: 'single-use',
    supplier: 'Backstage Medical',
    unitCostMinor: 650,
    reorderThreshold: 6,
  },
  {
    code: 'DEMO-NC-FAB',
    typeId: COVER,
    material: 'Fabric',
    care: 'single-use',
    supplier: 'Backstage Medical',
    unitCostMinor: 420,
    reorderThreshold: 4,
  },
  {
    code: 'DEMO-GB-M',
    typeId: BARRIER,
    size: 'M',
    material: 'Foam and neoprene',
    care: 'washable',
    supplier: 'Set Safe Ltd',
    unitCostMinor: 6000,
    reorderThreshold: 1,
  },
  {
    code: 'DEMO-PAD-WEDGE',
    typeId: PADDING,
    material: 'Foam wedge, wipe-clean cover',
    care: 'washable',
    supplier: 'Set Safe Ltd',
    unitCostMinor: 4500,
    reorderThreshold: 1,
  },
  {
    code: 'DEMO-TAPE-25',
    typeId: TAPE,
    size: '25 mm roll',
    material: 'Hypoallergenic',
    adhesiveType: 'Acrylic',
    care: 'single-use',
    supplier: 'Backstage Medical',
    unitCostMinor: 899,
    reorderThreshold: 3,
  },
  {
    code: 'DEMO-ROBE-L',
    typeId: ROBE,
    size: 'L',
    material: 'Towelling',
    care: 'washable',
    supplier: 'Wardrobe Basics',
    unitCostMinor: 3200,
    reorderThreshold: 2,
  },
] as const;

/**
 * Garment stock and needs for the demo production: a small catalog, a fortnight of ledger history
 * (so the stock chart has a shape), needs for each scheduled scene, one variant below its reorder
 * threshold and one shortfall on the first demo shoot day. Uses the production's own performers
 * and scenes when it has them, and adds a fictional cast and two shoot days when it has none.
 */
export async function seedGarmentDemo(core: CoreSession, productionId: string): Promise<void> {
  const existing = new Map((await core.run('garment.variantList', {})).map((v) => [v.code, v.id]));
  const v: Record<string, string> = {};
  for (const item of CATALOG) {
    v[item.code] = existing.get(item.code) ?? (await core.run('garment.variantCreate', item)).id;
  }

  let performers = (await core.run('member.list', { productionId })).filter((m) => m.role === 'performer');
  let scenes = (await core.run('scene.list', { productionId })).filter((s) => s.shootDate && s.performers.length > 0);
  if (performers.length < 2 || scenes.length === 0) {
    const cast = [
      {
        name: 'Maya Lindqvist',
        character: 'Eira',
        sizes: { underwear: 'S', bust: '34', cup: 'B', clothing: 'S', 'skin-tone': 'Fair' },
      },
      {
        name: 'Tomás Okonjo',
        character: 'Callum',
        sizes: { underwear: 'L', clothing: 'L', 'skin-tone': 'Deep' },
        adhesiveAllergy: true,
        allergies: 'Zinc oxide and acrylic tape adhesives (skin reaction)',
      },
      {
        name: 'Priya Raman',
        character: 'Nell',
        sizes: { underwear: 'M', bust: '36', cup: 'C', clothing: 'M', 'skin-tone': 'Tan' },
      },
    ];
    for (const c of cast) {
      const person = await core.run('person.create', {
        name: c.name,
        sizes: c.sizes,
        adhesiveAllergy: c.adhesiveAllergy ?? false,
        allergies: c.allergies ?? '',
      });
      await core.run('member.add', {
        productionId,
        personId: person.id,
        role: 'performer',
        characterName: c.character,
      });
    }
    performers = (await core.run('member.list', { productionId })).filter((m) => m.role === 'performer');
    const idOf = (name: string) => performers.find((m) => m.person.name === name)?.person.id as string;
    const [maya, tomas, priya] = [idOf('Maya Lindqvist'), idOf('Tomás Okonjo'), idOf('Priya Raman')];
    const scene = (number: string, shootDate: string, callTime: string, location: string, people: string[]) =>
      core.run('scene.create', {
        productionId,
        number,
        episode: '104',
        shootDate,
        callTime,
        location,
        intimacyTypes: ['nudity-partial', 'simulated-sex'],
        performers: people.map((personId) => ({ personId, nudity: 'partial' as const, simulatedSex: true })),
      });
    await scene('23', '2026-12-01', '07:30', 'Stage 2, keeper cottage bedroom', [maya as string, tomas as string]);
    await scene('24A', '2026-12-01', '13:00', 'Stage 2, keeper cottage bedroom', [maya as string, tomas as string]);
    await scene('31', '2026-12-02', '08:00', 'Location: north beach cave', [priya as string, tomas as string]);
    scenes = (await core.run('scene.list', { productionId })).filter((s) => s.shootDate && s.performers.length > 0);
  }

  // Needs from each performer's sizes: the best-fitting thong or pouch, nipple covers for those with
  // a recorded cup size, a robe each, and a barrier pillow for one performer in simulated-sex scenes.
  const sizes = new Map((await core.run('garment.performers', { productionId })).map((p) => [p.personId, p.sizes]));
  for (const s of scenes) {
    for (const p of s.performers) {
      // Modesty garments only where the breakdown has nudity or simulated sex for this performer.
      if (p.nudity === 'none' && !p.simulatedSex) continue;
      const bestFit = async (typeId: string) =>
        (await core.run('garment.suggest', { personId: p.personId, typeId }))[0];
      const base = (await bestFit(THONG)) ?? (await bestFit(POUCH));
      const pouch = await bestFit(POUCH);
      const bottom = pouch && pouch.score > (base?.score ?? 0) ? pouch : base;
      if (bottom?.variant.kind === 'pouch') {
        await core.run('garment.needSet', {
          sceneId: s.id,
          personId: p.personId,
          variantId: v['DEMO-TAPE-25'] as string,
          quantity: 1,
          note: 'To secure the pouch',
        });
      }
      if (bottom)
        await core.run('garment.needSet', {
          sceneId: s.id,
          personId: p.personId,
          variantId: bottom.variant.id,
          quantity: 1,
        });
      const body = sizes.get(p.personId);
      if (body?.cup || body?.bust) {
        await core.run('garment.needSet', {
          sceneId: s.id,
          personId: p.personId,
          variantId: v['DEMO-NC-SIL'] as string,
          quantity: 2,
          note: 'One pair per scene',
        });
      }
      await core.run('garment.needSet', {
        sceneId: s.id,
        personId: p.personId,
        variantId: v['DEMO-ROBE-L'] as string,
        quantity: 1,
      });
    }
    const [first] = s.performers;
    if (first && s.intimacyTypes.includes('simulated-sex')) {
      await core.run('garment.needSet', {
        sceneId: s.id,
        personId: first.personId,
        variantId: v['DEMO-PAD-WEDGE'] as string,
        quantity: 1,
      });
    }
  }

  // The first shoot day should be one nipple cover short: at least one pair is needed that day,
  // and the opening stock less camera tests and fittings leaves one fewer than needed.
  const needs = await core.run('garment.needList', { productionId });
  const firstDay = needs
    .map((n) => n.shootDate)
    .filter((d): d is string => d !== null)
    .sort()[0];
  const coversOn = (date: string | undefined) =>
    needs.filter((n) => n.shootDate === date && n.variant.code === 'DEMO-NC-SIL').reduce((t, n) => t + n.quantity, 0);
  let coverNeed = coversOn(firstDay);
  const firstScene = scenes.find((s) => s.shootDate === firstDay && s.performers.length > 0);
  if (coverNeed === 0 && firstScene?.performers[0]) {
    await core.run('garment.needSet', {
      sceneId: firstScene.id,
      personId: firstScene.performers[0].personId,
      variantId: v['DEMO-NC-SIL'] as string,
      quantity: 2,
      note: 'One pair per scene',
    });
    coverNeed = 2;
  }
  const opening = Math.max(10, coverNeed + 3);
  const used = opening - Math.max(0, coverNeed - 1);
  const cameraTest = Math.ceil(used / 2);

  // Ledger history over the last fortnight, written through the same rules as any movement.
  const db = core.db();
  const day = (n: number, hour = 9) => {
    const d = subDays(new Date(), n);
    d.setUTCHours(hour, 0, 0, 0);
    return d.toISOString();
  };
  const receive = (code: string, quantity: number, n: number, note = '') =>
    recordInTx(db, { kind: 'received', productionId, variantId: v[code] as string, quantity, note }, day(n));
  db.transaction(() => {
    receive('DEMO-THG-M-TAN', 6, 14, 'Opening stock, PO 4471');
    receive('DEMO-THG-S-FAIR', 4, 14, 'Opening stock, PO 4471');
    receive('DEMO-PCH-L-DEEP', 4, 14, 'Opening stock, PO 4471');
    receive('DEMO-NC-SIL', opening, 14, 'Opening stock, PO 4472');
    receive('DEMO-NC-FAB', 8, 14);
    receive('DEMO-GB-M', 2, 14);
    receive('DEMO-PAD-WEDGE', 3, 13);
    receive('DEMO-TAPE-25', 6, 13);
    receive('DEMO-ROBE-L', 8, 13);
    // Camera tests and fittings used some nipple covers and tape.
    recordInTx(
      db,
      {
        kind: 'consumed',
        productionId,
        variantId: v['DEMO-NC-SIL'] as string,
        quantity: cameraTest,
        personId: null,
        sceneId: null,
        note: 'Camera test',
      },
      day(9),
    );
    recordInTx(
      db,
      {
        kind: 'consumed',
        productionId,
        variantId: v['DEMO-NC-SIL'] as string,
        quantity: used - cameraTest,
        personId: null,
        sceneId: null,
        note: 'Fittings',
      },
      day(6),
    );
    recordInTx(
      db,
      {
        kind: 'consumed',
        productionId,
        variantId: v['DEMO-TAPE-25'] as string,
        quantity: 2,
        personId: null,
        sceneId: null,
        note: 'Fittings',
      },
      day(6),
    );
    recordInTx(
      db,
      {
        kind: 'discarded',
        productionId,
        variantId: v['DEMO-THG-M-TAN'] as string,
        quantity: 1,
        personId: null,
        note: 'Seam failed at fitting',
      },
      day(5),
    );
    recordInTx(
      db,
      {
        kind: 'laundry-out',
        productionId,
        variantId: v['DEMO-ROBE-L'] as string,
        quantity: 2,
        personId: null,
        note: 'Pre-wash',
      },
      day(4),
    );
    recordInTx(
      db,
      {
        kind: 'laundry-back',
        productionId,
        variantId: v['DEMO-ROBE-L'] as string,
        quantity: 2,
        personId: null,
        note: '',
      },
      day(3),
    );
    recordInTx(
      db,
      {
        kind: 'counted',
        productionId,
        variantId: v['DEMO-TAPE-25'] as string,
        counted: 2,
        personId: null,
        note: 'Truck stock take',
      },
      day(1),
    );
  })();
}
