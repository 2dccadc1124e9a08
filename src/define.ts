// The side-effect entry: registers the built-in adapters by name and both tags. A no-op where there is no
// `customElements` (server-side rendering), so importing it on the server never throws.
import { registerAdapter } from './providers/adapter.js';
import { auth0Adapter } from './providers/auth0.js';
import { clerkAdapter } from './providers/clerk.js';
import { upsunAdapter } from './providers/upsun.js';
import { InvitationList } from './elements/invitation-list/invitation-list.js';
import { InviteForm } from './elements/invite-form/invite-form.js';

registerAdapter('auth0', auth0Adapter);
registerAdapter('clerk', clerkAdapter);
registerAdapter('upsun', upsunAdapter);

if (typeof customElements !== 'undefined') {
  if (!customElements.get('invitation-list')) InvitationList.define();
  if (!customElements.get('invite-form')) InviteForm.define();
}

export * from './index.js';
