/**
 * CSV import on `<invite-form>`, end to end against the emulators: a file chosen, dropped or a table pasted → the
 * preview (rows, roles, problems) → the ready rows sent with their own roles (the wire checked against each
 * provider's spec) → what became of each row; rows not sent stay, and download as CSV.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { InviteForm } from '../../src/invite-form/invite-form.js';
import type { Conflict, CsvImport } from '../../src/invite-form/internal/csv-import.js';
import type { InvitationCreatedEvent, InvitationCreateEvent, InvitationErrorEvent } from '../../src/events.js';
import { textOf, until } from '../../src/testing/dom.js';
import { can } from '../support/engines.js';
import { fakeAdapter, formOf, formOnEmulator, formWith, nextEvent, posts, ROLES } from './helpers.js';

const AUTH0 = { 'client-id': 'cli_1', 'inviter-name': 'Ada Admin' };
const rowsOf = (el: InviteForm) =>
  formOf(el)
    .previewRows()
    .map((r) => `${r.line} ${r.email} [${r.role}] ${r.status}`);

describe('<invite-form> CSV import', () => {
  describe('through Auth0 (several roles a row)', () => {
    it('previews the rows with their problems, then sends only the ready ones, each with its own roles', async () => {
      const { el, emulator } = await formOnEmulator('auth0', AUTH0);
      const [admin, member, billing] = emulator.roles;
      const file = [
        'Email,Roles,Name',
        `ada@x.io,${admin.label} | ${billing.value},Ada`,
        `"Doe, Bob <bob@x.io>",${member.label.toUpperCase()},Bob`,
        'not-an-address,Admin,Nobody',
        'cy@x.io,Wizard,Cy',
        'ADA@x.io,,Ada again',
        'dee@x.io,,Dee',
      ].join('\r\n');
      await formOf(el).importFile(file, 'team.csv');

      expect(rowsOf(el)).to.deep.equal([
        `2 ada@x.io [${admin.label}, ${billing.label}] Ready`,
        `3 bob@x.io [${member.label}] Ready`,
        '4 not-an-address [Admin] Not a valid address',
        '5 cy@x.io [Wizard] Unknown role: Wizard',
        '6 ADA@x.io [] Listed before, on row 2',
        '7 dee@x.io [] Ready',
      ]);
      expect(formOf(el).importSummary()).to.equal('6 rows: 3 ready, 3 with problems. Rows with problems are not sent.');
      expect(textOf(formOf(el).part('preview-table')?.querySelector('caption'))).to.equal('Rows of team.csv');
      expect(formOf(el).focusName()).to.equal('#import-summary');
      expect(textOf(formOf(el).part('import-send'))).to.equal('Send 3 invitations');
      expect(posts(emulator, 'auth0'), 'nothing sent before the user sends').to.deep.equal([]);
      await expect(el).to.be.accessible();

      const created = nextEvent<InvitationCreatedEvent>(el, 'invitation-created');
      await formOf(el).sendImport();
      const event = await created;
      await formOf(el).settled();
      const body = (email: string, roles?: string[]) => ({
        inviter: { name: 'Ada Admin' },
        invitee: { email },
        client_id: 'cli_1',
        ...(roles ? { roles } : {}),
        ttl_sec: 7 * 86400,
        send_invitation_email: true,
      });
      expect(posts(emulator, 'auth0')).to.deep.equal([
        { path: '', body: body('ada@x.io', [admin.value, billing.value]) },
        { path: '', body: body('bob@x.io', [member.value]) },
        { path: '', body: body('dee@x.io') },
      ]);
      expect(event.detail.invitations.map((i) => i.email)).to.deep.equal(['ada@x.io', 'bob@x.io', 'dee@x.io']);
      // the sent rows left; the others stay, with their problems
      expect(
        formOf(el)
          .previewRows()
          .map((r) => r.line),
      ).to.deep.equal([4, 5, 6]);
      expect(formOf(el).importSummary()).to.contain('3 invitations sent; 3 rows not sent, listed below.');
      expect(formOf(el).statusText()).to.equal('3 invitations sent');
      await expect(el).to.be.accessible();
    });

    it('a row’s unknown role can be fixed with its select, and the row becomes ready', async () => {
      const { el, emulator } = await formOnEmulator('auth0', AUTH0);
      await formOf(el).importFile('ada@x.io,Wizard');
      const select = formOf(el).$<HTMLSelectElement>('.row-role-select')!;
      expect(select.getAttribute('aria-label')).to.equal('Role for row 1');
      select.value = emulator.roles[1].value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(rowsOf(el)).to.deep.equal([`1 ada@x.io [${emulator.roles[1].label}] Ready`]);
    });
  });

  describe('through Clerk (one role, bulk requests of 10)', () => {
    it('sends rows of different roles in one bulk request; a refused request keeps its rows, downloadable', async () => {
      const { el, emulator } = await formOnEmulator('clerk');
      await formOf(el).chooseRole('org:admin');
      const emails = Array.from({ length: 12 }, (_, i) => `user${i}@x.io`);
      const file = emails.map((e, i) => `${e}\t${i % 3 === 0 ? 'Billing manager' : i % 3 === 1 ? 'org:member' : ''}`);
      emulator.fault({ kind: 'status', status: 422, method: 'POST' }); // the first bulk request is refused
      const failed = nextEvent<InvitationErrorEvent>(el, 'invitation-error');
      await formOf(el).importFile(file.join('\n'), 'people.tsv', 'text/tab-separated-values');
      expect(formOf(el).importSummary()).to.equal('12 rows: 12 ready, 0 with problems.');
      await formOf(el).sendImport();
      await formOf(el).settled();
      expect((await failed).detail.drafts!.map((d) => d.email)).to.deep.equal(emails.slice(0, 10));

      const sent = posts(emulator, 'clerk');
      expect(sent.map((p) => p.path)).to.deep.equal(['/bulk', '/bulk']);
      const role = (i: number) => (i % 3 === 0 ? 'org:billing_manager' : i % 3 === 1 ? 'org:member' : 'org:admin');
      expect(sent[0].body).to.deep.equal(
        emails
          .slice(0, 10)
          .map((email, i) => ({ email_address: email, role: role(i), expires_in_days: 30, notify: true })),
      );
      expect((sent[1].body as { role: string }[]).map((b) => b.role)).to.deep.equal([role(10), role(11)]);

      const rows = formOf(el).previewRows();
      expect(rows.map((r) => r.email)).to.deep.equal(emails.slice(0, 10));
      expect(rows.every((r) => r.state === 'failed' && r.status.startsWith('not sent: '))).to.be.true;
      expect(formOf(el).importSummary()).to.contain('2 invitations sent; 10 rows not sent, listed below.');
      const csv = (await formOf(el).failedCsv())!;
      const lines = csv.split('\r\n');
      expect(lines[0]).to.equal('email,role,error');
      expect(lines[1]).to.match(/^user0@x\.io,Billing manager,not sent: .+/);
      expect(lines[3]).to.match(/^user2@x\.io,org:admin,not sent: /);
      expect(lines.length).to.equal(12); // header, 10 rows, and the last CRLF
      expect(formOf(el).part('download-failed')!.getAttribute('download')).to.equal('people-not-sent.csv');
      await expect(el).to.be.accessible();
    });
  });

  describe('through Upsun (permissions)', () => {
    it('keeps a row the server refuses (409) with the reason, and downloads it safely for spreadsheets', async () => {
      const { el, emulator } = await formOnEmulator('upsun');
      await formOf(el).chooseRole('admin');
      // invited from this form: the conflict check knows it
      await formOf(el).paste('dup@x.io');
      await formOf(el).submit();
      await formOf(el).settled();
      expect(formOf(el).statusText()).to.equal('Invitation sent to dup@x.io');
      // invited elsewhere: only the server knows it
      const elsewhere = await emulator.fetch(emulator.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'pending@x.io', permissions: ['admin'] }),
      });
      expect(elsewhere.status).to.equal(201);

      await formOf(el).importFile(
        'email;role\nnew@x.io;Manage billing|members\n"=dup@x.io";\ndup@x.io;\npending@x.io;\n',
      );
      expect(rowsOf(el)).to.deep.equal([
        '2 new@x.io [Manage billing, Manage users] Ready',
        '3 =dup@x.io [Admin] Not a valid address',
        '4 dup@x.io [Admin] This address already has a pending invitation.',
        '5 pending@x.io [Admin] Ready',
      ]);
      await formOf(el).sendImport();
      await formOf(el).settled();
      expect(posts(emulator, 'upsun').slice(2)).to.deep.equal([
        { path: '', body: { email: 'new@x.io', permissions: ['billing', 'members'] } },
        { path: '', body: { email: 'pending@x.io', permissions: ['admin'] } },
      ]);
      expect(rowsOf(el)).to.deep.equal([
        '3 =dup@x.io [Admin] Not a valid address',
        '4 dup@x.io [Admin] This address already has a pending invitation.',
        '5 pending@x.io [Admin] not sent: This address already has a pending invitation.',
      ]);
      expect(await formOf(el).failedCsv()).to.equal(
        'email,role,error\r\n' +
          "'=dup@x.io,admin,Not a valid address\r\n" +
          'dup@x.io,admin,This address already has a pending invitation.\r\n' +
          'pending@x.io,admin,not sent: This address already has a pending invitation.\r\n',
      );
    });
  });

  describe('entry points', () => {
    it('takes a file dropped on the form, with a visible drop state while it is dragged over', async () => {
      const el = await formWith(fakeAdapter({ roles: { min: 1, max: 1, options: ROLES } }));
      const form = formOf(el).$('form')!;
      const data = new DataTransfer();
      data.items.add(new File(['a@b.co,admin'], 'drop.csv', { type: 'text/csv' }));
      form.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
      await el.updateComplete;
      expect(textOf(formOf(el).part('drop-zone'))).to.equal('Drop the file to import its rows');
      form.dispatchEvent(new DragEvent('dragleave', { dataTransfer: data, bubbles: true, relatedTarget: null }));
      await el.updateComplete;
      expect(formOf(el).part('drop-zone')).to.equal(null);
      await formOf(el).dropFile('a@b.co,admin\nc@d.co,Billing', 'drop.csv');
      expect(formOf(el).part('drop-zone')).to.equal(null);
      expect(rowsOf(el)).to.deep.equal(['1 a@b.co [Admin] Ready', '2 c@d.co [Billing] Ready']);

      // another file dropped while these rows are on screen is refused (it would replace them), never opened in place
      const other = new DataTransfer();
      other.items.add(new File(['x@y.co,admin'], 'other.csv', { type: 'text/csv' }));
      const over = new DragEvent('dragover', { dataTransfer: other, bubbles: true, cancelable: true });
      form.dispatchEvent(over);
      const drop = new DragEvent('drop', { dataTransfer: other, bubbles: true, cancelable: true });
      form.dispatchEvent(drop);
      await el.updateComplete;
      expect([over.dataTransfer!.dropEffect, drop.defaultPrevented]).to.deep.equal(['none', true]);
      expect(formOf(el).part('drop-zone')).to.equal(null);
      expect(rowsOf(el)).to.deep.equal(['1 a@b.co [Admin] Ready', '2 c@d.co [Billing] Ready']);
    });

    if (can('syntheticPasteData')) {
      it('opens the preview for a pasted table (tab or address, role); a pasted list still becomes chips', async () => {
        const el = await formWith(fakeAdapter({ roles: { min: 1, max: 1, options: ROLES } }));
        await formOf(el).paste('x@y.co, z@y.co');
        expect(formOf(el).chips()).to.deep.equal(['x@y.co', 'z@y.co']);
        await formOf(el).paste('a@b.co\tAdmin\nx@y.co\tmember');
        await formOf(el).importShown();
        expect(formOf(el).chips(), 'the chips are kept, out of sight').to.deep.equal([]);
        expect(rowsOf(el)).to.deep.equal(['1 a@b.co [Admin] Ready', '2 x@y.co [Member] Already in the address field']);
        expect(textOf(formOf(el).part('preview-table')?.querySelector('caption'))).to.equal('Pasted rows');
        await formOf(el).cancelImport();
        expect(formOf(el).chips()).to.deep.equal(['x@y.co', 'z@y.co']);
        expect(formOf(el).focusName()).to.equal('#emails-input');
      });
    }

    it('is keyboard operable: a focusable file input with a visible label; Cancel gives focus back to it', async () => {
      const el = await formWith(fakeAdapter({ roles: { min: 1, max: 1, options: ROLES } }));
      const input = formOf(el).importInput();
      expect([input.type, input.tabIndex, input.hidden]).to.deep.equal(['file', 0, false]);
      expect(input.accept).to.contain('.csv');
      expect(textOf(input.labels?.[0])).to.equal('Import CSV');
      expect(input.labels?.[0].getAttribute('part')).to.equal('import');
      let opened = 0;
      input.addEventListener('click', (e) => {
        opened++;
        e.preventDefault(); // no real file dialog in a test
      });
      formOf(el).part('import')!.click();
      expect(opened, 'the label opens the picker').to.equal(1);
      input.focus();
      await formOf(el).importFile('a@b.co,admin\nc@d.co,admin');
      formOf(el).$<HTMLButtonElement>('[aria-label="Remove row 1 (a@b.co)"]')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(rowsOf(el)).to.deep.equal(['2 c@d.co [Admin] Ready']);
      expect(formOf(el).focusName()).to.equal('Remove row 2 (c@d.co)');
      await formOf(el).cancelImport();
      await el.updateComplete;
      expect(formOf(el).part('preview')).to.equal(null);
      expect(formOf(el).focusName()).to.equal('#import-input');
    });
  });

  describe('when the file holds markup', () => {
    it('shows it as text, never as HTML, in the table and in the caption', async () => {
      const el = await formWith(fakeAdapter({ roles: { min: 1, max: 1, options: ROLES } }));
      await formOf(el).importFile('"<img src=x onerror=alert(1)>",<b>admin</b>', '<i>team</i>.csv');
      expect(formOf(el).$$('img, b, i').length).to.equal(0);
      expect(rowsOf(el)).to.deep.equal(['1 <img src=x onerror=alert(1)> [<b>admin</b>] Not a valid address']);
      expect(textOf(formOf(el).part('preview-table')?.querySelector('caption'))).to.equal('Rows of <i>team</i>.csv');
    });
  });

  describe('with the conflict check (conflictOf)', () => {
    it('shows what it says of each row; members, and the invited unless resent, are not sent', async () => {
      const el = await formWith(fakeAdapter({ roles: { min: 1, max: 1, options: ROLES }, force: true }));
      await formOf(el).importFile('member@x.io,admin\ninvited@x.io,admin\nchecking@x.io,admin\nfree@x.io,admin');
      const importer = (el as unknown as { importer: CsvImport }).importer;
      const said: Record<string, Conflict> = { 'member@x.io': 'member', 'invited@x.io': 'invited' };
      importer.conflictOf = (email) => said[email] ?? (email.startsWith('checking') ? 'checking' : undefined);
      el.requestUpdate();
      await el.updateComplete;
      expect(
        formOf(el)
          .previewRows()
          .map((r) => `${r.state} ${r.status}`),
      ).to.deep.equal([
        'problem This address already belongs to a member.',
        'problem This address already has a pending invitation.',
        'ready Checking…',
        'ready Ready',
      ]);
      formOf(el).$<HTMLInputElement>('#force')!.click(); // "Resend if already invited"
      await el.updateComplete;
      expect(formOf(el).previewRows()[1].state).to.equal('ready');
      expect(formOf(el).previewRows()[1].status).to.equal('This address already has a pending invitation.');
      expect(textOf(formOf(el).part('import-send'))).to.equal('Send 3 invitations');
    });
  });

  describe('when the host cancels invitation-create', () => {
    it('sends nothing and keeps every row', async () => {
      const { el, emulator } = await formOnEmulator('clerk');
      el.addEventListener('invitation-create', (e) => e.preventDefault(), { once: true });
      const create = nextEvent<InvitationCreateEvent>(el, 'invitation-create');
      await formOf(el).importFile('a@x.io,org:admin\nb@x.io,Member');
      await formOf(el).sendImport();
      const drafts = (await create).detail.drafts;
      expect(drafts.map((d) => `${d.email} ${d.roles.join()}`)).to.deep.equal([
        'a@x.io org:admin',
        'b@x.io org:member',
      ]);
      await formOf(el).settled();
      expect(emulator.requests.filter((r) => r.method === 'POST').length).to.equal(0);
      expect(formOf(el).previewRows().length).to.equal(2);
    });
  });

  describe('when a file cannot be imported', () => {
    for (const [name, content, message] of [
      ['empty', '\r\n \r\n', 'This file has no rows to import.'],
      ['binary', '\u0089PNG\r\n\u001a\n\u0000\u0000', 'This is not a CSV or text file.'],
      ['too long', Array.from({ length: 5001 }, (_, i) => `p${i}@x.io`).join('\n'), 'This file has 5001 rows'],
    ] as const) {
      it(`says why (${name}), and keeps the form as it was`, async () => {
        const el = await formWith(fakeAdapter());
        await formOf(el).paste('kept@x.io');
        await formOf(el).importFile(content, `${name}.csv`);
        expect(formOf(el).importError()).to.contain(message);
        expect(formOf(el).part('import-error')!.getAttribute('role')).to.equal('alert');
        expect(formOf(el).chips()).to.deep.equal(['kept@x.io']);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('while sending, and in other languages', () => {
    it('is accessible while sending (Stop, progress) and right to left in Arabic', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"></div>`);
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const adapter = fakeAdapter(
        { roles: { min: 1, max: 1, options: ROLES } },
        {
          impl: async (drafts) => {
            await held;
            return drafts.map((d, i) => ({ id: `i${i}`, email: d.email, status: 'pending', roles: d.roles, raw: {} }));
          },
        },
      );
      const el = await formWith(adapter, {}, { parent: wrapper });
      await formOf(el).importFile('a@b.co,admin\nbad,admin', 'فريق.csv');
      expect(textOf(formOf(el).part('preview-table')?.querySelector('caption'))).to.equal('صفوف فريق.csv');
      expect(formOf(el).importSummary()).to.contain('صفان');
      expect(getComputedStyle(formOf(el).part('preview-table')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
      await formOf(el).sendImport();
      expect(formOf(el).busy).to.be.true;
      expect(formOf(el).part('stop')).to.not.equal(null);
      await expect(el).to.be.accessible();
      release();
      await formOf(el).settled();
      expect(
        formOf(el)
          .previewRows()
          .map((r) => r.email),
      ).to.deep.equal(['bad']);
    });

    for (const lang of ['de', 'ja']) {
      it(`shows the preview in ${lang}`, async () => {
        const el = await formWith(fakeAdapter({ roles: { min: 1, max: 1, options: ROLES } }));
        el.setAttribute('lang', lang);
        await el.updateComplete;
        await formOf(el).importFile('a@b.co,admin');
        const expected = { de: 'Zeilen aus people.csv', ja: 'people.csv の行' }[lang];
        expect(textOf(formOf(el).part('preview-table')?.querySelector('caption'))).to.equal(expected);
      });
    }
  });

  describe('with 1,000 rows', () => {
    it('shows the first 100 rows at once, then 100 more a task, until every row is there', async () => {
      const el = await formWith(fakeAdapter({ roles: { min: 1, max: 1, options: ROLES } }));
      const file = Array.from({ length: 1000 }, (_, i) => `person${i}@example.com,${i % 2 ? 'Admin' : 'member'}`);
      const counts: number[] = [];
      const rows = () => formOf(el).$$('[part~="preview-row"]').length;
      const observer = new MutationObserver(() => counts.push(rows()));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      const start = performance.now();
      await formOf(el).importFile(file.join('\n'), 'big.csv');
      const shown = performance.now() - start;
      expect(formOf(el).importSummary()).to.equal('1000 rows: 1000 ready, 0 with problems.');
      expect(shown, `${shown.toFixed(0)} ms to the preview`).to.be.below(1000);
      await until(() => rows() === 1000, { timeout: 5000, message: 'not every row was shown' });
      await el.updateComplete;
      observer.disconnect();
      const steps = [...new Set(counts)].filter((n) => n > 0);
      expect(steps[0], 'rows in the first render').to.equal(100);
      expect(steps.at(-1)).to.equal(1000);
      const growth = steps.slice(1).map((n, i) => n - steps[i]);
      expect(Math.max(...growth), `rows added per render: ${growth.join()}`).to.be.at.most(100);
      expect(formOf(el).part('preview-table')!.getAttribute('aria-busy')).to.equal('false');
      expect(textOf(formOf(el).part('import-send'))).to.equal('Send 1000 invitations');
    });
  });
});
