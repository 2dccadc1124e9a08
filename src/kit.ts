// `invitation-elements/kit`: the adapter kit, for writing the adapter of your own backend (README "Your own
// backend"). Apart from the main entry because the elements do not need it up front: the built-in adapters load it
// with their first request, so a page that only shows the elements never downloads it ahead of time. No side effects.
export {
  defineAdapter,
  buildRequest,
  commonErrorDetails,
  itemUrl,
  withQuery,
  parseBody,
  retryAfterSeconds,
  type AdapterDefinition,
  type AdapterKit,
  type Route,
  type RouteTable,
  type Transport,
  type WireRequest,
  type WireResponse,
  type ErrorDetails,
  type QueryValues,
} from './providers/kit.js';
export { lazyAdapter, type AdapterProfile } from './providers/lazy.js';
export { registerAdapter, type InvitationAdapter, type AdapterCapabilities } from './providers/adapter.js';
