import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../../shared/vault/settings';
import { copySensitive, pageClipboard } from '../lib/clipboard';
import { useCommand } from '../lib/commands';
import { ActionButton } from './ActionButton';

/**
 * Copies a sensitive value (a path, a size, a phone number) and wipes it from the clipboard after
 * the device's clipboard time, or at once when the vault locks.
 */
export function CopyButton({ value, label, what }: { value: string; label: string; what: string }) {
  const settings = useCommand('app.settings', {});
  const seconds = settings.data?.clipboardClearSeconds ?? DEFAULT_SETTINGS.clipboardClearSeconds;
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), seconds * 1000);
    return () => clearTimeout(timer);
  }, [copied, seconds]);

  return (
    <span className="copy">
      <ActionButton
        size="small"
        variant="quiet"
        onPress={async () => {
          setFailed(false);
          try {
            await copySensitive(pageClipboard, value, seconds);
            setCopied(true);
          } catch {
            setFailed(true);
          }
        }}
      >
        {label}
      </ActionButton>
      <span role="status" className="copy-status muted">
        {copied ? `Copied; the ${what} is cleared from the clipboard in ${seconds} seconds.` : ''}
        {failed ? 'Copying was refused by the system.' : ''}
      </span>
    </span>
  );
}
