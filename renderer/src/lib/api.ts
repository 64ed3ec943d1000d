import type { AppEvent, BinderApi, CommandInput, CommandName, CommandOutput } from '../../../shared/commands';
import { type ErrorBody, isErrorBody, type Result } from '../../../shared/kit/errors';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser shell. */
    binder?: BinderApi;
  }
}

const TOKEN_KEY = 'closed-set-token';

function failure(error: ErrorBody): { ok: false; error: ErrorBody } {
  return { ok: false, error };
}

/**
 * The browser shell was opened at `http://127.0.0.1:PORT/?token=...`. The token is moved to
 * sessionStorage (it survives a reload of this tab only) and taken out of the address bar so it
 * does not end up in history, screenshots or a copied link.
 */
function takeToken(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const search = params.toString();
    const clean = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    window.history.replaceState(window.history.state, '', clean);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const NOT_AUTHORISED = 'This browser tab is no longer authorised; open the link the app printed when it started.';
const NOT_RUNNING = 'The Closed Set server is not running. Start it again and open the link it prints.';

/** The same API as the Electron preload, over the loopback browser shell's HTTP endpoint. */
export function createHttpApi(token: string): BinderApi {
  return {
    async invoke<N extends CommandName>(name: N, input: CommandInput<N>): Promise<Result<CommandOutput<N>>> {
      let response: Response;
      try {
        response = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-closed-set-token': token },
          body: JSON.stringify({ name, input }),
          cache: 'no-store',
        });
      } catch {
        return failure({ code: 'IO', message: NOT_RUNNING });
      }
      if (response.status === 401) return failure({ code: 'LOCKED', message: NOT_AUTHORISED, detail: { http: 401 } });
      if (response.status === 403) return failure({ code: 'INTERNAL', message: NOT_AUTHORISED, detail: { http: 403 } });
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        return failure({
          code: 'INTERNAL',
          message: `The server sent an unreadable answer (HTTP ${response.status}).`,
        });
      }
      if (isResult<CommandOutput<N>>(body)) return body;
      return failure({ code: 'INTERNAL', message: `The server sent an unexpected answer (HTTP ${response.status}).` });
    },

    on(event: AppEvent, listener: () => void): () => void {
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
      const handler = () => listener();
      source.addEventListener(event, handler);
      return () => {
        source.removeEventListener(event, handler);
        source.close();
      };
    },
  };
}

function isResult<T>(body: unknown): body is Result<T> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  return body.ok === false && 'error' in body && isErrorBody(body.error);
}

/** Which door the renderer came through; Electron's preload wins when present. */
function resolveApi(): BinderApi {
  if (window.binder) return window.binder;
  return createHttpApi(takeToken());
}

export const api: BinderApi = resolveApi();
