import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';

export interface CheckOption {
  id: string;
  label: string;
}

/** A labelled group of checkboxes whose value is the list of checked ids. */
export function CheckList({
  label,
  description,
  options,
  value,
  onChange,
  columns = 3,
  isDisabled,
}: {
  label: string;
  description?: string;
  options: readonly CheckOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  columns?: 1 | 2 | 3 | 4;
  isDisabled?: boolean;
}) {
  return (
    <CheckboxGroup className="field check-list" value={[...value]} onChange={onChange} isDisabled={isDisabled}>
      <Label className="field-label">{label}</Label>
      {description ? (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      ) : null}
      <div className="check-grid" data-columns={columns}>
        {options.map((o) => (
          <CheckBox key={o.id} value={o.id}>
            {o.label}
          </CheckBox>
        ))}
      </div>
    </CheckboxGroup>
  );
}

export function CheckBox({
  value,
  children,
  isSelected,
  onChange,
  isDisabled,
  'aria-label': ariaLabel,
}: {
  value?: string;
  children: string;
  isSelected?: boolean;
  onChange?: (selected: boolean) => void;
  isDisabled?: boolean;
  /** When the visible words are short ("Shown") and need their context for a screen reader. */
  'aria-label'?: string;
}) {
  return (
    <Checkbox
      className="checkbox"
      value={value}
      isSelected={isSelected}
      onChange={onChange}
      isDisabled={isDisabled}
      aria-label={ariaLabel}
    >
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 12 12" className="checkbox-tick" aria-hidden="true">
          <polyline points="2.5 6.5 5 9 9.5 3.5" />
        </svg>
      </span>
      <span>{children}</span>
    </Checkbox>
  );
}
