import Papa from 'papaparse';
import type { z } from 'zod';
import { isMinorOn } from '../kit/time';
import { BREAKDOWN_COLUMNS, type BreakdownColumn, type BreakdownError, type BreakdownRow } from './breakdown-schema';
import { minorViolations } from './restricted';
import { sceneKey, sceneLabel } from './rules';
import {
  INTIMACY_TYPE_LABELS,
  INTIMACY_TYPES,
  type IntimacyType,
  type NudityLevel,
  parseEighths,
  SceneInput,
} from './schema';

/** What the parser needs to know about the production: its cast and the scenes (episode, number) taken. */
export interface BreakdownContext {
  productionId: string;
  cast: readonly {
    personId: string;
    name: string;
    role: 'performer' | 'background' | 'crew';
    dateOfBirth: string | null;
    isMinor: boolean;
  }[];
  takenScenes: readonly { episode: string; number: string }[];
}

export interface ParsedBreakdown {
  rows: BreakdownRow[];
  errors: BreakdownError[];
  ignoredColumns: string[];
  /** Valid rows as `scene.create` inputs, in file order. */
  inputs: z.output<typeof SceneInput>[];
}

const MAX_ROWS = 2000;

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const HEADER_ALIASES: Record<string, BreakdownColumn> = {
  ...Object.fromEntries(BREAKDOWN_COLUMNS.map((c) => [norm(c.header), c.key])),
  ...Object.fromEntries(BREAKDOWN_COLUMNS.map((c) => [norm(c.key), c.key])),
  scenenumber: 'scene',
  sc: 'scene',
  ep: 'episode',
  page: 'pages',
  day: 'scriptDay',
  date: 'shootDate',
  call: 'callTime',
  set: 'location',
  intimacytype: 'intimacy',
  intimacytypes: 'intimacy',
  cast: 'performers',
  risklevel: 'risk',
};

const INTIMACY_ALIASES: Record<string, IntimacyType> = {
  ...Object.fromEntries(INTIMACY_TYPES.map((t) => [norm(t), t])),
  ...Object.fromEntries(INTIMACY_TYPES.map((t) => [norm(INTIMACY_TYPE_LABELS[t]), t])),
  contact: 'contact',
  sex: 'simulated-sex',
  fullnudity: 'nudity-full',
  partialnudity: 'nudity-partial',
  impliednudity: 'nudity-implied',
  nudity: 'nudity-partial',
};

const split = (s: string) =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean);

/** "Ana Ortiz (partial, simulated sex)" -> name and terms; null terms when a term is not understood. */
function performerTerms(entry: string): {
  name: string;
  nudity: NudityLevel;
  simulatedSex: boolean;
  bad: string | null;
} {
  const m = /^(.*?)\s*(?:\(([^)]*)\))?$/.exec(entry);
  const name = (m?.[1] ?? entry).trim();
  let nudity: NudityLevel = 'none';
  let simulatedSex = false;
  let bad: string | null = null;
  for (const raw of (m?.[2] ?? '').split(',').map((t) => norm(t))) {
    if (!raw) continue;
    if (raw === 'simulatedsex' || raw === 'sex') simulatedSex = true;
    else if (['none', 'implied', 'partial', 'full'].includes(raw.replace(/nudity$/, ''))) {
      nudity = raw.replace(/nudity$/, '') as NudityLevel;
    } else bad = raw;
  }
  return { name, nudity, simulatedSex, bad };
}

/** The header name a user sees for a column key, for error messages. */
const headerOf = (key: string) => BREAKDOWN_COLUMNS.find((c) => c.key === key)?.header ?? key;

const FIELD_COLUMN: Record<string, BreakdownColumn> = {
  number: 'scene',
  episode: 'episode',
  pageEighths: 'pages',
  scriptDay: 'scriptDay',
  shootDate: 'shootDate',
  callTime: 'callTime',
  location: 'location',
  intimacyTypes: 'intimacy',
  performers: 'performers',
  riskLevel: 'risk',
  mitigation: 'mitigation',
  closedSet: 'closedSet',
  storyContext: 'storyContext',
};

/**
 * Parses and validates a breakdown CSV without touching the vault. Every problem is reported with
 * its spreadsheet row and column, so the whole file can be fixed in one pass.
 */
export function parseBreakdown(csv: string, ctx: BreakdownContext): ParsedBreakdown {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const errors: BreakdownError[] = [];
  const headers = parsed.meta.fields ?? [];
  const columnOf = new Map<string, BreakdownColumn>();
  const ignoredColumns: string[] = [];
  for (const h of headers) {
    const key = HEADER_ALIASES[norm(h)];
    if (key && ![...columnOf.values()].includes(key)) columnOf.set(h, key);
    else ignoredColumns.push(h);
  }
  if (![...columnOf.values()].includes('scene')) {
    errors.push({ row: 1, column: 'Scene', message: 'No "Scene" column: the first row must name the columns.' });
    return { rows: [], errors, ignoredColumns, inputs: [] };
  }
  if (parsed.data.length > MAX_ROWS) {
    errors.push({ row: MAX_ROWS + 2, column: '', message: `At most ${MAX_ROWS} scenes in one file` });
    return { rows: [], errors, ignoredColumns, inputs: [] };
  }
  for (const e of parsed.errors) {
    if (e.code === 'TooFewFields' || e.code === 'TooManyFields') continue;
    errors.push({ row: (e.row ?? 0) + 2, column: '', message: e.message });
  }
  const byName = new Map(ctx.cast.map((c) => [c.name.toLowerCase(), c]));
  const taken = new Set(ctx.takenScenes.map(sceneKey));
  const seen = new Map<string, number>();
  const rows: BreakdownRow[] = [];
  const inputs: z.output<typeof SceneInput>[] = [];

  parsed.data.forEach((record, i) => {
    const row = i + 2;
    const rowErrors: BreakdownError[] = [];
    const fail = (column: BreakdownColumn, message: string) =>
      rowErrors.push({ row, column: headerOf(column), message });
    const get = (key: BreakdownColumn): string => {
      for (const [h, k] of columnOf) if (k === key) return (record[h] ?? '').trim();
      return '';
    };

    const pagesText = get('pages');
    const pageEighths = pagesText ? parseEighths(pagesText) : 0;
    if (pageEighths === null) fail('pages', `"${pagesText}" is not a page count (use 1 3/8, 3/8 or 2)`);

    const intimacyTypes: IntimacyType[] = [];
    for (const t of split(get('intimacy'))) {
      const type = INTIMACY_ALIASES[norm(t)];
      if (type) {
        if (!intimacyTypes.includes(type)) intimacyTypes.push(type);
      } else fail('intimacy', `"${t}" is not a type of intimacy`);
    }

    const performers: BreakdownRow['performers'] = [];
    const addCast = (column: BreakdownColumn, entry: string, background: boolean) => {
      const terms = background
        ? { name: entry, nudity: 'none' as const, simulatedSex: false, bad: null }
        : performerTerms(entry);
      const member = byName.get(terms.name.toLowerCase());
      if (!member || member.role === 'crew')
        return fail(column, `No cast member named "${terms.name}" in this production`);
      if (terms.bad)
        return fail(column, `"${terms.bad}" for ${terms.name}: use none, implied, partial, full or simulated sex`);
      if (performers.some((p) => p.personId === member.personId)) return fail(column, `${member.name} is listed twice`);
      performers.push({
        personId: member.personId,
        name: member.name,
        nudity: terms.nudity,
        simulatedSex: terms.simulatedSex,
      });
    };
    for (const e of split(get('performers'))) addCast('performers', e, false);
    for (const e of split(get('background'))) addCast('background', e, true);

    const risk = get('risk').toLowerCase();
    const candidate = {
      productionId: ctx.productionId,
      number: get('scene'),
      episode: get('episode'),
      pageEighths: pageEighths ?? 0,
      scriptDay: get('scriptDay'),
      shootDate: get('shootDate') || null,
      callTime: get('callTime') || null,
      location: get('location'),
      intimacyTypes,
      riskLevel: risk || 'low',
      mitigation: get('mitigation'),
      closedSet: split(get('closedSet')),
      storyContext: get('storyContext'),
      performers: performers.map(({ personId, nudity, simulatedSex }) => ({ personId, nudity, simulatedSex })),
    };
    const checked = SceneInput.safeParse(candidate);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const column = FIELD_COLUMN[String(issue.path[0])] ?? 'scene';
        fail(column, issue.message);
      }
    }
    if (candidate.number) {
      const key = sceneKey(candidate);
      if (taken.has(key)) fail('scene', `Scene ${sceneLabel(candidate)} already exists in this production`);
      const earlier = seen.get(key);
      if (earlier !== undefined) fail('scene', `Scene ${sceneLabel(candidate)} is also on row ${earlier}`);
      else seen.set(key, row);
    }
    const shootDate = checked.success ? checked.data.shootDate : null;
    for (const message of minorViolations(
      intimacyTypes,
      performers.map((p) => {
        const member = byName.get(p.name.toLowerCase());
        return { ...p, isMinor: member ? isMinorOn(member, shootDate) : false };
      }),
    )) {
      fail('performers', message);
    }

    errors.push(...rowErrors);
    rows.push({
      row,
      number: candidate.number,
      episode: candidate.episode,
      pageEighths: candidate.pageEighths,
      scriptDay: candidate.scriptDay,
      shootDate: candidate.shootDate,
      callTime: candidate.callTime,
      location: candidate.location,
      intimacyTypes,
      performers,
      valid: rowErrors.length === 0,
    });
    if (rowErrors.length === 0 && checked.success) inputs.push(checked.data);
  });
  if (parsed.data.length === 0) errors.push({ row: 2, column: '', message: 'The file has no scene rows.' });
  return { rows, errors, ignoredColumns, inputs };
}
