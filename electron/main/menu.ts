import type { MenuItemConstructorOptions } from 'electron';

/** The application menu: Lock is always one shortcut away. */
export function menuTemplate(actions: { lock: () => void; isMac: boolean }): MenuItemConstructorOptions[] {
  return [
    ...(actions.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Vault',
      submenu: [
        { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: actions.lock },
        { type: 'separator' },
        actions.isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
}
