// Attended §§ written without the sign, as transcripts that lost every § write them
// (`ersätter Ulla Ek (KD) 33-38`, `Ahmed Rashid, ekonomichef 34`): a bare number or range
// that ends a participant's note or position is taken for the §§ attended only when it lies
// inside the range the minutes declare (`Paragrafer 33-40`), or where they declare none, inside
// the range of their numbered items; any other number stays as written.
import type { Participant } from '../../schema/result.js';

// (a list run on as a sentence ends its last entry with a point: `ersätter Per Ås (S) 19-24.`)
const TRAILING = /(?:^|\s)(\d{1,4})(?:\s?[-–]\s?(\d{1,4}))?\.?$/u;

const POSITION = /^\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)?$/u;

interface Declared {
  from: number | null;
  to: number | null;
}

/**
 * The §§ the minutes hold, from their first numbered item to their last, where the front page
 * declares none (`Paragrafer` left empty): two numbered items at least.
 */
export function heldParagraphs(items: readonly { number: number | null }[]): Declared | null {
  let from = Infinity;
  let to = -Infinity;
  let n = 0;
  for (const it of items) {
    if (it.number === null) continue;
    n++;
    from = Math.min(from, it.number);
    to = Math.max(to, it.number);
  }
  return n >= 2 ? { from, to } : null;
}

export function bareParagraphs(people: Participant[], declared: Declared | null | undefined): Participant[] {
  if (!declared || declared.from === null || declared.to === null) return people;
  const { from, to } = declared;
  const inRange = (text: string | null): { from: number; to: number; rest: string } | null => {
    const m = text === null ? null : TRAILING.exec(text);
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a < from || b > to || b < a) return null;
    return { from: a, to: b, rest: text!.slice(0, m.index).trim() };
  };
  for (const p of people) {
    if (p.paragraphs !== null) continue;
    const note = inRange(p.note);
    // a note that is the number alone (`från kl 13` is a time)
    if (note && note.rest === '') {
      p.paragraphs = { from: note.from, to: note.to };
      p.note = null;
      continue;
    }
    const position = inRange(p.position);
    // a position of words, then the number (`ekonomichef 34`)
    if (position && POSITION.test(position.rest)) {
      p.paragraphs = { from: position.from, to: position.to };
      p.position = position.rest;
    }
  }
  return people;
}
