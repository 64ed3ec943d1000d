import type { Production } from '../../../../shared/productions/schema';
import { AppDialog, type DialogState } from '../../ui/AppDialog';
import { ProductionForm } from './ProductionForm';

export function NewProductionDialog({
  isOpen,
  onOpenChange,
  onCreated,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (production: Production) => void;
}) {
  return (
    <AppDialog title="New production" isOpen={isOpen} onOpenChange={onOpenChange} size="large">
      <ProductionForm
        onDone={(created) => {
          onOpenChange(false);
          onCreated(created);
        }}
        onCancel={() => onOpenChange(false)}
      />
    </AppDialog>
  );
}

export function EditProductionDialog({
  production,
  isOpen,
  onOpenChange,
}: {
  production: Production;
} & DialogState) {
  return (
    <AppDialog title={`Edit ${production.title}`} isOpen={isOpen} onOpenChange={onOpenChange} size="large">
      <ProductionForm production={production} onDone={() => onOpenChange(false)} onCancel={() => onOpenChange(false)} />
    </AppDialog>
  );
}
