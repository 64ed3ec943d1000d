import type { Result } from '../../shared/kit/errors';

export interface Dispatcher {
  handle(name: unknown, input: unknown): Promise<Result<unknown>>;
}

export interface SenderInfo {
  /** URL of the frame that sent the message. */
  frameUrl: string | undefined;
  /** Whether the sender belongs to a window this app created. */
  fromOurWindow: boolean;
}

/**
 * The ONE IPC handler: checks who is asking, then hands the command to the core. A message from
 * any frame that is not the app's own page in the app's own window gets an error, never a result.
 */
export function createInvokeHandler(core: Dispatcher, isTrusted: (sender: SenderInfo) => boolean) {
  return async (sender: SenderInfo, name: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrusted(sender)) {
      return {
        ok: false,
        error: { code: 'UNSUPPORTED', message: 'Refused: the request did not come from the Closed Set window.' },
      };
    }
    return core.handle(name, input);
  };
}
