// `invitation-elements/invite-form`: the <invite-form> class alone. No side effects: nothing is registered
// (`InviteForm.define()` or `invitation-elements/invite-form/define` does it).
export { InviteForm, type RoleLoader } from './invite-form.js';
