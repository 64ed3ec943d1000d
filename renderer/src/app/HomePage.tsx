import { useEffect } from 'react';
import { useCommand } from '../lib/commands';
import { shortcutLabel } from '../lib/format';
import { ActionButton } from '../ui/ActionButton';
import { useShellActions } from './shell-actions';

/** `#/`: an invitation to create the first production, or to pick one. */
export function HomePage({ vaultName }: { vaultName: string }) {
  const { newProduction } = useShellActions();
  const list = useCommand('production.list', { includeArchived: true });
  useEffect(() => {
    document.title = `${vaultName} · Closed Set`;
  }, [vaultName]);
  const none = list.data?.length === 0;
  return (
    <div className="page empty-state">
      <h1 className="page-title">{none ? 'Start your first production' : 'Choose a production'}</h1>
      <p className="lede">
        {none
          ? 'A production holds its scenes, performers, riders and the modesty garments they need. Start with its title, union and dates; everything else can follow.'
          : 'Pick a production in the sidebar, or start a new one.'}
      </p>
      <ActionButton variant="primary" onPress={newProduction}>
        New production <span className="kbd kbd-on-primary">{shortcutLabel('N')}</span>
      </ActionButton>
    </div>
  );
}
