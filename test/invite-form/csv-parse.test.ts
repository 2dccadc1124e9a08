/**
 * The pure half of the CSV import (src/invite-form/internal/csv.ts): reading bytes, RFC 4180 records, the email and
 * role columns, checking rows, writing CSV safe for spreadsheets; and telling a pasted table from a pasted list.
 */
import { expect } from '@open-wc/testing';
import {
  checkRows,
  CsvFileError,
  decode,
  detectDelimiter,
  parseCsv,
  parseRecords,
  rolesOf,
  safeCell,
  toCsv,
  type CheckContext,
} from '../../src/invite-form/internal/csv.js';
import { isEmail } from '../../src/invite-form/internal/addresses.js';
import { looksTabular } from '../../src/invite-form/internal/import-trigger.js';
import type { CreateCapabilities } from '../../src/providers/adapter.js';
import { ROLES } from './helpers.js';

const cells = (text: string) => parseRecords(text).map((r) => r.cells);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('CSV import: parsing', () => {
  describe('parseRecords()', () => {
    it('splits on commas and line breaks (LF, CRLF, CR), dropping blank lines, keeping line numbers', () => {
      const records = parseRecords('a@b.co,admin\r\n\r\nc@d.co,member\n  \ne@f.co,\rg@h.co,x');
      expect(records.map((r) => [r.line, ...r.cells])).to.deep.equal([
        [1, 'a@b.co', 'admin'],
        [3, 'c@d.co', 'member'],
        [5, 'e@f.co', ''],
        [6, 'g@h.co', 'x'],
      ]);
    });

    it('reads quoted fields: the delimiter, line breaks and doubled quotes inside (RFC 4180)', () => {
      const records = parseRecords('"Doe, Jane <j@d.co>","admin"\n"a ""b"" c","multi\nline"\nlast@x.io,member');
      expect(records.map((r) => r.cells)).to.deep.equal([
        ['Doe, Jane <j@d.co>', 'admin'],
        ['a "b" c', 'multi\nline'],
        ['last@x.io', 'member'],
      ]);
      expect(records.map((r) => r.line)).to.deep.equal([1, 2, 4]);
    });

    it('drops a byte order mark, and keeps the content of a quote that never closes', () => {
      expect(cells('\ufeffemail,role\na@b.co,admin')).to.deep.equal([
        ['email', 'role'],
        ['a@b.co', 'admin'],
      ]);
      expect(cells('a@b.co,"adm\nin')).to.deep.equal([['a@b.co', 'adm\nin']]);
    });

    it('takes a tab or a semicolon as the delimiter when the first line has one (a tab first, then a comma)', () => {
      expect(detectDelimiter('a@b.co\tadmin, billing\n')).to.equal('\t');
      expect(detectDelimiter('email;role\na@b.co;admin')).to.equal(';');
      expect(detectDelimiter('a@b.co,admin;billing')).to.equal(',');
      expect(detectDelimiter('"x,y";z\n')).to.equal(';');
      expect(detectDelimiter('a@b.co')).to.equal(',');
      expect(cells('a@b.co\t"admin"\nc@d.co\tmember')).to.deep.equal([
        ['a@b.co', 'admin'],
        ['c@d.co', 'member'],
      ]);
    });
  });

  describe('parseCsv()', () => {
    it('reads the email and role columns by their header, in any case and order, ignoring other columns', () => {
      const parsed = parseCsv('Name;ROLE;E-mail\nAda;admin;ada@x.io\nBob;;bob@x.io\n');
      expect(parsed.header).to.be.true;
      expect(parsed.delimiter).to.equal(';');
      expect(parsed.rows).to.deep.equal([
        { line: 2, email: 'ada@x.io', role: 'admin' },
        { line: 3, email: 'bob@x.io', role: '' },
      ]);
      expect(parseCsv('email address,permissions\na@b.co,billing|members').rows).to.deep.equal([
        { line: 2, email: 'a@b.co', role: 'billing|members' },
      ]);
      expect(parseCsv('email\na@b.co').rows).to.deep.equal([{ line: 2, email: 'a@b.co', role: '' }]);
    });

    it('without a header: address then role, or role then address when the address is second', () => {
      expect(parseCsv(' a@b.co , Admin \nc@d.co').rows).to.deep.equal([
        { line: 1, email: 'a@b.co', role: 'Admin' },
        { line: 2, email: 'c@d.co', role: '' },
      ]);
      expect(parseCsv('admin,a@b.co\nmember,c@d.co').rows.map((r) => [r.email, r.role])).to.deep.equal([
        ['a@b.co', 'admin'],
        ['c@d.co', 'member'],
      ]);
    });

    it('drops bidi formatting characters from cells (an override could make one address read as another)', () => {
      const rows = parseCsv('\u202Eoc.b@a,\u2066admin\u2069').rows;
      expect(rows.map((r) => [r.email, r.role])).to.deep.equal([['oc.b@a', 'admin']]);
    });

    it('takes the address out of "Name <address>" and mailto: cells; keeps anything else as written', () => {
      const rows = parseCsv('"Doe, Jane <jane@x.io>",admin\nmailto:bob@x.io,\nnot an address,admin\nAl <al@x.io>').rows;
      expect(rows.map((r) => r.email)).to.deep.equal(['jane@x.io', 'bob@x.io', 'not an address', 'al@x.io']);
    });
  });

  describe('decode()', () => {
    it('reads UTF-8 (with or without BOM) and UTF-16 with a BOM; refuses bytes that are not text', () => {
      expect(decode(utf8('\ufeffé@x.io,rôle'))).to.equal('é@x.io,rôle');
      const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a@b.co\tx'].flatMap((c) => [c.charCodeAt(0), 0])]);
      expect(decode(utf16)).to.equal('a@b.co\tx');
      let problem = '';
      try {
        decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
      } catch (error) {
        problem = error instanceof CsvFileError ? error.problem : String(error);
      }
      expect(problem).to.equal('binary');
    });
  });
});

describe('CSV import: checking rows', () => {
  const clerkLike: CreateCapabilities = {
    roles: { min: 1, max: 1, options: ROLES },
    sendEmail: true,
    force: false,
    fields: {},
  };
  const context = (over: Partial<CheckContext> = {}): CheckContext => ({
    create: clerkLike,
    options: ROLES,
    current: ['member'],
    allowedDomains: [],
    chips: [],
    isEmail,
    ...over,
  });
  const kinds = (text: string, over: Partial<CheckContext> = {}) =>
    checkRows(parseCsv(text).rows, context(over)).map((r) => [r.email, r.roles.join('|'), r.problem?.kind ?? 'ok']);

  it('takes a role by value or by label in any case; an empty role cell takes the form’s role', () => {
    expect(kinds('a@x.io,admin\nb@x.io,BILLING\nc@x.io,  member \nd@x.io,')).to.deep.equal([
      ['a@x.io', 'admin', 'ok'],
      ['b@x.io', 'billing', 'ok'],
      ['c@x.io', 'member', 'ok'],
      ['d@x.io', 'member', 'ok'],
    ]);
    expect(rolesOf('Admin | billing; member', ROLES)).to.deep.equal({ roles: ['admin', 'billing', 'member'] });
    expect(rolesOf('admin|owner', ROLES)).to.deep.equal({ roles: ['admin'], unknown: 'owner' });
    expect(rolesOf('anything|else', undefined)).to.deep.equal({ roles: ['anything', 'else'] });
  });

  it('finds invalid, empty, repeated (in the file or as a chip) and other-domain addresses', () => {
    const text = 'a@x.io,admin\nnot-an-address,admin\n,admin\nA@X.io,member\nchip@x.io,\nz@elsewhere.test,';
    expect(kinds(text, { chips: ['Chip@x.io'], allowedDomains: ['x.io'] })).to.deep.equal([
      ['a@x.io', 'admin', 'ok'],
      ['not-an-address', 'admin', 'invalid'],
      ['', 'admin', 'empty'],
      ['A@X.io', 'member', 'duplicate'],
      ['chip@x.io', 'member', 'in-field'],
      ['z@elsewhere.test', 'member', 'domain'],
    ]);
    const duplicate = checkRows(parseCsv(text).rows, context())[3].problem;
    expect(duplicate).to.deep.equal({ kind: 'duplicate', line: 1 });
  });

  it('refuses unknown roles and counts outside the provider’s min and max', () => {
    expect(kinds('a@x.io,owner\nb@x.io,admin|billing\nc@x.io,', { current: [] })).to.deep.equal([
      ['a@x.io', '', 'role-unknown'],
      ['b@x.io', 'admin|billing', 'roles-max'],
      ['c@x.io', '', 'roles-min'],
    ]);
    const several = { ...clerkLike, roles: { min: 0, max: 2 } };
    expect(kinds('a@x.io,admin|billing\nb@x.io,', { create: several, current: [] })).to.deep.equal([
      ['a@x.io', 'admin|billing', 'ok'],
      ['b@x.io', '', 'ok'],
    ]);
  });

  it('checks 1,000 rows in well under a frame budget of 50 ms', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `person${i}@example.com,${i % 2 ? 'Admin' : 'member'}`).join(
      '\n',
    );
    const start = performance.now();
    const rows = checkRows(parseCsv(text).rows, context());
    const took = performance.now() - start;
    expect(rows.filter((r) => !r.problem).length).to.equal(1000);
    expect(took, `${took.toFixed(1)} ms`).to.be.below(50);
  });
});

describe('CSV import: writing CSV', () => {
  it('quotes fields per RFC 4180 and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['email', 'role', 'error'],
        ['a@b.co', 'admin', 'Not sent: "x", then\nmore'],
      ]),
    ).to.equal('email,role,error\r\na@b.co,admin,"Not sent: ""x"", then\nmore"\r\n');
  });

  it('defuses spreadsheet formulas: a cell starting with = + - @ tab or CR gets a quote mark in front', () => {
    for (const danger of ['=HYPERLINK("http://evil")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(safeCell(danger), JSON.stringify(danger)).to.equal(`'${danger}`);
    }
    expect(safeCell('a@b.co')).to.equal('a@b.co');
    expect(toCsv([['=1+1', 'x,y']])).to.equal(`'=1+1,"x,y"\r\n`);
    // read back, the defused cell is still one field
    expect(cells(toCsv([['=cmd|" /C calc"!A0', 'ok']]))).to.deep.equal([[`'=cmd|" /C calc"!A0`, 'ok']]);
  });
});

describe('CSV import: telling a pasted table from a pasted list', () => {
  it('is a table with a tab, an email,role header, or address then one non-address cell on every line', () => {
    expect(looksTabular('a@b.co\tadmin')).to.be.true;
    expect(looksTabular('email,role\na@b.co,admin')).to.be.true;
    expect(looksTabular('a@b.co, admin\nc@d.co,member\n')).to.be.true;
    expect(looksTabular('a@b.co;Admin')).to.be.true;
  });

  it('is a list otherwise: addresses separated by commas, semicolons, spaces or lines', () => {
    expect(looksTabular('a@b.co, c@d.co')).to.be.false;
    expect(looksTabular('a@b.co\nc@d.co')).to.be.false;
    expect(looksTabular('Jane <a@b.co>; c@d.co')).to.be.false;
    expect(looksTabular('a@b.co c@d.co')).to.be.false;
    expect(looksTabular('a@b.co, c@d.co, admin')).to.be.false;
    expect(looksTabular('')).to.be.false;
  });
});
