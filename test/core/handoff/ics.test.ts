import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeCalendar } from '../../../electron/core/handoff/ics';
import { tempDir, unlockedCore } from '../../helpers';
import { plantedProduction } from './fixture';

interface Prop {
  name: string;
  params: string[];
  value: string;
}

/**
 * A strict line-level reading of RFC 5545: CRLF line ends only, content lines of at most 75
 * octets, folded lines joined, NAME[;PARAM]:VALUE, BEGIN/END properly nested, TEXT unescaped.
 */
function parseIcs(raw: string): { calendar: Prop[]; events: Prop[][] } {
  expect(raw.endsWith('\r\n')).toBe(true);
  const physical = raw.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const stack: string[] = [];
  const calendar: Prop[] = [];
  const events: Prop[][] = [];
  for (const line of logical) {
    const m = /^([A-Z][A-Z0-9-]*)((?:;[A-Z-]+=[^;:]+)*):(.*)$/.exec(line);
    expect(m, line).not.toBeNull();
    const [, name = '', params = '', value = ''] = m ?? [];
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') events.push([]);
      continue;
    }
    if (name === 'END') {
      expect(stack.pop()).toBe(value);
      continue;
    }
    // Unescaped , ; are separators in TEXT: none may appear in the values written here.
    expect(value.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[;,\\]/);
    const text = value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    const prop = { name, params: params.split(';').filter(Boolean), value: text };
    if (stack.at(-1) === 'VEVENT') events.at(-1)?.push(prop);
    else calendar.push(prop);
  }
  expect(stack).toEqual([]);
  return { calendar, events };
}

const get = (props: Prop[], name: string) => props.find((p) => p.name === name)?.value;

/** Words a calendar must never carry: what is shot, and the body. */
const SENSITIVE =
  /nud|naked|sex|kiss|breast|genital|groin|buttock|nipple|simulat|thigh|topless|bare|intima(?!cy coordinator)/i;

describe('the production calendar (.ics)', () => {
  it('escapes TEXT and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `SUMMARY:${'Łódź harbour '.repeat(12)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    const parsed = parseIcs(
      writeCalendar(
        'Night, Shift; "A\\B"\nsecond line',
        [{ uid: 'x@closed-set', summary: long.slice(8), description: 'one, two', start: { date: '2026-12-31' } }],
        new Date('2026-12-01T10:00:00Z'),
      ),
    );
    expect(get(parsed.calendar, 'X-WR-CALNAME')).toBe('Night, Shift; "A\\B"\nsecond line');
    expect(get(parsed.events[0] ?? [], 'SUMMARY')).toBe(long.slice(8));
    expect(get(parsed.events[0] ?? [], 'DTEND')).toBe('20270101');
  });

  it('holds shoot calls, rider deadlines and follow-ups in UTC with stable UIDs, and no planted word', async () => {
    const { core } = await unlockedCore();
    const { production } = await plantedProduction(core);
    const exportIcs = async () => {
      const file = path.join(tempDir(), 'schedule.ics');
      await core.run('handoff.export', {
        productionId: production.id,
        format: 'ics',
        recipient: 'Coordinator',
        path: file,
      });
      return readFileSync(file, 'utf8');
    };
    const raw = await exportIcs();
    // Every free-text field of the production carries a marker: none reaches the calendar.
    expect(raw).not.toMatch(/MK[A-Za-z]+Z\d/);
    const { calendar, events } = parseIcs(raw);
    expect(get(calendar, 'VERSION')).toBe('2.0');
    const summaries = events.map((e) => get(e, 'SUMMARY') ?? '');
    // Two live scenes (the third is deleted) each with a call and a rider deadline, plus follow-ups.
    expect(summaries.filter((s) => s.endsWith('IC on set')).sort()).toEqual([
      'Sc. 3/12A - IC on set',
      'Sc. 3/22A - IC on set',
    ]);
    expect(summaries.filter((s) => s.endsWith('rider due'))).toHaveLength(2);
    expect(summaries.some((s) => s.endsWith('IC follow-up'))).toBe(true);
    for (const e of events) {
      for (const p of e) expect(`${p.name}:${p.value}`).not.toMatch(SENSITIVE);
      expect(get(e, 'DTSTAMP')).toMatch(/^\d{8}T\d{6}Z$/);
      const start = e.find((p) => p.name === 'DTSTART');
      if (start?.params.includes('VALUE=DATE')) expect(start.value).toMatch(/^\d{8}$/);
      else expect(start?.value).toMatch(/^\d{8}T\d{6}Z$/);
    }
    // 06:30 in Los Angeles on 2 Dec 2026 is 14:30 UTC; the rider is due 48 hours before.
    const call = events.find((e) => get(e, 'SUMMARY') === 'Sc. 3/12A - IC on set') ?? [];
    expect(get(call, 'DTSTART')).toBe('20261202T143000Z');
    const uids = events.map((e) => get(e, 'UID'));
    expect(new Set(uids).size).toBe(uids.length);
    // Exported again: the same events by the same UIDs, so a calendar updates instead of doubling.
    const again = parseIcs(await exportIcs()).events.map((e) => get(e, 'UID'));
    expect(again).toEqual(uids);
  });
});
