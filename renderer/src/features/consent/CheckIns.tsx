import { useState } from 'react';
import { Form, Input, Label, Radio, RadioGroup, TextField } from 'react-aria-components';
import { CHECKIN_KIND_LABELS, CHECKIN_KINDS, type RiderDetail } from '../../../../shared/consent/schema';
import { useCommandMutation } from '../../lib/commands';
import { formatInstant } from '../../lib/format';
import { useRefresh } from '../../lib/refresh';
import { ActionButton } from '../../ui/ActionButton';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import { consentRefresh } from './queries';

/** The consent check-in log: at rehearsal and on the day, consent confirmed or changed. */
export function CheckIns({ detail, timeZone }: { detail: RiderDetail; timeZone: string | undefined }) {
  const [kind, setKind] = useState<(typeof CHECKIN_KINDS)[number]>('rehearsal');
  // Only a signed rider can be confirmed: a withdrawn, draft or sent one defaults to "changed".
  const confirmable = detail.rider.status === 'signed';
  const [outcome, setOutcome] = useState<'confirmed' | 'changed'>(confirmable ? 'confirmed' : 'changed');
  const [who, setWho] = useState('');
  const [note, setNote] = useState('');
  const add = useCommandMutation('rider.checkIn');
  const refresh = useRefresh(consentRefresh);
  const whoIssue = add.error?.issues.find((i) => i.path === 'who')?.message;

  return (
    <div className="checkins">
      {detail.checkIns.length === 0 ? (
        <p className="muted">No check-ins logged yet.</p>
      ) : (
        <DataTable
          columns={['When', 'Occasion', 'Who', 'Consent', 'Note']}
          rows={detail.checkIns}
          rowKey={(c) => c.id}
          rowProps={(c) => ({ 'data-voided': c.voidedAt ? true : undefined })}
        >
          {(c) => (
            <>
              <td className="nowrap">{formatInstant(c.at, timeZone)}</td>
              <td>{CHECKIN_KIND_LABELS[c.kind]}</td>
              <td>{c.who}</td>
              <td>
                {c.voidedAt ? 'Voided' : c.outcome === 'confirmed' ? 'Confirmed' : 'Changed'} (v{c.version})
              </td>
              <td>
                {c.note}
                {c.voidedAt ? (
                  <span className="checkin-void">{` Voided ${formatInstant(c.voidedAt, timeZone)}: ${c.voidReason}.`}</span>
                ) : null}
              </td>
            </>
          )}
        </DataTable>
      )}
      <Form
        className="form checkin-form"
        aria-label="Log a check-in"
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await add.mutateAsync({ riderId: detail.rider.id, kind, who, outcome, note });
            setWho('');
            setNote('');
            await refresh();
          } catch {
            // Shown below from the mutation's error.
          }
        }}
      >
        <div className="form-grid">
          <RadioGroup className="field" value={kind} onChange={(v) => setKind(v as typeof kind)}>
            <Label className="field-label">Occasion</Label>
            <div className="radio-row">
              {CHECKIN_KINDS.map((k) => (
                <Radio key={k} value={k} className="radio">
                  {CHECKIN_KIND_LABELS[k]}
                </Radio>
              ))}
            </div>
          </RadioGroup>
          <RadioGroup
            className="field"
            value={outcome}
            onChange={(v) => setOutcome(v === 'changed' ? 'changed' : 'confirmed')}
          >
            <Label className="field-label">Consent</Label>
            <div className="radio-row">
              <Radio value="confirmed" className="radio" isDisabled={!confirmable}>
                Confirmed
              </Radio>
              <Radio value="changed" className="radio">
                Changed
              </Radio>
            </div>
          </RadioGroup>
          <TextField className="field" value={who} onChange={setWho} isInvalid={whoIssue !== undefined}>
            <Label className="field-label">Who</Label>
            <Input className="input" />
            {whoIssue ? <span className="field-error">{whoIssue}</span> : null}
          </TextField>
          <TextField className="field" value={note} onChange={setNote}>
            <Label className="field-label">Note</Label>
            <Input className="input" />
          </TextField>
        </div>
        {!confirmable ? (
          <Notice>
            {detail.rider.status === 'withdrawn'
              ? 'This rider is withdrawn: a check-in cannot confirm it.'
              : `This rider is ${detail.rider.status}, not signed: a check-in cannot confirm it.`}
          </Notice>
        ) : null}
        {outcome === 'changed' ? (
          <Notice>Consent changed: record it here, then make a new version of the rider with the new terms.</Notice>
        ) : null}
        {add.error && !whoIssue ? <Notice tone="error">{add.error.message}</Notice> : null}
        <div className="form-actions form-actions-start">
          <ActionButton type="submit" variant="secondary" isPending={add.isPending} pendingLabel="Logging…">
            Log check-in
          </ActionButton>
        </div>
      </Form>
    </div>
  );
}
