/**
 * Error codes that cross every door (IPC, HTTP, CLI). They are stable: the renderer and scripts
 * branch on them, so a code is never renamed, only added.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'UNKNOWN_COMMAND',
  'LOCKED',
  'WRONG_PASSPHRASE',
  'WEAK_PASSPHRASE',
  'VAULT_EXISTS',
  'VAULT_NOT_FOUND',
  'VAULT_DAMAGED',
  'VAULT_TOO_NEW',
  'NOT_ENCRYPTED',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'IO',
  'UNSUPPORTED',
  'PACKAGE_DAMAGED',
  'INTERNAL',
  /** A remembered passphrase could not be used (none, other keychain, unreadable): ask for it. */
  'PASSPHRASE_NEEDED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field at fault, e.g. `title` or `performers.0.nudity`. */
  path: string;
  message: string;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** Extra machine-readable detail, e.g. the backups offered when a vault is damaged. */
  detail?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

/** An error the core raises on purpose; anything else becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;
  readonly detail: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { issues?: FieldIssue[]; detail?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = extra.issues;
    this.detail = extra.detail;
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.message };
    if (this.issues) body.issues = this.issues;
    if (this.detail) body.detail = this.detail;
    return body;
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as { code: string }).code) &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
