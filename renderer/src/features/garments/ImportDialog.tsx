import { useId, useState } from 'react';
import type { ImportPreview } from '../../../../shared/garments/schema';
import { run } from '../../lib/commands';
import { useRefresh } from '../../lib/refresh';
import { ActionButton } from '../../ui/ActionButton';
import { AppDialog, type DialogState } from '../../ui/AppDialog';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { plural } from './lib';
import { garmentsRefresh } from './queries';

const HELP = {
  catalog:
    'Columns: Type, Code, Size, Skin tone, Material, Adhesive type, Care (single-use or washable), Supplier, Unit cost, Currency, Reorder threshold. A known code updates that variant.',
  stock:
    'Columns: Code and Quantity (units received), or Code and Counted (a stock take); Note is optional. Every row is checked first; nothing is imported unless all rows are right.',
} as const;

/** Preview a CSV row by row, then import it whole or not at all. */
export function ImportDialog({
  kind,
  productionId = null,
  isOpen,
  onOpenChange,
}: {
  kind: 'catalog' | 'stock';
  productionId?: string | null;
} & DialogState) {
  const inputId = useId();
  const refresh = useRefresh(garmentsRefresh);
  const [csv, setCsv] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setCsv(null);
    setPreview(null);
    setError(null);
    setDone(null);
  };
  const choose = async (file: File | undefined) => {
    reset();
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    try {
      setPreview(await run('garment.importPreview', { kind, productionId, csv: text }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const importAll = async () => {
    if (csv === null) return;
    setBusy(true);
    try {
      const result = await run('garment.import', { kind, productionId, csv });
      setDone(result.imported);
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppDialog
      title={kind === 'catalog' ? 'Import catalog CSV' : 'Import stock CSV'}
      isOpen={isOpen}
      size="large"
      onOpenChange={(open) => {
        if (!open) reset();
        onOpenChange(open);
      }}
    >
      <div className="form">
        <p className="muted">{HELP[kind]}</p>
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            CSV file
          </label>
          <input
            id={inputId}
            className="file-input"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void choose(e.currentTarget.files?.[0])}
          />
        </div>
        {preview ? <PreviewTable preview={preview} /> : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
        {done !== null ? <Notice tone="success" title={`Imported ${plural(done, 'row')}`} /> : null}
        <div className="form-actions">
          <ActionButton variant="quiet" onPress={() => onOpenChange(false)}>
            {done !== null ? 'Close' : 'Cancel'}
          </ActionButton>
          <ActionButton
            variant="primary"
            onPress={importAll}
            isPending={busy}
            isDisabled={!preview || preview.errorCount > 0 || preview.rows.length === 0 || done !== null}
          >
            {preview ? `Import ${plural(preview.rows.length, 'row')}` : 'Import'}
          </ActionButton>
        </div>
      </div>
    </AppDialog>
  );
}

function PreviewTable({ preview }: { preview: ImportPreview }) {
  return (
    <>
      {preview.errorCount > 0 ? (
        <Notice tone="error" title={`${plural(preview.errorCount, 'problem')}: fix the file and choose it again`}>
          {preview.fileErrors.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </Notice>
      ) : (
        <Notice tone="success" title={`All ${plural(preview.rows.length, 'row')} can be imported`} />
      )}
      <div className="table-wrap">
        <DataTable
          columns={[{ label: 'Row', className: 'numeric' }, 'Action', 'What', 'Problems']}
          rows={preview.rows.slice(0, 500)}
          rowKey={(r) => r.line}
          label="Import preview"
          empty="The file has no rows under its header."
        >
          {(r) => (
            <>
              <td className="numeric">{r.line}</td>
              <td>{r.action}</td>
              <td>{r.summary}</td>
              <td className={r.errors.length > 0 ? 'short' : 'done'}>
                {r.errors.length > 0 ? r.errors.map((e) => `${e.column}: ${e.message}`).join('; ') : 'OK'}
              </td>
            </>
          )}
        </DataTable>
      </div>
    </>
  );
}
