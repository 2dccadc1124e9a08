/**
 * The stand-in for the examples' `getSession` (examples/server/session.ts): the user named by an `x-test-user`
 * header — a manager, a viewer, or nobody. Only the examples' tests use it; a real app reads its own session.
 */
import type { Session } from '../../examples/server/session.js';
import { ORGS } from './support.js';

export async function getSession(request: Request): Promise<Session | undefined> {
  const who = request.headers.get('x-test-user');
  if (who !== 'manager' && who !== 'viewer') return undefined;
  // the organization of whichever emulator the example talks to: the Upsun one is a ULID, the others org_demo
  const organizationId = process.env.EXAMPLE_PROVIDER === 'upsun' ? ORGS.upsun : ORGS.auth0;
  return who === 'manager'
    ? { userId: process.env.EXAMPLE_MANAGER_ID!, userName: 'Manny Manager', organizationId, canManageInvitations: true }
    : { userId: 'user_viewer', userName: 'Vera Viewer', organizationId, canManageInvitations: false };
}
