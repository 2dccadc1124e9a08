/** One address as typed or pasted: `a@b.co`, `Jane Doe <a@b.co>`, `"Doe, Jane" <a@b.co>`, `mailto:a@b.co`. */
export interface ParsedAddress {
  email: string;
  /** The display name in front of `<…>`, when there was one. */
  name?: string;
}

/**
 * The grammar of zod's `z.email()`: its own regular expression (zod/mini `regexes.email`), copied because importing
 * it from zod keeps all of zod in the first download (its modules configure themselves on import). A test holds the
 * copy equal to zod's, character for character (its escapes included).
 */
export const EMAIL =
  // eslint-disable-next-line no-useless-escape
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/** Whether `text` is one syntactically valid email address (by zod's grammar). */
export const isEmail = (text: string): boolean => EMAIL.test(text);

/** Separators that always end an address (outside quotes and angle brackets). */
const HARD = /[,;\n\r]/;
const SPACE = /\s/;

const clean = (text: string) => text.trim().replace(/^mailto:/i, '');
const unquote = (text: string) => text.replace(/^"(.*)"$/s, '$1').trim();

/**
 * Splits a comma/semicolon/space/newline-separated list into addresses, keeping `Name <a@b.co>` forms together.
 * Words that are not addresses are never dropped: the words between two separators become one entry (which then
 * fails validation), so nothing the user pasted silently disappears.
 */
export function parseAddresses(text: string): ParsedAddress[] {
  const out: ParsedAddress[] = [];
  let words: string[] = [];
  let token = '';
  let quoted = false;
  let angle = false;

  const flushWords = () => {
    if (words.length) out.push({ email: clean(words.join(' ')) });
    words = [];
  };
  const flushToken = () => {
    if (!token) return;
    if (!quoted && token.includes('@')) {
      flushWords();
      out.push({ email: clean(token) });
    } else {
      words.push(token);
    }
    token = '';
  };

  for (const char of text) {
    if (angle) {
      if (char === '>') {
        angle = false;
        const name = unquote(words.join(' '));
        words = [];
        out.push(name ? { email: clean(token), name } : { email: clean(token) });
        token = '';
      } else {
        token += char;
      }
    } else if (quoted) {
      token += char;
      if (char === '"') quoted = false;
    } else if (char === '"') {
      token += char;
      quoted = true;
    } else if (char === '<') {
      if (token) words.push(token);
      token = '';
      angle = true;
    } else if (HARD.test(char)) {
      flushToken();
      flushWords();
    } else if (SPACE.test(char)) {
      flushToken();
    } else {
      token += char;
    }
  }
  if (angle) {
    const name = unquote(words.join(' '));
    words = [];
    out.push(name ? { email: clean(token), name } : { email: clean(token) });
  } else {
    flushToken();
    flushWords();
  }
  return out.filter((a) => a.email !== '');
}

/**
 * What typing has finished: the text up to the last separator outside quotes and angle brackets (a space counts
 * only once an `@` has been typed, so `Jane Doe <j@d.co>` can be typed word by word). `rest` stays in the input.
 */
export function splitTyped(text: string): { done: string; rest: string } {
  let quoted = false;
  let angle = false;
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (angle) angle = char !== '>';
    else if (quoted) quoted = char !== '"';
    else if (char === '"') quoted = true;
    else if (char === '<') angle = true;
    else if (HARD.test(char)) cut = i;
    else if (SPACE.test(char) && text.slice(cut + 1, i).includes('@') && !/<[^>]*$/.test(text.slice(0, i))) cut = i;
  }
  return cut < 0 ? { done: '', rest: text } : { done: text.slice(0, cut + 1), rest: text.slice(cut + 1) };
}

/** How an address reads back into the input when the user edits its chip. */
export const formatAddress = (a: ParsedAddress): string =>
  a.name ? `${/[",;<>@]/.test(a.name) ? JSON.stringify(a.name) : a.name} <${a.email}>` : a.email;
