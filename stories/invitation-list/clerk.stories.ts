import type { Meta } from '@storybook/web-components-vite';
import { listMeta, listStories, type ListArgs, type ListStory } from '../support/list.js';

/** `<invitation-list>` on the Clerk emulator: numbered pages with totals, status filter and exact-address search on the server, sort by date or email, revoke (POST …/revoke). */
const meta = {
  ...listMeta('clerk'),
  title: 'invitation-list/Clerk',
} satisfies Meta<ListArgs>;
export default meta;

const stories = listStories('clerk');

/** 120 invitations, 10 a page. */
export const Populated: ListStory = stories.Populated;

/** The first page never arrives: skeleton rows, the table busy. */
export const Loading: ListStory = stories.Loading;

/** No invitations at all. */
export const Empty: ListStory = stories.Empty;

/** Filters that match nothing, with “Clear filters”. */
export const FilteredToEmpty: ListStory = { ...stories.FilteredToEmpty, name: 'Filtered to empty' };

/** The server answers 503 once: the error, and a Retry that works. */
export const ErrorWithRetry: ListStory = { ...stories.ErrorWithRetry, name: 'Error with retry' };

/** The server answers 429 with Retry-After: 30. */
export const RateLimited: ListStory = { ...stories.RateLimited, name: 'Rate limited (429)' };

/** Revoke asks first: the inline confirmation, focused. */
export const RevokeConfirming: ListStory = stories.RevokeConfirming;

/** The server refuses the revoke (403): the row comes back with a notice. */
export const RevokeFailedRolledBack: ListStory = {
  ...stories.RevokeFailedRolledBack,
  name: 'Revoke failed, rolled back',
};

/** Revoke, confirm: the row goes (or turns revoked) and the change is announced. */
export const FlowRevoke: ListStory = { ...stories.FlowRevoke, name: 'Flow: revoke' };

/** Next page and back again. */
export const FlowPageForwardAndBack: ListStory = {
  ...stories.FlowPageForwardAndBack,
  name: 'Flow: page forward and back',
};

/** Oldest first, then pending only, then one address where the provider can search. */
export const FlowSortAndFilter: ListStory = { ...stories.FlowSortAndFilter, name: 'Flow: sort and filter' };
