import * as z from 'zod/mini';
import type { CreateCapabilities } from '../../providers/adapter.js';

const DAY = 86400;
const HOUR = 3600;

/** How the expiry is entered: whole days, or whole hours for providers whose maximum is under a day. */
export interface ExpiryScale {
  unit: 'days' | 'hours';
  seconds: number;
  min: number;
  max: number;
  default: number;
  presets: number[];
}

/** The expiry input's unit, range and presets (1, 7 and 30 days, clamped to the provider's range). */
export function expiryScale(expiry: NonNullable<CreateCapabilities['expiry']>): ExpiryScale {
  const days = expiry.max >= DAY;
  const seconds = days ? DAY : HOUR;
  const min = Math.max(1, Math.ceil(expiry.min / seconds));
  const max = Math.max(min, Math.floor(expiry.max / seconds));
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  const fallback = clamp(Math.round(expiry.default / seconds));
  const presets = [...new Set([...(days ? [1, 7, 30] : [1, 6, 24]).map(clamp), fallback])].sort((a, b) => a - b);
  return { unit: days ? 'days' : 'hours', seconds, min, max, default: fallback, presets };
}

/** What the form holds when it is checked. */
export interface FormValues {
  emails: string[];
  roles: string[];
  /** In the scale's unit; absent when the provider has no expiry. */
  expiry?: number;
}

export type FormField = 'emails' | 'roles' | 'expiry';
export type FormIssue =
  | { field: 'emails'; kind: 'required' | 'invalid' }
  | { field: 'roles'; kind: 'min' | 'max' }
  | { field: 'expiry'; kind: 'range' };

/** The zod/mini schema of the form for one provider's create capabilities. */
export function formSchema(create: CreateCapabilities, scale?: ExpiryScale) {
  const { min, max } = create.roles;
  return z.object({
    emails: z.array(z.email()).check(z.minLength(1)),
    roles: z.array(z.string().check(z.minLength(1))).check(z.minLength(min), z.maxLength(max)),
    expiry: scale ? z.number().check(z.multipleOf(1), z.gte(scale.min), z.lte(scale.max)) : z.optional(z.number()),
  });
}

/** The issues of `values`, at most one per field, in the order the fields appear. */
export function validateForm(values: FormValues, create: CreateCapabilities, scale?: ExpiryScale): FormIssue[] {
  const result = formSchema(create, scale).safeParse(values);
  if (result.success) return [];
  const issues = new Map<FormField, FormIssue>();
  for (const issue of result.error.issues) {
    const field = issue.path[0] as FormField;
    if (field === 'emails') {
      if (!issues.has(field)) issues.set(field, { field, kind: issue.path.length > 1 ? 'invalid' : 'required' });
    } else if (field === 'roles') {
      // Too many roles wins over an empty one, whatever order zod reports them in: removing roles comes first.
      if (issue.code === 'too_big') issues.set(field, { field, kind: 'max' });
      else if (!issues.has(field)) issues.set(field, { field, kind: 'min' });
    } else if (field === 'expiry') {
      issues.set(field, { field, kind: 'range' });
    }
  }
  return (['emails', 'roles', 'expiry'] as const).flatMap((f) => issues.get(f) ?? []);
}

/** Draft fields the host sets through attributes, and the attribute of each. */
export const FIELD_ATTRIBUTES = {
  clientId: 'client-id',
  inviterName: 'inviter-name',
  connectionId: 'connection-id',
  inviterId: 'inviter-id',
  redirectUrl: 'redirect-url',
} as const;
export type HostField = keyof typeof FIELD_ATTRIBUTES;

/** The host-set fields the provider requires (`capabilities.create.fields.*.required`) that are empty. */
export const missingFields = (create: CreateCapabilities, values: Record<HostField, string>): HostField[] =>
  (Object.keys(FIELD_ATTRIBUTES) as HostField[]).filter((key) => create.fields[key]?.required && !values[key].trim());
