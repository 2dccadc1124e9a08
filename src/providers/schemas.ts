import * as z from 'zod/mini';

/** A string field a provider may send as a string, `null` or not at all. */
export const optionalString = /* @__PURE__ */ (() => z.optional(z.nullable(z.string())))();
