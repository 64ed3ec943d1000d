import { describe, expect, it } from 'vitest';
import {
  buildTodos,
  datesFrom,
  dueNow,
  dueState,
  endOfDayIn,
  noticeDeadline,
  orderTodos,
  sceneGaps,
  whenLabel,
} from '../../../shared/dashboard/rules';
import type { Todo, TodoInput } from '../../../shared/dashboard/schema';
import { todayIn } from '../../../shared/kit/time';
import { prerollMissing } from '../../../shared/onset/rules';

const todo = (over: Partial<TodoInput> & { title: string }): TodoInput => ({
  id: over.title,
  source: 'scenes',
  detail: '',
  callAt: null,
  dueAt: null,
  link: { to: 'scene', id: 'x' },
  ...over,
});

describe('today and deadlines in the production zone', () => {
  it("uses the production's calendar date, not the machine's", () => {
    const now = new Date('2026-12-03T06:30:00Z');
    expect(todayIn('Europe/London', now)).toBe('2026-12-03');
    expect(todayIn('America/Vancouver', now)).toBe('2026-12-02');
    expect(todayIn('Pacific/Auckland', now)).toBe('2026-12-03');
    expect(datesFrom('2026-12-30', 4)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('ends a day at local midnight, including across a daylight-saving change', () => {
    expect(endOfDayIn('2026-12-03', 'America/Vancouver')).toBe('2026-12-04T08:00:00.000Z');
    // Clocks go back on 1 November 2026 in Vancouver: that day is 25 hours long.
    expect(endOfDayIn('2026-10-31', 'America/Vancouver')).toBe('2026-11-01T07:00:00.000Z');
    expect(endOfDayIn('2026-11-01', 'America/Vancouver')).toBe('2026-11-02T08:00:00.000Z');
  });

  it('puts the rider notice deadline the notice hours before the call', () => {
    expect(noticeDeadline('2026-12-05T15:30:00.000Z', 48)).toBe('2026-12-03T15:30:00.000Z');
    expect(noticeDeadline('2026-12-05T15:30:00.000Z', 72)).toBe('2026-12-02T15:30:00.000Z');
  });
});

describe('what is due', () => {
  const tz = 'America/Vancouver';
  const now = new Date('2026-12-03T18:00:00Z'); // 10:00 in Vancouver
  it('is overdue once the deadline has passed, today before local midnight, soon within three days', () => {
    expect(dueState({ dueAt: '2026-12-03T17:59:00.000Z', callAt: null }, now, tz)).toBe('overdue');
    expect(dueState({ dueAt: '2026-12-04T07:59:00.000Z', callAt: null }, now, tz)).toBe('today');
    expect(dueState({ dueAt: '2026-12-04T08:01:00.000Z', callAt: null }, now, tz)).toBe('soon');
    expect(dueState({ dueAt: '2026-12-10T08:00:00.000Z', callAt: null }, now, tz)).toBe('later');
    expect(dueState({ dueAt: null, callAt: null }, now, tz)).toBe('later');
  });

  it('counts a follow-up due today as due today, up to local midnight', () => {
    expect(dueState({ dueAt: endOfDayIn('2026-12-03', tz), callAt: null }, now, tz)).toBe('today');
    expect(dueState({ dueAt: endOfDayIn('2026-12-04', tz), callAt: null }, now, tz)).toBe('soon');
  });

  it("says when, in the production's zone: the call, and a day's end as that day", () => {
    expect(whenLabel({ callAt: '2026-12-04T15:00:00.000Z', dueAt: null }, tz)).toBe('Call Fri 4 Dec, 07:00');
    expect(whenLabel({ callAt: null, dueAt: endOfDayIn('2026-12-03', tz) }, tz)).toBe('By end of Thu 3 Dec');
    expect(whenLabel({ callAt: '2026-12-05T15:00:00.000Z', dueAt: '2026-12-03T15:00:00.000Z' }, tz)).toBe(
      'Call Sat 5 Dec, 07:00 · By Thu 3 Dec, 07:00',
    );
  });

  it('falls back on the call time when there is no separate deadline', () => {
    expect(dueState({ dueAt: null, callAt: '2026-12-03T22:00:00.000Z' }, now, tz)).toBe('today');
    // A deadline before the call wins over the call.
    expect(dueState({ dueAt: '2026-12-02T00:00:00.000Z', callAt: '2026-12-05T22:00:00.000Z' }, now, tz)).toBe(
      'overdue',
    );
  });

  it('splits out overdue and due today', () => {
    const items = buildTodos(
      [
        todo({ title: 'late follow-up', dueAt: '2026-12-01T08:00:00.000Z' }),
        todo({ title: 'today follow-up', dueAt: '2026-12-04T07:00:00.000Z' }),
        todo({ title: 'next week', dueAt: '2026-12-10T08:00:00.000Z' }),
      ],
      now,
      tz,
    );
    const { overdue, today } = dueNow(items);
    expect(overdue.map((t) => t.title)).toEqual(['late follow-up']);
    expect(today.map((t) => t.title)).toEqual(['today follow-up']);
  });
});

describe('ordering by call time across time zones', () => {
  it('compares instants, not wall-clock times', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    // 07:00 in Vancouver (15:00Z) is after 09:00 in London (09:00Z) the same day.
    const items = buildTodos(
      [
        todo({ title: 'Vancouver 07:00', callAt: '2026-12-05T15:00:00.000Z' }),
        todo({ title: 'London 09:00', callAt: '2026-12-05T09:00:00.000Z' }),
        todo({ title: 'Auckland 06:00 next day', callAt: '2026-12-05T17:00:00.000Z' }),
      ],
      now,
      'Europe/London',
    );
    expect(items.map((t) => t.title)).toEqual(['London 09:00', 'Vancouver 07:00', 'Auckland 06:00 next day']);
  });

  it('puts overdue items without a call first and undated items last', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    const items = buildTodos(
      [
        todo({ title: 'no date' }),
        todo({ title: 'call', callAt: '2026-12-04T09:00:00.000Z' }),
        todo({ title: 'overdue', dueAt: '2026-12-02T09:00:00.000Z' }),
        todo({ title: 'due after call', dueAt: '2026-12-06T09:00:00.000Z' }),
      ],
      now,
      'Europe/London',
    );
    expect(items.map((t) => t.title)).toEqual(['overdue', 'call', 'due after call', 'no date']);
  });

  it('orders items before the same call by urgency, then title', () => {
    const base: Omit<Todo, 'title' | 'id'> = {
      source: 'consent',
      detail: '',
      callAt: '2026-12-04T09:00:00.000Z',
      dueAt: null,
      due: 'soon',
      when: '',
      link: { to: 'scene', id: 'x', date: null },
    };
    const out = orderTodos([
      { ...base, id: 'b', title: 'B' },
      { ...base, id: 'late', title: 'Z', due: 'overdue', dueAt: '2026-12-01T00:00:00.000Z' },
      { ...base, id: 'a', title: 'A' },
    ]);
    expect(out.map((t) => t.id)).toEqual(['late', 'a', 'b']);
  });
});

describe('what is missing', () => {
  const tz = 'Europe/London';
  it('asks for a call time and performers on scheduled scenes from today on only', () => {
    const gaps = sceneGaps(
      [
        { id: 's1', number: '1', shootDate: '2026-12-04', callTime: null, callAt: null, performerCount: 2 },
        {
          id: 's2',
          number: '2',
          shootDate: '2026-12-04',
          callTime: '08:00',
          callAt: '2026-12-04T08:00:00.000Z',
          performerCount: 0,
        },
        { id: 's3', number: '3', shootDate: '2026-12-01', callTime: null, callAt: null, performerCount: 0 },
        { id: 's4', number: '4', shootDate: null, callTime: null, callAt: null, performerCount: 0 },
      ],
      '2026-12-03',
      tz,
    );
    expect(gaps.map((g) => [g.id, g.callAt])).toEqual([
      ['scene:s1:call-time', '2026-12-04T00:00:00.000Z'],
      ['scene:s2:performers', '2026-12-04T08:00:00.000Z'],
    ]);
    expect(gaps[0]?.title).toBe('Set a call time for scene 1');
  });

  it('lists open pre-roll items and each performer still to check in, not crew', () => {
    const performers = [
      { personId: 'a', name: 'Ana', role: 'performer' as const },
      { personId: 'c', name: 'Cam', role: 'crew' as const },
    ];
    const mark = (
      item: 'closed-set' | 'monitors' | 'consent-checkin',
      done = true,
      personId: string | null = null,
    ) => ({
      sceneId: 's',
      date: '2026-12-03',
      item,
      personId,
      done,
      value: '',
      markedAt: '2026-12-03T08:00:00.000Z',
      markedAtLocal: '08:00',
    });
    expect(prerollMissing([mark('closed-set'), mark('monitors', false)], performers)).toEqual([
      'Monitors restricted',
      'Crew briefed',
      'Garments and barriers fitted',
      'Robe person named',
      'Consent check-in: Ana',
    ]);
    expect(prerollMissing([mark('consent-checkin', true, 'a')], performers)).not.toContain('Consent check-in: Ana');
    // A blocked scene is never all done, whatever is ticked; the block comes first.
    const blocked = { state: 'blocked', label: 'Blocked - do not roll' } as const;
    expect(prerollMissing([], [], blocked)[0]).toBe('Blocked - do not roll');
    expect(prerollMissing([], [], { state: 'not-ready', label: 'Not ready' })).not.toContain('Not ready');
  });
});
