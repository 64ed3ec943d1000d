import { useState } from 'react';
import { type Key, ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { formatQuantity } from '../../../../shared/garments/rules';
import { formatMoney } from '../../../../shared/kit/money';
import { run, useCommand } from '../../lib/commands';
import { formatDay } from '../../lib/format';
import { ActionButton } from '../../ui/ActionButton';
import { Notice } from '../../ui/Notice';
import { downloadCsv, plural } from './lib';

const WINDOWS = [3, 5, 10, 20] as const;

/** Shortfalls for the next N shoot days, what is low now, and what to order from whom. */
export function ReorderTab({ productionId, today }: { productionId: string; today: string }) {
  const [days, setDays] = useState<number>(5);
  const outlook = useCommand('stock.outlook', { productionId, days, from: today });
  return (
    <>
      <div className="toolbar no-print">
        <div className="field">
          <span className="field-label" id="window-label">
            Look ahead
          </span>
          <ToggleButtonGroup
            aria-labelledby="window-label"
            className="segmented"
            selectionMode="single"
            disallowEmptySelection
            selectedKeys={[String(days)]}
            onSelectionChange={(keys) => {
              const [k] = [...keys] as Key[];
              if (k !== undefined) setDays(Number(k));
            }}
          >
            {WINDOWS.map((n) => (
              <ToggleButton key={n} id={String(n)} className="segment">
                {n} shoot days
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </div>
        <span className="toolbar-spacer" />
        <ActionButton
          onPress={async () => downloadCsv(await run('stock.exportCsv', { productionId, what: 'reorder' }))}
        >
          Export reorder list
        </ActionButton>
      </div>
      {outlook.isPending ? <p className="muted">Working out the next shoot days…</p> : null}
      {outlook.isError ? <Notice tone="error">{outlook.error.message}</Notice> : null}
      {outlook.data ? (
        <>
          <section className="card stack" aria-labelledby="short-title">
            <h2 id="short-title" className="card-title">
              Shortfalls, next {plural(days, 'shoot day')}
            </h2>
            {outlook.data.days.length === 0 ? (
              <p className="muted">No shoot days ahead.</p>
            ) : (
              <ul className="stack">
                {outlook.data.days.map((d) => (
                  <li key={d.date}>
                    <strong>{formatDay(d.date)}</strong>:{' '}
                    {d.shortfalls.length === 0 ? (
                      <span className="done">covered</span>
                    ) : (
                      d.shortfalls.map((s, i) => (
                        <span key={s.variant.id}>
                          {i > 0 ? '; ' : ''}
                          <span className="figure-short">{s.short} short</span> {s.variant.label}
                        </span>
                      ))
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card stack" aria-labelledby="low-title">
            <h2 id="low-title" className="card-title">
              Low stock now
            </h2>
            {outlook.data.low.length === 0 ? (
              <p className="muted">Nothing is below its reorder threshold.</p>
            ) : (
              <ul className="stack">
                {outlook.data.low.map((r) => (
                  <li key={r.variant.id}>
                    {r.variant.label} <span className="item-code">{r.variant.code}</span>:{' '}
                    <span className="figure-short">{r.figures.available} available</span>, reorder below{' '}
                    {r.variant.reorderThreshold}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="stack" aria-labelledby="reorder-title">
            <h2 id="reorder-title" className="section-title">
              Reorder list
            </h2>
            {outlook.data.reorder.length === 0 ? (
              <p className="muted">Nothing to order.</p>
            ) : (
              outlook.data.reorder.map((g) => (
                <div key={`${g.supplier}|${g.currency}`} className="table-wrap">
                  <table className="table" aria-label={`Order from ${g.supplier || 'no supplier recorded'}`}>
                    <thead>
                      <tr>
                        <th scope="col">{g.supplier || 'No supplier recorded'}</th>
                        <th scope="col" className="numeric">
                          Available
                        </th>
                        <th scope="col" className="numeric">
                          Short ahead
                        </th>
                        <th scope="col" className="numeric">
                          Order
                        </th>
                        <th scope="col" className="numeric">
                          Cost
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {g.lines.map((l) => (
                        <tr key={l.variant.id}>
                          <td>
                            {l.variant.label} <span className="item-code">{l.variant.code}</span>
                          </td>
                          <td className="numeric">{l.available}</td>
                          <td className={`numeric ${l.upcomingShort > 0 ? 'short' : ''}`}>{l.upcomingShort}</td>
                          <td className="numeric">{formatQuantity(l.quantity, l.variant.unit)}</td>
                          <td className="numeric">{formatMoney(l.costMinor, g.currency)}</td>
                        </tr>
                      ))}
                      <tr>
                        <th scope="row" colSpan={4}>
                          Total
                        </th>
                        <td className="numeric">
                          <strong>{formatMoney(g.totalMinor, g.currency)}</strong>
                        </td>
                      </tr>
                    </tbody>
                  </table>
                </div>
              ))
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
