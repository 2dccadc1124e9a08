/** Clerk's side of the emulator, part 1: the wire types, the org's roles and admins, the seeded data, error bodies. */
import { ADMINS, DAY, between, peopleFactory } from './generator.js';
import type { Random } from './random.js';
import type { Json, RoleOption } from './wire.js';

export type ClerkStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface ClerkPublicUserData {
  user_id: string;
  first_name: string | null;
  last_name: string | null;
  image_url: string;
  has_image: boolean;
  identifier: string;
}

export interface ClerkInvitation {
  object: 'organization_invitation';
  id: string;
  email_address: string;
  role: string;
  role_name: string;
  organization_id: string;
  inviter_id: string | null;
  public_inviter_data: ClerkPublicUserData | null;
  status: ClerkStatus;
  public_metadata: Record<string, unknown>;
  private_metadata: Record<string, unknown>;
  url: string | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ClerkError {
  message: string;
  long_message: string;
  code: string;
  meta?: Record<string, unknown>;
}
export interface ClerkErrorBody {
  errors: ClerkError[];
  clerk_trace_id: string;
}

export const CLERK_ROLES: readonly RoleOption[] = [
  { value: 'org:admin', label: 'Admin', description: 'Manages the organization and its members' },
  { value: 'org:member', label: 'Member', description: 'Reads organization data' },
  { value: 'org:billing_manager', label: 'Billing manager', description: 'Manages billing and subscriptions' },
];
export const ROLE_NAMES = new Map(CLERK_ROLES.map((r) => [r.value, r.label]));
export const STATUSES: readonly ClerkStatus[] = ['pending', 'accepted', 'revoked', 'expired'];

/** The org's admins as Clerk users (fixed ids, so a test can pass one as `inviter_user_id`). */
export const CLERK_INVITERS = [
  { id: 'user_2u8jzPde0IgxLd6GncfBAepfJBd', ...ADMINS[0] },
  { id: 'user_20Kh8oOOL8dKLzdocJ2isAjIhKt', ...ADMINS[1] },
  { id: 'user_2J0RlgLKOmxgJTeKdNnFRIBXuDL', ...ADMINS[2] },
];

export function publicData(userId: string): ClerkPublicUserData | null {
  const user = CLERK_INVITERS.find((u) => u.id === userId);
  if (!user) return null;
  return {
    user_id: user.id,
    first_name: user.firstName,
    last_name: user.lastName,
    image_url: `https://img.clerk.com/avatar/${user.id}.png`,
    has_image: false,
    identifier: user.email,
  };
}

export const acceptUrl = (ticket: string, redirect?: string) =>
  `https://accounts.acme.example/sign-up?__clerk_ticket=${ticket}` +
  (redirect ? `&redirect_url=${encodeURIComponent(redirect)}` : '');

export function seed(random: Random, count: number, now: number, orgId: string): ClerkInvitation[] {
  const people = peopleFactory(random);
  const out: ClerkInvitation[] = [];
  for (let i = 0; i < count; i++) {
    const person = people.next();
    const status = random.weighted<ClerkStatus>([
      ['pending', 45],
      ['accepted', 30],
      ['revoked', 10],
      ['expired', 15],
    ]);
    const days =
      status === 'expired'
        ? random.pick([7, 30])
        : random.weighted([
            [30, 8],
            [7, 1],
            [90, 1],
          ]);
    const created =
      status === 'pending'
        ? between(random, now - Math.min(days, 90) * DAY * 0.97, now - 60_000)
        : status === 'expired'
          ? between(random, now - 90 * DAY, now - days * DAY - 60_000)
          : between(random, now - 90 * DAY, now - 60_000);
    const expires = created + days * DAY;
    const updated =
      status === 'pending'
        ? created
        : status === 'expired'
          ? expires
          : between(random, created, Math.min(now, expires));
    const inviter = random.chance(0.85) ? random.pick(CLERK_INVITERS) : undefined;
    const role = random.weighted<string>([
      ['org:member', 70],
      ['org:admin', 15],
      ['org:billing_manager', 15],
    ]);
    out.push({
      object: 'organization_invitation',
      id: `orginv_2${random.alnum(26)}`,
      email_address: person.email,
      role,
      role_name: ROLE_NAMES.get(role)!,
      organization_id: orgId,
      inviter_id: inviter?.id ?? null,
      public_inviter_data: inviter ? publicData(inviter.id) : null,
      status,
      public_metadata: random.chance(0.15) ? { team: random.pick(['design', 'sales', 'platform']) } : {},
      private_metadata: {},
      url: status === 'pending' ? acceptUrl(random.alnum(40)) : null,
      // A few accepted invitations from before expiry existed carry none.
      expires_at: status === 'accepted' && random.chance(0.1) ? null : expires,
      created_at: created,
      updated_at: updated,
    });
  }
  return out;
}

/** The Clerk error codes the emulator uses: HTTP status and short message (from Clerk's error index). */
export const CODES = {
  request_body_invalid: [400, 'Request body invalid'],
  bulk_size_exceeded: [400, 'bulk size exceeded'],
  organization_invitation_not_unique: [400, 'organization invitation not unique'],
  not_an_admin_in_organization: [403, 'not an admin'],
  resource_not_found: [404, 'not found'],
  organization_invitation_not_pending: [404, 'not pending'],
  too_many_requests: [429, 'Too many requests'],
  form_param_missing: [422, 'is missing'],
  form_param_unknown: [422, 'is unknown'],
  form_param_type_invalid: [422, 'is invalid'],
  form_param_format_invalid: [422, 'is invalid'],
  form_param_value_invalid: [422, 'is invalid'],
} as const satisfies Record<string, readonly [number, string]>;
export type ClerkCode = keyof typeof CODES;

export function errorBody(
  message: string,
  longMessage: string,
  code: string,
  random: Random,
  meta?: Json,
): ClerkErrorBody {
  return {
    errors: [{ message, long_message: longMessage, code, ...(meta && Object.keys(meta).length ? { meta } : {}) }],
    clerk_trace_id: random.hex(32),
  };
}
