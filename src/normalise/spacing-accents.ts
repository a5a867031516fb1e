// `Dmitar Savic´, MP`: a name's accent (`Savić`) that a converter wrote as the spacing acute after
// its letter, which no reader takes for part of a word. At a word's end the acute goes back onto the
// letter before it, where the two make one letter (`c´` → `ć`); an acute before a letter is an
// apostrophe's stand-in (`Lasse´s`) and stays.

const SPACING_ACUTE = '\u00b4';
// a letter, the spacing acute, and no letter after it
const ACUTE_AT_WORD_END = /(\p{L})\u00b4(?!\p{L})/gu;

export function withAccentsOnLetters(text: string): string {
  if (!text.includes(SPACING_ACUTE)) return text;
  return text.replace(ACUTE_AT_WORD_END, (all, letter: string) => {
    const joined = `${letter}\u0301`.normalize('NFC');
    return joined.length === 1 ? joined : all;
  });
}
