import { type ReactNode, useId } from 'react';
import {
  Button,
  ComboBox,
  FieldError,
  Group,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  NumberField,
  Popover,
  Select,
  SelectValue,
  Text,
  TextField,
} from 'react-aria-components';
import { type FieldPath, type FieldValues, type UseControllerProps, useController } from 'react-hook-form';

/**
 * Form fields bound to react-hook-form. Each shows its label, an optional description and the
 * field's error (from the zod schema or from the server's `issues`) right under it.
 */
// `TT` is the form's transformed (parsed) values type, so fields fit forms whose schema transforms.
interface BaseProps<T extends FieldValues, TT> extends UseControllerProps<T, FieldPath<T>, TT> {
  label: string;
  description?: ReactNode;
  className?: string;
}

function Description({ children }: { children?: ReactNode }) {
  return children ? (
    <Text slot="description" className="field-description">
      {children}
    </Text>
  ) : null;
}

interface TextProps<T extends FieldValues, TT> extends BaseProps<T, TT> {
  type?: 'text' | 'password';
  autoComplete?: string;
  autoFocus?: boolean;
  /** Stops spell checking and autocorrect of paths and passphrases. */
  literal?: boolean;
}

export function FormTextField<T extends FieldValues, TT = T>({
  label,
  description,
  className,
  type = 'text',
  autoComplete,
  autoFocus,
  literal,
  ...controller
}: TextProps<T, TT>) {
  const { field, fieldState } = useController(controller);
  return (
    <TextField
      className={`field ${className ?? ''}`}
      name={field.name}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      isDisabled={field.disabled}
      validationBehavior="aria"
      type={type}
      autoComplete={autoComplete}
      autoFocus={autoFocus}
    >
      <Label className="field-label">{label}</Label>
      <Input ref={field.ref} className="input" spellCheck={literal ? false : undefined} />
      <Description>{description}</Description>
      <FieldError className="field-error">{fieldState.error?.message}</FieldError>
    </TextField>
  );
}

export interface Option {
  id: string;
  label: string;
}

interface SelectProps<T extends FieldValues, TT> extends BaseProps<T, TT> {
  options: readonly Option[];
}

export function FormSelectField<T extends FieldValues, TT = T>({
  label,
  description,
  className,
  options,
  ...controller
}: SelectProps<T, TT>) {
  const { field, fieldState } = useController(controller);
  return (
    <Select
      className={`field ${className ?? ''}`}
      name={field.name}
      value={typeof field.value === 'string' ? field.value : null}
      onChange={(key) => field.onChange(key)}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      validationBehavior="aria"
      placeholder="Choose…"
    >
      <Label className="field-label">{label}</Label>
      <Button className="input select-trigger" ref={field.ref}>
        <SelectValue className="select-value" />
        <span aria-hidden="true" className="chevron" />
      </Button>
      <Description>{description}</Description>
      <FieldError className="field-error">{fieldState.error?.message}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem className="listbox-item" id={option.id} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

interface NumberProps<T extends FieldValues, TT> extends BaseProps<T, TT> {
  minValue?: number;
  maxValue?: number;
}

export function FormNumberField<T extends FieldValues, TT = T>({
  label,
  description,
  className,
  minValue,
  maxValue,
  ...controller
}: NumberProps<T, TT>) {
  const { field, fieldState } = useController(controller);
  return (
    <NumberField
      className={`field ${className ?? ''}`}
      name={field.name}
      value={typeof field.value === 'number' ? field.value : Number.NaN}
      onChange={(n) => field.onChange(Number.isNaN(n) ? undefined : n)}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      validationBehavior="aria"
      minValue={minValue}
      maxValue={maxValue}
      formatOptions={{ maximumFractionDigits: 0, useGrouping: false }}
    >
      <Label className="field-label">{label}</Label>
      <Group className="number-group">
        <Input ref={field.ref} className="input" />
        <Button slot="decrement" className="stepper">
          −
        </Button>
        <Button slot="increment" className="stepper">
          +
        </Button>
      </Group>
      <Description>{description}</Description>
      <FieldError className="field-error">{fieldState.error?.message}</FieldError>
    </NumberField>
  );
}

/**
 * A calendar date as `YYYY-MM-DD` or null. The native date input is used on purpose: Electron and
 * the browser shell are both Chromium, whose date input is keyboard-accessible and localised.
 */
export function FormDateField<T extends FieldValues, TT = T>({
  label,
  description,
  className,
  ...controller
}: BaseProps<T, TT>) {
  const { field, fieldState } = useController(controller);
  const id = useId();
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const describedBy = [fieldState.error ? errorId : '', description ? descriptionId : ''].filter(Boolean).join(' ');
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={field.ref}
        className="input"
        type="date"
        name={field.name}
        value={typeof field.value === 'string' ? field.value : ''}
        onChange={(e) => field.onChange(e.target.value === '' ? null : e.target.value)}
        onBlur={field.onBlur}
        aria-invalid={fieldState.invalid || undefined}
        aria-describedby={describedBy || undefined}
      />
      {description ? (
        <span id={descriptionId} className="field-description">
          {description}
        </span>
      ) : null}
      {fieldState.error ? (
        <span id={errorId} className="field-error">
          {fieldState.error.message}
        </span>
      ) : null}
    </div>
  );
}

interface ComboProps<T extends FieldValues, TT> extends BaseProps<T, TT> {
  options: readonly Option[];
  placeholder?: string;
}

/** A searchable list: type part of a name to filter it. */
export function FormComboBoxField<T extends FieldValues, TT = T>({
  label,
  description,
  className,
  options,
  placeholder,
  ...controller
}: ComboProps<T, TT>) {
  const { field, fieldState } = useController(controller);
  return (
    <ComboBox
      className={`field ${className ?? ''}`}
      name={field.name}
      defaultItems={options}
      value={typeof field.value === 'string' ? field.value : null}
      onChange={(key) => field.onChange(key ?? '')}
      onBlur={field.onBlur}
      isInvalid={fieldState.invalid}
      validationBehavior="aria"
    >
      <Label className="field-label">{label}</Label>
      <Group className="combo-group">
        <Input ref={field.ref} className="input" placeholder={placeholder} spellCheck={false} />
        <Button className="combo-button" aria-label={`Show ${label.toLowerCase()} list`}>
          <span aria-hidden="true" className="chevron" />
        </Button>
      </Group>
      <Description>{description}</Description>
      <FieldError className="field-error">{fieldState.error?.message}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" renderEmptyState={() => <div className="listbox-empty">No match</div>}>
          {(option: Option) => (
            <ListBoxItem className="listbox-item" id={option.id} textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
