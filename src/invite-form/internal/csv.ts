/**
 * CSV import of `<invite-form>`, the pure half: reading a file's bytes as text, parsing two columns (`email,role`,
 * RFC 4180 quoting, comma, tab or semicolon), checking each row, and writing rows back as CSV safe to open in a
 * spreadsheet. No DOM, no Lit: unit-tested alone (test/invite-form/csv-parse.test.ts).
 */
import type { CreateCapabilities, RoleOption } from '../../providers/adapter.js';

export type Delimiter = ',' | '\t' | ';';

/** One record of the file: its cells, and the line it starts on (1-based, as an editor numbers them). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** One row to invite, as the file has it. */
export interface CsvRow {
  /** The line of the file it starts on (1-based). */
  line: number;
  /** The address (a `Name <a@b.co>` or `mailto:` cell gives its address), trimmed. */
  email: string;
  /** The role cell as written, trimmed (empty: the form's chosen role). */
  role: string;
}

export interface ParsedCsv {
  rows: CsvRow[];
  delimiter: Delimiter;
  /** The first record was a header (`email`, `role`/`roles`, in any case and order). */
  header: boolean;
}

/** Most rows one import takes: beyond, the file is refused with a message (send it in parts). */
export const MAX_ROWS = 5000;
/** Largest file read (bytes). */
export const MAX_BYTES = 2_000_000;

export type FileProblem = 'empty' | 'binary' | 'too-large' | 'too-many';

/** A file refused as a whole, with what the message needs. */
export class CsvFileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly count = 0,
  ) {
    super(`CSV file refused: ${problem}`);
  }
}

/**
 * The text of a file's bytes: UTF-16 when it starts with a UTF-16 byte order mark (Excel's "Unicode text"), else
 * UTF-8 (a BOM dropped). Refuses bytes that are not text (NUL characters).
 */
export function decode(bytes: Uint8Array): string {
  if (bytes.length > MAX_BYTES) throw new CsvFileError('too-large');
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  const text = new TextDecoder(encoding).decode(bytes);
  if (text.includes('\0')) throw new CsvFileError('binary');
  return text;
}

/** The delimiter of the first line that has one, outside quotes: a tab, else a comma, else a semicolon. */
export function detectDelimiter(text: string): Delimiter {
  let quoted = false;
  const seen = new Set<string>();
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\t' || char === ',' || char === ';') seen.add(char);
    else if ((char === '\n' || char === '\r') && seen.size) break;
  }
  return seen.has('\t') ? '\t' : seen.has(',') ? ',' : seen.has(';') ? ';' : ',';
}

/**
 * The records of CSV text (RFC 4180): fields in double quotes may hold the delimiter, line breaks and `""` for a
 * quote; CRLF, LF or CR end a record; a BOM is dropped; records whose cells are all blank are left out. A quote that
 * never closes runs to the end of the text (its content kept, not lost).
 */
export function parseRecords(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n' || (char === '\r' && input[i + 1] !== '\n')) line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      endRecord();
      start = ++line;
    } else {
      cell += char;
    }
  }
  endRecord();
  return records;
}

const EMAIL_HEADER = /^(e-?mail|e-?mail[ _-]?address(es)?|email_address)$/i;
const ROLE_HEADER = /^(roles?|permissions?)$/i;

/**
 * A cell as it may be shown and sent: without bidi formatting characters (an override could make an address read as
 * another; `displayText` in model.ts does the same to server data), trimmed.
 */
const clean = (cell: string) => cell.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').trim();

/** The address in an email cell: the one in `Name <a@b.co>`, or the cell without `mailto:`. */
function addressOf(cell: string): string {
  const text = clean(cell);
  return /<([^<>\s]+@[^<>\s]+)>$/.exec(text)?.[1] ?? text.replace(/^mailto:/i, '');
}

/**
 * The rows of an import: `email` and `role` columns found by a header row (any case, any order; `roles` and
 * `permissions` too), else the first cell with an `@` of the first record is the email column and the other of the
 * first two the role column. Other columns are ignored.
 */
export function parseCsv(text: string): ParsedCsv {
  const delimiter = detectDelimiter(text);
  const records = parseRecords(text, delimiter);
  let emailAt = 0;
  let roleAt = 1;
  let header = false;
  const first = records[0]?.cells.map((c) => c.trim());
  if (first?.some((c) => EMAIL_HEADER.test(c))) {
    header = true;
    emailAt = first.findIndex((c) => EMAIL_HEADER.test(c));
    roleAt = first.findIndex((c) => ROLE_HEADER.test(c));
  } else if (first && !first[0]?.includes('@') && first[1]?.includes('@')) {
    emailAt = 1;
    roleAt = 0;
  }
  const rows = (header ? records.slice(1) : records).map(({ line, cells }) => ({
    line,
    email: addressOf(cells[emailAt] ?? ''),
    role: roleAt < 0 ? '' : clean(cells[roleAt] ?? ''),
  }));
  return { rows, delimiter, header };
}

// ------------------------------------------------------------------------------------------------------------------
// Checking rows

export type RowProblem =
  | { kind: 'empty' }
  | { kind: 'invalid' }
  | { kind: 'domain' }
  | { kind: 'duplicate'; line: number }
  | { kind: 'in-field' }
  | { kind: 'role-unknown'; role: string }
  | { kind: 'roles-min'; min: number }
  | { kind: 'roles-max'; max: number };

/** A row with what it would send: the role values, or the problem that keeps it from being sent. */
export interface CheckedRow extends CsvRow {
  roles: string[];
  problem?: RowProblem;
}

export interface CheckContext {
  create: CreateCapabilities;
  /** The role options, when known (the `roles` property, a loaded list, or the provider's fixed set). */
  options?: RoleOption[];
  /** The form's chosen roles: the roles of a row whose role cell is empty. */
  current: string[];
  /** Allowed email domains, lower case (none: any). */
  allowedDomains: string[];
  /** The addresses already in the field, as chips. */
  chips: string[];
  /** Whether a text is an email address: the chips' own rule (given, so this module imports no schema library). */
  isEmail: (text: string) => boolean;
}

/** The role values a role cell names: values or labels (any case) of the options, separated by `|`, `;` or `,`. */
export function rolesOf(cell: string, options: RoleOption[] | undefined): { roles: string[]; unknown?: string } {
  const roles: string[] = [];
  for (const token of cell.split(/[|;,]/)) {
    const name = token.trim();
    if (!name) continue;
    if (!options) {
      roles.push(name);
      continue;
    }
    const lower = name.toLowerCase();
    const option =
      options.find((o) => o.value === name) ??
      options.find((o) => o.value.toLowerCase() === lower || o.label.trim().toLowerCase() === lower);
    if (!option) return { roles, unknown: name };
    if (!roles.includes(option.value)) roles.push(option.value);
  }
  return { roles };
}

/**
 * Checks every row, in order: an address, of an allowed domain, not listed before (in the file or as a chip), roles
 * that exist (when the options are known), as many as the provider takes. Quick (a 1,000-row file takes a few
 * milliseconds): the same checks the chips and the role picker make.
 */
export function checkRows(rows: CsvRow[], context: CheckContext): CheckedRow[] {
  const { min, max } = context.create.roles;
  const seen = new Map<string, number>();
  const chips = new Set(context.chips.map((e) => e.toLowerCase()));
  return rows.map((row) => {
    const { roles, unknown } = row.role ? rolesOf(row.role, context.options) : { roles: [...context.current] };
    const key = row.email.toLowerCase();
    const problem: RowProblem | undefined = !row.email
      ? { kind: 'empty' }
      : !context.isEmail(row.email)
        ? { kind: 'invalid' }
        : context.allowedDomains.length && !context.allowedDomains.includes(key.slice(key.lastIndexOf('@') + 1))
          ? { kind: 'domain' }
          : seen.has(key)
            ? { kind: 'duplicate', line: seen.get(key)! }
            : chips.has(key)
              ? { kind: 'in-field' }
              : unknown !== undefined
                ? { kind: 'role-unknown', role: unknown }
                : roles.length < min
                  ? { kind: 'roles-min', min }
                  : roles.length > max
                    ? { kind: 'roles-max', max }
                    : undefined;
    if (row.email && !seen.has(key)) seen.set(key, row.line);
    return problem ? { ...row, roles, problem } : { ...row, roles };
  });
}

// ------------------------------------------------------------------------------------------------------------------
// Writing CSV

/** A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a `'` in front (OWASP). */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180): quoted when it holds a quote, a comma, a semicolon or a line break. */
const field = (value: string) => {
  const safe = safeCell(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Rows as CSV text: RFC 4180 (CRLF, quoted where needed), every cell made safe for spreadsheets. */
export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
