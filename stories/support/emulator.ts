/**
 * What every story shares: a fresh in-browser emulator of the provider per render (nothing leaves the page), the
 * story-only args that set it up, and fetchers that hold requests to freeze a state on screen. The providers are the
 * provider table's (src/providers/providers.ts): a story "for every provider" runs on each of them.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { createEmulator, type Emulator, type Fault, type RoleOption } from '../../src/emulator/index.js';
import { BUILTIN_ADAPTERS, PROVIDER_NAMES, type ProviderName } from '../../src/providers/providers.js';

export type { Emulator, Fault, ProviderName };

/** The built-in providers, in the table's order. */
export const PROVIDERS: readonly ProviderName[] = PROVIDER_NAMES;

/** The adapter kit of a provider: its capabilities (what the stories may expect) and its routes. */
export const kitOf = (provider: ProviderName) => BUILTIN_ADAPTERS[provider];

/** The tag of the stories that `npm run test:storybook` and the story tests run once per provider. */
export const EVERY_PROVIDER = 'every-provider';

/**
 * A fault for the requests of one of the provider's routes (`revoke`, `create`, `list`), whatever method that is:
 * Clerk revokes with POST, Auth0 and Upsun with DELETE.
 */
type WithoutMethod<F> = F extends unknown ? Omit<F, 'method'> : never;
export type RouteFault = WithoutMethod<Fault> & { route: string };
export type StoryFault = Fault | RouteFault;

/** Story-only args: which emulator, with what data and behaviour. */
export interface EmulatorArgs {
  /** Also the element's `provider` attribute. */
  provider: ProviderName;
  /** Invitations the emulator starts with (seeded: the same count gives the same data). */
  count: number;
  /** Milliseconds before every answer. */
  latency: number;
  /** Faults the emulator answers the next matching requests with, in order. */
  faults: StoryFault[];
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

/** The emulator fault of a story fault: a route's requests become its method's. */
function toFault(provider: ProviderName, fault: StoryFault): Fault {
  if (!('route' in fault)) return fault;
  const { route: name, ...rest } = fault;
  const route = kitOf(provider).routes[name];
  if (!route) throw new Error(`the ${provider} adapter has no route "${name}"`);
  return { ...rest, method: route.method } as Fault;
}

/** A new emulator for one render, set up from the args. */
export function emulate(args: EmulatorArgs): Emulator {
  const made = createEmulator({ provider: args.provider, count: args.count });
  made.latency(args.latency);
  for (const fault of args.faults) made.fault(toFault(args.provider, fault));
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

/** A role every emulated organization has: its "member" role (Auth0 Member, Clerk org:member, Upsun members). */
export function memberRole(made: Emulator): RoleOption {
  const found = made.roles.find((r) => /member/i.test(`${r.value} ${r.label}`));
  if (!found) throw new Error(`the ${made.provider} emulator has no member role`);
  return found;
}
