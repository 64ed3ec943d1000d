import { Button } from 'react-aria-components';
import { AppDialog } from '../ui/AppDialog';
import { SHORTCUTS } from './shortcuts';

export function HelpOverlay({ isOpen, onOpenChange }: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <AppDialog title="Keyboard shortcuts" isOpen={isOpen} onOpenChange={onOpenChange} size="large">
      <table className="table shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What it does</th>
            <th scope="col">Where</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd className="kbd">{s.keys}</kbd>
              </td>
              <td>{s.does}</td>
              <td className="muted">{s.where}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <Button className="btn btn-primary" slot="close" autoFocus>
          Close
        </Button>
      </div>
    </AppDialog>
  );
}
