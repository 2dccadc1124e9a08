/**
 * The few assertions the contract suite makes, without an assertion library: each throws an `AssertionError` (an
 * Error named so, with `actual` and `expected`, which mocha, node:test, Jest and Vitest all report with a diff).
 */
export class AssertionError extends Error {
  override readonly name = 'AssertionError';
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message);
  }
}

const show = (value: unknown) => {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? `Date(${v.toISOString()})` : v));
  } catch {
    return String(value);
  }
};

export function ok(value: unknown, message: string): asserts value {
  if (!value) throw new AssertionError(message, value, true);
}

export function equal(actual: unknown, expected: unknown, what: string): void {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${what}: expected ${show(expected)}, got ${show(actual)}`, actual, expected);
  }
}

/** Structural equality of JSON-like values (plain objects, arrays, primitives, dates). */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => isDeepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function deepEqual(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepEqual(actual, expected)) {
    throw new AssertionError(`${what}: expected ${show(expected)}, got ${show(actual)}`, actual, expected);
  }
}
