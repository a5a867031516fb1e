// Swedish personal identity numbers (and coordination numbers) must not be republished
// (IMY: expose personnummer as little as possible). Candidates are found by shape and
// confirmed by the `personnummer` package (date and check digit); a masked one
// (`19750131-****`, as e-signing certificates print them) still gives a birth date and
// goes too. Phone numbers (`070-1234567`) have another shape and stay.
import personnummer from 'personnummer';
import { ANY_LETTER } from '../text/letters.js';

interface Validator {
  valid(pin: string, options?: { allowCoordinationNumber?: boolean; allowInterimNumber?: boolean }): boolean;
}
// the package's types declare an ES default export; at run time its CommonJS export is the class itself
const Personnummer = ((personnummer as unknown as { default?: Validator }).default ?? personnummer) as unknown as Validator;

export const REDACTED = '[personnummer]';

// 12 digits, or 10 with a separator: `19720104-7086`, `720104-7086`, `720104+7086`
const CANDIDATE = /(?<![\d-])((?:19|20)\d{6}[-+]?\d{4}|\d{6}[-+]\d{4})(?![\d])/g;
// 10 digits without a separator: redacted when valid, unless the text says it is a phone number
const BARE = /(?<![\d+-])(\d{10})(?![\d-])/g;
const PHONE_BEFORE = /(?:tel|tfn|telefon|mobil|mob|mobiltelefon|fax|växel|\+46)[\s.:]{0,4}$/iu;
const MASKED = new RegExp(`(?<![\\d-])((?:19|20)?\\d{6})[-+]?[*Xx×]{4}(?![${ANY_LETTER}\\d*])`, 'gu');

const isDate = (digits: string): boolean => {
  const d = digits.length === 8 ? digits : `19${digits}`;
  const [y, m, day] = [Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6, 8))];
  const dd = day > 60 ? day - 60 : day;
  return m >= 1 && m <= 12 && dd >= 1 && dd <= new Date(Date.UTC(y, m, 0)).getUTCDate();
};

export function redactText(text: string): { text: string; count: number } {
  let count = 0;
  // (each pattern only where the text's runs of digits allow it: most texts with six digits in a row hold a
  // date or a case number, which none of the three takes; a replacement takes whole runs and adds no digit,
  // so the runs of the original text decide for the later patterns too)
  const may = shapesOf(text);
  let out = text;
  if (may & MAY_CANDIDATE) out = out.replace(CANDIDATE, (m) => (Personnummer.valid(m) ? (count++, REDACTED) : m));
  if (may & MAY_BARE) {
    out = out.replace(BARE, (m: string, _d: string, offset: number, all: string) =>
      Personnummer.valid(m) && !PHONE_BEFORE.test(all.slice(Math.max(0, offset - 16), offset)) ? (count++, REDACTED) : m,
    );
  }
  if (may & MAY_MASKED) out = out.replace(MASKED, (m, date: string) => (isDate(date) ? (count++, REDACTED) : m));
  return { text: out, count };
}

const MAY_CANDIDATE = 1;
const MAY_BARE = 2;
const MAY_MASKED = 4;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isMaskCode = (c: number): boolean => c === 42 || c === 88 || c === 120 || c === 0xd7;
/**
 * Which patterns the text's runs of digits leave possible: CANDIDATE needs eight digits in a row, or six before a
 * `-` or `+` and a digit; BARE ten in a row; MASKED six before a mask (`*`, `X`, `x`, `×`), or before `-` or `+` and one.
 */
function shapesOf(text: string): number {
  let may = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && isDigitCode(text.charCodeAt(end))) end++;
    const run = end - i;
    if (run >= 8) may |= MAY_CANDIDATE;
    if (run >= 10) may |= MAY_BARE;
    // (what follows the run read only inside the text: a read past its end costs the function its optimised code)
    if (run >= 6 && end < n) {
      const next = text.charCodeAt(end);
      const sign = next === 45 || next === 43;
      const after = end + 1 < n ? text.charCodeAt(end + 1) : 0;
      if (sign && isDigitCode(after)) may |= MAY_CANDIDATE;
      if (isMaskCode(next) || (sign && isMaskCode(after))) may |= MAY_MASKED;
    }
    i = end;
  }
  return may;
}

/**
 * Whether the text has six digits in a row, as every personnummer has: the gate before the patterns. A walk that
 * looks at the last character of each window of six skips most characters (a non-digit there rules out every window
 * holding it); on the strings of a result it costs a quarter of `/\d{6}/`'s time.
 */
export function hasSixDigits(text: string): boolean {
  const n = text.length;
  let i = 5;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      i += 6;
      continue;
    }
    // a digit: its run, back at most five and on until it holds six
    let start = i;
    while (start > i - 5 && (c = text.charCodeAt(start - 1)) >= 48 && c <= 57) start--;
    let end = i;
    while (end - start < 5 && end + 1 < n && (c = text.charCodeAt(end + 1)) >= 48 && c <= 57) end++;
    if (end - start >= 5) return true;
    // (the run ends at `end`, a non-digit or the text's end after it: the next window of six ends past that)
    i = end + 6;
  }
  return false;
}

/** Redact every string inside a JSON-like value, in place; returns how many were replaced. */
export function redactDeep(value: unknown): number {
  let count = 0;
  // a result holds thousands of strings and few personnummer: a slot is written only when
  // its string changed (every shape needs six digits in a row)
  const redacted = (s: string): string => {
    if (!hasSixDigits(s)) return s;
    const r = redactText(s);
    count += r.count;
    return r.text;
  };
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === 'string') {
          const r = redacted(x);
          if (r !== x) v[i] = r;
        } else if (x && typeof x === 'object') visit(x);
      }
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        const x = o[k];
        if (typeof x === 'string') {
          const r = redacted(x);
          if (r !== x) o[k] = r;
        } else if (x && typeof x === 'object') visit(x);
      }
    }
  };
  // a bare string cannot be replaced in place, but its personnummer still count
  if (typeof value === 'string') redacted(value);
  else visit(value);
  return count;
}
