import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, requiredText, text } from '../kit/fields';
import { isCurrency } from '../kit/money';
import { Allergens, Sizes } from '../people/schema';
import { CARE, UNITS } from './rules';
import { MOVEMENT_KINDS } from './stock';

export { CARE, CARE_LABELS } from './rules';

export const GARMENT_KINDS = [
  'strapless-thong',
  'pouch',
  'nipple-cover',
  'genital-barrier',
  'barrier-padding',
  'merkin',
  'modesty-tape',
  'adhesive',
  'robe',
  'comfort',
  'other',
] as const;
export type GarmentKind = (typeof GARMENT_KINDS)[number];
export const GARMENT_KIND_LABELS: Record<GarmentKind, string> = {
  'strapless-thong': 'Strapless thong',
  pouch: 'Pouch',
  'nipple-cover': 'Nipple cover',
  'genital-barrier': 'Genital barrier or cup',
  'barrier-padding': 'Barrier pillow or padding',
  merkin: 'Merkin',
  'modesty-tape': 'Modesty tape',
  adhesive: 'Adhesive',
  robe: 'Robe',
  comfort: 'Comfort and hygiene kit',
  other: 'Other',
};
/** Kinds that are themselves adhesive, whatever the variant says. */
export const ADHESIVE_KINDS: readonly GarmentKind[] = ['modesty-tape', 'adhesive'];

const SizeKey = z
  .string()
  .regex(/^([a-z][a-z0-9-]{0,31})?$/, 'Size names are short lowercase words (e.g. underwear)')
  .default('');

export const GarmentTypeInput = z.strictObject({
  name: requiredText(120, 'Name'),
  kind: z.enum(GARMENT_KINDS, { message: 'Choose a kind of item' }),
  sizeKey: SizeKey,
  notes: text(2000, 'Notes').default(''),
});
export const GarmentTypePatch = z.strictObject({
  name: requiredText(120, 'Name').optional(),
  kind: z.enum(GARMENT_KINDS).optional(),
  sizeKey: SizeKey.optional(),
  notes: text(2000, 'Notes').optional(),
});

export const GarmentType = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(GARMENT_KINDS),
  sizeKey: z.string(),
  notes: z.string(),
  variantCount: z.number().int(),
  deletedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type GarmentType = z.infer<typeof GarmentType>;

export const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrency, 'Use a three-letter ISO 4217 currency code such as USD');

const variantFields = {
  typeId: Id,
  code: requiredText(40, 'Code').refine(
    (s) => /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(s),
    'Codes use letters, digits, dots, dashes and slashes',
  ),
  size: text(40, 'Size').default(''),
  skinTone: text(60, 'Skin tone').default(''),
  material: text(120, 'Material').default(''),
  adhesiveType: text(120, 'Adhesive type').default(''),
  /** Omitted: single-use for adhesive pieces, shared for pillows and robes, washable otherwise. */
  care: z.enum(CARE, { message: 'Choose single-use, washable or shared' }).optional(),
  /** Omitted: pairs for nipple covers, rolls for tape, pieces otherwise. */
  unit: z.enum(UNITS, { message: 'Choose piece, pair, roll or box' }).optional(),
  supplier: text(200, 'Supplier').default(''),
  unitCostMinor: z
    .number()
    .int('Unit cost is in whole minor units (cents)')
    .min(0, 'Unit cost cannot be negative')
    .max(100_000_000)
    .default(0),
  currency: Currency.default('USD'),
  reorderThreshold: z.number().int().min(0, 'The reorder threshold cannot be negative').max(100_000).default(0),
};
export const VariantInput = z.strictObject(variantFields);
export type VariantInput = z.input<typeof VariantInput>;
export const VariantPatch = z.strictObject(
  Object.fromEntries(Object.entries(variantFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof variantFields]: z.ZodOptional<(typeof variantFields)[K]>;
  },
);

export const Variant = z.object({
  id: Id,
  typeId: Id,
  typeName: z.string(),
  kind: z.enum(GARMENT_KINDS),
  code: z.string(),
  size: z.string(),
  skinTone: z.string(),
  material: z.string(),
  adhesiveType: z.string(),
  care: z.enum(CARE),
  unit: z.enum(UNITS),
  supplier: z.string(),
  unitCostMinor: z.number().int(),
  currency: z.string(),
  reorderThreshold: z.number().int(),
  /** "Strapless thong · M · Tan · microfibre": how lists and refusals name it. */
  label: z.string(),
  isAdhesive: z.boolean(),
  deletedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Variant = z.infer<typeof Variant>;

/** What the costume department may see of a performer: no contact details, notes or consent. */
export const CostumePerformer = z.object({
  personId: Id,
  name: z.string(),
  pronouns: z.string(),
  characterName: z.string(),
  role: z.enum(['performer', 'background', 'crew']),
  sizes: z.record(z.string(), z.string()),
  /** As the costume department records it. */
  skinTone: z.string(),
  allergies: z.string(),
  adhesiveAllergy: z.boolean(),
  /** Known names ('latex', 'acrylic-adhesive'...) or free text. */
  allergens: z.array(z.string()),
  fitterPreference: z.string(),
});
export type CostumePerformer = z.infer<typeof CostumePerformer>;

/** What the costume supervisor records of a performer herself, in the costume view. */
export const CostumePerformerPatch = z.strictObject({
  sizes: Sizes.optional(),
  skinTone: text(60, 'Skin tone').optional(),
  allergens: Allergens.optional(),
  fitterPreference: text(200, 'Fitter preference').optional(),
});

/** One more variant like an existing one: a new code, and the size or tone that differs. */
export const VariantCopy = z.strictObject({
  code: variantFields.code,
  size: text(40, 'Size').optional(),
  skinTone: text(60, 'Skin tone').optional(),
});
export const VariantDuplicateInput = z.strictObject({
  id: Id,
  copies: z.array(VariantCopy).min(1, 'Add at least one copy').max(30, 'At most 30 at once'),
});

/** A local date and time, `YYYY-MM-DDTHH:MM`, in the production's time zone. */
const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use a date and time as YYYY-MM-DDTHH:MM')
  .refine((s) => !Number.isNaN(Date.parse(`${s}:00Z`)), 'Not a real date and time');

export const FittingInput = z.strictObject({
  /** Present to change an existing fitting. */
  id: Id.optional(),
  productionId: Id,
  personId: Id,
  startsAt: LocalDateTime,
  place: text(200, 'Place').default(''),
  fitter: text(200, 'Fitter').default(''),
  note: text(1000, 'Note').default(''),
});

/** A fitting appointment, with the performer's fitter preference beside the fitter booked. */
export const Fitting = z.object({
  id: Id,
  productionId: Id,
  personId: Id,
  personName: z.string(),
  fitterPreference: z.string(),
  skinTone: z.string(),
  startsAt: z.string(),
  place: z.string(),
  fitter: z.string(),
  note: z.string(),
  deletedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Fitting = z.infer<typeof Fitting>;

export const VariantSuggestion = z.object({
  variant: Variant,
  score: z.number().int(),
  reasons: z.array(z.string()),
  warnings: z.array(z.string()),
  /** The person has allergens and this item matches none of them: "silicone tape: compatible". */
  compatible: z.boolean(),
});

/** A scene as costume sees it: when, where, who; no context, risk or consent. */
export const CostumeScene = z.object({
  id: Id,
  number: z.string(),
  episode: z.string(),
  shootDate: z.string().nullable(),
  callTime: z.string().nullable(),
  location: z.string(),
  performers: z.array(z.object({ personId: Id, name: z.string(), characterName: z.string() })),
});
export type CostumeScene = z.infer<typeof CostumeScene>;

export const NeedInput = z.strictObject({
  sceneId: Id,
  personId: Id,
  variantId: Id,
  quantity: z.number().int().min(1, 'At least one').max(1000),
  note: text(1000, 'Note').default(''),
});

export const Need = z.object({
  id: Id,
  productionId: Id,
  sceneId: Id,
  sceneNumber: z.string(),
  shootDate: z.string().nullable(),
  personId: Id,
  personName: z.string(),
  variant: Variant,
  quantity: z.number().int(),
  note: z.string(),
  /** Units issued for this scene to this performer, ever (the pull list's tick). */
  issued: z.number().int(),
  /** Of those, still with the performer: not returned or consumed. */
  held: z.number().int(),
  warnings: z.array(z.string()),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Need = z.infer<typeof Need>;

export const Figures = z.object({
  onHand: z.number().int(),
  issued: z.number().int(),
  inLaundry: z.number().int(),
  total: z.number().int(),
  available: z.number().int(),
});

export const StockRow = z.object({ variant: Variant, figures: Figures, low: z.boolean() });
export type StockRow = z.infer<typeof StockRow>;

const qty = z.number().int('Use a whole number').min(1, 'At least one').max(100_000);
const WITH_PERSON: readonly string[] = ['issued', 'returned', 'sanitised'];
const WITH_SCENE: readonly string[] = ['issued', 'returned', 'consumed'];
/**
 * One movement. A flat object (not a union per kind) so that a bad field is always named, whatever
 * the kind; the rules that tie fields to kinds are checked after.
 */
export const MovementInput = z
  .strictObject({
    kind: z.enum(MOVEMENT_KINDS, {
      message:
        'Choose a movement: received, issued, returned, laundry-out, laundry-back, consumed, discarded, counted or sanitised',
    }),
    productionId: Id,
    variantId: Id,
    /** Units moved (every kind but `counted`). */
    quantity: qty.optional(),
    /** A stock take: the number counted on the shelf. */
    counted: z.number().int('Use a whole number').min(0, 'A count cannot be negative').max(1_000_000).optional(),
    /** The performer issued to or returning; for laundry, discards, counts and use, whose worn lot. */
    personId: Id.nullable().default(null),
    sceneId: Id.nullable().default(null),
    acknowledgeAllergy: z.boolean().default(false),
    note: text(1000, 'Note').default(''),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.kind === 'counted') {
      if (v.counted === undefined) issue('counted', 'Say how many were counted');
      if (v.quantity !== undefined) issue('quantity', 'A stock take records what was counted: use counted');
    } else {
      if (v.quantity === undefined) issue('quantity', 'Say how many');
      if (v.counted !== undefined) issue('counted', 'Only a stock take has a count');
    }
    if (WITH_PERSON.includes(v.kind) && !v.personId) issue('personId', `Say which performer (${v.kind})`);
    if (v.kind === 'received' && v.personId) issue('personId', 'Received stock is unworn: it belongs to no performer');
    if (v.sceneId && !WITH_SCENE.includes(v.kind)) issue('sceneId', 'Only issues, returns and use are tied to a scene');
  });
export type MovementInput = z.input<typeof MovementInput>;

export const Movement = z.object({
  seq: z.number().int(),
  id: Id,
  productionId: Id,
  variantId: Id,
  variantLabel: z.string(),
  variantCode: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  quantity: z.number().int(),
  /** +n into the holding, -n out of it, 0 for moves within it. */
  totalDelta: z.number().int(),
  fromState: z.string(),
  toState: z.string(),
  personId: Id.nullable(),
  personName: z.string().nullable(),
  sceneId: Id.nullable(),
  sceneNumber: z.string().nullable(),
  counted: z.number().int().nullable(),
  allergyAcknowledged: z.boolean(),
  note: z.string(),
  at: IsoDateTime,
  /** The movement this one takes back (its number), or null. */
  reversesSeq: z.number().int().nullable(),
  /** The later movement that took this one back, or null. */
  reversedBySeq: z.number().int().nullable(),
});
export type Movement = z.infer<typeof Movement>;

export const MovementResult = z.object({ movements: z.array(Movement), stock: StockRow });

export const SeriesPoint = z.object({
  /** Local date in the production's time zone. */
  date: IsoDate,
  onHand: z.number().int(),
  issued: z.number().int(),
  inLaundry: z.number().int(),
  available: z.number().int(),
});

export const PullLine = z.object({
  needId: Id,
  sceneId: Id,
  sceneNumber: z.string(),
  callTime: z.string().nullable(),
  location: z.string(),
  personId: Id,
  personName: z.string(),
  characterName: z.string(),
  /** The performer's skin tone as costume records it. */
  skinTone: z.string(),
  variant: Variant,
  quantity: z.number().int(),
  issued: z.number().int(),
  held: z.number().int(),
  outstanding: z.number().int(),
  /** Of the outstanding units: how many the stock cannot cover. */
  short: z.number().int(),
  fromOwn: z.number().int(),
  warnings: z.array(z.string()),
  /** The scene cannot roll as things stand (blocked): hold the pull. Never says why. */
  onHold: z.boolean(),
});
export type PullLine = z.infer<typeof PullLine>;

export const PullList = z.object({
  productionId: Id,
  date: IsoDate,
  lines: z.array(PullLine),
  shortfalls: z.array(z.object({ variant: Variant, short: z.number().int() })),
});
export type PullList = z.infer<typeof PullList>;

export const ShootDay = z.object({ date: IsoDate, scenes: z.array(z.string()), needs: z.number().int() });

export const ReorderLine = z.object({
  variant: Variant,
  available: z.number().int(),
  threshold: z.number().int(),
  upcomingShort: z.number().int(),
  quantity: z.number().int(),
  costMinor: z.number().int(),
});
export const ReorderGroup = z.object({
  supplier: z.string(),
  currency: z.string(),
  lines: z.array(ReorderLine),
  totalMinor: z.number().int(),
});

export const Outlook = z.object({
  days: z.array(
    z.object({ date: IsoDate, shortfalls: z.array(z.object({ variant: Variant, short: z.number().int() })) }),
  ),
  low: z.array(StockRow),
  reorder: z.array(ReorderGroup),
});
export type Outlook = z.infer<typeof Outlook>;

export const CSV_IMPORT_KINDS = ['catalog', 'stock'] as const;
export const ImportInput = z.strictObject({
  kind: z.enum(CSV_IMPORT_KINDS),
  productionId: Id.nullable().default(null),
  csv: z.string().max(5_000_000, 'The CSV is larger than 5 MB'),
});
export const ImportPreview = z.object({
  kind: z.enum(CSV_IMPORT_KINDS),
  columns: z.array(z.string()),
  rows: z.array(
    z.object({
      line: z.number().int(),
      action: z.string(),
      summary: z.string(),
      errors: z.array(z.object({ column: z.string(), message: z.string() })),
    }),
  ),
  errorCount: z.number().int(),
  fileErrors: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const CSV_EXPORTS = ['stock', 'ledger', 'pull-list', 'reorder'] as const;
export const ExportInput = z.strictObject({
  productionId: Id,
  what: z.enum(CSV_EXPORTS),
  date: IsoDate.nullable().default(null),
});
export const CsvFile = z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() });
