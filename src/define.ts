// The side-effect entry: registers the built-in adapters by name, and both tags. The tags in browsers only: on a
// server (no `document`) no tag is registered, not even in the `customElements` stand-in that Lit's Node build
// installs, so importing it during server-side rendering never throws and the browser upgrades the tags later.
import { registerBuiltinAdapters } from './providers/providers.js';
import { InvitationList } from './invitation-list/invitation-list.js';
import { InviteForm } from './invite-form/invite-form.js';

registerBuiltinAdapters();

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  if (!customElements.get('invitation-list')) InvitationList.define();
  if (!customElements.get('invite-form')) InviteForm.define();
}

export * from './index.js';
