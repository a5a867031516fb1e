// An Åland roll whose marks stand before each name (`x` came, `-` stayed away) run on in one
// line by a transcript (`x Sundberg Ragnar, ordf. x Blomqvist Severina, viceordf. - Grönlund Britt
// x Strandvik Göran`): cut before each mark that a name follows, so each entry reads as the
// roll's own lines do (`x Sundberg Ragnar, ordf.` / `- Grönlund Britt`).
import { allMatches } from '../../text/patterns.js';
import { LOWER_LETTER, UPPER_LETTER } from '../../text/letters.js';

// a mark one space before a surname and a given name (the surname's hyphen kept: `Blomqvist-Sandell Severina`), a comma
// between them where the roll writes one (`x Westerholm, Håkan, ordförande - Lindén, Ann-Mari`)
const MARK_BEFORE_NAME = new RegExp(` (?=[x-] [${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?,? [${UPPER_LETTER}][${LOWER_LETTER}])`, 'gu');

// (or a box, ticked or not, as a town's form prints it: `[ ] Hagberg Tor, ordförande [X] Lind Hilda [X] Berg Olle, I viceordf.`)
const BOX_BEFORE_NAME = new RegExp(` (?=\\[[ xX]?\\] [${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)? [${UPPER_LETTER}][${LOWER_LETTER}])`, 'gu');

/** The entries of a roll run on with a mark before each name; null where the text does not open with a mark or holds no other mark after its first. */
export function cutAtLeadingMarks(text: string): string[] | null {
  if (text.charCodeAt(0) === 0x5b) return cutAtBoxes(text);
  // (the cheap tests: the text opens with a mark and a space, and a small cross stands before a later name)
  const first = text.charCodeAt(0);
  // (or, the roll opening with its cross, a dash before a later name: `x Nord, Ebba, kommundirektör - Sjö, Tor`)
  if ((first !== 0x78 && first !== 0x2d) || text.charCodeAt(1) !== 0x20 || !(text.includes(' x ') || (first === 0x78 && text.includes(' - ')))) return null;
  const cuts: number[] = [];
  for (const m of allMatches(MARK_BEFORE_NAME, text)) cuts.push(m.index);
  if (cuts.length === 0) return null;
  return [0, ...cuts].map((from, k) => text.slice(from, cuts[k] ?? text.length).trim());
}

/** The entries of a roll with a box before each name (`[X] Lind Anna [ ] Ek Bo`); null where it holds no ticked box after its first. */
function cutAtBoxes(text: string): string[] | null {
  if (!text.includes(' [X] ') && !text.includes(' [x] ')) return null;
  const cuts: number[] = [];
  for (const m of allMatches(BOX_BEFORE_NAME, text)) cuts.push(m.index);
  if (cuts.length === 0) return null;
  return [0, ...cuts].map((from, k) => text.slice(from, cuts[k] ?? text.length).trim());
}

// a piece's opening surname and given name with the comma between them, before a comma, a space or the end
const INVERTED_NAME = new RegExp(`^([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?), ([${UPPER_LETTER}][${LOWER_LETTER}]+(?:-[${UPPER_LETTER}][${LOWER_LETTER}]+)?)(?=,|\\s|$)`, 'u');
/**
 * `Erland, Olof` → `Erland Olof`, `Josefsson, Boel, ekonomichef` → `Josefsson Boel, ekonomichef`: a piece of a roll cut at
 * its marks names one person, so its first comma parts the surname from the given name, whatever the lexicon knows of either
 * (read otherwise as two people named by given names, or as a name and an organisation).
 */
export function joinRolledName(piece: string): string {
  // (the cheap test: a comma and a space after the first word)
  const space = piece.indexOf(' ');
  if (space < 2 || piece.charCodeAt(space - 1) !== 0x2c) return piece;
  const m = INVERTED_NAME.exec(piece);
  return m ? `${m[1]!} ${m[2]!}${piece.slice(m[0].length)}` : piece;
}
