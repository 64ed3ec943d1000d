import { useState } from 'react';
import { Button } from 'react-aria-components';
import { BREAKDOWN_COLUMNS, type BreakdownPreview } from '../../../../shared/scenes/breakdown-schema';
import { formatEighths, INTIMACY_TYPE_LABELS } from '../../../../shared/scenes/schema';
import { run as runCommand, useCommandMutation } from '../../lib/commands';
import { useUndoableMutation } from '../../lib/undo/use-undoable-mutation';
import { ActionButton } from '../../ui/ActionButton';
import { ErrorLine } from '../../ui/controls';
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
        <table className="table" aria-label="Breakdown columns">
          <tbody>
            {BREAKDOWN_COLUMNS.map((c) => (
              <tr key={c.key}>
                <th scope="row">
                  {c.header}
                  {c.required ? ' (required)' : ''}
                </th>
                <td className="wrap">{c.help}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
            <table className="table" aria-label="Problems">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.map((e) => (
                  <tr key={`${e.row}-${e.column}-${e.message}`}>
                    <td>{e.row}</td>
                    <td>{e.column}</td>
                    <td className="wrap">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <div className="table-wrap">
            <table className="table" aria-label="Rows to import">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Scene</th>
                  <th scope="col">Ep.</th>
                  <th scope="col">Pages</th>
                  <th scope="col">Shoot date</th>
                  <th scope="col">Intimacy</th>
                  <th scope="col">Performers</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((r) => (
                  <tr key={r.row}>
                    <td>
                      {r.row} {r.valid ? '' : <span className="badge badge-warning">Problem</span>}
                    </td>
                    <td>{r.number}</td>
                    <td>{r.episode}</td>
                    <td>{formatEighths(r.pageEighths)}</td>
                    <td>{r.shootDate ?? ''}</td>
                    <td className="wrap">{r.intimacyTypes.map((t) => INTIMACY_TYPE_LABELS[t]).join(', ')}</td>
                    <td className="wrap">{r.performers.map((p) => p.name).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <ErrorLine error={run.error} />
      <div className="form-actions">
        <Button className="btn btn-quiet" onPress={onDone}>
          Cancel
        </Button>
        <ActionButton
          variant="primary"
          isDisabled={!preview || preview.errors.length > 0 || preview.rows.length === 0}
          isPending={run.isPending}
          pendingLabel="Importing…"
          onPress={() => run.mutate({ productionId, csv })}
        >
          Import {preview && preview.errors.length === 0 ? `${preview.rows.length} scene(s)` : ''}
        </ActionButton>
      </div>
    </div>
  );
}
