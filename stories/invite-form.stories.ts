import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { kitOf, memberRole } from './support/emulator.js';
import {
  addresses,
  chooseMember,
  formMeta,
  paste,
  posts,
  submit,
  type FormArgs,
  type FormStory,
} from './support/form.js';
import { expectNarrowViewport, expectNoHorizontalScroll, formIn, lastDetail, until } from './support/play.js';

/**
 * `<invite-form>` on the built-in emulator of a provider (the `provider` control): the docs page (generated from
 * custom-elements.json), a playground, and one story per state and flow. Stories tagged `every-provider` are
 * checked on each provider of the provider table by `npm run test:storybook` and by the story tests; their play
 * functions expect the fields the provider's adapter offers (`capabilities.create`) and its bulk size.
 */
const meta = {
  ...formMeta('auth0'),
  title: 'invite-form',
  tags: ['autodocs'],
} satisfies Meta<FormArgs>;
export default meta;

/** Every attribute is a control; `provider`, `latency` and `faults` set up the emulator. */
export const Playground: FormStory = {
  play: async ({ canvasElement }) => {
    await expect(formIn(canvasElement).part('form')).toBeVisible();
  },
};

/** The empty form, with the fields this provider takes. */
export const Ready: FormStory = {
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const create = kitOf(args.provider).capabilities.create;
    const s = formIn(canvasElement);
    await expect(s.emailInput()).toBeVisible();
    await expect(s.$('#role-select') !== null, 'one role, as a select').toBe(create.roles.max === 1);
    await expect(s.part('expiry') !== null, 'expiry').toBe(!!create.expiry);
    await expect(s.part('send-email') !== null, 'send-email').toBe(create.sendEmail);
    await expect(s.part('force') !== null, 'force').toBe(create.force);
    await expect(s.part('submit')).toHaveTextContent('Send invitation');
  },
};

/**
 * Submitted with a malformed and a repeated address (and, where a role is required and the provider has no default
 * one, no role): nothing is sent.
 */
export const Invalid: FormStory = {
  name: 'Form invalid',
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const s = formIn(canvasElement);
    await paste(s, ['ada@example', 'grace@example.com', 'grace@example.com']);
    await submit(s);
    const errors = await until(() => s.part('field-error'));
    await expect(errors).toHaveTextContent('ada@example is not a valid email address.');
    await expect(errors).toHaveTextContent('grace@example.com is listed twice.');
    await expect(s.emailInput()).toHaveAttribute('aria-invalid', 'true');
    await expect(s.parts('chip-invalid')).toHaveLength(2);
    await until(() => expect(s.focused(), 'focus goes to the first field in error').toBe(s.emailInput()));
    const { roles } = kitOf(args.provider).capabilities.create;
    if (roles.min >= 1 && !roles.default) {
      await expect(s.root.textContent).toContain('Choose a role.');
    }
    await expect(args.onInvitationCreate).not.toHaveBeenCalled();
    await expect(posts(s)).toHaveLength(0);
  },
};

/** `allowed-domains`: an address elsewhere is refused on its chip, before anything is sent. */
export const AllowedDomains: FormStory = {
  name: 'Allowed domains',
  tags: ['every-provider'],
  args: { 'allowed-domains': 'example.com' },
  play: async ({ canvasElement, args }) => {
    const s = formIn(canvasElement);
    await paste(s, ['ada@example.com', 'eve@evil.test']);
    await submit(s);
    const errors = await until(() => s.part('field-error'));
    await expect(errors).toHaveTextContent('eve@evil.test: invitations go to example.com addresses only.');
    await expect(s.parts('chip-invalid')).toHaveLength(1);
    await expect(s.parts('chip-invalid')[0]).toHaveTextContent('not an allowed domain');
    await expect(args.onInvitationCreate).not.toHaveBeenCalled();
    await expect(posts(s)).toHaveLength(0);
  },
};

/** A submission under way: progress, "Stop sending", the fields locked (the next request never answers). */
export const Submitting: FormStory = {
  tags: ['every-provider'],
  args: { holdMethod: 'POST', holdAfter: 1, timeout: 0 },
  play: async ({ canvasElement, args }) => {
    const bulk = kitOf(args.provider).capabilities.bulkSize;
    const s = formIn(canvasElement);
    const emails = addresses(bulk + 2);
    await paste(s, emails);
    await chooseMember(s);
    await submit(s);
    const progress = await until(() => s.part('progress'));
    // the first request (of `bulk` addresses) went; the next one never answers
    await until(() => expect(progress).toHaveTextContent(`Sending ${bulk + 1} of ${emails.length}…`));
    await expect(s.part('stop')).toHaveTextContent('Stop sending');
    await expect(s.part('submit')).toHaveAttribute('aria-busy', 'true');
    await expect(s.$('fieldset.fields')).toBeDisabled();
  },
};

/**
 * The server answers the first request 429 (Retry-After: 2): the refused addresses stay in the field (a create is
 * never sent twice), the form counts down, then sends the next request.
 */
export const RateLimited: FormStory = {
  name: 'Rate limited (429)',
  tags: ['every-provider'],
  args: { faults: [{ kind: 'rate-limit', retryAfter: 2, route: 'create' }] },
  play: async ({ canvasElement, args }) => {
    const bulk = kitOf(args.provider).capabilities.bulkSize;
    const s = formIn(canvasElement);
    const emails = addresses(bulk + 1, 'patient');
    const refused = emails.slice(0, bulk);
    await paste(s, emails);
    await chooseMember(s);
    await submit(s);
    const timer = await until(() => s.$('[role="timer"]'));
    await expect(timer).toHaveTextContent(/Sending resumes in [12] s…/);
    await expect(s.announcement()).toContain('The server asks to slow down');
    await until(() => expect(posts(s)).toHaveLength(2));
    await until(() => expect(s.part('submit')).toHaveAttribute('aria-busy', 'false'));
    await expect(s.chips(), 'the refused addresses stay').toEqual(refused);
    await expect(lastDetail<{ invitations: unknown[] }>(args.onInvitationCreated).invitations).toHaveLength(1);
  },
};

/**
 * The first request fails (a 400 in the provider's own error shape); the others go. What was sent leaves the field;
 * what was not stays, marked, with the reason.
 */
export const PartialFailure: FormStory = {
  name: 'Partial failure',
  tags: ['every-provider'],
  args: { faults: [{ kind: 'status', status: 400, route: 'create' }] },
  play: async ({ canvasElement, args }) => {
    const bulk = kitOf(args.provider).capabilities.bulkSize;
    const s = formIn(canvasElement);
    const emails = addresses(bulk + 2, 'partial');
    await paste(s, emails);
    await chooseMember(s);
    await submit(s);
    const failed = bulk;
    await until(() =>
      expect(s.part('error')).toHaveTextContent(
        `${failed} of ${emails.length} invitations could not be sent. The addresses not sent are still in the field.`,
      ),
    );
    const results = s.part('results')!;
    await expect(results.querySelectorAll('li[data-state="sent"]')).toHaveLength(emails.length - failed);
    await expect(results.querySelectorAll('li[data-state="failed"]')).toHaveLength(failed);
    await expect(s.chips()).toEqual(emails.slice(0, failed));
    await expect(posts(s)).toHaveLength(bulk > 1 ? 2 : emails.length);
    await expect(args.onInvitationCreated).toHaveBeenCalledTimes(1);
    await expect(args.onInvitationError).toHaveBeenCalledTimes(1);
  },
};

/** Flow: invite one person with a role; the request carries what the form says. */
export const FlowInviteOne: FormStory = {
  name: 'Flow: invite one (success)',
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const s = formIn(canvasElement);
    const email = 'new.colleague@example.org';
    await userEvent.type(s.emailInput(), email);
    const role = await chooseMember(s);
    await submit(s);
    await until(() => expect(s.announcement()).toContain(`Invitation sent to ${email}`));
    await expect(s.chips(), 'the field is empty again').toEqual([]);
    await expect(lastDetail<{ invitations: { email: string }[] }>(args.onInvitationCreated).invitations).toEqual([
      expect.objectContaining({ email }),
    ]);
    const [request] = posts(s);
    await expect(JSON.stringify(request.body)).toContain(email);
    if (role) await expect(JSON.stringify(request.body)).toContain(role.value);
  },
};

/** Flow: paste several addresses and send them all (in bulk where the provider can, else one by one). */
export const FlowInviteMany: FormStory = {
  name: 'Flow: invite many (success)',
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const bulk = kitOf(args.provider).capabilities.bulkSize;
    const s = formIn(canvasElement);
    const emails = addresses(5, 'team');
    await paste(s, emails);
    await chooseMember(s);
    await expect(s.part('submit')).toHaveTextContent('Send 5 invitations');
    await submit(s);
    await until(() => expect(s.announcement()).toContain('5 invitations sent'));
    await expect(s.part('results')!.querySelectorAll('li[data-state="sent"]')).toHaveLength(5);
    await expect(posts(s)).toHaveLength(Math.ceil(5 / bulk));
    await expect(lastDetail<{ invitations: unknown[] }>(args.onInvitationCreated).invitations).toHaveLength(5);
  },
};

/** Clerk requires one role: the form starts on the organization's default one, `org:member`, and sends it. */
export const DefaultRole: FormStory = {
  name: 'Default role (Clerk)',
  args: { provider: 'clerk' },
  play: async ({ canvasElement }) => {
    const s = formIn(canvasElement);
    const select = s.$<HTMLSelectElement>('#role-select')!;
    await expect(select.value).toBe('org:member');
    await userEvent.type(s.emailInput(), 'new.member@example.org');
    await submit(s);
    await until(() => expect(s.announcement()).toContain('Invitation sent to new.member@example.org'));
    await expect(posts(s).map((r) => (r.body as { role: string }).role)).toEqual(['org:member']);
  },
};

/** With many roles to give (here 12 Auth0 roles), a multiple select instead of a tall stack of checkboxes. */
export const ManyRoles: FormStory = {
  name: 'Many roles (Auth0)',
  args: { provider: 'auth0' },
  play: async ({ canvasElement }) => {
    const s = formIn(canvasElement);
    s.el.roles = Array.from({ length: 12 }, (_, i) => ({ value: `rol_${i}`, label: `Team ${i + 1}` }));
    const select = await until(() => {
      const found = s.$<HTMLSelectElement>('#role-multi');
      expect(found).not.toBeNull();
      return found!;
    });
    await expect(select.multiple).toBe(true);
    await expect(select.options).toHaveLength(12);
    await expect(s.parts('roles')[0]).toHaveTextContent('Hold Ctrl (⌘ on a Mac) to choose several.');
  },
};

/** `compact`: emails, role and send on one line (≥ 640 px); the expiry and email choices under "More options". */
export const Compact: FormStory = {
  tags: ['every-provider'],
  args: { compact: true },
  play: async ({ canvasElement, args }) => {
    const s = formIn(canvasElement);
    const create = kitOf(args.provider).capabilities.create;
    const more = s.part<HTMLDetailsElement>('more-options')!;
    await expect(more.open).toBe(false);
    await expect(more.querySelector('summary')).toHaveTextContent('More options');
    await expect(more.querySelector('[part="expiry"]') !== null).toBe(!!create.expiry);
    const input = s.emailInput().getBoundingClientRect();
    const send = s.submitButton().getBoundingClientRect();
    if (canvasElement.getBoundingClientRect().width >= 640) {
      await expect(Math.abs(send.top - input.top), 'send level with the emails').toBeLessThan(12);
    }
  },
};

/** No `provider` and no `endpoint`: the configuration error, instead of fields. */
export const Misconfigured: FormStory = {
  render: () => html`<invite-form></invite-form>`,
  play: async ({ canvasElement }) => {
    await expect(formIn(canvasElement).part('error')).toHaveTextContent('No provider is set.');
  },
};

/** Auth0 without `client-id` and `inviter-name`: the form names the attributes it needs. */
export const MissingAuth0Attributes: FormStory = {
  name: 'Auth0 without client-id and inviter-name',
  args: { provider: 'auth0', 'client-id': '', 'inviter-name': '' },
  play: async ({ canvasElement }) => {
    const error = formIn(canvasElement).part('error');
    await expect(error).toHaveTextContent('inviter-name');
    await expect(error).toHaveTextContent('client-id');
  },
};

/** One of the Upsun emulator's pending invitations. */
const upsunPending = (s: ReturnType<typeof formIn>) =>
  s
    .emulator()
    .store.all()
    .find((raw) => (raw as { state?: string }).state === 'pending') as { email: string };

/** The pending invitations are looked up as addresses are typed: one already invited is marked before anything is sent. */
export const UpsunAlreadyInvited: FormStory = {
  name: 'Upsun: already invited, caught before sending',
  args: { provider: 'upsun', count: 45 },
  play: async ({ canvasElement }) => {
    const s = formIn(canvasElement);
    const pending = upsunPending(s);
    await paste(s, [pending.email, 'new.person@example.org']);
    await chooseMember(s);
    await until(() =>
      expect(s.part('field-error')).toHaveTextContent('This address already has a pending invitation.'),
    );
    await expect(s.part('resend-instead')).toHaveTextContent('Resend instead');
  },
};

/** "Resend instead" chosen: the address stays, and its pending invitation will be replaced (Upsun `force`). */
export const UpsunResendInstead: FormStory = {
  name: 'Upsun: resend instead',
  args: { provider: 'upsun', count: 45 },
  play: async (context) => {
    await UpsunAlreadyInvited.play!(context);
    const s = formIn(context.canvasElement);
    await userEvent.click(s.part('resend-instead')!);
    await until(() => expect(s.part('replacing')).toHaveTextContent('will be replaced by this one'));
    await expect(s.$('[part~="chip-invalid"]')).toBeNull();
  },
};

/** With `no-conflict-check`, Upsun's own 409 names the address, with the same fix and the "Resend if already invited" hint. */
export const UpsunAlreadyInvitedAfterSending: FormStory = {
  name: 'Upsun: already invited, said by the server',
  args: { provider: 'upsun', count: 45, 'no-conflict-check': true },
  play: async ({ canvasElement }) => {
    const s = formIn(canvasElement);
    const pending = upsunPending(s);
    await paste(s, [pending.email]);
    await chooseMember(s);
    await submit(s);
    await until(() => expect(s.part('force')).toHaveTextContent('Tick “Resend if already invited” to replace it.'));
    await expect(s.part('field-error')).toHaveTextContent('This address already has a pending invitation.');
    await expect(s.chips()).toEqual([pending.email]);
  },
};

/** `members` given: a member's address is refused on its chip, before any request. */
export const AlreadyAMember: FormStory = {
  name: 'Already a member',
  args: { provider: 'clerk', members: ['ada@example.org'] },
  play: async ({ canvasElement }) => {
    const s = formIn(canvasElement);
    await paste(s, ['Ada@example.org']);
    await until(() => expect(s.part('field-error')).toHaveTextContent('This address already belongs to a member.'));
  },
};

/**
 * CSV import: a file's rows in the preview, before anything is sent — each row's role (by label or value), and what
 * keeps two rows from being sent (not an address, listed twice).
 */
export const ImportPreview: FormStory = {
  name: 'CSV import: preview',
  tags: ['every-provider'],
  play: async ({ canvasElement, args }) => {
    const s = formIn(canvasElement);
    const role = memberRole(s.emulator());
    const file = [
      'email,role',
      `ada@example.org,${role.label}`,
      `grace@example.org,${role.value}`,
      `not-an-address,${role.value}`,
      `ADA@example.org,${role.label}`,
    ];
    await s.importFile(file.join('\r\n'), 'team.csv');
    await expect(s.importSummary()).toBe('4 rows: 2 ready, 2 with problems. Rows with problems are not sent.');
    await expect(s.previewRows().map((r) => `${r.line} ${r.state} ${r.status}`)).toEqual([
      '2 ready Ready',
      '3 ready Ready',
      '4 problem Not a valid address',
      '5 problem Listed before, on row 2',
    ]);
    await expect(s.previewRows()[0].role).toBe(role.label);
    await expect(s.part('import-send')).toHaveTextContent('Send 2 invitations');
    await until(() => expect(s.focusName()).toBe('#import-summary'));
    await expect(args.onInvitationCreate).not.toHaveBeenCalled();
    await expect(posts(s)).toHaveLength(0);
  },
};

/**
 * CSV import, sent: the first request fails (a 400), so its rows stay in the table with the reason, and download as
 * CSV; the rows sent have left.
 */
export const ImportResults: FormStory = {
  name: 'CSV import: results with failed rows',
  tags: ['every-provider'],
  args: { faults: [{ kind: 'status', status: 400, route: 'create' }] },
  play: async ({ canvasElement, args }) => {
    const bulk = kitOf(args.provider).capabilities.bulkSize;
    const s = formIn(canvasElement);
    const role = memberRole(s.emulator());
    const emails = addresses(bulk + 1, 'imported');
    await s.importFile(emails.map((e) => `${e},${role.value}`).join('\n'), 'team.csv');
    await userEvent.click(s.part('import-send')!);
    const link = await until(() => s.part('download-failed'));
    await expect(s.previewRows().map((r) => `${r.email} ${r.state}`)).toEqual(
      emails.slice(0, bulk).map((e) => `${e} failed`),
    );
    await expect(s.importSummary()).toContain(
      `1 invitation sent; ${bulk === 1 ? '1 row' : `${bulk} rows`} not sent, listed below.`,
    );
    await expect(link).toHaveAttribute('download', 'team-not-sent.csv');
    await expect((await s.failedCsv())!.split('\r\n')[0]).toBe('email,role,error');
    await expect(posts(s)).toHaveLength(2);
    await expect(args.onInvitationCreated).toHaveBeenCalledTimes(1);
    await expect(args.onInvitationError).toHaveBeenCalledTimes(1);
  },
};

/** CSV import: a file dragged over the form — the drop zone says it takes it (dropping opens the preview). */
export const ImportDragOver: FormStory = {
  name: 'CSV import: file dragged over',
  play: async ({ canvasElement }) => {
    const s = formIn(canvasElement);
    const data = new DataTransfer();
    data.items.add(new File(['ada@example.org,admin'], 'team.csv', { type: 'text/csv' }));
    s.$('form')!.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    const zone = await until(() => s.part('drop-zone'));
    await expect(zone).toHaveTextContent('Drop the file to import its rows');
  },
};

/** CSV import: a file that cannot be imported (here, not text) — the message says why; the field is as it was. */
export const ImportRefused: FormStory = {
  name: 'CSV import: file refused',
  play: async ({ canvasElement, args }) => {
    const s = formIn(canvasElement);
    await paste(s, ['kept@example.org']);
    await s.importFile('\u0089PNG\r\n\u001a\n\u0000\u0000', 'photo.png', 'image/png');
    await expect(s.part('import-error')).toHaveTextContent('This is not a CSV or text file.');
    await expect(s.chips()).toEqual(['kept@example.org']);
    await expect(args.onInvitationCreate).not.toHaveBeenCalled();
  },
};

/** Flow: stop a long submission; what was not sent stays in the field. */
export const FlowStopSending: FormStory = {
  name: 'Flow: stop sending',
  args: { holdMethod: 'POST', holdAfter: 1, timeout: 0 },
  play: async ({ canvasElement, args }) => {
    const s = formIn(canvasElement);
    const emails = ['first@example.org', 'second@example.org', 'third@example.org'];
    await s.paste(emails.join('\n'));
    await submit(s);
    await until(() => expect(s.part('progress')).toHaveTextContent('Sending 2 of 3…'));
    await userEvent.click(s.part('stop')!);
    await until(() => expect(s.part('error')).toHaveTextContent('Sending stopped.'));
    await expect(s.chips()).toEqual(['second@example.org', 'third@example.org']);
    await expect(args.onInvitationCreated).toHaveBeenCalledTimes(1);
  },
};

/** A 320 px wide viewport with many long addresses: chips wrap, nothing scrolls sideways. */
export const Narrow: FormStory = {
  name: 'Narrow (320 px)',
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement }) => {
    const s = formIn(canvasElement);
    await s.paste(
      'margaret.hamilton@apollo-guidance.example.org, grace.hopper@navy.example.org, katherine.johnson@nasa.example',
    );
    await until(() => expect(s.parts('chip')).toHaveLength(3));
    await expectNarrowViewport();
    await expectNoHorizontalScroll();
  },
};
