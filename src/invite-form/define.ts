// `invitation-elements/invite-form/define`: registers <invite-form> (and the built-in adapters by name) and exports
// its class.
import { registerBuiltinAdapters } from '../providers/providers.js';
import { InviteForm } from './invite-form.js';

registerBuiltinAdapters();

// Browsers only. On a server (no `document`) it registers nothing, not even in the `customElements` stand-in that
// Lit's Node build installs: server renderers then leave the tag alone and the browser upgrades it.
if (typeof document !== 'undefined' && typeof customElements !== 'undefined' && !customElements.get('invite-form')) {
  InviteForm.define();
}

export { InviteForm };
