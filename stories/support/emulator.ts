/**
 * What every story shares: a fresh in-browser emulator of the provider per render (nothing leaves the page), the
 * story-only args that set it up, and fetchers that hold requests to freeze a state on screen.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import {
  createEmulator,
  type Emulator,
  type Fault,
  type FaultMethod,
  type ProviderName,
} from '../../src/emulator/index.js';

export type { Emulator, Fault, FaultMethod, ProviderName };

export const PROVIDERS = ['auth0', 'clerk', 'upsun'] as const satisfies readonly ProviderName[];
export const PROVIDER_NAMES: Record<ProviderName, string> = { auth0: 'Auth0', clerk: 'Clerk', upsun: 'Upsun' };

/** Story-only args: which emulator, with what data and behaviour. */
export interface EmulatorArgs {
  /** Also the element's `provider` attribute. */
  provider: ProviderName;
  /** Invitations the emulator starts with (seeded: the same count gives the same data). */
  count: number;
  /** Milliseconds before every answer. */
  latency: number;
  /** Faults the emulator answers the next matching requests with, in order. */
  faults: Fault[];
  /** Requests of this method after the first `holdAfter` never get an answer (0 = hold none). */
  holdMethod?: 'GET' | 'POST';
  holdAfter?: number;
}

const emulator = { category: 'Emulator (story only)' };
export const emulatorArgTypes = {
  provider: { control: 'inline-radio', options: PROVIDERS },
  count: { control: { type: 'range', min: 0, max: 1200, step: 5 }, table: emulator },
  latency: { control: { type: 'range', min: 0, max: 3000, step: 50 }, table: emulator },
  faults: { control: 'object', table: emulator },
  holdMethod: { control: false, table: { disable: true } },
  holdAfter: { control: false, table: { disable: true } },
} satisfies Partial<ArgTypes<EmulatorArgs>>;

/**
 * Members of the element (from custom-elements.json) that the story sets itself, or that are objects and functions:
 * listed in the docs table, without a control.
 */
export const withoutControls = (...names: string[]): Record<string, { control: false }> =>
  Object.fromEntries(names.map((name) => [name, { control: false }]));

/** The emulator behind each rendered element, for play functions that check what went over the wire. */
const emulators = new WeakMap<Element, Emulator>();

export function emulatorOf(element: Element): Emulator {
  const found = emulators.get(element);
  if (!found) throw new Error(`<${element.localName}> was not rendered by a story's emulator`);
  return found;
}

/** A new emulator for one render, set up from the args. */
export function emulate(args: EmulatorArgs): Emulator {
  const made = createEmulator({ provider: args.provider, count: args.count });
  made.latency(args.latency);
  for (const fault of args.faults) made.fault(fault);
  return made;
}

/**
 * The fetcher an element gets: the emulator's, except that requests of `holdMethod` after the first `holdAfter`
 * hang until aborted (the emulator's own `hang` fault only takes the next request). Remembers the emulator for
 * `emulatorOf()` once the element is rendered.
 */
export function fetcherFor(made: Emulator, args: EmulatorArgs) {
  let seen = 0;
  const fetcher = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    if (args.holdMethod && method === args.holdMethod && ++seen > (args.holdAfter ?? 0)) {
      return new Promise((_resolve, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    return made.fetch(input, init);
  };
  const remember = (element?: Element) => {
    if (element) emulators.set(element, made);
  };
  return { fetcher, remember };
}

/** An address the emulator already holds a pending invitation for (to provoke "already invited"). */
export function pendingEmail(made: Emulator): string {
  for (const raw of made.store.all() as unknown as Record<string, unknown>[]) {
    const state = raw.status ?? raw.state ?? 'pending';
    const email = raw.email_address ?? raw.email ?? (raw.invitee as { email?: string } | undefined)?.email;
    const expires = typeof raw.expires_at === 'string' ? Date.parse(raw.expires_at) : Number(raw.expires_at);
    if (state === 'pending' && typeof email === 'string' && !(expires < Date.now())) return email;
  }
  throw new Error(`the ${made.provider} emulator holds no pending invitation`);
}
