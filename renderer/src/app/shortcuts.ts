import { isMac } from '../lib/format';

const mod = isMac ? '⌘' : 'Ctrl+';

/** Every shortcut in the app, as the help overlay lists them. */
export const SHORTCUTS: { keys: string; does: string; where: string }[] = [
  { keys: `${mod}K`, does: 'Search and go anywhere (command palette)', where: 'Everywhere' },
  { keys: `${mod}N`, does: 'New production', where: 'Everywhere' },
  { keys: `${mod}L`, does: 'Lock the vault', where: 'Everywhere' },
  { keys: `${mod}Z`, does: 'Undo the last change or delete', where: 'Outside text fields' },
  { keys: isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z or Ctrl+Y', does: 'Redo', where: 'Outside text fields' },
  { keys: '? or F1', does: 'This list of shortcuts', where: 'Outside text fields' },
  { keys: 'Tab, Shift+Tab', does: 'Move between controls', where: 'Everywhere' },
  { keys: 'Arrow keys', does: 'Move within lists, tabs and results', where: 'Lists, tabs, palette' },
  { keys: 'Enter', does: 'Open the highlighted result', where: 'Command palette' },
  { keys: 'Space or Enter', does: 'Check an item, call a break', where: 'On-set mode' },
  { keys: 'Escape', does: 'Close a dialog or the palette', where: 'Dialogs' },
];
