import type { MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ChoosePurpose } from '../core/core';

const VAULT_FILTER = { name: 'Closed Set vault', extensions: ['closedset'] };

/** The system dialog to show for each purpose (plain data, unit-tested). */
export function dialogFor(
  purpose: ChoosePurpose,
  suggested: string | undefined,
): { kind: 'save'; options: SaveDialogOptions } | { kind: 'open'; options: OpenDialogOptions } {
  switch (purpose) {
    case 'create-vault':
      return {
        kind: 'save',
        options: {
          title: 'Create a vault',
          defaultPath: suggested,
          filters: [VAULT_FILTER],
          properties: ['createDirectory'],
        },
      };
    case 'open-vault':
      return {
        kind: 'open',
        options: { title: 'Open a vault', defaultPath: suggested, filters: [VAULT_FILTER], properties: ['openFile'] },
      };
    case 'save-file':
      return { kind: 'save', options: { title: 'Save as', defaultPath: suggested, properties: ['createDirectory'] } };
    case 'open-file':
      return { kind: 'open', options: { title: 'Open', defaultPath: suggested, properties: ['openFile'] } };
  }
}

/** The question asked before a link leaves the app; "Cancel" is the default, so Enter opens nothing. */
export function externalLinkPrompt(url: string): MessageBoxOptions {
  return {
    type: 'question',
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Open outside Closed Set',
    message: url.startsWith('mailto:') ? 'Write this e-mail in your mail app?' : 'Open this link in your browser?',
    detail: url,
  };
}

/** The index of the button in `externalLinkPrompt` that opens the link. */
export const OPEN_EXTERNAL_BUTTON = 0;
