import { Button } from 'react-aria-components';
import { AppDialog } from '../ui/AppDialog';
import { DataTable } from '../ui/DataTable';
import { SHORTCUTS } from './shortcuts';

export function HelpOverlay({ isOpen, onOpenChange }: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <AppDialog title="Keyboard shortcuts" isOpen={isOpen} onOpenChange={onOpenChange} size="large">
      <DataTable
        columns={['Keys', 'What it does', 'Where']}
        rows={SHORTCUTS}
        rowKey={(s) => s.keys}
        className="shortcuts-table"
      >
        {(s) => (
          <>
            <td>
              <kbd className="kbd">{s.keys}</kbd>
            </td>
            <td>{s.does}</td>
            <td className="muted">{s.where}</td>
          </>
        )}
      </DataTable>
      <div className="form-actions">
        <Button className="btn btn-primary" slot="close" autoFocus>
          Close
        </Button>
      </div>
    </AppDialog>
  );
}
