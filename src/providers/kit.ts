/**
 * The adapter kit: what every provider dialect is made of, and what a custom backend's adapter is made of too.
 *
 * A dialect is its **routes** (the only requests it may send: method, path below the collection, query names),
 * **pure request builders** (`buildRequest` from a route), **pure response parsers** (validate with zod/mini, then
 * normalize), and a few **operations** that compose them. `defineAdapter` turns that into an `InvitationAdapter` whose
 * every request goes through one shared runner (`runner.ts`): the host's fetcher, abort and timeout signals, a fetcher
 * that never settles, error bodies read with the dialect, Retry-After on a 429, HTML and non-JSON answers. The same
 * route table tells the server half (`invitation-elements/server`) what it may forward at all.
 */
import { InvitationError, type Invitation, type InvitationDraft, type ListQuery, type Page } from '../model.js';
import type { AdapterCapabilities, InvitationAdapter, RequestContext } from './adapter.js';
import { send, type ErrorDetails, type WireRequest, type WireResponse } from './runner.js';

export type { ErrorDetails, WireRequest, WireResponse } from './runner.js';
export { parseBody, retryAfterSeconds } from './runner.js';

export type HttpMethod = WireRequest['method'];

/** One request a dialect may send. */
export interface Route {
  method: HttpMethod;
  /**
   * The path below the collection URL, as segments joined by `/`: `''` (the collection itself), `':id'` (one
   * invitation), `':id/revoke'`, `'bulk'`. `:id` is the only placeholder.
   */
  path: string;
  /** Query parameters the request may carry; any other name is refused (by the builder, and by the server). */
  query?: readonly string[];
  /** The JSON body it carries: an object, an array (bulk), or none. */
  body?: 'object' | 'array';
  /** For an array body: the most items one request may carry (default 1; the server refuses more). */
  maxItems?: number;
}

/** Every route of a dialect, by operation name (`list`, `create`, `bulkCreate`, `revoke`, …). */
export type RouteTable = Readonly<Record<string, Route>>;

/** Query values as builders write them; arrays repeat the key (`status=a&status=b`), `undefined` is left out. */
export type QueryValues = Record<string, string | number | boolean | readonly string[] | undefined>;

/** What one operation of an adapter sends with: the collection URL, the clock, and the shared runner. */
export interface Transport {
  /** The collection URL (what GET lists and POST creates). */
  readonly endpoint: string;
  /** The adapter's capabilities (page sizes, statuses, defaults), which its operations read. */
  readonly capabilities: AdapterCapabilities;
  /** The clock, epoch milliseconds (derived statuses, Retry-After dates). */
  now(): number;
  /**
   * Sends a request through the host's fetcher and turns every failure into one `InvitationError`. Build it with
   * `buildRequest` from one of the adapter's routes: the server half forwards nothing else.
   */
  send(request: WireRequest): Promise<WireResponse>;
  /** Sends, then parses the answer; a parser that throws makes an `invalid-response` error of it. */
  read<T>(request: WireRequest, parse: (response: WireResponse) => T): Promise<T>;
}

/** What `defineAdapter` takes: the dialect's description and its operations, written against a `Transport`. */
export interface AdapterDefinition {
  /** Registry name (`auth0`, `clerk`, `upsun`, or yours). */
  name: string;
  /** The backend's name as people read it in messages: "Auth0", "My backend". */
  label: string;
  capabilities: AdapterCapabilities;
  routes: RouteTable;
  /** The grammar of an invitation id (the server refuses any other id before anything is sent). */
  id?: RegExp;
  /** Reads the dialect's error body; by default `message`/`error`/`detail`/`title` and `code`/`errorCode`. */
  parseError?(status: number, body: unknown): ErrorDetails;
  list(query: ListQuery, http: Transport): Promise<Page>;
  /** Gets 1 to `capabilities.bulkSize` drafts (checked before it is called). */
  create(drafts: InvitationDraft[], http: Transport): Promise<Invitation[]>;
  revoke(invitation: Invitation, http: Transport): Promise<Invitation | undefined>;
  resend?(invitation: Invitation, http: Transport): Promise<Invitation>;
  roleLabel?(role: string, invitation?: Invitation): string;
}

/** An adapter made with `defineAdapter`: an `InvitationAdapter` that also carries its route table. */
export interface AdapterKit extends InvitationAdapter {
  readonly label: string;
  readonly routes: RouteTable;
  /** The grammar of an invitation id, when the dialect has one (the server then uses `DEFAULT_ID`). */
  readonly id?: RegExp;
}

/** Ids a custom dialect accepts when it says nothing: letters, digits, `_`, `-`, `.` (not only dots), 1–128 long. */
export const DEFAULT_ID = /^(?!\.+$)[\w.-]{1,128}$/;

/** The error details every dialect can read: the usual keys of JSON error bodies. */
export function commonErrorDetails(_status: number, body: unknown): ErrorDetails {
  return {
    message: firstString(body, ['message', 'error_description', 'detail', 'title', 'error']),
    code: firstString(body, ['code', 'errorCode', 'type']),
  };
}

/**
 * Makes an `InvitationAdapter` of a dialect: every operation gets a `Transport` bound to the call's context, so each
 * request is checked against the routes and sent by the shared runner; `create` gets only as many drafts as the
 * dialect takes in one request.
 */
export function defineAdapter(definition: AdapterDefinition): AdapterKit {
  const { name, label, capabilities, routes } = definition;
  const dialect = { label, parseError: definition.parseError ?? commonErrorDetails };
  const transport = (ctx: RequestContext): Transport => {
    const sendOne = (request: WireRequest) => send(request, ctx, dialect);
    return {
      endpoint: ctx.endpoint,
      capabilities,
      now: ctx.now ?? Date.now,
      send: sendOne,
      async read(request, parse) {
        const response = await sendOne(request);
        try {
          return parse(response);
        } catch (error) {
          if (error instanceof InvitationError) throw error;
          throw new InvitationError(`${label} sent an answer this library does not understand.`, {
            kind: 'invalid-response',
            code: 'invalid_response',
            cause: error,
          });
        }
      },
    };
  };
  const adapter: AdapterKit = {
    name,
    label,
    capabilities,
    routes,
    id: definition.id,
    // async: a builder that throws (a draft without a required field) rejects, as a failed request does
    list: async (query, ctx) => definition.list(query, transport(ctx)),
    async create(drafts, ctx) {
      if (drafts.length < 1 || drafts.length > capabilities.bulkSize) {
        const message = `${label} creates 1 to ${capabilities.bulkSize} invitations per request; got ${drafts.length}.`;
        throw new InvitationError(message, { kind: 'config', code: 'draft_count' });
      }
      return definition.create(drafts, transport(ctx));
    },
    revoke: async (invitation, ctx) => definition.revoke(invitation, transport(ctx)),
  };
  const { resend, roleLabel } = definition;
  if (resend) adapter.resend = async (invitation, ctx) => resend(invitation, transport(ctx));
  if (roleLabel) adapter.roleLabel = roleLabel;
  return adapter;
}

// ---------------------------------------------------------------------------------------------------------------
// Building requests from routes

/**
 * The request of `route` below `endpoint`: `:id` filled in (encoded; an id that is empty, `.`, `..` or cannot be
 * encoded is refused), `query` added (arrays repeat the key; names the route does not list are a programming error),
 * and `body` sent as JSON. The endpoint's own query string is kept.
 */
export function buildRequest(
  route: Route,
  endpoint: string,
  { id, query, body }: { id?: string; query?: QueryValues; body?: unknown } = {},
): WireRequest {
  const allowed = new Set(route.query ?? []);
  for (const key of Object.keys(query ?? {})) {
    if (!allowed.has(key)) throw new TypeError(`The route ${route.method} "${route.path}" takes no query "${key}".`);
  }
  const segments = route.path
    .split('/')
    .filter(Boolean)
    .map((s) => (s === ':id' ? pathSegment(id ?? '') : s));
  let url = segments.length ? itemUrl(endpoint, ...segments) : endpoint;
  if (query) url = withQuery(url, query);
  return body === undefined ? { method: route.method, url } : { method: route.method, url, body };
}

/** Whether `request` is one of `routes` below `endpoint` (method, path shape and query names). */
export function matchesRoute(routes: RouteTable, endpoint: string, request: WireRequest): boolean {
  const [base, baseQuery] = splitQuery(endpoint);
  const [url, query] = splitQuery(request.url);
  const root = base.replace(/\/+$/, '');
  if (url !== root && !url.startsWith(`${root}/`)) return false;
  const rest = url.slice(root.length).split('/').filter(Boolean);
  const inherited = new Set(new URLSearchParams(baseQuery.slice(1)).keys());
  const names = [...new URLSearchParams(query.slice(1)).keys()].filter((k) => !inherited.has(k));
  return Object.values(routes).some((route) => {
    if (route.method !== request.method) return false;
    const shape = route.path.split('/').filter(Boolean);
    if (shape.length !== rest.length || !shape.every((s, i) => s === ':id' || s === rest[i])) return false;
    const allowed = new Set(route.query ?? []);
    return names.every((n) => allowed.has(n));
  });
}

/** Joins the collection URL and a path below it (`{endpoint}/{id}/revoke`), keeping the endpoint's query. */
export function itemUrl(endpoint: string, ...segments: string[]): string {
  const [base, query] = splitQuery(endpoint);
  const path = segments.map(pathSegment).join('/');
  return `${base.replace(/\/+$/, '')}/${path}${query}`;
}

/**
 * One encoded path segment. An id from a response that is empty, `.` or `..` would address the collection or what
 * is above it (`DELETE …/invitations/..` deletes the organization): such an id is refused, as is one that cannot be
 * encoded (a lone surrogate), before anything is sent.
 */
function pathSegment(segment: string): string {
  const value = String(segment);
  let encoded: string | undefined;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    encoded = undefined;
  }
  if (!encoded || value === '.' || value === '..') {
    throw new InvitationError(`The server sent an invitation id that cannot be used in a URL: "${value}".`, {
      kind: 'invalid-response',
      code: 'invalid_id',
    });
  }
  return encoded;
}

/** Adds query parameters to a URL; arrays repeat the key (`status=a&status=b`); a value replaces the URL's own. */
export function withQuery(url: string, params: QueryValues): string {
  const [base, query] = splitQuery(url);
  const search = new URLSearchParams(query.slice(1));
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    search.delete(key);
    for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
  }
  const qs = search.toString();
  return qs ? `${base}?${qs}` : base;
}

function splitQuery(url: string): [string, string] {
  const i = url.indexOf('?');
  return i < 0 ? [url, ''] : [url.slice(0, i), url.slice(i)];
}

// ---------------------------------------------------------------------------------------------------------------
// Small pieces the dialects share

/**
 * Pairs validated items with the provider's own objects (`Invitation.raw` keeps them untouched, unknown keys
 * included). `original` is the array the items were parsed from.
 */
export const withRaw = <T>(items: T[], original: unknown): [T, unknown][] =>
  items.map((item, i) => [item, (original as unknown[])[i]]);

/** The page size to send: the query's, within 1..max. */
export const pageSize = (query: ListQuery, caps: AdapterCapabilities) =>
  Math.min(Math.max(1, Math.floor(query.pageSize) || caps.defaultPageSize), caps.maxPageSize);

/** The statuses asked for, or every status the provider has when the query names none. */
export const wantedStatuses = (query: ListQuery, caps: AdapterCapabilities) =>
  query.statuses.length ? caps.statuses.filter((s) => query.statuses.includes(s)) : caps.statuses;

/** Throws a config error for a missing required draft field. */
export function required(value: string | undefined, field: string, message: string): string {
  if (!value || !value.trim()) throw new InvitationError(message, { kind: 'config', code: 'missing_field', field });
  return value.trim();
}

/** Reads the first string among `keys` of an error body (providers name the message differently). */
export function firstString(body: unknown, keys: string[]): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  for (const key of keys) {
    const value = (body as Record<string, unknown>)[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** Field of a draft an error message is about, guessed from words in it. */
export function fieldFromText(text: string | undefined, words: [RegExp, string][]): string | undefined {
  if (!text) return undefined;
  return words.find(([re]) => re.test(text))?.[1];
}
