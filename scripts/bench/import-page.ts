/**
 * In-page half of the CSV import bench (`npm run bench -- --only import`): a 1,000-row file chosen in
 * `<invite-form>`'s "Import CSV" input, timed to the preview on screen and to every row on screen, with the
 * main-thread long tasks (PerformanceObserver `longtask`, tasks over 50 ms) in between; and the baseline: the same
 * file read and parsed by hand (split on lines and commas) into a plain document.createElement table.
 */
import { InviteForm } from '../../src/invite-form/invite-form.js';
import type { Invitation } from '../../src/model.js';
import type { InvitationAdapter } from '../../src/providers/adapter.js';
import { clerkAdapter } from '../../src/providers/clerk.js';

if (!customElements.get('invite-form')) InviteForm.define();

const stage = document.getElementById('stage')!;
const ROLES = ['org:admin', 'org:member', 'Billing manager'];
const options = [
  { value: 'org:admin', label: 'Admin' },
  { value: 'org:member', label: 'Member' },
  { value: 'org:billing_manager', label: 'Billing manager' },
];

/** A CSV file of `rows` rows: a header, then address and role (by value or label), a few rows with problems. */
export function csvFile(rows: number): File {
  const lines = ['email,role'];
  for (let i = 0; i < rows; i++) {
    lines.push(i % 97 === 5 ? `not-an-address-${i},org:member` : `person.number${i}@example.com,${ROLES[i % 3]}`);
  }
  return new File([lines.join('\r\n')], 'people.csv', { type: 'text/csv' });
}

/** Clerk's capabilities and roles; nothing is sent in this bench. */
const adapter: InvitationAdapter = {
  ...clerkAdapter,
  name: 'bench',
  create: async (drafts) =>
    drafts.map((d, i) => ({ id: `i${i}`, email: d.email, status: 'pending', roles: d.roles }) as Invitation),
};

export interface ImportTiming {
  /** File chosen → the preview's first rows laid out (ms). */
  preview: number;
  /** File chosen → every row in the table (ms). */
  allRows: number;
  /** Long tasks (over 50 ms) between the file chosen and every row shown. */
  longTasks: number;
  /** The longest of them (ms; 0 when none). */
  longestTask: number;
}

/** Watches long tasks from now on; `stop()` gives what it saw (after one more task, so the last one is reported). */
function watchLongTasks() {
  const seen: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.duration)));
  observer.observe({ type: 'longtask' });
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    seen.push(...observer.takeRecords().map((e) => e.duration));
    observer.disconnect();
    return { longTasks: seen.length, longestTask: Math.max(0, ...seen) };
  };
}

/** Resolves at the first mutation of `root` after which `test()` holds (checked at once, too). */
function when(root: Node, test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** `<invite-form>`: the file chosen in its input → the preview → every row. */
export async function importInForm(rows: number): Promise<ImportTiming> {
  const el = document.createElement('invite-form');
  el.adapter = adapter;
  el.endpoint = 'https://bench.test/invitations';
  el.roles = options;
  stage.append(el);
  await el.updateComplete;
  const root = el.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('#import-input')!;
  const data = new DataTransfer();
  data.items.add(csvFile(rows));
  const stop = watchLongTasks();
  const start = performance.now();
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await when(root, () => !!root.querySelector('[part~="preview-row"]'));
  void root.querySelector<HTMLElement>('[part="preview"]')!.offsetHeight; // style and layout, now
  const preview = performance.now() - start;
  await when(root, () => root.querySelectorAll('[part~="preview-row"]').length === rows);
  void root.querySelector<HTMLElement>('[part="preview"]')!.offsetHeight;
  const allRows = performance.now() - start;
  const tasks = await stop();
  el.remove();
  return { preview, allRows, ...tasks };
}

/** The baseline: the file read, split by hand and put in a plain table, all rows at once. */
export async function importByHand(rows: number): Promise<ImportTiming> {
  const file = csvFile(rows);
  const stop = watchLongTasks();
  const start = performance.now();
  const text = await file.text();
  const table = document.createElement('table');
  const body = table.createTBody();
  const [, ...records] = text.split(/\r?\n/).map((line) => line.split(','));
  records.forEach(([email, role], i) => {
    const tr = body.insertRow();
    for (const value of [String(i + 2), email, role, email.includes('@') ? 'Ready' : 'Not a valid address']) {
      tr.insertCell().textContent = value;
    }
  });
  stage.append(table);
  void table.offsetHeight;
  const preview = performance.now() - start;
  const tasks = await stop();
  table.remove();
  return { preview, allRows: preview, ...tasks };
}
