// A plain `Närvarande:` over entries each opened by an organisation and a colon, as a board's
// notes list those present by party (`Försäkringskassan: Eva Ek`, `Region Norrland: Karin Holm,
// Per Ås`), one a line or run on in one paragraph: the organisation is its people's, no word of a
// name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = ['Minnesanteckningar', 'Beredningsgruppen, Samordningsförbundet Älvdalen', 'Datum: 2023-11-09', 'Tid: 09.00-11.00', ''];
const BODY = ['', '1. Mötets öppnande', 'Ordföranden öppnar mötet.', '', '2. Föregående anteckningar', 'Anteckningarna läggs till handlingarna.'];
const who = (doc: ReturnType<typeof meetingDoc>): unknown[][] => doc.participants.map((p) => [p.name, p.role, p.organisation, p.position]);

describe('organisation and colon before its people', () => {
  it('reads one organisation a line, several people after one', () => {
    const doc = meetingDoc(
      text(
        ...HEAD, 'Närvarande:', 'Försäkringskassan: Eva Ek', 'Arbetsförmedlingen: Per Ås, Lina Borg', 'Region Norrland: Karin Holm', 'Förbundschef: Maria Sten',
        'Frånvarande:', 'Åsele kommun: Tomas Lind', ...BODY,
      ),
    );
    expect(who(doc)).toEqual([
      ['Eva Ek', 'other', 'Försäkringskassan', null],
      ['Per Ås', 'other', 'Arbetsförmedlingen', null],
      ['Lina Borg', 'other', 'Arbetsförmedlingen', null],
      ['Karin Holm', 'other', 'Region Norrland', null],
      ['Maria Sten', 'other', null, 'förbundschef'],
      ['Tomas Lind', 'absent', 'Åsele kommun', null],
    ]);
  });

  it('reads the organisations run on in one paragraph after the label', () => {
    const doc = meetingDoc(text(...HEAD, 'Närvarande: Försäkringskassan: Eva Ek. Arbetsförmedlingen: Per Ås, Lina Borg. Region Norrland: Karin Holm', ...BODY));
    expect(who(doc)).toEqual([
      ['Eva Ek', 'other', 'Försäkringskassan', null],
      ['Per Ås', 'other', 'Arbetsförmedlingen', null],
      ['Lina Borg', 'other', 'Arbetsförmedlingen', null],
      ['Karin Holm', 'other', 'Region Norrland', null],
    ]);
  });
});
