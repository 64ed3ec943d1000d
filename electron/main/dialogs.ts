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

/**
 * The question asked when the window is closed or reloaded while a form holds unsaved changes (the
 * renderer's beforeunload asked to stay). "Stay" is the default, so Enter or Escape loses nothing.
 */
export function leaveUnsavedPrompt(): MessageBoxOptions {
  return {
    type: 'warning',
    buttons: ['Leave without saving', 'Stay'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Unsaved changes',
    message: 'You have unsaved changes on this screen. Leave without saving them?',
    detail: 'Stay to save them first; leaving discards what has not been saved.',
  };
}

/** For `will-prevent-unload`: whether the answer to `leaveUnsavedPrompt` lets the window unload. */
export function mayUnload(response: number): boolean {
  return response === 0;
}
