// The Finnish-Swedish voting formula (`De som understödde stadsdirektörens förslag röstade ja, de som
// understödde Jonas Bergs förslag röstade nej.`, `Den som understöder … röstar ja, …`): what yes and no
// stood for, the vote's proposition. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';

const votes = (...lines: string[]) => processOf(lines.join('\n')).votes.map((v) => [v.yes, v.no, v.proposition]);

describe('the Finnish-Swedish voting formula', () => {
  it('in the past, before the counts', () => {
    expect(
      votes(
        'Behandling',
        'Omröstningen förrättades med handuppräckning. De som understödde stadsdirektörens förslag röstade ja, de som understödde Jonas Bergs förslag röstade nej.',
        'Vid omröstningen avgavs 8 ja-röster och 3 nej-röster.',
      ),
    ).toEqual([[8, 3, 'De som understödde stadsdirektörens förslag röstade ja, de som understödde Jonas Bergs förslag röstade nej.']]);
  });

  it('in the present', () => {
    expect(votes('Omröstning', 'Den som understöder föredragandens förslag röstar ja, den som understöder Eva Lunds förslag röstar nej.', 'Omröstningsresultat: 6 ja, 5 nej.')).toEqual([
      [6, 5, 'Den som understöder föredragandens förslag röstar ja, den som understöder Eva Lunds förslag röstar nej.'],
    ]);
  });
});
