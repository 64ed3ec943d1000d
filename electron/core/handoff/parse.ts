import type { ZodError } from 'zod';
import { SNAPSHOT_FORMAT_VERSION, SNAPSHOT_KIND, Snapshot } from '../../../shared/handoff/schema';
import { AppError } from '../../../shared/kit/errors';

// The core's own zodIssues lives in core.ts, which imports the handlers that import this file.
function zodIssues(error: ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.code === 'unrecognized_keys' ? `Unknown field(s): ${i.keys.join(', ')}` : i.message,
  }));
}

/**
 * Reads a snapshot document from outside (a package's content or a JSON file), naming what is
 * wrong: not an export at all, a recipient cut rather than a full export, a newer format, or the
 * first fields that fail the schema.
 */
export function parseSnapshot(doc: unknown, what = 'This file'): Snapshot {
  if (typeof doc !== 'object' || doc === null || (doc as { kind?: unknown }).kind !== SNAPSHOT_KIND) {
    if (typeof doc === 'object' && doc !== null && typeof (doc as { cut?: unknown }).cut === 'string') {
      throw new AppError(
        'VALIDATION',
        `${what} is a "${String((doc as { cut: string }).cut)}" recipient cut, made for reading; only a full export or a handoff package can be imported.`,
      );
    }
    throw new AppError('VALIDATION', `${what} is not a Closed Set production export.`);
  }
  const version = (doc as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > SNAPSHOT_FORMAT_VERSION) {
    throw new AppError(
      'UNSUPPORTED',
      `${what} was written by a newer version of Closed Set (export format ${version}; this app reads up to ${SNAPSHOT_FORMAT_VERSION}). Update the app to import it.`,
      { detail: { formatVersion: version, supported: SNAPSHOT_FORMAT_VERSION } },
    );
  }
  const parsed = Snapshot.safeParse(doc);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const first = issues
      .slice(0, 3)
      .map((i) => `${i.path || '(top)'}: ${i.message}`)
      .join('; ');
    throw new AppError('VALIDATION', `${what} does not match the export schema: ${first}. Nothing was imported.`, {
      issues,
    });
  }
  const control = controlCharacterAt(parsed.data, '');
  if (control) {
    throw new AppError(
      'VALIDATION',
      `${what} does not match the export schema: ${control} contains control characters (such as terminal escape sequences). Nothing was imported.`,
      { issues: [{ path: control, message: 'Contains control characters' }] },
    );
  }
  return parsed.data;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters commands refuse (shared/kit/fields.ts)
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The path of the first string holding a character no command accepts, so imported text meets the commands' rule. */
function controlCharacterAt(value: unknown, at: string): string | null {
  const stack: { value: unknown; at: string }[] = [{ value, at }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (!top) break;
    if (typeof top.value === 'string') {
      if (CONTROL.test(top.value)) return top.at || '(top)';
    } else if (typeof top.value === 'object' && top.value !== null) {
      for (const [k, v] of Object.entries(top.value)) stack.push({ value: v, at: top.at ? `${top.at}.${k}` : k });
    }
  }
  return null;
}

/** Parses JSON text, saying so when it is not JSON at all. */
export function parseSnapshotText(text: string, what = 'This file'): Snapshot {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new AppError('VALIDATION', `${what} is not valid JSON (${(err as Error).message}). Nothing was imported.`);
  }
  return parseSnapshot(doc, what);
}
