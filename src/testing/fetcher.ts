/** A fetcher a test scripts: what an adapter sends is recorded, and answered from a list of replies. */
import type { Fetcher } from '../providers/adapter.js';

export interface Exchange {
  method: string;
  url: string;
  /** The parsed JSON body sent, if any. */
  body: unknown;
  headers: Record<string, string>;
}

export type Reply =
  | { status: number; body?: unknown; text?: string; headers?: Record<string, string> }
  | ((exchange: Exchange) => Promise<Response> | Response);

/**
 * A fetcher that records every request and answers from a script of replies, in order (the last one repeats).
 * `text` sends a raw body (HTML, truncated JSON); `body` is sent as JSON.
 */
export function scriptedFetcher(...replies: Reply[]) {
  const requests: Exchange[] = [];
  let i = 0;
  const fetcher: Fetcher = async (input, init = {}) => {
    const request = new Request(input, init);
    const text = init.body === undefined ? '' : String(init.body);
    const exchange: Exchange = {
      method: request.method,
      url: request.url,
      body: text ? JSON.parse(text) : undefined,
      headers: Object.fromEntries(request.headers),
    };
    requests.push(exchange);
    if (init.signal?.aborted) throw init.signal.reason;
    const reply = replies[Math.min(i++, replies.length - 1)];
    if (typeof reply === 'function') return reply(exchange);
    const payload = reply.text ?? (reply.body === undefined ? null : JSON.stringify(reply.body));
    return new Response(reply.status === 204 ? null : payload, {
      status: reply.status,
      headers: { 'content-type': reply.text ? 'text/html' : 'application/json', ...reply.headers },
    });
  };
  return { fetcher, requests };
}

/** The query of a URL as an object; repeated keys become arrays. */
export function queryOf(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(url).searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

export const pathOf = (url: string) => new URL(url).pathname;
