import { GridList, GridListItem, type Selection } from 'react-aria-components';
import type { RecentVault } from '../../../../shared/vault/schema';
import { useCommandMutation } from '../../lib/commands';
import { baseName, formatAgo, formatInstant } from '../../lib/format';
import { useRefresh } from '../../lib/refresh';
import { ActionButton } from '../../ui/ActionButton';
import { vaultRefresh } from './queries';

/** The vaults opened on this computer; choosing one fills in the path to open. */
export function RecentVaults({
  recent,
  selectedPath,
  onChoose,
}: {
  recent: RecentVault[];
  selectedPath: string;
  onChoose: (path: string) => void;
}) {
  const refresh = useRefresh(vaultRefresh);
  const forget = useCommandMutation('app.forgetRecent', {
    onSuccess: refresh,
  });

  if (recent.length === 0) {
    return <p className="muted recent-empty">No vault has been opened on this computer yet.</p>;
  }

  const onSelectionChange = (selection: Selection) => {
    if (selection === 'all') return;
    const [first] = selection;
    if (typeof first === 'string') onChoose(first);
  };

  return (
    <GridList
      aria-label="Recent vaults"
      className="recent-list"
      items={recent}
      selectionMode="single"
      selectionBehavior="replace"
      selectedKeys={recent.some((r) => r.path === selectedPath) ? [selectedPath] : []}
      onSelectionChange={onSelectionChange}
    >
      {(vault) => (
        <GridListItem id={vault.path} textValue={baseName(vault.path)} className="recent-item">
          <div className="recent-text">
            <span className="recent-name">{baseName(vault.path)}</span>
            <span className="recent-path" title={vault.path}>
              {/* Marks keep a right-to-left box (ellipsis at the start) from moving the slashes. */}
              {`\u200E${vault.path}\u200E`}
            </span>
            <span className="recent-meta">
              {vault.exists ? (
                <time dateTime={vault.lastOpenedAt} title={formatInstant(vault.lastOpenedAt)}>
                  Opened {formatAgo(vault.lastOpenedAt)}
                </time>
              ) : (
                <span className="badge badge-warning">File not found</span>
              )}
            </span>
          </div>
          <ActionButton
            variant="quiet"
            size="small"
            aria-label={`Forget ${baseName(vault.path)} (the file is not deleted)`}
            isPending={forget.isPending && forget.variables?.path === vault.path}
            onPress={() => forget.mutate({ path: vault.path })}
          >
            Forget
          </ActionButton>
        </GridListItem>
      )}
    </GridList>
  );
}
