import type { SceneConsent } from '../../../shared/consent/schema';
import { datesFrom, endOfDayIn, noticeDeadline, type ScheduledScene, sceneGaps } from '../../../shared/dashboard/rules';
import type { TodoInput } from '../../../shared/dashboard/schema';
import { callInstant } from '../../../shared/kit/time';
import { prerollMissing } from '../../../shared/onset/rules';
import type { Production } from '../../../shared/productions/schema';
import { sceneLabel } from '../../../shared/scenes/rules';
import type { Scene } from '../../../shared/scenes/schema';
import { FOLLOW_UP_SELECT, type FollowUpRow, followUpFromRow } from '../closure/rows';
import { pullList } from '../garments/pull';
import { type MarkRow, markFromRow } from '../onset/rows';
import type { Db } from '../vault/connection';

export interface UpcomingScene extends ScheduledScene {
  episode: string;
  location: string;
  intimacyTypes: Scene['intimacyTypes'];
  performers: { personId: string; name: string; role: 'performer' | 'background' | 'crew' | null }[];
}

/** What every to-do source is given: the production's scenes from today on, loaded once. */
export interface TodoContext {
  db: Db;
  production: Production;
  today: string;
  now: Date;
  scenes: UpcomingScene[];
  /** The consent of the upcoming scenes, read once for the whole dashboard. */
  consent: SceneConsent[];
}

/** One domain's contribution to the dashboard's to-do list. */
export type TodoSource = (ctx: TodoContext) => TodoInput[];

const scenesSource: TodoSource = ({ scenes, today, production }) => sceneGaps(scenes, today, production.timeZone);

/** Today's scenes whose pre-roll checklist is still open: done on set, right before the call. */
const onsetSource: TodoSource = ({ db, scenes, today, production }) => {
  const todays = scenes.filter((s) => s.shootDate === today);
  if (todays.length === 0) return [];
  const marks = (
    db
      .prepare(
        `SELECT pm.* FROM preroll_mark pm
         JOIN scene s ON s.id = pm.scene_id WHERE s.production_id = ? AND pm.shoot_date = ?`,
      )
      .all(production.id, today) as MarkRow[]
  ).map((r) => markFromRow(r, production.timeZone));
  return todays.flatMap((s) => {
    const missing = prerollMissing(
      marks.filter((m) => m.sceneId === s.id),
      s.performers,
    );
    if (missing.length === 0) return [];
    return [
      {
        id: `onset:${s.id}:${today}`,
        source: 'onset' as const,
        title: `Pre-roll checklist for scene ${sceneLabel(s)}: ${missing.length} open`,
        detail: missing.join(' · '),
        callAt: s.callAt,
        dueAt: null,
        link: { to: 'onset' as const, id: s.id, date: today },
      },
    ];
  });
};

/** Closure follow-ups still open and due within the coming week, overdue ones included. */
const closureSource: TodoSource = ({ db, production, today }) => {
  const horizon = datesFrom(today, 8).at(-1) ?? today;
  const followUps = (
    db
      .prepare(
        `${FOLLOW_UP_SELECT}
         WHERE s.production_id = ? AND s.deleted_at IS NULL AND f.deleted_at IS NULL AND f.done_at IS NULL
           AND f.due_date <= ?
         ORDER BY f.due_date, f.id`,
      )
      .all(production.id, horizon) as FollowUpRow[]
  ).map(followUpFromRow);
  return followUps.map((f) => ({
    id: `follow-up:${f.id}`,
    source: 'closure' as const,
    title: `Follow-up: ${f.description}`,
    detail: `Scene ${f.sceneNumber}${f.personName ? ` · ${f.personName}` : ''} · due ${f.dueDate}`,
    callAt: null,
    dueAt: endOfDayIn(f.dueDate, production.timeZone),
    link: { to: 'closure' as const, id: f.sceneId },
  }));
};

/** Riders missing, unsent, unsigned or short of the scene before its call; a withdrawal at once. */
const consentSource: TodoSource = ({ production, scenes, consent }) => {
  const upcoming = new Set(scenes.map((s) => s.id));
  if (upcoming.size === 0) return [];
  return consent
    .filter((sc) => upcoming.has(sc.sceneId))
    .flatMap((sc) =>
      sc.performers
        // A signed rider asks for nothing more unless it falls short of the scene (it then blocks).
        .filter((p) => p.needsRider && (p.state !== 'signed' || p.blockers.length > 0))
        .map((p) => {
          const what =
            p.state === 'signed'
              ? 'rider short of the scene'
              : p.state === 'missing'
                ? 'no rider yet'
                : p.state === 'draft'
                  ? 'rider not sent'
                  : p.state === 'sent'
                    ? 'rider awaiting signature'
                    : 'consent withdrawn';
          return {
            id: `consent:${sc.sceneId}:${p.personId}`,
            source: 'consent' as const,
            title: `Scene ${sc.label}: ${what} for ${p.name}`,
            detail: [...p.blockers, ...p.missing].join(' '),
            callAt: p.noticeCallAt ?? sc.callAt,
            // A rider not yet sent must go out the notice hours before the performer's call.
            dueAt:
              p.noticeCallAt && (p.state === 'missing' || p.state === 'draft')
                ? noticeDeadline(p.noticeCallAt, production.noticeHours)
                : null,
            link: p.riderId ? { to: 'rider' as const, id: p.riderId } : { to: 'scene' as const, id: sc.sceneId },
          };
        }),
    );
};

/** Modesty garments still to issue (fit) before the calls of the next three shoot days, shortfalls said. */
const garmentsSource: TodoSource = ({ db, production, scenes, today }) => {
  const soon = new Set(datesFrom(today, 4));
  const days = [...new Set(scenes.map((s) => s.shootDate).filter((d): d is string => d !== null && soon.has(d)))];
  return days.flatMap((date) =>
    pullList(db, production.id, date)
      .lines.filter((l) => l.outstanding > 0)
      .map((l) => ({
        id: `garment:${l.needId}:${date}`,
        source: 'garments' as const,
        title: `Fit ${l.variant.typeName}${l.variant.size ? ` (${l.variant.size})` : ''} for ${l.personName}, scene ${l.sceneNumber}`,
        detail: [
          `${l.outstanding} of ${l.quantity} still to issue`,
          l.short > 0 ? `${l.short} short in stock` : '',
          ...l.warnings,
        ]
          .filter(Boolean)
          .join(' · '),
        callAt: callInstant(date, l.callTime, production.timeZone),
        dueAt: null,
        link: { to: 'pull-list' as const, id: production.id, date },
      })),
  );
};

/**
 * Every domain's to-do source, in one list. A domain adds its own (consent: missing riders and
 * notice deadlines; garments: unfitted items; closure: follow-ups due) with one line here.
 */
export const DASHBOARD_SOURCES: TodoSource[] = [
  scenesSource,
  onsetSource,
  consentSource,
  garmentsSource,
  closureSource,
];
