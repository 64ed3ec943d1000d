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
export function takeToken(): string {
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

/** Commands that write a file where the page says: the browser shell's own save flow comes first. */
const WRITES_FILE = new Set<string>(['handoff.export', 'handoff.startExport']);

/** The same API as the Electron preload, over the loopback browser shell's HTTP endpoint. */
export function createHttpApi(token: string): BinderApi {
  const headers = { 'content-type': 'application/json', 'x-closed-set-token': token };

  async function post(url: string, body: unknown): Promise<Result<unknown>> {
    let response: Response;
    try {
      response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), cache: 'no-store' });
    } catch {
      return failure({ code: 'IO', message: NOT_RUNNING });
    }
    if (response.status === 401) return failure({ code: 'LOCKED', message: NOT_AUTHORISED, detail: { http: 401 } });
    if (response.status === 403) return failure({ code: 'INTERNAL', message: NOT_AUTHORISED, detail: { http: 403 } });
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      return failure({ code: 'INTERNAL', message: `The server sent an unreadable answer (HTTP ${response.status}).` });
    }
    if (isResult<unknown>(parsed)) return parsed;
    return failure({ code: 'INTERNAL', message: `The server sent an unexpected answer (HTTP ${response.status}).` });
  }

  /**
   * The browser has no dialog for the server's disk: the server checks the typed path, and a file
   * that exists is replaced only when the user says so here.
   */
  async function chooseSave(file: string): Promise<Result<unknown>> {
    const first = await post('/api/choose-save', { path: file });
    if (first.ok || first.error.code !== 'CONFLICT') return first;
    if (!window.confirm(first.error.message)) {
      return failure({ code: 'CONFLICT', message: `Not exported: the file at ${file} was kept as it was.` });
    }
    return post('/api/choose-save', { path: file, replace: true });
  }

  return {
    async invoke<N extends CommandName>(name: N, input: CommandInput<N>): Promise<Result<CommandOutput<N>>> {
      const target = (input as { path?: unknown } | undefined)?.path;
      if (WRITES_FILE.has(name) && typeof target === 'string' && target !== '') {
        const chosen = await chooseSave(target);
        if (!chosen.ok) return chosen;
      }
      return (await post('/api/invoke', { name, input })) as Result<CommandOutput<N>>;
    },

    on(event: AppEvent, listener: () => void): () => void {
      // A stream read with fetch, not EventSource: EventSource cannot send a header, and the token
      // must travel in one (never in a URL or a cookie).
      const abort = new AbortController();
      void (async () => {
        try {
          const response = await fetch('/api/events', { headers, cache: 'no-store', signal: abort.signal });
          if (!response.body) return;
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let buffered = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            buffered += value;
            const messages = buffered.split('\n\n');
            buffered = messages.pop() ?? '';
            for (const message of messages) if (message.split('\n').includes(`event: ${event}`)) listener();
          }
        } catch {
          // Aborted on unsubscribe, or the server stopped: the next command says so.
        }
      })();
      return () => abort.abort();
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
