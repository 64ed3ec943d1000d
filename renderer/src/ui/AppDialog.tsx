import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/** What every dialog takes from the screen that opens it. */
export interface DialogState {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}

/** A modal dialog: Escape or a click outside closes it, focus stays inside while open. */
export function AppDialog({
  title,
  isOpen,
  onOpenChange,
  children,
  size = 'medium',
}: DialogState & {
  title: string;
  children: ReactNode;
  size?: 'medium' | 'large';
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isDismissable>
      <Modal className={`modal modal-${size}`}>
        <Dialog className="dialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
