import { contextBridge, ipcRenderer } from 'electron';
// Bundled into one file at build time: a sandboxed preload cannot require project modules. The
// channel names are the only thing it takes from main.
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../main/channels';

/** The renderer's whole window onto the system: `invoke` a command, listen `on` an app event. */
contextBridge.exposeInMainWorld('binder', {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, name, input),
  on: (event: string, listener: () => void) => {
    const wrapped = (_e: unknown, name: unknown) => {
      if (name === event) listener();
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
});
