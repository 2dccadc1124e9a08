/**
 * A test harness of `<invitation-list>` (in the manner of material-web's `harness.ts`): reads what the list shows and
 * waits for what it does, by its parts and roles, without a test framework. The element tests, the hardening suites
 * and the Storybook play functions use it; so can a host's own tests (`invitation-elements/testing`).
 */
import type { InvitationErrorEvent, InvitationLoadedEvent } from '../events.js';
import { nextEvent, ShadowQueries, textOf } from '../testing/dom.js';
import type { InvitationList } from './invitation-list.js';

export class InvitationListHarness extends ShadowQueries {
  declare readonly element: InvitationList;

  constructor(element: InvitationList) {
    super(element);
  }

  /** The invitation rows on screen (skeleton rows are not). */
  rows(): HTMLTableRowElement[] {
    return this.$$<HTMLTableRowElement>('tbody tr[data-id]');
  }

  /** The email of each row, in order (without a row's "New" mark). */
  emails(): string[] {
    return this.rows().map((row) => InvitationListHarness.emailOf(row));
  }

  /** The email a row shows (without its "New" mark). */
  static emailOf(row: HTMLTableRowElement): string {
    const cell = row.querySelector('[part~="cell-email"]');
    const text = [...(cell?.childNodes ?? [])].filter((n) =>
      n instanceof Element ? !n.matches('[part="new-mark"]') : n.nodeType === Node.TEXT_NODE,
    );
    return text
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** The row of the invitation with this id. */
  row(id: string): HTMLTableRowElement | null {
    return this.$<HTMLTableRowElement>(`tr[data-id="${CSS.escape(id)}"]`);
  }

  /** A row's action button: `revoke`, `confirm`, `cancel`, `resend` or `copy`. */
  action(id: string, name: string): HTMLButtonElement | null {
    return this.row(id)?.querySelector<HTMLButtonElement>(`[data-action="${name}"]`) ?? null;
  }

  /** A row's checkbox (a `selectable` list; revocable rows only). */
  checkbox(id: string): HTMLInputElement | null {
    return this.row(id)?.querySelector<HTMLInputElement>('[part="select-row"]') ?? null;
  }

  /** The ids of the rows on screen whose checkbox is checked, in order. */
  selectedIds(): string[] {
    return this.rows()
      .filter((row) => row.querySelector<HTMLInputElement>('[part="select-row"]')?.checked)
      .map((row) => row.dataset.id!);
  }

  /** A button of the bulk bar: `revoke`, `resend`, `clear`, `confirm`, `cancel` or `stop`. */
  bulkAction(name: string): HTMLButtonElement | null {
    return this.$<HTMLButtonElement>(`[part="bulk-bar"] [data-bulk="${name}"]`);
  }

  /** What a bulk run did to a row, as it shows it ("Revoked", "Not revoked: …"), or null. */
  rowOutcome(id: string): string | null {
    const outcome = this.row(id)?.querySelector('[part~="outcome"]');
    return outcome ? textOf(outcome) : null;
  }

  /** The next `invitation-loaded`, once the element has finished the update it came with. */
  async loaded(): Promise<InvitationLoadedEvent> {
    const event = await nextEvent<InvitationLoadedEvent>(this.element, 'invitation-loaded');
    await this.element.updateComplete;
    return event;
  }

  /** The next load's outcome: `invitation-loaded` or `invitation-error`, whichever comes first. */
  outcome(timeout = 3000): Promise<InvitationLoadedEvent | InvitationErrorEvent> {
    const el = this.element;
    return new Promise((resolve, reject) => {
      const done = (event: Event) => {
        stop();
        resolve(event as InvitationLoadedEvent | InvitationErrorEvent);
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no outcome within ${timeout} ms`));
      }, timeout);
      const stop = () => {
        clearTimeout(timer);
        el.removeEventListener('invitation-loaded', done);
        el.removeEventListener('invitation-error', done);
      };
      el.addEventListener('invitation-loaded', done);
      el.addEventListener('invitation-error', done);
    });
  }

  /** Lets pending promises, task runs and updates settle (`rounds` macrotasks, each followed by an update). */
  async settle(rounds = 3): Promise<void> {
    for (let i = 0; i < rounds; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await this.element.updateComplete;
    }
  }
}
