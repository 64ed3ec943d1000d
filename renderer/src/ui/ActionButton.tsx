import { type ReactNode, useEffect, useId } from 'react';
import { Button, type ButtonProps } from 'react-aria-components';

interface ActionButtonProps extends Omit<ButtonProps, 'className' | 'children'> {
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  size?: 'normal' | 'small';
  /** What the button says while it works, e.g. "Unlocking…". */
  pendingLabel?: string;
  children: ReactNode;
  className?: string;
}

/** A button with the app's look and a busy state (spinner and words) while its command runs. */
export function ActionButton({
  variant = 'secondary',
  size = 'normal',
  pendingLabel,
  children,
  className,
  id,
  ...props
}: ActionButtonProps) {
  const ownId = useId();
  const buttonId = id ?? ownId;
  // react-aria announces "pending" and "done" through its live region by pointing at the button's
  // id. A button that unmounts when its command succeeds (Unlock, Create vault) would leave a
  // nameless announcement behind for seven seconds, so take it along.
  useEffect(
    () => () => {
      const selector = `[data-live-announcer] [aria-labelledby~="${CSS.escape(buttonId)}"]`;
      for (const node of document.querySelectorAll(selector)) node.remove();
    },
    [buttonId],
  );
  return (
    <Button
      {...props}
      id={buttonId}
      className={`btn btn-${variant} ${size === 'small' ? 'btn-small' : ''} ${className ?? ''}`}
    >
      {({ isPending }) =>
        isPending ? (
          <>
            <span className="spinner" aria-hidden="true" />
            <span>{pendingLabel ?? children}</span>
          </>
        ) : (
          children
        )
      }
    </Button>
  );
}
