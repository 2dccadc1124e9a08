// Hono (Cloudflare Workers, Bun, Deno, Node): one handler per isolate, made on the first request from the
// environment's secrets, so its token cache lives as long as the isolate.
import { Hono } from 'hono';
import { createInvitationsHandler } from 'invitation-elements/server';
import { getSession } from './session.js';

type Env = { UPSUN_API_TOKEN: string };

let invitations: ((request: Request) => Promise<Response>) | undefined;

const app = new Hono<{ Bindings: Env }>();
app.all('/api/invitations/*', (c) => {
  invitations ??= createInvitationsHandler({
    provider: 'upsun',
    credentials: { apiToken: c.env.UPSUN_API_TOKEN },
    organization: async (request) => (await getSession(request))?.organizationId,
    authorize: async ({ request, action }) => {
      const session = await getSession(request);
      return action === 'list' ? session !== undefined : session?.canManageInvitations === true;
    },
    policy: { roles: ['viewer', 'billing', 'members'] },
  });
  return invitations(c.req.raw);
});

export default app; // Workers, Bun and Deno serve app.fetch
