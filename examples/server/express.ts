// Express: the handler as middleware, mounted before or after express.json() (either works).
import express from 'express';
import { createInvitationsHandler, toNodeListener } from 'invitation-elements/server';
import { getSession } from './session.js';

const invitations = createInvitationsHandler({
  provider: 'auth0',
  credentials: {
    domain: process.env.AUTH0_DOMAIN!, // your-tenant.eu.auth0.com
    clientId: process.env.AUTH0_CLIENT_ID!, // a Machine-to-Machine application with the invitation scopes
    clientSecret: process.env.AUTH0_CLIENT_SECRET!,
  },
  organization: async (request) => (await getSession(request))?.organizationId,
  authorize: async ({ request, action }) => {
    const session = await getSession(request);
    return action === 'list' ? session !== undefined : session?.canManageInvitations === true;
  },
  policy: async (request) => ({
    clientId: process.env.AUTH0_APP_CLIENT_ID, // the application the invitation link opens
    inviterName: (await getSession(request))?.userName,
  }),
  onAudit: (event) => console.info('invitations', event.action, event.organization, event.outcome, event.status),
});

const app = express();
app.use(toNodeListener(invitations)); // /api/invitations/…; every other path goes on to next()
app.use(express.static('public'));

export default app; // app.listen(3000)
