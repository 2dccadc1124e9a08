import type { CreateCapabilities } from '../../providers/adapter.js';
import { isEmail } from './addresses.js';

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

/**
 * The issues of `values`, at most one per field, in the order the fields appear. Three fields checked against the
 * provider's capabilities need no schema library up front; the addresses are checked with zod's own grammar
 * (`isEmail`). The provider's answers are what zod/mini validates, in each dialect's wire code.
 */
export function validateForm(values: FormValues, create: CreateCapabilities, scale?: ExpiryScale): FormIssue[] {
  const issues: FormIssue[] = [];
  const { emails, roles, expiry } = values;
  if (!emails.length) issues.push({ field: 'emails', kind: 'required' });
  else if (!emails.every(isEmail)) issues.push({ field: 'emails', kind: 'invalid' });
  // Too many roles wins over an empty one: removing roles comes first.
  if (roles.length > create.roles.max) issues.push({ field: 'roles', kind: 'max' });
  else if (roles.length < create.roles.min || roles.some((r) => !r)) issues.push({ field: 'roles', kind: 'min' });
  if (scale && !(Number.isInteger(expiry) && expiry! >= scale.min && expiry! <= scale.max)) {
    issues.push({ field: 'expiry', kind: 'range' });
  }
  return issues;
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
