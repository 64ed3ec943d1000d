import { Button, FieldError, Input, Label, TextArea, TextField } from 'react-aria-components';
import {
  BODY_AREA_LABELS,
  BODY_AREAS,
  type BodyArea,
  CONSENT_ACT_LABELS,
  CONSENT_ACTS,
  type ConsentAct,
} from '../../../../shared/consent/schema';
import { RowAction } from '../../ui/RowAction';
import { CheckBox, CheckList } from './Checkboxes';

export const AREA_OPTIONS = BODY_AREAS.map((id) => ({ id, label: BODY_AREA_LABELS[id] }));
export const ACT_OPTIONS = CONSENT_ACTS.map((id) => ({ id, label: CONSENT_ACT_LABELS[id] }));

/** A multi-line text field (react-aria), controlled. */
export function TextAreaField({
  label,
  value,
  onChange,
  description,
  error,
  rows = 3,
  className,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  description?: string;
  error?: string | undefined;
  rows?: number;
  className?: string;
}) {
  return (
    <TextField
      className={`field ${className ?? ''}`}
      value={value}
      onChange={onChange}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <TextArea className="input textarea" rows={rows} />
      {description ? <span className="field-description">{description}</span> : null}
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}

type Act = { act: ConsentAct; detail: string };

/** Each simulated act agreed, with the specifics that go with it. */
export function ActsEditor({ value, onChange }: { value: Act[]; onChange: (v: Act[]) => void }) {
  const ids = value.map((a) => a.act);
  return (
    <div className="terms-block">
      <CheckList
        label="Simulated acts agreed"
        options={ACT_OPTIONS}
        value={ids}
        columns={3}
        onChange={(next) =>
          onChange((next as ConsentAct[]).map((act) => value.find((a) => a.act === act) ?? { act, detail: '' }))
        }
      />
      {value.length > 0 ? (
        <div className="act-details">
          {value.map((a) => (
            <TextField
              key={a.act}
              className="field"
              value={a.detail}
              onChange={(detail) => onChange(value.map((x) => (x.act === a.act ? { ...x, detail } : x)))}
            >
              <Label className="field-label">Specifics: {CONSENT_ACT_LABELS[a.act].toLowerCase()}</Label>
              <Input className="input" />
            </TextField>
          ))}
        </div>
      ) : null}
    </div>
  );
}

type Exposure = { area: BodyArea; shown: boolean; angle: string; maxSeconds: number | null };

/** Body areas shown or not shown, with the angle or duration agreed. */
export function ExposureEditor({ value, onChange }: { value: Exposure[]; onChange: (v: Exposure[]) => void }) {
  const set = (i: number, patch: Partial<Exposure>) =>
    onChange(value.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  const unused = BODY_AREAS.filter((a) => !value.some((e) => e.area === a));
  return (
    <fieldset className="terms-block exposure">
      <legend className="field-label">Body areas shown and not shown</legend>
      {value.length === 0 ? <p className="muted">No body areas listed yet.</p> : null}
      {value.map((e, i) => (
        <div className="exposure-row" key={e.area}>
          <select
            className="input exposure-area"
            value={e.area}
            onChange={(ev) => set(i, { area: ev.target.value as BodyArea })}
            aria-label={`Body area ${i + 1}`}
          >
            {[e.area, ...unused].map((a) => (
              <option key={a} value={a}>
                {BODY_AREA_LABELS[a]}
              </option>
            ))}
          </select>
          <CheckBox
            isSelected={e.shown}
            onChange={(shown) => set(i, { shown })}
            aria-label={`Shown: ${BODY_AREA_LABELS[e.area].toLowerCase()}`}
          >
            Shown on camera
          </CheckBox>
          <TextField className="field" value={e.angle} onChange={(angle) => set(i, { angle })}>
            <Label className="field-label">Angle or framing</Label>
            <Input className="input" />
          </TextField>
          <TextField
            className="field exposure-seconds"
            value={e.maxSeconds === null ? '' : String(e.maxSeconds)}
            onChange={(s) => set(i, { maxSeconds: /^\d+$/.test(s) ? Number(s) : null })}
            inputMode="numeric"
          >
            <Label className="field-label">Max seconds</Label>
            <Input className="input" />
          </TextField>
          <RowAction
            verb="Remove"
            name={BODY_AREA_LABELS[e.area]}
            onPress={() => onChange(value.filter((_, j) => j !== i))}
          />
        </div>
      ))}
      {unused[0] ? (
        <div>
          <Button
            className="btn btn-secondary btn-small"
            onPress={() =>
              onChange([...value, { area: unused[0] as BodyArea, shown: false, angle: '', maxSeconds: null }])
            }
          >
            Add body area
          </Button>
        </div>
      ) : null}
    </fieldset>
  );
}
