// Plain Node: the handler behind http.createServer.
import { createServer } from 'node:http';
import { createInvitationsHandler, toNodeListener } from 'invitation-elements/server';
import { getSession } from './session.js';

const invitations = createInvitationsHandler({
  provider: 'upsun',
  credentials: { apiToken: process.env.UPSUN_API_TOKEN! },
  organization: async (request) => (await getSession(request))?.organizationId,
  authorize: async ({ request, action }) => {
    const session = await getSession(request);
    return action === 'list' ? session !== undefined : session?.canManageInvitations === true;
  },
});

export const server = createServer(toNodeListener(invitations)); // server.listen(3000)
