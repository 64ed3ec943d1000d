import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, requiredText, TimeZone, text } from '../kit/fields';

export const PRODUCTION_TYPES = ['feature', 'series', 'episode', 'short', 'commercial', 'theatre'] as const;
export const UNION_STATUSES = ['sag-aftra', 'equity-uk', 'actra', 'other-union', 'non-union'] as const;
export const PRODUCTION_STATUSES = ['development', 'pre-production', 'shooting', 'post-production', 'wrapped'] as const;

export const PRODUCTION_TYPE_LABELS: Record<(typeof PRODUCTION_TYPES)[number], string> = {
  feature: 'Feature film',
  series: 'Series',
  episode: 'Single episode',
  short: 'Short film',
  commercial: 'Commercial',
  theatre: 'Theatre',
};

export const UNION_STATUS_LABELS: Record<(typeof UNION_STATUSES)[number], string> = {
  'sag-aftra': 'SAG-AFTRA',
  'equity-uk': 'Equity UK',
  actra: 'ACTRA',
  'other-union': 'Other union',
  'non-union': 'Non-union',
};

export const PRODUCTION_STATUS_LABELS: Record<(typeof PRODUCTION_STATUSES)[number], string> = {
  development: 'Development',
  'pre-production': 'Pre-production',
  shooting: 'Shooting',
  'post-production': 'Post-production',
  wrapped: 'Wrapped',
};

const productionFields = {
  title: requiredText(200, 'Title'),
  type: z.enum(PRODUCTION_TYPES, { message: 'Choose a production type' }),
  company: text(200, 'Company').default(''),
  unionStatus: z.enum(UNION_STATUSES, { message: 'Choose a union status' }),
  startDate: IsoDate.nullable().default(null),
  endDate: IsoDate.nullable().default(null),
  timeZone: TimeZone,
  status: z.enum(PRODUCTION_STATUSES, { message: 'Choose a status' }).default('pre-production'),
  /** Hours of notice a rider needs before call time (SAG-AFTRA: 48). */
  noticeHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30)
    .default(48),
};

function datesInOrder(v: { startDate?: unknown; endDate?: unknown }): boolean {
  const { startDate, endDate } = v;
  return typeof startDate !== 'string' || typeof endDate !== 'string' || startDate <= endDate;
}
// `when` runs the check even while other fields are still invalid, so the form shows it at once.
const DATE_ORDER = {
  message: 'End date is before the start date',
  path: ['endDate'],
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

export const ProductionInput = z.strictObject(productionFields).refine(datesInOrder, DATE_ORDER);
export type ProductionInput = z.input<typeof ProductionInput>;

export const ProductionPatch = z
  .strictObject({
    title: productionFields.title.optional(),
    type: productionFields.type.optional(),
    company: text(200, 'Company').optional(),
    unionStatus: productionFields.unionStatus.optional(),
    startDate: IsoDate.nullable().optional(),
    endDate: IsoDate.nullable().optional(),
    timeZone: TimeZone.optional(),
    status: z.enum(PRODUCTION_STATUSES).optional(),
    noticeHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 30)
      .optional(),
  })
  .refine(datesInOrder, DATE_ORDER);
export type ProductionPatch = z.input<typeof ProductionPatch>;

export const Production = z.object({
  id: Id,
  title: z.string(),
  type: z.enum(PRODUCTION_TYPES),
  company: z.string(),
  unionStatus: z.enum(UNION_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  timeZone: z.string(),
  status: z.enum(PRODUCTION_STATUSES),
  noticeHours: z.number(),
  archivedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Production = z.infer<typeof Production>;
