// The IPC channel names, in the one module both main and the preload import: a renamed channel
// cannot leave the two sides talking past each other. Nothing else from main reaches the preload.

/** Renderer-to-main: every command travels on this one channel (`window.binder.invoke`). */
export const INVOKE_CHANNEL = 'binder:invoke';

/** Main-to-renderer: app events such as `locked` (`window.binder.on`). */
export const EVENT_CHANNEL = 'binder:event';
