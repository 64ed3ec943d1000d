import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { ActionButton } from './ActionButton';
import { ErrorLine } from './controls';
import { Notice } from './Notice';

/**
 * The end of every form: what went wrong (a notice, or an error line), then Cancel and the primary
 * button. Without `onSubmit` the primary button submits the surrounding form.
 */
export function FormActions({
  problem,
  error,
  onCancel,
  cancelLabel = 'Cancel',
  submitLabel,
  onSubmit,
  isPending,
  pendingLabel,
  isDisabled,
  variant = 'primary',
  children,
}: {
  problem?: ReactNode;
  error?: { message: string } | null;
  onCancel?: () => void;
  cancelLabel?: string;
  submitLabel?: ReactNode;
  onSubmit?: () => void;
  isPending?: boolean;
  pendingLabel?: string;
  isDisabled?: boolean;
  variant?: 'primary' | 'danger' | 'secondary';
  children?: ReactNode;
}) {
  return (
    <>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {error !== undefined ? <ErrorLine error={error} /> : null}
      <div className="form-actions">
        {onCancel ? (
          <Button className="btn btn-quiet" onPress={onCancel}>
            {cancelLabel}
          </Button>
        ) : null}
        {children}
        {submitLabel !== undefined ? (
          <ActionButton
            type={onSubmit ? 'button' : 'submit'}
            variant={variant}
            onPress={onSubmit}
            isPending={isPending}
            pendingLabel={pendingLabel}
            isDisabled={isDisabled}
          >
            {submitLabel}
          </ActionButton>
        ) : null}
      </div>
    </>
  );
}
