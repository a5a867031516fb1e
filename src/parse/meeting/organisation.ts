// The förbund and the organ: `Sjuhärads Samordningsförbund`, `Samordningsförbundet i
// Kalmar län`, `Samordningsförbundet Skaraborg`; `styrelse` from `Styrelsemöte`,
// `Styrelsens sammanträde`, `arbetsutskottet`, `Organ Medlemssamråd för …`.
import { BODIES, HEADER_LABELS, KIND_TITLES, MONTHS, WEEKDAYS } from '../../lexicon/sv.js';
import { alternation } from '../../text/patterns.js';

// a proper-name word that may follow `Samordningsförbundet`: capitalised, not a weekday,
// month, organ or document word
const STOP_WORDS = new Set<string>([
  ...WEEKDAYS, ...Object.keys(MONTHS), ...BODIES.flatMap((b) => b.forms), ...Object.values(KIND_TITLES).flat(),
  ...Object.values(HEADER_LABELS).flat(), 'beslutande', 'närvarande',
]);
const NAME_WORD = `\\p{Lu}[\\p{L}-]*(?:\\+)?`;
// `Samordningsförbundet i Kalmar län`, `Samordningsförbundet Skaraborg`, `Samordningsförbund Centrala Östergötland`
const AFTER = new RegExp(
  `(?<![\\p{L}])(Samordningsförbund(?:et)?|SAMORDNINGSFÖRBUND(?:ET)?|Finsam|FINSAM)(?:\\s+(i|för)\\s+|[ \\t]+)(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2})((?:[ \\t]+i[ \\t]+${NAME_WORD})?(?:[ \\t]+län)?)(?![\\p{L}])`,
  'gu',
);
// `Sjuhärads Samordningsförbund`
const BEFORE = new RegExp(`(?<![\\p{L}])((?:${NAME_WORD}[ \\t]+){1,2})([Ss]amordningsförbund)(?![\\p{L}])`, 'gu');

export function findOrganisation(text: string): { name: string; index: number } | null {
  const found: { name: string; index: number }[] = [];
  for (const m of text.matchAll(AFTER)) {
    const words = m[3]!.split(/[ \t]+/);
    const kept: string[] = [];
    for (const w of words) {
      if (STOP_WORDS.has(w.toLowerCase())) break;
      kept.push(w);
    }
    if (!kept.length) continue;
    // `Samordningsförbundet RAR i Sörmland`, `… i Kalmar län`
    const tail = kept.length === words.length && m[4] ? m[4].replace(/\s+/g, ' ') : '';
    found.push({ name: [m[1], m[2], ...kept].filter(Boolean).join(' ') + tail, index: m.index });
  }
  for (const m of text.matchAll(BEFORE)) {
    const words = m[1]!.trim().split(/[ \t]+/);
    while (words.length && STOP_WORDS.has(words[0]!.toLowerCase())) words.shift();
    if (!words.length || words.some((w) => STOP_WORDS.has(w.toLowerCase()))) continue;
    found.push({ name: `${words.join(' ')} ${m[2]}`, index: m.index + m[0].indexOf(words[0]!) });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

const BODY_FORM = new Map<string, string>(BODIES.flatMap((b) => b.forms.map((f): [string, string] => [f, b.canonical])));
const BODY = new RegExp(`(?<![\\p{L}-])(${alternation(BODIES.flatMap((b) => b.forms).filter((f) => !/^au/.test(f)))}|AU(?:-mötet?)?)(?![\\p{L}-])`, 'giu');

/** The organ first named in the text, as its canonical noun. */
export function findBody(text: string): { body: string; index: number } | null {
  for (const m of text.matchAll(BODY)) {
    const word = m[1]!;
    // `AU` only in capitals: `au` is no Swedish word, but the check keeps it honest
    if (/^au/i.test(word) && !/^AU/.test(word)) continue;
    const body = BODY_FORM.get(word.toLowerCase());
    if (body) return { body, index: m.index };
  }
  return null;
}

/** The canonical organ of a decision subject (`Styrelsen`, `AU`), or null. */
export const bodyOfSubject = (subject: string): string | null => BODY_FORM.get(subject.toLowerCase()) ?? null;
