import { useMutation } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import type { CommandInput, CommandOutput } from '../../../../shared/commands';
import { ON_HOLD_LABEL } from '../../../../shared/garments/pull';
import { formatQuantity } from '../../../../shared/garments/rules';
import type { CostumePerformer, PullLine } from '../../../../shared/garments/schema';
import { type CommandError, run, useCommand } from '../../lib/commands';
import { formatDay } from '../../lib/format';
import { useRefresh } from '../../lib/refresh';
import { ActionButton } from '../../ui/ActionButton';
import { Notice } from '../../ui/Notice';
import { DayPicker } from './DayPicker';
import { downloadCsv, plural } from './lib';
import { MovementDialog, type MovementIntent } from './MovementDialog';
import { useRecordMovement } from './movement-undo';
import { garmentsRefresh } from './queries';

/** A shoot day's pull list: pull, tick (issues), return, print. */
export function PullListTab({
  productionId,
  title,
  performers,
  today,
}: {
  productionId: string;
  title: string;
  performers: readonly CostumePerformer[];
  today: string;
}) {
  const days = useCommand('stock.shootDays', { productionId });
  const [picked, setPicked] = useState<string | null>(null);
  const date = picked ?? days.data?.find((d) => d.date >= today)?.date ?? days.data?.[0]?.date ?? null;
  if (days.isPending) return <p className="muted">Loading shoot days…</p>;
  if (days.isError) return <Notice tone="error">{days.error.message}</Notice>;
  if (!date)
    return (
      <Notice title="No shoot days yet">
        Give scenes a shoot date and add their garment needs; each shoot day then gets its pull list.
      </Notice>
    );
  return (
    <>
      <div className="toolbar no-print">
        <DayPicker days={days.data} value={date} onChange={setPicked} />
        <span className="toolbar-spacer" />
        <ExportButton productionId={productionId} date={date} />
        <ActionButton onPress={() => window.print()}>Print</ActionButton>
      </div>
      <PullListTable productionId={productionId} date={date} title={title} performers={performers} />
    </>
  );
}

function ExportButton({ productionId, date }: { productionId: string; date: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <ActionButton
      isPending={busy}
      onPress={async () => {
        setBusy(true);
        try {
          downloadCsv(await run('stock.exportCsv', { productionId, what: 'pull-list', date }));
        } finally {
          setBusy(false);
        }
      }}
    >
      Export CSV
    </ActionButton>
  );
}

function PullListTable({
  productionId,
  date,
  title,
  performers,
}: {
  productionId: string;
  date: string;
  title: string;
  performers: readonly CostumePerformer[];
}) {
  const list = useCommand('stock.pullList', { productionId, date });
  const refresh = useRefresh(garmentsRefresh);
  const [intent, setIntent] = useState<MovementIntent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const recordMovement = useRecordMovement();
  const record = useMutation<CommandOutput<'stock.record'>, CommandError, CommandInput<'stock.record'>>({
    mutationFn: recordMovement,
    onSuccess: async () => {
      setError(null);
      await refresh();
    },
    onError: (e) => setError(e.message),
  });

  if (list.isPending) return <p className="muted">Loading the pull list…</p>;
  if (list.isError) return <Notice tone="error">{list.error.message}</Notice>;
  const { lines, shortfalls } = list.data;
  const scenes = [...new Set(lines.map((l) => l.sceneId))];
  const done = lines.filter((l) => l.outstanding === 0).length;

  const issue = (l: PullLine) => {
    // An allergy warning needs a person to read it and confirm: that goes through the dialog.
    if (l.warnings.length > 0) {
      setIntent({
        kind: 'issued',
        variant: l.variant,
        personId: l.personId,
        sceneId: l.sceneId,
        quantity: l.outstanding,
      });
      return;
    }
    record.mutate({
      kind: 'issued',
      productionId,
      variantId: l.variant.id,
      quantity: l.outstanding,
      personId: l.personId,
      sceneId: l.sceneId,
    });
  };
  const giveBack = (l: PullLine) =>
    record.mutate({
      kind: 'returned',
      productionId,
      variantId: l.variant.id,
      quantity: l.held,
      personId: l.personId,
      sceneId: l.sceneId,
    });

  return (
    <>
      <div className="print-only">
        <h2 className="section-title">
          {title}: pull list for {formatDay(date)}
        </h2>
      </div>
      {shortfalls.length > 0 ? (
        <Notice tone="error" title={`Short for ${formatDay(date)}`}>
          {shortfalls.map((s) => (
            <p key={s.variant.id}>
              {s.variant.label} <span className="item-code">{s.variant.code}</span>: {plural(s.short, 'unit')} short
            </p>
          ))}
        </Notice>
      ) : lines.length > 0 ? (
        <Notice tone="success" title="Everything on this list is in stock" />
      ) : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {lines.length === 0 ? (
        <Notice title="Nothing to pull">No garment needs are recorded for the scenes of this day.</Notice>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label={`Pull list for ${formatDay(date)}`}>
            <caption className="sr-only">
              {done} of {lines.length} lines pulled
            </caption>
            <thead>
              <tr>
                <th scope="col">Pulled</th>
                <th scope="col">Performer</th>
                <th scope="col">Item</th>
                <th scope="col" className="numeric">
                  Need
                </th>
                <th scope="col" className="numeric">
                  Issued
                </th>
                <th scope="col" className="numeric">
                  With performer
                </th>
                <th scope="col" className="numeric">
                  Short
                </th>
                <th scope="col" className="no-print">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {scenes.map((sceneId) => {
                const group = lines.filter((l) => l.sceneId === sceneId);
                const first = group[0] as PullLine;
                return (
                  <Fragment key={sceneId}>
                    <tr className="scene-group">
                      <th scope="colgroup" colSpan={8}>
                        Scene {first.sceneNumber}
                        {first.callTime ? ` · call ${first.callTime}` : ''}
                        {first.location ? ` · ${first.location}` : ''}
                        {first.onHold ? <span className="badge badge-danger">{ON_HOLD_LABEL}</span> : null}
                      </th>
                    </tr>
                    {group.map((l) => (
                      <tr key={l.needId}>
                        <td>
                          <Checkbox
                            className="check"
                            isSelected={l.outstanding === 0}
                            isReadOnly={l.outstanding === 0}
                            isDisabled={record.isPending || (l.onHold && l.outstanding > 0)}
                            onChange={(checked) => {
                              if (checked) issue(l);
                            }}
                            aria-label={`Pulled: ${l.variant.label} for ${l.personName}, scene ${l.sceneNumber}${l.onHold ? ` (${ON_HOLD_LABEL.toLowerCase()})` : ''}`}
                          >
                            <span className="check-box" aria-hidden="true" />
                          </Checkbox>
                        </td>
                        <td>
                          {l.personName}
                          {l.characterName ? <span className="muted"> ({l.characterName})</span> : null}
                          {l.skinTone ? <div className="muted">Skin tone: {l.skinTone}</div> : null}
                        </td>
                        <td>
                          {l.variant.label} <span className="item-code">{l.variant.code}</span>
                          {l.warnings.map((w) => (
                            <div key={w} className="warning-text">
                              {w}
                            </div>
                          ))}
                        </td>
                        <td className="numeric">{formatQuantity(l.quantity, l.variant.unit)}</td>
                        <td className={`numeric ${l.outstanding === 0 ? 'done' : ''}`}>{l.issued}</td>
                        <td className="numeric">{l.held}</td>
                        <td className={`numeric ${l.short > 0 ? 'short' : ''}`}>{l.short > 0 ? l.short : '–'}</td>
                        <td className="actions no-print">
                          {l.held > 0 && l.variant.care !== 'single-use' ? (
                            <ActionButton size="small" variant="quiet" onPress={() => giveBack(l)}>
                              Return {l.held}
                            </ActionButton>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <MovementDialog
        productionId={productionId}
        intent={intent}
        performers={performers}
        onClose={() => setIntent(null)}
      />
    </>
  );
}
