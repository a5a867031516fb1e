// What yes and no stood for in a vote, in the forms municipal minutes write it beside
// `Ja-röst för …, nej-röst för …`: `Den som vill bifalla … röstar ja, den som vill bifalla …
// röstar nej`, `Den som bifaller … röstar ja …`, `Ja = bifall till …` / `Nej = …` on lines of
// their own, `Ja - för …` / `Nej - för …`. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';

const proposition = (...lines: string[]): string | null => processOf(lines.join('\n')).votes[0]?.proposition ?? null;

describe('the proposition of a vote', () => {
  it('`Den som vill … röstar ja, den som vill … röstar nej`', () => {
    expect(
      proposition('Omröstning begärs. Den som vill bifalla arbetsutskottets förslag röstar ja, den som vill bifalla Tor Åkes yrkande röstar nej.', '', 'Omröstningen utfaller med 7 ja-röster mot 4 nej-röster.'),
    ).toBe('Den som vill bifalla arbetsutskottets förslag röstar ja, den som vill bifalla Tor Åkes yrkande röstar nej.');
  });

  it('`Den som bifaller … röstar ja …`', () => {
    expect(proposition('Den som bifaller förvaltningens förslag röstar ja, den som bifaller avslagsyrkandet röstar nej.', 'Med 6 ja-röster mot 5 nej-röster bifalls förslaget.')).toBe(
      'Den som bifaller förvaltningens förslag röstar ja, den som bifaller avslagsyrkandet röstar nej.',
    );
  });

  it('`Ja = …` and `Nej = …` on lines of their own', () => {
    expect(proposition('Följande propositionsordning godkänns:', 'Ja = bifall till arbetsutskottets förslag', 'Nej = bifall till Tor Åkes yrkande', '', 'Omröstningen utfaller med 7 ja-röster mot 4 nej-röster.')).toBe(
      'Ja = bifall till arbetsutskottets förslag Nej = bifall till Tor Åkes yrkande',
    );
  });

  it('`Ja - för …. Nej - för …`', () => {
    expect(proposition('Omröstning genomförs: Ja - för förvaltningens förslag. Nej - för Moderaternas yrkande.', 'Omröstningen utfaller med 8 ja mot 3 nej.')).toBe(
      'Ja - för förvaltningens förslag. Nej - för Moderaternas yrkande.',
    );
  });

  it('counts alone give none', () => {
    expect(proposition('Omröstningsresultat: 6 ja, 5 nej, 2 avstår.')).toBeNull();
  });
});
