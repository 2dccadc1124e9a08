// Next.js App Router: app/api/invitations/[[...path]]/route.ts — the page uses
// <invitation-list provider="clerk" endpoint="/api/invitations"> and <invite-form provider="clerk" endpoint="/api/invitations">.
import { createInvitationsHandler } from 'invitation-elements/server';
import { getSession } from './session.js';

const handler = createInvitationsHandler({
  provider: 'clerk',
  credentials: { secretKey: process.env.CLERK_SECRET_KEY! },
  // The organization comes from the session, never from the browser.
  organization: async (request) => (await getSession(request))?.organizationId,
  authorize: async ({ request, action }) => {
    const session = await getSession(request);
    return action === 'list' ? session !== undefined : session?.canManageInvitations === true;
  },
  // Set on the server: who invites, and which roles may be given.
  policy: async (request) => ({
    inviterUserId: (await getSession(request))?.userId,
    roles: ['org:member', 'org:admin'],
  }),
});

export { handler as GET, handler as POST };
