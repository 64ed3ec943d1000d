import type { CutView } from '../../../../shared/handoff/cuts';
import type { MemberRecord, PersonRecord, ScenePerformerRecord, SceneRecord } from '../../../../shared/handoff/schema';
import { localToUtc } from '../../../../shared/kit/time';

/**
 * The binder's reading model: a cut joined up for printing (scenes in shooting order with their
 * people). It only ever holds what the cut carried; a field the cut left out is `undefined` here
 * and its section or column is simply not printed.
 */
export type ScenePart = Partial<SceneRecord>;
export type PersonPart = Partial<PersonRecord>;

export interface CastLine {
  person: PersonPart;
  member: Partial<MemberRecord> | undefined;
  appearance: Partial<ScenePerformerRecord>;
}

export interface SceneModel {
  scene: ScenePart;
  cast: CastLine[];
  /** When the rider is due at the latest (call time minus the production's notice hours), as local text. */
  noticeDeadline: string | null;
}

export interface BinderModel {
  view: CutView;
  people: PersonPart[];
  members: Partial<MemberRecord>[];
  scenes: SceneModel[];
  /** Scheduled scenes by local shoot date, in order. */
  days: { date: string; scenes: SceneModel[] }[];
  has: (table: keyof CutView['tables'], field: string) => boolean;
  /** The production's audit chain head as of this binder, when the export read one. */
  head?: { count: number; hash: string };
}

function sortKey(s: ScenePart): string {
  return `${s.shootDate ?? '9999-99-99'} ${s.callTime ?? '99:99'} ${(s.episode ?? '').padStart(6, '0')} ${(s.number ?? '').padStart(8, '0')}`;
}

/** "Thu 10 Dec 2026, 06:30" for a local date and time, no time-zone arithmetic needed. */
export function localLabel(date: string, time?: string | null): string {
  const d = new Date(`${date}T12:00:00Z`);
  const day = d.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return time ? `${day}, ${time}` : day;
}

/** The zone's short name at an instant ("PST", "GMT+1"), so a printed time says which clock it is on. */
export function zoneAbbreviation(timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** "Thu 10 Dec 2026, 14:05 PST" in the production's zone, for an instant stored in UTC. */
export function localInstant(iso: string | null | undefined, timeZone: string | undefined): string {
  if (!iso) return '';
  const zone = timeZone ?? 'UTC';
  const at = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${localLabel(`${get('year')}-${get('month')}-${get('day')}`, `${get('hour')}:${get('minute')}`)} ${zoneAbbreviation(zone, at)}`;
}

function noticeDeadline(scene: ScenePart, view: CutView): string | null {
  const hours = view.production.noticeHours;
  const tz = view.production.timeZone;
  if (hours === undefined || !tz || !scene.shootDate || !scene.callTime) return null;
  const due = new Date(localToUtc(scene.shootDate, scene.callTime, tz).getTime() - hours * 3_600_000);
  return localInstant(due.toISOString(), tz);
}

export function buildModel(view: CutView): BinderModel {
  const people = [...(view.tables.person ?? [])].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  const byPerson = new Map(people.map((p) => [p.id, p]));
  const members = (view.tables.productionMember ?? []).filter((m) => !m.deletedAt);
  const memberOf = new Map(members.map((m) => [m.personId, m]));
  const appearances = view.tables.scenePerformer ?? [];
  const roleOrder = { performer: 0, background: 1, crew: 2 } as const;
  const scenes = (view.tables.scene ?? [])
    .filter((s) => !s.deletedAt)
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
    .map((scene) => ({
      scene,
      cast: appearances
        .filter((a) => a.sceneId === scene.id)
        .map((appearance) => ({
          person: byPerson.get(appearance.personId) ?? { name: 'Unknown person' },
          member: memberOf.get(appearance.personId),
          appearance,
        }))
        .sort(
          (a, b) =>
            (roleOrder[a.member?.role ?? 'crew'] ?? 3) - (roleOrder[b.member?.role ?? 'crew'] ?? 3) ||
            (a.person.name ?? '').localeCompare(b.person.name ?? ''),
        ),
      noticeDeadline: noticeDeadline(scene, view),
    }));
  const days: BinderModel['days'] = [];
  for (const s of scenes) {
    if (!s.scene.shootDate) continue;
    const last = days.at(-1);
    if (last?.date === s.scene.shootDate) last.scenes.push(s);
    else days.push({ date: s.scene.shootDate, scenes: [s] });
  }
  const has: BinderModel['has'] = (table, field) =>
    ((view.tables[table] ?? []) as object[]).some((r) => Object.hasOwn(r, field));
  return { view, people, members, scenes, days, has };
}
