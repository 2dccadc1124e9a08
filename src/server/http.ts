/** Small HTTP pieces of the server handler: JSON answers, bounded body reads, redaction, Link rewriting. */

/** The handler's answer before it becomes a `Response`: status, headers and JSON text (null: no body). */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string | null;
}

/** A JSON answer that no cache keeps; `text` is JSON already. */
export const jsonText = (status: number, text: string, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  text,
});

/** A JSON answer of `body` that no cache keeps. */
export const jsonResponse = (status: number, body: unknown, headers?: Record<string, string>): Answer =>
  jsonText(status, JSON.stringify(body), headers);

export const toResponse = ({ status, headers, text }: Answer): Response => new Response(text, { status, headers });

/**
 * The `Answer`-returning form of each handler, for `toNodeListener` to write without a `Response` in between (whose
 * body stream costs about a tenth of a proxied request in Node 20). A handler it does not know — one a host made or
 * wrapped — is answered the standard way.
 */
export const answerForm = new WeakMap<(request: Request) => Promise<Response>, (request: Request) => Promise<Answer>>();

/** The request body is larger than allowed. */
export class TooLarge extends Error {}

/** Reads at most `limit` bytes of a request body as text; a larger body throws `TooLarge` (and is not read on). */
export async function readBody(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new TooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
}

/** The secrets `redact` looks for: those of 4 characters or more, longest first (so no part of one survives). */
export const redactionOrder = (secrets: readonly string[]): string[] =>
  secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);

/** Replaces every occurrence of the secrets (in `redactionOrder`) in `text`. */
export function redact(text: string, ordered: readonly string[]): string {
  let out = text;
  for (const secret of ordered) if (out.includes(secret)) out = out.split(secret).join('[redacted]');
  return out;
}

/**
 * Rewrites an upstream `Link` header for the browser: links into the upstream collection point at `basePath`
 * instead (same path below it, same query); any other link is dropped. Undefined when no link is left.
 */
export function rewriteLink(value: string, upstreamCollection: string, basePath: string): string | undefined {
  const links: string[] = [];
  for (const part of value.split(/,(?=\s*<)/)) {
    const match = /<([^>]*)>(.*)/.exec(part.trim());
    if (!match) continue;
    let url: URL;
    try {
      url = new URL(match[1], upstreamCollection);
    } catch {
      continue;
    }
    const base = new URL(upstreamCollection);
    if (url.origin !== base.origin) continue;
    if (url.pathname !== base.pathname && !url.pathname.startsWith(`${base.pathname}/`)) continue;
    links.push(`<${basePath}${url.pathname.slice(base.pathname.length)}${url.search}>${match[2]}`);
  }
  return links.length ? links.join(', ') : undefined;
}
