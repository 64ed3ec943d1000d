import { format, parseISO } from 'date-fns';
import { Link } from 'react-aria-components';
import type { Dashboard } from '../../../../shared/dashboard/schema';
import { paths } from '../../lib/links';

/** The coming fortnight; a day with scenes opens on-set mode for that day. */
export function CalendarStrip({ dashboard }: { dashboard: Dashboard }) {
  return (
    <ol className="calendar-strip" aria-label="The next two weeks">
      {dashboard.strip.map((day) => {
        const date = parseISO(day.date);
        const label = `${format(date, 'EEEE d MMMM')}${day.isToday ? ', today' : ''}: ${
          day.sceneCount === 0 ? 'no scenes' : `${day.sceneCount} scene${day.sceneCount === 1 ? '' : 's'}`
        }`;
        const inner = (
          <>
            <span className="strip-weekday">{format(date, 'EEE')}</span>
            <span className="strip-date">{format(date, 'd')}</span>
            <span className="strip-count">{day.sceneCount > 0 ? `${day.sceneCount} sc.` : '–'}</span>
          </>
        );
        return (
          <li
            key={day.date}
            className="strip-day"
            data-today={day.isToday || undefined}
            data-busy={day.sceneCount > 0 || undefined}
          >
            {day.sceneCount > 0 ? (
              <Link
                href={paths.onset(dashboard.productionId, day.date)}
                aria-label={`${label}. Open on-set mode`}
                className="strip-link"
              >
                {inner}
              </Link>
            ) : (
              <span className="strip-link" aria-label={label} role="img">
                {inner}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
