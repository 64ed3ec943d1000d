import { z } from 'zod';
import { type CommandSpec, command } from '../kit/command';
import { Id, IsoDate } from '../kit/fields';
import {
  CostumePerformer,
  CostumePerformerPatch,
  CostumeScene,
  CsvFile,
  ExportInput,
  Fitting,
  FittingInput,
  GarmentType,
  GarmentTypeInput,
  GarmentTypePatch,
  ImportInput,
  ImportPreview,
  Movement,
  MovementInput,
  MovementResult,
  Need,
  NeedInput,
  Outlook,
  PullList,
  SeriesPoint,
  ShootDay,
  StockRow,
  Variant,
  VariantDuplicateInput,
  VariantInput,
  VariantPatch,
  VariantSuggestion,
} from './schema';

const includeDeleted = z.boolean().default(false);

const catalogCommands = {
  'garment.typeList': command({
    views: ['full', 'costume'],
    input: z.strictObject({ includeDeleted }),
    output: z.array(GarmentType),
    summary: 'The kinds of modesty garment and barrier in the catalog',
  }),
  'garment.typeCreate': command({
    views: ['full', 'costume'],
    input: GarmentTypeInput,
    output: GarmentType,
    summary: 'Add an item type',
  }),
  'garment.typeUpdate': command({
    views: ['full', 'costume'],
    input: z.strictObject({ id: Id, patch: GarmentTypePatch }),
    output: GarmentType,
    summary: 'Rename or change an item type',
  }),
  'garment.typeDelete': command({
    views: ['full', 'costume'],
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: GarmentType,
    summary: 'Retire (or restore) an item type; its variants and ledger stay',
  }),
  'garment.variantList': command({
    views: ['full', 'costume'],
    input: z.strictObject({ typeId: Id.optional(), includeDeleted }),
    output: z.array(Variant),
    summary: 'Catalog variants by size, skin tone, material and adhesive',
  }),
  'garment.variantCreate': command({
    views: ['full', 'costume'],
    input: VariantInput,
    output: Variant,
    summary: 'Add a variant to the catalog',
  }),
  'garment.variantUpdate': command({
    views: ['full', 'costume'],
    input: z.strictObject({ id: Id, patch: VariantPatch }),
    output: Variant,
    summary: 'Change a variant (cost, supplier, threshold...)',
  }),
  'garment.variantDelete': command({
    views: ['full', 'costume'],
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: Variant,
    summary: 'Retire (or restore) a variant; its ledger stays',
  }),
  'garment.variantDuplicate': command({
    views: ['full', 'costume'],
    input: VariantDuplicateInput,
    output: z.array(Variant),
    summary: 'Copy a variant under new codes, in other sizes or tones, several at once',
  }),
  'garment.performerUpdate': command({
    views: ['full', 'costume'],
    input: z.strictObject({ productionId: Id, personId: Id, patch: CostumePerformerPatch }),
    output: CostumePerformer,
    summary: "Record a performer's sizes, skin tone, allergens or fitter preference (costume's own fields)",
  }),
  'garment.fittingList': command({
    views: ['full', 'costume'],
    input: z.strictObject({ productionId: Id, from: IsoDate.optional(), includeDeleted }),
    output: z.array(Fitting),
    summary: "A production's fitting appointments in date order",
  }),
  'garment.fittingSet': command({
    views: ['full', 'costume'],
    input: FittingInput,
    output: Fitting,
    summary: 'Book or change a fitting: date and time, place, fitter',
  }),
  'garment.fittingDelete': command({
    views: ['full', 'costume'],
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: Fitting,
    summary: 'Cancel (or restore) a fitting',
  }),
  'garment.performers': command({
    views: ['full', 'costume'],
    input: z.strictObject({ productionId: Id }),
    output: z.array(CostumePerformer),
    summary: "A production's performers as costume sees them: sizes and allergies, nothing else",
  }),
  'garment.scenes': command({
    views: ['full', 'costume'],
    input: z.strictObject({ productionId: Id }),
    output: z.array(CostumeScene),
    summary: "A production's scenes as costume sees them: number, day, call, location and performers",
  }),
  'garment.suggest': command({
    views: ['full', 'costume'],
    input: z.strictObject({ personId: Id, typeId: Id }),
    output: z.array(VariantSuggestion),
    summary: "Variants of a type ranked by fit with the person's sizes",
  }),
  'garment.needList': command({
    views: ['full', 'costume'],
    input: z.strictObject({ productionId: Id, sceneId: Id.optional() }),
    output: z.array(Need),
    summary: "Each scene's garment needs per performer",
  }),
  'garment.needSet': command({
    views: ['full', 'costume'],
    input: NeedInput,
    output: Need,
    summary: 'Set what a performer needs for a scene (adds or changes the quantity)',
  }),
  'garment.needDelete': command({
    views: ['full', 'costume'],
    input: z.strictObject({ id: Id }),
    output: z.object({ id: Id }),
    summary: 'Remove a garment need',
  }),
  'garment.importPreview': command({
    views: ['full', 'costume'],
    input: ImportInput,
    output: ImportPreview,
    summary: 'Check a catalog or stock CSV row by row without importing',
  }),
  'garment.import': command({
    views: ['full', 'costume'],
    input: ImportInput,
    output: z.object({ imported: z.number().int(), preview: ImportPreview }),
    summary: 'Import a catalog or stock CSV: every row or none',
  }),
} as const satisfies Record<string, CommandSpec>;

const stockCommands = {
  'stock.list': command({
    views: ['full', 'costume'],
    input: z.strictObject({ productionId: Id }),
    output: z.array(StockRow),
    summary: "A production's stock per variant: on hand, issued, in laundry, available",
  }),
  'stock.record': command({
    views: ['full', 'costume'],
    input: MovementInput,
    output: MovementResult,
    summary: 'Record a movement: received, issued, returned, laundry, consumed, discarded or counted',
  }),
  'stock.reverse': command({
    views: ['full', 'costume'],
    input: z.strictObject({
      movementId: Id,
      /** Other movements of the same recording (an issue split across lots), taken back with it. */
      alongWith: z.array(Id).max(20).default([]),
    }),
    output: z.object({ movements: z.array(Movement), stock: z.array(StockRow) }),
    summary:
      'Take a movement back by appending its reversal (history is never deleted); refused if already reversed or if stock would go below zero',
  }),
  'stock.ledger': command({
    views: ['full', 'costume'],
    input: z.strictObject({
      productionId: Id,
      variantId: Id.optional(),
      beforeSeq: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.array(Movement),
    summary: 'The ledger, newest first',
  }),
  'stock.series': command({
    views: ['full', 'costume'],
    input: z.strictObject({ productionId: Id, variantId: Id }),
    output: z.array(SeriesPoint),
    summary: "A variant's stock at the end of each day with movements, for a chart",
  }),
  'stock.shootDays': command({
    views: ['full', 'costume'],
    input: z.strictObject({ productionId: Id }),
    output: z.array(ShootDay),
    summary: 'The shoot days with scenes, for choosing a pull list',
  }),
  'stock.pullList': command({
    views: ['full', 'costume'],
    input: z.strictObject({ productionId: Id, date: IsoDate }),
    output: PullList,
    summary: 'What to pull for whom on a shoot day, and what is short',
  }),
  'stock.outlook': command({
    views: ['full', 'costume'],
    input: z.strictObject({
      productionId: Id,
      days: z.number().int().min(1).max(60).default(5),
      from: IsoDate.optional(),
    }),
    output: Outlook,
    summary: 'Low stock, shortfalls for the next N shoot days, and the reorder list by supplier',
  }),
  'stock.exportCsv': command({
    views: ['full', 'costume'],
    input: ExportInput,
    output: CsvFile,
    summary: 'Stock, the ledger, a pull list or the reorder list as CSV for a spreadsheet',
  }),
} as const satisfies Record<string, CommandSpec>;

/** The garment catalog, needs, pull lists (`garment.`) and the stock ledger (`stock.`). */
export const garmentCommands = { ...catalogCommands, ...stockCommands } as const;
