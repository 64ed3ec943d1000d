import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CARE_LABELS, type CostumePerformer, type StockRow } from '../../../../shared/garments/schema';
import { MOVEMENT_LABELS, type MovementKind } from '../../../../shared/garments/stock';
import { run, useCommand } from '../../lib/commands';
import { ActionButton } from '../../ui/ActionButton';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { ImportDialog } from './ImportDialog';
import { downloadCsv } from './lib';
import { MovementDialog, type MovementIntent } from './MovementDialog';

/** Stock per variant, derived from the ledger; the selected variant's chart, ledger and movements. */
export function StockTab({
  productionId,
  performers,
}: {
  productionId: string;
  performers: readonly CostumePerformer[];
}) {
  const stock = useCommand('stock.list', { productionId });
  const [selected, setSelected] = useState<string | null>(null);
  const [intent, setIntent] = useState<MovementIntent | null>(null);
  const [importing, setImporting] = useState(false);
  if (stock.isPending) return <p className="muted">Loading stock…</p>;
  if (stock.isError) return <Notice tone="error">{stock.error.message}</Notice>;
  const rows = stock.data;
  const current = rows.find((r) => r.variant.id === selected) ?? rows[0] ?? null;

  return (
    <>
      <div className="toolbar no-print">
        <p className="muted">Every figure is a sum of the ledger.</p>
        <span className="toolbar-spacer" />
        <ActionButton onPress={() => setImporting(true)}>Import CSV…</ActionButton>
        <ActionButton onPress={async () => downloadCsv(await run('stock.exportCsv', { productionId, what: 'stock' }))}>
          Export stock
        </ActionButton>
        <ActionButton onPress={async () => downloadCsv(await run('stock.exportCsv', { productionId, what: 'ledger' }))}>
          Export ledger
        </ActionButton>
      </div>
      {rows.length === 0 ? (
        <Notice title="The catalog is empty">Add variants in the catalog, then receive stock here.</Notice>
      ) : (
        <>
          <div className="table-wrap">
            <DataTable
              columns={[
                'Item',
                'Code',
                'Care',
                { label: 'Reorder below', className: 'numeric' },
                { label: 'On hand', className: 'numeric' },
                { label: 'Issued', className: 'numeric' },
                { label: 'Laundry', className: 'numeric' },
                { label: 'Available', className: 'numeric' },
              ]}
              rows={rows}
              rowKey={(r) => r.variant.id}
              label="Stock"
              rowProps={(r) => ({ 'data-selected': r.variant.id === current?.variant.id })}
            >
              {(r) => (
                <>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        setSelected(r.variant.id);
                        document
                          .getElementById('variant-title')
                          ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                      }}
                    >
                      {r.variant.label}
                    </button>{' '}
                    {r.low ? <span className="badge badge-danger">Low</span> : null}
                  </td>
                  <td className="item-code">{r.variant.code}</td>
                  <td>
                    {CARE_LABELS[r.variant.care]} <span className="muted">· by the {r.variant.unit}</span>
                  </td>
                  <td className="numeric">{r.variant.reorderThreshold || '–'}</td>
                  <td className="numeric">{r.figures.onHand}</td>
                  <td className="numeric">{r.figures.issued}</td>
                  <td className="numeric">{r.figures.inLaundry}</td>
                  <td className={`numeric ${r.low ? 'short' : ''}`}>{r.figures.available}</td>
                </>
              )}
            </DataTable>
          </div>
          {current ? <VariantPanel productionId={productionId} row={current} onMove={setIntent} /> : null}
        </>
      )}
      <MovementDialog
        productionId={productionId}
        intent={intent}
        performers={performers}
        onClose={() => setIntent(null)}
      />
      <ImportDialog kind="stock" productionId={productionId} isOpen={importing} onOpenChange={setImporting} />
    </>
  );
}

/** Which movements each care class offers: single-use never returns, only shared items are sanitised. */
const ACTIONS: { kind: MovementKind; care?: readonly StockRow['variant']['care'][] }[] = [
  { kind: 'received' },
  { kind: 'issued' },
  { kind: 'returned', care: ['washable', 'shared'] },
  { kind: 'sanitised', care: ['shared'] },
  { kind: 'laundry-out', care: ['washable', 'shared'] },
  { kind: 'laundry-back', care: ['washable', 'shared'] },
  { kind: 'counted' },
];

/** A theme colour for SVG attributes, which cannot read CSS custom properties themselves. */
function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || 'currentColor';
}

function VariantPanel({
  productionId,
  row,
  onMove,
}: {
  productionId: string;
  row: StockRow;
  onMove: (intent: MovementIntent) => void;
}) {
  const { variant: v, figures: f } = row;
  const series = useCommand('stock.series', { productionId, variantId: v.id });
  const ledger = useCommand('stock.ledger', { productionId, variantId: v.id, limit: 12 });
  return (
    <section className="card stack variant-panel" aria-labelledby="variant-title">
      <h2 id="variant-title" className="card-title">
        {v.label}
      </h2>
      <p className="muted">
        {CARE_LABELS[v.care]}
        {v.supplier ? ` · ${v.supplier}` : ''}
        {v.reorderThreshold > 0 ? ` · reorder below ${v.reorderThreshold}` : ''}
      </p>
      <div className="toolbar">
        {ACTIONS.filter((a) => !a.care || a.care.includes(v.care)).map((a) => (
          <ActionButton
            key={a.kind}
            size="small"
            variant={a.kind === 'received' ? 'primary' : 'secondary'}
            onPress={() => onMove({ kind: a.kind, variant: v })}
          >
            {a.kind === 'counted'
              ? 'Count'
              : MOVEMENT_LABELS[a.kind]
                  .replace('Received', 'Receive')
                  .replace('Issued', 'Issue')
                  .replace('Returned', 'Return')}
          </ActionButton>
        ))}
      </div>
      <p className="muted">
        Total held {f.total}: {f.onHand} on hand ({f.available} unworn), {f.issued} issued, {f.inLaundry} at the
        laundry.
      </p>
      <div className="chart" role="img" aria-label={`Stock of ${v.label} over time`}>
        {series.data && series.data.length > 0 ? (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={series.data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid stroke={token('--border')} strokeDasharray="3 3" />
              <XAxis dataKey="date" tick={{ fontSize: 11, fill: token('--text-muted') }} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: token('--text-muted') }} />
              <Tooltip
                contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }}
              />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Line
                type="stepAfter"
                dataKey="onHand"
                name="On hand"
                stroke={token('--accent')}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                type="stepAfter"
                dataKey="available"
                name="Available (unworn)"
                stroke={token('--text-muted')}
                strokeDasharray="5 4"
                dot={false}
                isAnimationActive={false}
              />
              <Line
                type="stepAfter"
                dataKey="issued"
                name="Issued"
                stroke={token('--warning')}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        ) : (
          <p className="muted">No movements yet.</p>
        )}
      </div>
      <h3 className="subsection-title">Ledger</h3>
      {ledger.data && ledger.data.length > 0 ? (
        <DataTable
          columns={[
            { label: '#', className: 'numeric' },
            'When',
            'Movement',
            { label: 'Qty', className: 'numeric' },
            'Who',
          ]}
          rows={ledger.data}
          rowKey={(m) => m.id}
          label={`Ledger of ${v.label}`}
          rowProps={(m) => ({ className: m.reversedBySeq !== null ? 'ledger-reversed' : undefined })}
        >
          {(m) => (
            <>
              <td className="numeric muted">{m.seq}</td>
              <td className="nowrap">{format(parseISO(m.at), 'd MMM HH:mm')}</td>
              <td>
                {/* History is never deleted: a taken-back movement stays, marked, next to its reversal. */}
                {m.reversesSeq !== null ? (
                  <>
                    <span className="badge">Reversal</span> {MOVEMENT_LABELS[m.kind]} #{m.reversesSeq} taken back
                  </>
                ) : (
                  <>
                    {MOVEMENT_LABELS[m.kind]}
                    {m.counted !== null ? ` (counted ${m.counted})` : ''}
                    {m.reversedBySeq !== null ? (
                      <>
                        {' '}
                        <span className="badge">Reversed by #{m.reversedBySeq}</span>
                      </>
                    ) : null}
                    {m.note ? <div className="muted">{m.note}</div> : null}
                  </>
                )}
              </td>
              <td className="numeric">
                {m.totalDelta > 0 ? `+${m.quantity}` : m.totalDelta < 0 ? `−${m.quantity}` : m.quantity}
              </td>
              <td>
                {m.personName ?? ''}
                {m.sceneNumber ? ` · sc. ${m.sceneNumber}` : ''}
              </td>
            </>
          )}
        </DataTable>
      ) : (
        <p className="muted">Nothing recorded for this item yet.</p>
      )}
    </section>
  );
}
