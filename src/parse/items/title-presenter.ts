// An agenda's presenter in brackets after the point's title: `Verksamhetsberättelse 2024
// (Karin Lund)`, `Insatsen Vägen vidare (Per Holm, projektledare)`, `Budget 2025 (förbundschef
// Karin Lund)`, `Uppföljning (Karin Lund och Per Holm)`. A person's name (a given name the
// lexicon knows first, or a position then one), or a position alone (`(förbundschef)`); not
// the author of a motion (`Motion om … (Eva Ek, V)`), nor an organisation (`(Region Kustlandet)`).
import { AUTHORED_TITLE_WORDS, POSITION_WORDS } from '../../lexicon/sv.js';
import { isGivenName } from '../../text/persons.js';
import { alternation } from '../../text/patterns.js';
import { nameOf } from '../decisions/presenter.js';

const BRACKET_AT_END = /\s\(([^()]{3,80})\)$/u;
const AUTHORED = new RegExp(`(?<![\\p{L}])(?:${alternation(AUTHORED_TITLE_WORDS)})`, 'iu');
const POSITION = new RegExp(`^[\\p{L}-]*(?:${alternation(POSITION_WORDS)})(?:en|n)?$`, 'iu');
// `Karin Lund`, `förbundschef Karin Lund`: two to four capitalised words, a position in lower case before them
const PERSON = /^(?:(\p{Ll}[\p{L}-]*)\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){1,3})$/u;
// after the name, its position in lower-case words (`projektledare`, `ekonom på kansliet`)
const POSITION_AFTER = /^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}$/u;

/** Whether a piece of the bracket is one person: a known given name first, a position before it. */
function personOf(piece: string): boolean {
  const m = PERSON.exec(piece.trim());
  return m !== null && (m[1] === undefined || POSITION.test(m[1])) && isGivenName(m[2]!.split(/\s+/u)[0]!);
}

/** The title without the bracket and who presents it, or null where the bracket names nobody. */
export function presenterInTitle(title: string): { title: string; presenter: string } | null {
  const m = title.endsWith(')') ? BRACKET_AT_END.exec(title) : null;
  if (!m || m.index === 0 || AUTHORED.test(title)) return null;
  const inner = m[1]!.trim();
  const rest = title.slice(0, m.index).trimEnd();
  if (POSITION.test(inner)) return { title: rest, presenter: inner };
  // `Karin Lund, projektledare`: a position after the last name, in lower case
  const comma = inner.lastIndexOf(',');
  const after = comma > 0 ? inner.slice(comma + 1).trim() : '';
  const named = POSITION_AFTER.test(after) && POSITION.test(after.split(/\s+/u)[0]!) ? inner.slice(0, comma) : inner;
  // `Karin Lund`, `Karin Lund, Per Holm`, `Karin Lund och Per Holm`: each piece a person
  const pieces = named.split(/,|\soch\s/u);
  return pieces.every((piece) => personOf(piece)) ? { title: rest, presenter: nameOf(named) } : null;
}
