// The side-effect entry: registers the built-in adapters by name and both tags. Browsers only: on a server (no
// `document`) it registers nothing, not even in the `customElements` stand-in that Lit's Node build installs, so
// importing it during server-side rendering never throws and the browser upgrades the tags later.
import './builtin-adapters.js';
import { InvitationList } from './elements/invitation-list/invitation-list.js';
import { InviteForm } from './elements/invite-form/invite-form.js';

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') {
  if (!customElements.get('invitation-list')) InvitationList.define();
  if (!customElements.get('invite-form')) InviteForm.define();
}

export * from './index.js';
