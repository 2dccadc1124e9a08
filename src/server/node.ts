/**
 * The handler on Node's `http` server and as Express/Connect middleware — without a Node built-in, so the server
 * entry stays importable anywhere. Requests outside the handler's `basePath` go to `next()` when there is one
 * (middleware), else get a 404.
 *
 * ```ts
 * http.createServer(toNodeListener(handler)).listen(3000);   // plain Node
 * app.use(toNodeListener(handler));                           // Express / Connect, before any body parser
 * ```
 */

import { answerForm } from './http.js';

/** The parts of Node's IncomingMessage the adapter reads. */
interface NodeRequest extends AsyncIterable<Uint8Array | string> {
  method?: string;
  url?: string;
  /** Express: the URL before a mount path was stripped. */
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  /** Express/Connect: a body a parser already read (the stream is then empty). */
  body?: unknown;
  readableEnded?: boolean;
  /** A TLS socket says `encrypted`. */
  socket?: object;
}

/** The parts of Node's ServerResponse the adapter writes. */
interface NodeResponse {
  statusCode: number;
  setHeader(name: string, value: string | string[]): unknown;
  end(chunk?: Uint8Array | string): unknown;
  writeHead(status: number, headers: Record<string, string>): unknown;
  headersSent?: boolean;
}

/** Encoded dots, slashes and backslashes, raw backslashes, and `.` or `..` segments. */
const ADDRESSING_TRICK = /%2e|%2f|%5c|\\|(?:^|\/)\.{1,2}(?:\/|$)/i;

/** Methods the fetch standard forbids in a Request. */
const FORBIDDEN_METHOD = /^(?:CONNECT|TRACE|TRACK)$/i;

export interface NodeListenerOptions {
  /** The handler's `basePath` (default `/api/invitations`): other paths go to `next()`. */
  basePath?: string;
}

/** A `(req, res, next?)` listener of a fetch-standard handler. */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  { basePath = '/api/invitations' }: NodeListenerOptions = {},
) {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}`;
  return async (req: NodeRequest, res: NodeResponse, next?: (error?: unknown) => void): Promise<void> => {
    let target = req.originalUrl ?? req.url ?? '/';
    const path = target.split('?')[0];
    if (next && path !== base && !path.startsWith(`${base}/`)) return next();
    // URL parsing would resolve these (`%2e%2e` and `\` as `..` and `/`) into a path that may look like a route;
    // the raw target is still here, so such a request is refused as written: a path no route has.
    if (ADDRESSING_TRICK.test(path)) target = `${base}/%25`;
    try {
      const pairs: [string, string][] = [];
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || name.startsWith(':')) continue;
        for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, v]);
      }
      // Methods a fetch Request cannot carry become one no route has (the handler then answers its 404).
      const method = FORBIDDEN_METHOD.test(req.method ?? '') ? 'UNROUTABLE' : (req.method ?? 'GET').toUpperCase();
      let body: BodyInit | undefined;
      let unread: AsyncIterator<Uint8Array | string> | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        // A body parser (express.json()) already read the stream: forward what it parsed, as JSON.
        if (req.readableEnded && req.body !== undefined && typeof req.body === 'object') {
          body = JSON.stringify(req.body);
          const at = pairs.findIndex(([name]) => name === 'content-length');
          if (at >= 0) pairs.splice(at, 1);
        } else {
          const iterator = (unread = req[Symbol.asyncIterator]());
          body = new ReadableStream<Uint8Array>({
            async pull(controller) {
              const { done, value } = await iterator.next();
              if (done) controller.close();
              else controller.enqueue(typeof value === 'string' ? new TextEncoder().encode(value) : value);
            },
            // what the handler did not read (a refusal, a body over the limit) is drained after the answer
          });
        }
      }
      const scheme = (req.socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http';
      const host = req.headers.host;
      const request = new Request(`${scheme}://${typeof host === 'string' && host ? host : 'localhost'}${target}`, {
        method,
        headers: pairs,
        body,
        ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
      } as RequestInit);
      const direct = answerForm.get(handler);
      if (direct) {
        const { status, headers: answerHeaders, text } = await direct(request);
        res.writeHead(status, answerHeaders);
        res.end(text ?? undefined);
      } else {
        const response = await handler(request);
        res.statusCode = response.status;
        for (const [name, value] of response.headers) res.setHeader(name, value);
        res.end(new Uint8Array(await response.arrayBuffer()));
      }
      if (unread && !req.readableEnded) await drain(unread);
    } catch (error) {
      if (next) return next(error);
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('content-type', 'application/json');
      }
      res.end('{"error":"The invitations handler failed."}');
    }
  };
}

/** Bytes of an unread request body read and dropped after the answer, so that the client gets it and the
 * connection stays usable; past this the stream is destroyed (and the connection with it). */
const DRAIN_BYTES = 1_048_576;

async function drain(iterator: AsyncIterator<Uint8Array | string>): Promise<void> {
  let total = 0;
  for (;;) {
    const { done, value } = await iterator.next();
    if (done) return;
    total += value.length;
    if (total > DRAIN_BYTES) {
      await iterator.return?.();
      return;
    }
  }
}
