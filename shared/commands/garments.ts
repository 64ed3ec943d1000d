import { z } from 'zod';
import { Id } from '../schemas/common';
import {
  CostumePerformer,
  CostumeScene,
  GarmentType,
  GarmentTypeInput,
  GarmentTypePatch,
  ImportInput,
  ImportPreview,
  Need,
  NeedInput,
  Variant,
  VariantInput,
  VariantPatch,
  VariantSuggestion,
} from '../schemas/garments';
import { type CommandSpec, command } from './spec';

const includeDeleted = z.boolean().default(false);

export const garmentCommands = {
  'garment.typeList': command({
    input: z.strictObject({ includeDeleted }),
    output: z.array(GarmentType),
    summary: 'The kinds of modesty garment and barrier in the catalog',
  }),
  'garment.typeCreate': command({ input: GarmentTypeInput, output: GarmentType, summary: 'Add an item type' }),
  'garment.typeUpdate': command({
    input: z.strictObject({ id: Id, patch: GarmentTypePatch }),
    output: GarmentType,
    summary: 'Rename or change an item type',
  }),
  'garment.typeDelete': command({
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: GarmentType,
    summary: 'Retire (or restore) an item type; its variants and ledger stay',
  }),
  'garment.variantList': command({
    input: z.strictObject({ typeId: Id.optional(), includeDeleted }),
    output: z.array(Variant),
    summary: 'Catalog variants by size, skin tone, material and adhesive',
  }),
  'garment.variantCreate': command({ input: VariantInput, output: Variant, summary: 'Add a variant to the catalog' }),
  'garment.variantUpdate': command({
    input: z.strictObject({ id: Id, patch: VariantPatch }),
    output: Variant,
    summary: 'Change a variant (cost, supplier, threshold...)',
  }),
  'garment.variantDelete': command({
    input: z.strictObject({ id: Id, deleted: z.boolean().default(true) }),
    output: Variant,
    summary: 'Retire (or restore) a variant; its ledger stays',
  }),
  'garment.performers': command({
    input: z.strictObject({ productionId: Id }),
    output: z.array(CostumePerformer),
    summary: "A production's performers as costume sees them: sizes and allergies, nothing else",
  }),
  'garment.scenes': command({
    input: z.strictObject({ productionId: Id }),
    output: z.array(CostumeScene),
    summary: "A production's scenes as costume sees them: number, day, call, location and performers",
  }),
  'garment.suggest': command({
    input: z.strictObject({ personId: Id, typeId: Id }),
    output: z.array(VariantSuggestion),
    summary: "Variants of a type ranked by fit with the person's sizes",
  }),
  'garment.needList': command({
    input: z.strictObject({ productionId: Id, sceneId: Id.optional() }),
    output: z.array(Need),
    summary: "Each scene's garment needs per performer",
  }),
  'garment.needSet': command({
    input: NeedInput,
    output: Need,
    summary: 'Set what a performer needs for a scene (adds or changes the quantity)',
  }),
  'garment.needDelete': command({
    input: z.strictObject({ id: Id }),
    output: z.object({ id: Id }),
    summary: 'Remove a garment need',
  }),
  'garment.importPreview': command({
    input: ImportInput,
    output: ImportPreview,
    summary: 'Check a catalog or stock CSV row by row without importing',
  }),
  'garment.import': command({
    input: ImportInput,
    output: z.object({ imported: z.number().int(), preview: ImportPreview }),
    summary: 'Import a catalog or stock CSV: every row or none',
  }),
} as const satisfies Record<string, CommandSpec>;
