/**
 * The normalized domain every element, adapter and event speaks. Provider dialects map to and from it.
 */

/** Every status an invitation can be in, whatever the provider calls it. */
export const INVITATION_STATUSES = ['pending', 'processing', 'accepted', 'revoked', 'expired', 'failed'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export interface Invitation {
  id: string;
  email: string;
  status: InvitationStatus;
  /** Role keys / ids / permissions as the provider names them. */
  roles: string[];
  inviter?: { id?: string; name?: string };
  createdAt?: Date;
  updatedAt?: Date;
  expiresAt?: Date;
  /** Accept link — only ever set when it is an `https:` URL. */
  url?: string;
  /** The provider's own object, untouched. */
  raw: unknown;
}

export type SortDirection = 'asc' | 'desc';
export interface Sort {
  /** A normalized field name the adapter lists in `capabilities.sortFields`, e.g. `created_at`. */
  field: string;
  direction: SortDirection;
}

export interface ListQuery {
  /** Rows per page (the adapter clamps to its `maxPageSize`). */
  pageSize: number;
  /** 0-based index of the page asked for. Random-access adapters (`paging: 'offset'`) page by it. */
  page: number;
  /** The `next`/`previous` token of the adjacent page; absent for the first page. */
  cursor?: string;
  sort?: Sort;
  /** Statuses to show; empty means every status the provider has. */
  statuses: readonly InvitationStatus[];
  /** Email search text; empty means no search. */
  search: string;
  /**
   * One role value to show only; absent means every role. Adapters get it only when their capabilities say
   * `roleFilter: 'server'`; for the others the list filters on the client.
   */
  role?: string;
}

export interface Page {
  items: Invitation[];
  /** Total number of matching invitations, when the API reports one. */
  total?: number;
  /** Token for the following page; absent on the last page. */
  next?: string;
  /** Token for the preceding page, when the API gives one (else the element remembers it). */
  previous?: string;
  /**
   * Set when the provider cannot list further (Auth0 lists at most 1,000 records): the element says so instead of
   * offering a next page that would fail.
   */
  limitReached?: boolean;
}

/** What the user asks to create: one draft per invitee. Provider-specific fields are ignored where unsupported. */
export interface InvitationDraft {
  email: string;
  roles: string[];
  /** Validity in seconds; absent = the provider's default. */
  expiresInSeconds?: number;
  /** Send the invitation email (Auth0 `send_invitation_email`, Clerk `notify`). */
  sendEmail?: boolean;
  /** Replace an existing pending invitation (Upsun `force`). */
  force?: boolean;
  /** Auth0: `inviter.name` (required there). */
  inviterName?: string;
  /** Auth0: `client_id` (required there). */
  clientId?: string;
  /** Auth0: `connection_id`. */
  connectionId?: string;
  /** Clerk: `inviter_user_id`. */
  inviterId?: string;
  /** Clerk: `redirect_url`. */
  redirectUrl?: string;
  /** Auth0 `app_metadata` / Clerk `public_metadata`. */
  metadata?: Record<string, unknown>;
  /** Auth0 `user_metadata` / Clerk `private_metadata`. */
  privateMetadata?: Record<string, unknown>;
}

export type InvitationErrorKind =
  /** The server answered with an error status. */
  | 'http'
  /** The request never got an answer (offline, DNS, CORS, connection reset). */
  | 'network'
  /** The request was aborted (superseded or cancelled). */
  | 'abort'
  /** The request took longer than the configured timeout. */
  | 'timeout'
  /** The server answered 2xx with a body that is not what the API documents. */
  | 'invalid-response'
  /** The element or adapter is misconfigured, or the input is invalid, so nothing was sent. */
  | 'config';

export interface InvitationErrorInit {
  kind: InvitationErrorKind;
  status?: number;
  code?: string;
  retryAfter?: number;
  field?: string;
  traceId?: string;
  cause?: unknown;
}

/** Longest `message` an InvitationError keeps: a server can send pages of text where a sentence is expected. */
const MAX_MESSAGE = 500;

/**
 * The one error type every failure becomes. `message` is written for people: it is shown, logged and sent with
 * events, so it (like `code` and `traceId`) is kept short, without bidi controls and without credentials a server
 * may have echoed back (see `displayText`, `redactSecrets`).
 */
export class InvitationError extends Error {
  override readonly name = 'InvitationError';
  readonly kind: InvitationErrorKind;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** Provider error code (`invalid_body`, `organization_invitation_not_unique`, …) or one of ours. */
  readonly code: string;
  /** Seconds to wait before trying again, when the server said so. */
  readonly retryAfter?: number;
  /** The draft field the error is about (`email`, `roles`, `clientId`, …), when it can be told. */
  readonly field?: string;
  /** Provider trace id (Clerk `clerk_trace_id`), for support requests. */
  readonly traceId?: string;

  constructor(message: string, init: InvitationErrorInit) {
    super(
      displayText(redactSecrets(String(message)), MAX_MESSAGE).trim() || 'The request failed.',
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.kind = init.kind;
    this.status = init.status;
    this.code = displayText(redactSecrets(init.code ?? (init.status ? `http_${init.status}` : init.kind)), 100);
    this.retryAfter = init.retryAfter;
    this.field = init.field;
    this.traceId = init.traceId === undefined ? undefined : displayText(redactSecrets(init.traceId), 100);
  }

  /** Wraps anything thrown into an InvitationError (an InvitationError passes through). */
  static from(error: unknown): InvitationError {
    if (error instanceof InvitationError) return error;
    if (error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
      return error.name === 'TimeoutError'
        ? new InvitationError('The server took too long to answer.', { kind: 'timeout', cause: error })
        : new InvitationError('The request was cancelled.', { kind: 'abort', cause: error });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new InvitationError(`Unexpected failure: ${detail}`, { kind: 'network', cause: error });
  }
}

/**
 * Explicit bidi formatting characters (embeddings, overrides, isolates). In text from a server they reorder what the
 * user sees: `\u202Emoc.elpmaxe@lived` shows as `devil@example.com`, and an unclosed override runs on into the
 * words after it.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from a server (or any adapter) as it may be shown: without bidi formatting characters, and at most `max`
 * characters long when given (cut with "…", never inside a surrogate pair).
 */
export function displayText(value: string, max = Infinity): string {
  const text = value.replace(BIDI_CONTROLS, '');
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** Credentials as servers echo them back in error messages: header values, secret keys, JWTs, `key=value` pairs. */
const SECRETS: [RegExp, string][] = [
  [/\b(Bearer|Basic|Digest|Token)(\s+)[\w.~+/=-]+/gi, '$1$2[redacted]'],
  [/\b(?:sk|rk)_(?:live|test)_\w+/g, '[redacted]'],
  [/\beyJ[\w-]*\.[\w-]+\.[\w-]*/g, '[redacted]'],
  [
    /\b(authorization|api[-_]?key|access[-_]?token|refresh[-_]?token|client[-_]?secret|secret|password|token)(["']?\s*[:=]\s*["']?)(?!\[redacted\])[^\s"',;&]+/gi,
    '$1$2[redacted]',
  ],
];

/**
 * Masks credentials in a text that is about to be shown, logged or sent with an event. The elements never see the
 * host's credentials (the host's fetcher adds them), but a server may echo them in an error ("invalid token
 * sk_live_…"); this keeps them out of the page.
 */
export function redactSecrets(text: string): string {
  return SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** `https:` URLs only; anything else (javascript:, data:, http:, relative, garbage) gives undefined. */
export function safeHttpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A Date, or undefined for missing or unparseable input (ISO strings or epoch milliseconds). */
export function toDate(value: string | number | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
