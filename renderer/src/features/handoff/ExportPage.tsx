import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Form, Link, ProgressBar } from 'react-aria-components';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { CUTS, type CutName, EXPORT_FORMATS, type ExportFormat } from '../../../../shared/handoff/schema';
import { requiredText } from '../../../../shared/kit/fields';
import type { Production } from '../../../../shared/productions/schema';
import { isCommandError, useCommand, useCommandMutation } from '../../lib/commands';
import { formatBytes } from '../../lib/format';
import { applyServerIssues } from '../../lib/forms';
import { ActionButton } from '../../ui/ActionButton';
import { BrowseButton } from '../../ui/BrowseButton';
import { Check } from '../../ui/controls';
import { FormSelectField, FormTextField } from '../../ui/fields';
import { Notice } from '../../ui/Notice';
import { CallSheetBlock } from './CallSheetBlock';
import { CUT_DESCRIPTIONS, CUT_OPTIONS, FORMAT_OPTIONS, suggestedPath } from './options';
import './handoff.css';

/** A package or JSON export carries the whole production by design; a full binder to read asks first. */
const fullNeedsConfirming = (cut: CutName, format: ExportFormat) =>
  cut === 'full' && (format === 'pdf' || format === 'csv');

const ExportForm = z
  .object({
    cut: z.enum(CUTS),
    format: z.enum(EXPORT_FORMATS),
    recipient: requiredText(200, 'Recipient'),
    path: requiredText(4096, 'File'),
    pdfPassword: z.string(),
    packagePassphrase: z.string(),
    confirm: z.string(),
    /** The full binder as a PDF or CSV leaves only on purpose: the coordinator says who gets it. */
    fullConfirmed: z.boolean(),
  })
  .refine((v) => v.format !== 'package' || v.packagePassphrase.length > 0, {
    message: 'Choose a passphrase for this package',
    path: ['packagePassphrase'],
  })
  .refine((v) => v.format !== 'package' || v.confirm === v.packagePassphrase, {
    message: 'The two passphrases do not match',
    path: ['confirm'],
  })
  .refine((v) => !fullNeedsConfirming(v.cut, v.format) || v.fullConfirmed, {
    message: 'Confirm that this goes to another intimacy coordinator, or choose another cut',
    path: ['fullConfirmed'],
  })
  .refine((v) => v.format !== 'package' || v.cut === 'full', {
    message: 'A handoff package always carries the whole production: choose the full cut',
    path: ['cut'],
  });
type Values = z.input<typeof ExportForm>;
const FIELDS = ['cut', 'format', 'recipient', 'path', 'pdfPassword', 'packagePassphrase'] as const;

export function ExportPage({ id }: { id: string }) {
  const production = useCommand('production.get', { id });
  const status = useCommand('app.status', {});
  useEffect(() => {
    if (production.data) document.title = `Handoff · ${production.data.title} · Closed Set`;
  }, [production.data]);
  if (production.isError) return <Notice tone="error">{production.error.message}</Notice>;
  if (!production.data || !status.data?.vault) return <p className="page-loading">Loading…</p>;
  return <ExportView production={production.data} vaultPath={status.data.vault.path} />;
}

function ExportView({ production, vaultPath }: { production: Production; vaultPath: string }) {
  const form = useForm<Values>({
    resolver: zodResolver(ExportForm),
    defaultValues: {
      // What leaves by default is the AD's cut; the full binder is chosen on purpose.
      cut: 'production',
      format: 'pdf',
      recipient: '',
      path: suggestedPath(vaultPath, production.title, 'production', 'pdf'),
      pdfPassword: '',
      packagePassphrase: '',
      confirm: '',
      fullConfirmed: false,
    },
  });
  const [cut, format] = form.watch(['cut', 'format']) as [CutName, ExportFormat];
  const [pathEdited, setPathEdited] = useState(false);
  useEffect(() => {
    if (!pathEdited) form.setValue('path', suggestedPath(vaultPath, production.title, cut, format));
  }, [cut, format, pathEdited, form, vaultPath, production.title]);

  const start = useCommandMutation('handoff.startExport');
  const [jobId, setJobId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const job = useCommand(
    'handoff.exportStatus',
    { jobId: jobId ?? '' },
    {
      enabled: jobId !== null,
      refetchInterval: (q) => (q.state.data?.state === 'running' || !q.state.data ? 200 : false),
    },
  );
  const running = jobId !== null && (job.data?.state ?? 'running') === 'running';

  const onSubmit = form.handleSubmit(async (v) => {
    setProblem(null);
    setJobId(null);
    try {
      const { jobId } = await start.mutateAsync({
        productionId: production.id,
        cut: v.cut,
        format: v.format,
        recipient: v.recipient,
        path: v.path,
        ...(v.format === 'pdf' && v.pdfPassword ? { pdfPassword: v.pdfPassword } : {}),
        ...(v.format === 'package' ? { packagePassphrase: v.packagePassphrase } : {}),
      });
      setJobId(jobId);
    } catch (error) {
      if (!isCommandError(error)) throw error;
      const unplaced = applyServerIssues(error, form.setError, FIELDS);
      if (unplaced.length > 0) setProblem(unplaced.join(' '));
    }
  });

  const result = job.data?.state === 'done' ? job.data.result : null;
  const failed = job.data?.state === 'failed' ? job.data.error : null;

  return (
    <div className="page">
      <header className="page-header">
        <div className="page-heading">
          <p className="eyebrow">
            <Link href={`/productions/${production.id}`}>{production.title}</Link>
          </p>
          <h1 className="page-title">Export and handoff</h1>
          <p className="page-subtitle">A binder, package or file for one reader, with only what that reader may see.</p>
        </div>
        <div className="page-actions">
          <Link className="btn btn-secondary" href="/import">
            Import a handoff…
          </Link>
        </div>
      </header>

      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title" className="card-title">
          Prepare a file
        </h2>
        <div className="handoff-grid">
          <Form onSubmit={onSubmit} className="form" validationBehavior="aria">
            <div className="form-grid">
              <FormSelectField control={form.control} name="cut" label="Recipient cut" options={CUT_OPTIONS} />
              <FormSelectField control={form.control} name="format" label="Format" options={FORMAT_OPTIONS} />
            </div>
            <FormTextField
              control={form.control}
              name="recipient"
              label="Prepared for"
              description="The reader's name, printed on the cover and on every page."
            />
            <div className="path-field">
              <FormTextField
                control={form.control}
                name="path"
                label="Save to"
                description="The file is written whole or not at all."
                literal
                rules={{ onChange: () => setPathEdited(true) }}
              />
              <BrowseButton
                purpose="save-file"
                suggested={form.getValues('path') || undefined}
                onChosen={(chosen) => {
                  setPathEdited(true);
                  form.setValue('path', chosen, { shouldValidate: true });
                }}
              />
            </div>
            {format === 'pdf' ? (
              <FormTextField
                control={form.control}
                name="pdfPassword"
                label="PDF password (optional)"
                type="password"
                autoComplete="new-password"
                description="Encrypts the PDF with AES-256; the reader needs this password to open it."
                literal
              />
            ) : null}
            {format === 'package' ? (
              <div className="form-grid">
                <FormTextField
                  control={form.control}
                  name="packagePassphrase"
                  label="Package passphrase"
                  type="password"
                  autoComplete="new-password"
                  description="Only for this handoff; never your vault passphrase. Tell it to the recipient by another channel."
                  literal
                />
                <FormTextField
                  control={form.control}
                  name="confirm"
                  label="Confirm passphrase"
                  type="password"
                  autoComplete="new-password"
                  literal
                />
              </div>
            ) : null}
            {fullNeedsConfirming(cut, format) ? (
              <Controller
                control={form.control}
                name="fullConfirmed"
                render={({ field, fieldState }) => (
                  <div className="field">
                    <Notice tone="info">
                      The full binder contains riders and body maps: only another intimacy coordinator should get it.
                    </Notice>
                    <Check isSelected={field.value} onChange={field.onChange}>
                      This goes to another intimacy coordinator
                    </Check>
                    {fieldState.error ? (
                      <p className="field-error" role="alert">
                        {fieldState.error.message}
                      </p>
                    ) : null}
                  </div>
                )}
              />
            ) : null}
            {problem ? <Notice tone="error">{problem}</Notice> : null}
            <div className="form-actions form-actions-start">
              <ActionButton
                type="submit"
                variant="primary"
                isPending={start.isPending || running}
                pendingLabel="Exporting…"
              >
                Export
              </ActionButton>
            </div>
          </Form>
          <aside className="handoff-aside" aria-label="About this cut">
            <h3>What this reader gets</h3>
            <p>{CUT_DESCRIPTIONS[cut]}</p>
            <h3>Confidential by design</h3>
            <p>Every page names its reader. A cut copies only the fields allowed for it; nothing else can slip in.</p>
          </aside>
        </div>

        {jobId !== null && running ? (
          <ProgressBar
            className="progress"
            value={job.data?.done ?? 0}
            maxValue={job.data?.total ?? 1}
            aria-label="Export progress"
          >
            {({ percentage }) => (
              <>
                <div className="progress-head">
                  <span>{job.data?.phase ?? 'Starting'}</span>
                  <span>{Math.round(percentage ?? 0)}%</span>
                </div>
                <div className="progress-track">
                  <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
                </div>
              </>
            )}
          </ProgressBar>
        ) : null}
        {result ? (
          <Notice tone="success" title="Export written">
            <span className="path">{result.path}</span> ({formatBytes(result.bytes)}
            {result.pages !== null ? `, ${result.pages} pages` : ''}
            {result.protected ? ', encrypted' : ''})
          </Notice>
        ) : null}
        {failed ? (
          <Notice tone="error" title="Nothing was written">
            {failed.message}
          </Notice>
        ) : null}
      </section>
      <CallSheetBlock productionId={production.id} defaultDate={production.startDate ?? ''} />
    </div>
  );
}
