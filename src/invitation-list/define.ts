// `invitation-elements/invitation-list/define`: registers <invitation-list> (and the built-in adapters by name) and
// exports its class.
import { registerBuiltinAdapters } from '../providers/providers.js';
import { InvitationList } from './invitation-list.js';

registerBuiltinAdapters();

// Browsers only. On a server (no `document`) it registers nothing, not even in the `customElements` stand-in that
// Lit's Node build installs: server renderers then leave the tag alone and the browser upgrades it.
if (
  typeof document !== 'undefined' &&
  typeof customElements !== 'undefined' &&
  !customElements.get('invitation-list')
) {
  InvitationList.define();
}

export { InvitationList };
