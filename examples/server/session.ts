/**
 * Your app's session, as the examples use it: who is signed in, in which of the provider's organizations, and
 * whether they may manage its invitations. Replace `getSession` with your auth library's lookup (Auth.js `auth()`,
 * Clerk's `auth()`, a session cookie your app checks, …). The examples' tests (test/server/examples.test.ts) stand
 * in for it.
 */
export interface Session {
  userId: string;
  userName: string;
  /** The provider's id of the organization this user works in: Auth0 and Clerk `org_…`, Upsun's ULID. */
  organizationId: string;
  /** Whether this user may invite and revoke (listing only needs a session). */
  canManageInvitations: boolean;
}

export declare function getSession(request: Request): Promise<Session | undefined>;
