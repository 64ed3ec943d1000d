import type { KeyboardEvent } from 'react';
import {
  BODY_AREAS,
  BOUNDARY_LABELS,
  BOUNDARY_MARKS,
  type BodyArea,
  type BodyMarks,
  type BodyView,
  type BoundaryMark,
  nextMark,
} from '../../../../shared/communication/schema';
import { AREA_SHAPES, DECORATION, type Shape } from './body-shapes';

function Draw({ shape, className }: { shape: Shape; className?: string }) {
  return shape.kind === 'rect' ? (
    <rect className={className} x={shape.x} y={shape.y} width={shape.w} height={shape.h} rx={shape.r ?? 0} />
  ) : (
    <ellipse className={className} cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} />
  );
}

const markWord = (m: BoundaryMark | undefined) => (m ? BOUNDARY_LABELS[m] : 'Not yet discussed');

function Silhouette({
  view,
  who,
  marks,
  onCycle,
  readOnly,
}: {
  view: BodyView;
  who: string;
  marks: BodyMarks;
  onCycle: (area: BodyArea) => void;
  readOnly: boolean;
}) {
  const areas = BODY_AREAS.filter((a) => a.view === view);
  const key = (area: BodyArea) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onCycle(area);
    }
  };
  const title = view === 'front' ? 'Front' : 'Back';
  return (
    <figure className="bodymap-figure">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; role group names the view */}
      <svg viewBox="0 0 200 410" role="group" aria-label={`${who}: body map, ${title.toLowerCase()}`}>
        <g>
          {DECORATION[view].map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed drawing, never reordered
            <Draw key={i} shape={s} className="silhouette" />
          ))}
        </g>
        {areas.map((a) => (
          // biome-ignore lint/a11y/useSemanticElements: an SVG region cannot be a <button>; it gets the button role and keys
          <g
            key={a.id}
            role="button"
            tabIndex={readOnly ? -1 : 0}
            aria-disabled={readOnly || undefined}
            aria-label={`${a.label}: ${markWord(marks[a.id])}`}
            className="area"
            data-mark={marks[a.id] ?? 'none'}
            data-area={a.id}
            onClick={() => !readOnly && onCycle(a.id)}
            onKeyDown={key(a.id)}
          >
            <title>{`${a.label}: ${markWord(marks[a.id])}`}</title>
            {AREA_SHAPES[a.id].map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed drawing, never reordered
              <Draw key={i} shape={s} />
            ))}
          </g>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}

/**
 * Front and back silhouettes. Clicking an area, or Enter/Space on it, cycles
 * not discussed → OK → ask first → never. The list beside it says the same in words.
 */
export function BodyMap({
  who,
  marks,
  onChange,
  readOnly = false,
}: {
  who: string;
  marks: BodyMarks;
  onChange: (marks: BodyMarks) => void;
  readOnly?: boolean;
}) {
  const cycle = (area: BodyArea) => {
    const next = nextMark(marks[area]);
    const copy: BodyMarks = { ...marks };
    if (next) copy[area] = next;
    else delete copy[area];
    onChange(copy);
  };
  const unmarked = BODY_AREAS.filter((a) => marks[a.id] === undefined);
  return (
    <div className="stack">
      <ul className="legend" aria-label="Legend">
        {BOUNDARY_MARKS.map((m) => (
          <li key={m}>
            <span className="swatch" data-mark={m} aria-hidden="true" />
            {BOUNDARY_LABELS[m]}
          </li>
        ))}
        <li>
          <span className="swatch" aria-hidden="true" />
          Not yet discussed
        </li>
      </ul>
      <div className="bodymap">
        <Silhouette view="front" who={who} marks={marks} onCycle={cycle} readOnly={readOnly} />
        <Silhouette view="back" who={who} marks={marks} onCycle={cycle} readOnly={readOnly} />
        <dl className="boundary-list" aria-label={`${who}: boundaries in words`}>
          {(['never', 'ask', 'ok'] as const).map((m) => {
            const list = BODY_AREAS.filter((a) => marks[a.id] === m);
            return (
              <div key={m}>
                <dt>{BOUNDARY_LABELS[m]}</dt>
                <dd>{list.length ? list.map((a) => a.label).join(', ') : 'None'}</dd>
              </div>
            );
          })}
          <div>
            <dt>Not yet discussed</dt>
            <dd>{unmarked.length ? unmarked.map((a) => a.label).join(', ') : 'None'}</dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
