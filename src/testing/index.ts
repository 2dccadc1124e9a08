// `invitation-elements/testing`: what a host's tests and a custom adapter's author import. The adapter contract suite
// (any runner with describe/it), a scripted fetcher to feed it, and a harness per element that reads and drives it as
// a person would. No side effects; nothing here is needed at run time.
export {
  adapterContract,
  contractQuery,
  CONTRACT_NOW,
  type AdapterFixture,
  type ExpectedRequest,
  type PageInfo,
  type Runner,
  type WireReply,
} from './contract.js';
export { scriptedFetcher, queryOf, pathOf, type Exchange, type Reply } from './fetcher.js';
export { AssertionError } from './assert.js';
export { until, nextEvent, textOf, ShadowQueries, type UntilOptions } from './dom.js';
export { InvitationListHarness } from '../invitation-list/harness.js';
export { InviteFormHarness } from '../invite-form/harness.js';
