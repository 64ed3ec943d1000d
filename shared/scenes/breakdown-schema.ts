import { z } from 'zod';
import { Id } from '../kit/fields';
import { INTIMACY_TYPES, NUDITY_LEVELS } from './schema';

/**
 * The breakdown CSV's columns. Headers are matched without regard to case, spaces, underscores or
 * punctuation ("Shoot date", "shoot_date" and "SHOOT DATE" are the same column).
 */
export const BREAKDOWN_COLUMNS = [
  { key: 'scene', header: 'Scene', required: true, help: 'Scene number as printed: 12, 12A, 104pt2' },
  { key: 'episode', header: 'Episode', required: false, help: 'Episode, e.g. 101' },
  { key: 'pages', header: 'Pages', required: false, help: 'Script pages in eighths: 1 3/8, 3/8, 2' },
  { key: 'scriptDay', header: 'Script day', required: false, help: 'Story day, e.g. D3 or N2' },
  { key: 'shootDate', header: 'Shoot date', required: false, help: 'YYYY-MM-DD' },
  { key: 'callTime', header: 'Call time', required: false, help: "HH:mm, 24-hour, in the production's time zone" },
  { key: 'location', header: 'Location', required: false, help: 'Set or location' },
  {
    key: 'intimacy',
    header: 'Intimacy',
    required: false,
    help: 'Types separated by ";": kiss; intimate contact; simulated sex; full/partial/implied nudity; sexual violence',
  },
  {
    key: 'performers',
    header: 'Performers',
    required: false,
    help: 'Cast names separated by ";", each optionally with terms in brackets: Ana Ortiz (partial); Ben Okafor (full, simulated sex)',
  },
  { key: 'background', header: 'Background', required: false, help: 'Background performers by name, separated by ";"' },
  { key: 'risk', header: 'Risk', required: false, help: 'low, medium or high' },
  { key: 'mitigation', header: 'Mitigation', required: false, help: 'Mitigation plan' },
  { key: 'closedSet', header: 'Closed set', required: false, help: 'Essential people, separated by ";"' },
  { key: 'storyContext', header: 'Story context', required: false, help: 'What the story needs' },
] as const;
export type BreakdownColumn = (typeof BREAKDOWN_COLUMNS)[number]['key'];

export const BreakdownInput = z.strictObject({
  productionId: Id,
  csv: z.string().min(1, 'The file is empty').max(2_000_000, 'The file is larger than 2 MB'),
});

export const BreakdownError = z.object({
  /** The line in the spreadsheet: the header is row 1, the first scene row 2. */
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type BreakdownError = z.infer<typeof BreakdownError>;

export const BreakdownRow = z.object({
  row: z.number().int(),
  number: z.string(),
  episode: z.string(),
  pageEighths: z.number().int(),
  scriptDay: z.string(),
  shootDate: z.string().nullable(),
  callTime: z.string().nullable(),
  location: z.string(),
  intimacyTypes: z.array(z.enum(INTIMACY_TYPES)),
  performers: z.array(
    z.object({ personId: Id, name: z.string(), nudity: z.enum(NUDITY_LEVELS), simulatedSex: z.boolean() }),
  ),
  valid: z.boolean(),
});
export type BreakdownRow = z.infer<typeof BreakdownRow>;

export const BreakdownPreview = z.object({
  rows: z.array(BreakdownRow),
  errors: z.array(BreakdownError),
  /** Headers that are not breakdown columns; their values are not imported. */
  ignoredColumns: z.array(z.string()),
});
export type BreakdownPreview = z.infer<typeof BreakdownPreview>;

export const BreakdownResult = z.object({ created: z.number().int(), sceneIds: z.array(Id) });
