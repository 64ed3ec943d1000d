import type { CommandInput } from '../../../shared/commands';
import { run, useCommand } from '../lib/commands';
import { ActionButton } from './ActionButton';

type Purpose = CommandInput<'app.choosePath'>['purpose'];

/**
 * "Browse…" opens the system's file dialog. Only the desktop app has one; in the browser shell the
 * button is not shown and the path is typed.
 */
export function BrowseButton({
  purpose,
  suggested,
  onChosen,
  label = 'Browse…',
}: {
  purpose: Purpose;
  suggested?: string;
  onChosen: (path: string) => void;
  label?: string;
}) {
  const status = useCommand('app.status', {});
  if (status.data?.door !== 'electron') return null;
  return (
    <ActionButton
      variant="secondary"
      onPress={async () => {
        const chosen = await run('app.choosePath', suggested ? { purpose, suggested } : { purpose });
        if (chosen.path) onChosen(chosen.path);
      }}
    >
      {label}
    </ActionButton>
  );
}
