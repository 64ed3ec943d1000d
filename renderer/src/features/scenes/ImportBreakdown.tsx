import { useState } from 'react';
import { BREAKDOWN_COLUMNS, type BreakdownPreview } from '../../../../shared/scenes/breakdown-schema';
import { formatEighths, INTIMACY_TYPE_LABELS } from '../../../../shared/scenes/schema';
import { run as runCommand, useCommandMutation } from '../../lib/commands';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { ErrorLine } from '../../ui/controls';
import { DataTable } from '../../ui/DataTable';
import { FormActions } from '../../ui/FormActions';
import { Notice } from '../../ui/Notice';
import { scenesRefresh } from './queries';

/** Soft-deletes (or restores) exactly the scenes one import created. */
async function setDeleted(sceneIds: string[], deleted: boolean): Promise<void> {
  for (const id of sceneIds) await runCommand('scene.delete', { id, deleted });
}

/** Choose a CSV, see every row and every problem, then import all rows or none. */
export function ImportBreakdown({ productionId, onDone }: { productionId: string; onDone: () => void }) {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<BreakdownPreview | null>(null);
  const check = useCommandMutation('breakdown.preview', { onSuccess: setPreview });
  // Undo takes back the whole import: the scenes it added go to Recently deleted; redo restores them.
  const run = useUndoableMutation(
    (input: { productionId: string; csv: string }) => ({
      label: (r) => `${r.created} scene${r.created === 1 ? '' : 's'} imported${fileName ? ` from ${fileName}` : ''}`,
      refresh: scenesRefresh(),
      run: () => runCommand('breakdown.import', input),
      undo: (r) => setDeleted(r.sceneIds, true),
      redo: (r) => setDeleted(r.sceneIds, false),
    }),
    { onSuccess: onDone },
  );

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    setFileName(file.name);
    setCsv(text);
    setPreview(null);
    check.mutate({ productionId, csv: text });
  };

  return (
    <div className="stack">
      <details>
        <summary className="small">Columns the file can have</summary>
        <DataTable label="Breakdown columns" columns={[]} rows={BREAKDOWN_COLUMNS} rowKey={(c) => c.key}>
          {(c) => (
            <>
              <th scope="row">
                {c.header}
                {c.required ? ' (required)' : ''}
              </th>
              <td className="wrap">{c.help}</td>
            </>
          )}
        </DataTable>
      </details>
      <div className="field">
        <label className="field-label" htmlFor="breakdown-file">
          Breakdown CSV file
        </label>
        <input
          id="breakdown-file"
          className="input"
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      <ErrorLine error={check.error} />
      {preview ? (
        <>
          <Notice tone={preview.errors.length > 0 ? 'error' : 'success'}>
            {fileName}: {preview.rows.length} scene(s),{' '}
            {preview.errors.length === 0
              ? 'no problems. Nothing is written until you import.'
              : `${preview.errors.length} problem(s). Fix the file and choose it again; nothing is imported while any row has a problem.`}
            {preview.ignoredColumns.length > 0 ? ` Ignored columns: ${preview.ignoredColumns.join(', ')}.` : ''}
          </Notice>
          {preview.errors.length > 0 ? (
            <DataTable
              label="Problems"
              columns={['Row', 'Column', 'Problem']}
              rows={preview.errors}
              rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
            >
              {(e) => (
                <>
                  <td>{e.row}</td>
                  <td>{e.column}</td>
                  <td className="wrap">{e.message}</td>
                </>
              )}
            </DataTable>
          ) : null}
          <div className="table-wrap">
            <DataTable
              label="Rows to import"
              columns={['Row', 'Scene', 'Ep.', 'Pages', 'Shoot date', 'Intimacy', 'Performers']}
              rows={preview.rows}
              rowKey={(r) => r.row}
              empty="The file has no scene rows under its header."
            >
              {(r) => (
                <>
                  <td>
                    {r.row} {r.valid ? '' : <span className="badge badge-warning">Problem</span>}
                  </td>
                  <td>{r.number}</td>
                  <td>{r.episode}</td>
                  <td>{formatEighths(r.pageEighths)}</td>
                  <td>{r.shootDate ?? ''}</td>
                  <td className="wrap">{r.intimacyTypes.map((t) => INTIMACY_TYPE_LABELS[t]).join(', ')}</td>
                  <td className="wrap">{r.performers.map((p) => p.name).join(', ')}</td>
                </>
              )}
            </DataTable>
          </div>
        </>
      ) : null}
      <FormActions
        error={run.error}
        onCancel={onDone}
        submitLabel={`Import ${preview && preview.errors.length === 0 ? `${preview.rows.length} scene(s)` : ''}`}
        onSubmit={() => run.mutate({ productionId, csv })}
        isPending={run.isPending}
        pendingLabel="Importing…"
        isDisabled={!preview || preview.errors.length > 0 || preview.rows.length === 0}
      />
    </div>
  );
}
