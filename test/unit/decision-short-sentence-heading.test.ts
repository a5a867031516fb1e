// An annual meeting's minutes with one line a point, each a short sentence that decides
// (`§ 3 Dagordningen godkändes.`, `§ 5 Verksamhetsberättelsen lades till handlingarna.`,
// `§ 7 Styrelsen beviljades ansvarsfrihet.`): the sentence is the point's decision as well as its
// title, as a longer sentence's is; a short heading with no verb of deciding stays a title only.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL',
    'Fört vid årsmöte med Odlarföreningen Ekbacken 2024-04-18',
    '',
    '§ 3 Dagordningen godkändes.',
    '§ 4 Röstlängden fastställdes.',
    '§ 5 Verksamhetsberättelsen lades till handlingarna.',
    '§ 6 Styrelsen beviljades ansvarsfrihet.',
    '§ 7 Övriga frågor.',
    '§ 8 Mötet avslutades.',
  ),
);

describe('a short sentence heading that decides', () => {
  it('is the decision too', () => {
    expect([3, 4, 5, 6].map((n) => item(doc, n).decisions.map((d) => d.text))).toEqual([
      ['Dagordningen godkändes.'],
      ['Röstlängden fastställdes.'],
      ['Verksamhetsberättelsen lades till handlingarna.'],
      ['Styrelsen beviljades ansvarsfrihet.'],
    ]);
  });

  it('not a title with a full stop, nor a sentence that decides nothing', () => {
    expect(item(doc, 7).title).toBe('Övriga frågor');
    expect(item(doc, 7).decisions).toEqual([]);
    expect(item(doc, 8).decisions).toEqual([]);
  });
});

// (an association's minutes numbered `1.`, `2.`, … write the election so, often without its stop)
describe('an election told from its office, as the whole heading', () => {
  it('is the decision too, with or without its stop', () => {
    const minutes = meetingDoc(
      text('Protokoll fört vid styrelsemöte för Föreningen Ekliden 2025-08-20', '', '1. Mötets öppnande', '', '2. Till justerare väljs Kajsa Wid och Rolf Ask', '', '3. Till kassör valdes Stig Rud.', '', '4. Mötets avslutande'),
    );
    expect(minutes.items.map((i) => i.decisions.map((d) => d.text))).toEqual([[], ['Till justerare väljs Kajsa Wid och Rolf Ask'], ['Till kassör valdes Stig Rud.'], []]);
  });
});

