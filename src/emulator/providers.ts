/**
 * The emulated providers, keyed by the provider table's names (src/providers/providers.ts): the type makes a
 * provider in that table without an emulator here a compile error, and one here that is not there too.
 */
import type { ProviderName } from '../providers/providers.js';
import { auth0 } from './auth0.js';
import { clerk } from './clerk.js';
import { upsun } from './upsun.js';
import type { ProviderDefinition } from './wire.js';

// `any`: each definition has its own record type; the check is about the keys.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const EMULATED = { auth0, clerk, upsun } satisfies { [P in ProviderName]: ProviderDefinition<any> };

/** The raw object type each provider stores and sends. */
export type ProviderRecords = {
  [P in ProviderName]: (typeof EMULATED)[P] extends ProviderDefinition<infer T> ? T : never;
};

/** The emulated providers' names, in the table's order. */
export const EMULATED_NAMES = Object.keys(EMULATED) as ProviderName[];
