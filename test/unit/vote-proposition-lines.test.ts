// A vote's proposition written as lines of their own without full stops (`Ja-röst för …` /
// `Nej-röst för …`) with the result on the next line of the same paragraph: the proposition
// ends with the no side's line, the result is no part of it. A no side wrapped over two lines
// stays whole. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';
import { text } from './helpers.js';

const proposition = (body: string): string | null => processOf(body).votes[0]?.proposition ?? null;

describe('the proposition on lines of its own', () => {
  it('ends with the no side\'s line', () => {
    expect(proposition(text('Omröstning', 'Ja-röst för förvaltningens förslag', 'Nej-röst för Gun Eks yrkande', 'Med 8 ja-röster mot 3 nej-röster bifaller nämnden förvaltningens förslag.'))).toBe(
      'Ja-röst för förvaltningens förslag Nej-röst för Gun Eks yrkande',
    );
  });

  it('keeps a no side wrapped after its marker (guard)', () => {
    expect(proposition(text('Omröstning', 'Ja-röst för förvaltningens förslag, nej-röst för', 'Gun Eks yrkande.', 'Omröstningen utfaller med 8 ja-röster mot 3 nej-röster.'))).toBe(
      'Ja-röst för förvaltningens förslag, nej-röst för Gun Eks yrkande.',
    );
  });
});
