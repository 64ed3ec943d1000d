import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Checkbox, Form, Link, Radio, RadioGroup } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { ConsentChange, ImportConflict, ImportPlan, Resolution } from '../../../../shared/handoff/schema';
import { requiredText } from '../../../../shared/kit/fields';
import { isCommandError, useCommandMutation } from '../../lib/commands';
import { formatInstant } from '../../lib/format';
import { applyServerIssues } from '../../lib/forms';
import { ActionButton } from '../../ui/ActionButton';
import { BrowseButton } from '../../ui/BrowseButton';
import { FormTextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import './handoff.css';
import { useRefresh } from '../../lib/refresh';
import { DataTable } from '../../ui/DataTable';
import { handoffRefresh } from './queries';

const SourceForm = z.object({ path: requiredText(4096, 'File'), passphrase: z.string() });
type Values = z.input<typeof SourceForm>;

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 240 ? `${text.slice(0, 240)}…` : text;
}

export function ImportPage() {
  useEffect(() => {
    document.title = 'Import a handoff · Closed Set';
  }, []);
  const refresh = useRefresh(handoffRefresh);
  const form = useForm<Values>({ resolver: zodResolver(SourceForm), defaultValues: { path: '', passphrase: '' } });
  const inspect = useCommandMutation('handoff.inspect');
  const apply = useCommandMutation('handoff.import', {
    onSuccess: refresh,
  });
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [decisions, setDecisions] = useState<Record<string, Resolution>>({});
  const [accepted, setAccepted] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<ImportPlan | null>(null);

  const source = () => {
    const { path, passphrase } = form.getValues();
    return { path, ...(passphrase ? { passphrase } : {}) };
  };

  const fail = (error: unknown) => {
    if (!isCommandError(error)) throw error;
    const unplaced = applyServerIssues(error, form.setError, ['path', 'passphrase'] as const);
    if (unplaced.length > 0) setProblem(unplaced.join(' '));
  };

  const onCheck = form.handleSubmit(async () => {
    setProblem(null);
    setPlan(null);
    setDone(null);
    setDecisions({});
    setAccepted([]);
    try {
      setPlan(await inspect.mutateAsync(source()));
    } catch (error) {
      fail(error);
    }
  });

  const onImport = async () => {
    setProblem(null);
    try {
      setDone(await apply.mutateAsync({ ...source(), resolutions: decisions, accept: accepted }));
      setPlan(null);
    } catch (error) {
      fail(error);
    }
  };

  const undecided = plan ? plan.conflicts.filter((c) => !decisions[c.key]).length : 0;
  // A consent change in a conflict is applied only if the file's side is taken.
  const unaccepted = plan
    ? plan.consentChanges.filter((c) => (!c.conflict || decisions[c.id] === 'theirs') && !accepted.includes(c.id))
        .length
    : 0;

  return (
    <div className="page">
      <header className="page-header">
        <div className="page-heading">
          <h1 className="page-title">Import a handoff</h1>
          <p className="page-subtitle">
            A handoff package or JSON export becomes a new production, or merges into the one it came from.
          </p>
        </div>
      </header>

      <section className="card" aria-labelledby="source-title">
        <h2 id="source-title" className="card-title">
          1. Choose the file
        </h2>
        <Form onSubmit={onCheck} className="form narrow" validationBehavior="aria">
          <div className="path-field">
            <FormTextField
              control={form.control}
              name="path"
              label="File"
              description="The path of a .closedset-handoff package or a .json export."
              literal
            />
            <BrowseButton
              purpose="open-file"
              onChosen={(chosen) => form.setValue('path', chosen, { shouldValidate: true })}
            />
          </div>
          <FormTextField
            control={form.control}
            name="passphrase"
            label="Package passphrase"
            type="password"
            autoComplete="off"
            description="The passphrase chosen for this handoff (not your vault passphrase). Leave empty for JSON."
            literal
          />
          {problem ? (
            <Notice tone="error" title="Nothing was imported">
              {problem}
            </Notice>
          ) : null}
          <div className="form-actions form-actions-start">
            <ActionButton type="submit" variant="secondary" isPending={inspect.isPending} pendingLabel="Checking…">
              Check file
            </ActionButton>
          </div>
        </Form>
      </section>

      {plan ? (
        <section className="card" aria-labelledby="plan-title">
          <h2 id="plan-title" className="card-title">
            2. Review “{plan.title}”
          </h2>
          <p>
            {plan.mode === 'new'
              ? 'This production is not in this vault yet: it will be added as it is in the file.'
              : 'This production is already in this vault: records are matched by id.'}{' '}
            Exported {formatInstant(plan.exportedAt, plan.timeZone)}.
          </p>
          <ul className="plan-counts" aria-label="What the import does">
            <li>
              <strong>{plan.counts.added}</strong>
              <span>new records</span>
            </li>
            <li>
              <strong>{plan.counts.updated}</strong>
              <span>changed there, taken</span>
            </li>
            <li>
              <strong>{plan.counts.keptOurs}</strong>
              <span>changed here, kept</span>
            </li>
            <li>
              <strong>{plan.counts.unchanged}</strong>
              <span>unchanged</span>
            </li>
            <li>
              <strong>{plan.audit.added}</strong>
              <span>audit entries added</span>
            </li>
          </ul>
          {plan.audit.diverged > 0 ? (
            <Notice title="The two audit histories have diverged">
              {plan.audit.diverged} entries from the file are kept beside this vault's history, unchanged and
              verifiable.
            </Notice>
          ) : null}
          {plan.conflicts.length > 0 ? (
            <>
              <h3 className="subsection-title">
                Changed in both vaults: decide each ({plan.conflicts.length - undecided} of {plan.conflicts.length})
              </h3>
              {plan.conflicts.map((c) => (
                <ConflictCard
                  timeZone={plan.timeZone}
                  key={c.key}
                  conflict={c}
                  value={decisions[c.key] ?? null}
                  onChange={(r) => setDecisions((d) => ({ ...d, [c.key]: r }))}
                />
              ))}
            </>
          ) : null}
          {plan.consentChanges.length > 0 ? (
            <>
              <h3 className="subsection-title">
                Changes to consent records: accept each ({plan.consentChanges.length - unaccepted} of{' '}
                {plan.consentChanges.length})
              </h3>
              <ul className="consent-changes">
                {plan.consentChanges.map((c, i) => (
                  <ConsentChangeItem
                    key={c.id}
                    change={c}
                    index={i}
                    isAccepted={accepted.includes(c.id)}
                    onChange={(on) => setAccepted((a) => (on ? [...a, c.id] : a.filter((id) => id !== c.id)))}
                  />
                ))}
              </ul>
            </>
          ) : null}
          <div className="form-actions form-actions-start">
            <ActionButton
              variant="primary"
              isDisabled={undecided > 0 || unaccepted > 0}
              isPending={apply.isPending}
              pendingLabel="Importing…"
              onPress={() => void onImport()}
            >
              Import
            </ActionButton>
            {undecided > 0 ? <span className="muted">Decide every conflict to import.</span> : null}
            {unaccepted > 0 ? (
              <span className="muted">
                {unaccepted} change{unaccepted === 1 ? '' : 's'} to consent records await your review.
              </span>
            ) : null}
          </div>
        </section>
      ) : null}

      {done ? (
        <Notice tone="success" title={`“${done.title}” imported`}>
          {done.counts.added} records added, {done.counts.updated} updated; {done.audit.added} audit entries added.{' '}
          <Link href={`/productions/${done.productionId}`}>Open the production</Link>
        </Notice>
      ) : null}
    </div>
  );
}

/** One consent change: what it changes, field by field in words, and a labelled checkbox to accept it. */
function ConsentChangeItem({
  change,
  index,
  isAccepted,
  onChange,
}: {
  change: ConsentChange;
  index: number;
  isAccepted: boolean;
  onChange: (on: boolean) => void;
}) {
  const fieldsId = `consent-change-${index}`;
  const what = change.kind === 'added' ? 'new in the file' : change.conflict ? 'changed in both vaults' : 'changed';
  return (
    <li className="consent-change">
      <Checkbox className="checkbox" isSelected={isAccepted} onChange={onChange} aria-describedby={fieldsId}>
        <span className="checkbox-box" aria-hidden="true" />
        Accept: {change.label} ({what})
      </Checkbox>
      <ul id={fieldsId} className="consent-change-fields">
        {change.fields.map((f) => (
          <li key={f.field}>
            {f.field}: {f.from} → {f.to}
          </li>
        ))}
      </ul>
    </li>
  );
}

function ConflictCard({
  conflict,
  timeZone,
  value,
  onChange,
}: {
  conflict: ImportConflict;
  timeZone: string;
  value: Resolution | null;
  onChange: (r: Resolution) => void;
}) {
  return (
    <div className="conflict">
      <h4 className="conflict-title">{conflict.label}</h4>
      <p className="conflict-meta">
        Here: changed {conflict.oursUpdatedAt ? formatInstant(conflict.oursUpdatedAt, timeZone) : '—'} · In the file:
        changed {conflict.theirsUpdatedAt ? formatInstant(conflict.theirsUpdatedAt, timeZone) : '—'}
      </p>
      <DataTable columns={['Field', 'In this vault', 'In the file']} rows={conflict.fields} rowKey={(f) => f.field}>
        {(f) => (
          <>
            <td>{f.field}</td>
            <td>{shown(f.ours)}</td>
            <td>{shown(f.theirs)}</td>
          </>
        )}
      </DataTable>
      <RadioGroup
        className="radio-group"
        value={value}
        onChange={(v) => onChange(v as Resolution)}
        aria-label={`Decision for ${conflict.label}`}
      >
        <Radio className="radio" value="ours">
          <span className="radio-dot" aria-hidden="true" />
          Keep this vault's
        </Radio>
        <Radio className="radio" value="theirs">
          <span className="radio-dot" aria-hidden="true" />
          Take the file's
        </Radio>
      </RadioGroup>
    </div>
  );
}
