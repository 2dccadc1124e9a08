// `invitation-elements/invitation-list`: the <invitation-list> class alone. No side effects: nothing is registered
// (`InvitationList.define()` or `invitation-elements/invitation-list/define` does it).
export { InvitationList } from './invitation-list.js';
