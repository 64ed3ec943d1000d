import { type ReactNode, useId } from 'react';
import { Checkbox as AriaCheckbox, Link } from 'react-aria-components';
import { useRoute } from 'wouter';
import type { ZodType } from 'zod';
import {
  PILLAR_LABELS,
  type PillarReadiness,
  READINESS_LABELS,
  type ReadinessState,
} from '../../../shared/readiness/schema';
import { ConsentSectionLink } from '../features/consent/ConsentLinks';
import './binder.css';

/*
 * Small controls for the binder's dense editors (beats, contacts, filters): native inputs with a
 * visible label and their error beside them. Chromium's native controls are keyboard-accessible.
 */

interface FieldShell {
  label: string;
  error?: string | undefined;
  description?: string;
  className?: string;
}

function useFieldIds(error: string | undefined, description: string | undefined) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : '', description ? `${id}-desc` : ''].filter(Boolean).join(' ');
  return { id, describedBy: describedBy || undefined };
}

function Extras({
  id,
  error,
  description,
}: {
  id: string;
  error?: string | undefined;
  description?: string | undefined;
}) {
  return (
    <>
      {description ? (
        <span id={`${id}-desc`} className="field-description">
          {description}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </>
  );
}

export function TextInput({
  label,
  value,
  onChange,
  error,
  description,
  className,
  type = 'text',
  multiline = false,
}: FieldShell & { value: string; onChange: (v: string) => void; type?: string; multiline?: boolean }) {
  const { id, describedBy } = useFieldIds(error, description);
  const common = {
    id,
    value,
    className: `input ${multiline ? 'textarea' : ''}`,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      <Extras id={id} error={error} description={description} />
    </div>
  );
}

export function SelectInput({
  label,
  value,
  onChange,
  options,
  error,
  description,
  className,
}: FieldShell & { value: string; onChange: (v: string) => void; options: readonly { id: string; label: string }[] }) {
  const { id, describedBy } = useFieldIds(error, description);
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input native-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <Extras id={id} error={error} description={description} />
    </div>
  );
}

export function Check({
  children,
  isSelected,
  onChange,
}: {
  children: ReactNode;
  isSelected: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <AriaCheckbox className="checkbox" isSelected={isSelected} onChange={onChange}>
      <span className="checkbox-box" aria-hidden="true" />
      {children}
    </AriaCheckbox>
  );
}

export function ReadinessMark({ status, label }: { status: ReadinessState; label?: string }) {
  return (
    <span className="mark" data-status={status}>
      {label ? `${label}: ` : ''}
      {READINESS_LABELS[status]}
    </span>
  );
}

export function PillarCard({ pillar, readiness }: { pillar: keyof typeof PILLAR_LABELS; readiness: PillarReadiness }) {
  return (
    <section className="pillar" data-status={readiness.status} aria-label={`${PILLAR_LABELS[pillar]} pillar`}>
      <h3>{PILLAR_LABELS[pillar]}</h3>
      <ReadinessMark status={readiness.status} />
      {readiness.blockers.length + readiness.missing.length > 0 ? (
        <ul>
          {readiness.blockers.map((b) => (
            <li key={b} className="blocker">
              {b}
            </li>
          ))}
          {readiness.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** Overview, cast and scenes of one production. */
export function ProductionSections({ id }: { id: string }) {
  const [onOverview] = useRoute('/productions/:id');
  const [onCast] = useRoute('/productions/:id/cast');
  const [onDashboard] = useRoute('/productions/:id/dashboard');
  const [onScenes] = useRoute('/productions/:id/scenes');
  const [onScene] = useRoute('/productions/:id/scenes/:sceneId');
  return (
    <nav className="section-nav" aria-label="Production sections">
      <Link href={`/productions/${id}`} aria-current={onOverview ? 'page' : undefined}>
        Overview
      </Link>
      <Link href={`/productions/${id}/dashboard`} aria-current={onDashboard ? 'page' : undefined}>
        Dashboard
      </Link>
      <Link href={`/productions/${id}/cast`} aria-current={onCast ? 'page' : undefined}>
        Cast and crew
      </Link>
      <Link href={`/productions/${id}/scenes`} aria-current={onScenes || onScene ? 'page' : undefined}>
        Scenes
      </Link>
      <ConsentSectionLink productionId={id} />
    </nav>
  );
}

/** "Failed to save: ..." under a form, or nothing. */
export function ErrorLine({ error }: { error: { message: string } | null | undefined }) {
  return error ? (
    <p className="error-text" role="alert">
      {error.message}
    </p>
  ) : null;
}

/** Field errors from a command, by path. */
export function issuesByPath(error: unknown): Record<string, string> {
  const issues = (error as { issues?: { path: string; message: string }[] } | null)?.issues ?? [];
  return Object.fromEntries(issues.map((i) => [i.path, i.message]));
}

/** Checks input against a command's own zod schema; field path -> message (empty when valid). */
export function schemaErrors(schema: ZodType, input: unknown): Record<string, string> {
  const checked = schema.safeParse(input);
  if (checked.success) return {};
  const out: Record<string, string> = {};
  for (const issue of checked.error.issues) {
    const path = issue.path.map(String).join('.');
    out[path] ??= issue.message;
  }
  return out;
}
