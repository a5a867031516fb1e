// An organisation whose name is a compound in two halves joined by `och` (`Barn- och utbildningsförvaltningen`, `vård- och
// omsorgsförvaltningen`), after a participant's name or position: the first half belongs to it, as `barn- och
// utbildningschef` belongs to a position. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('an organisation in two halves joined by `och`', () => {
  it('keeps its first half', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Beredningsgruppen',
        'Samordningsförbundet Ekland',
        'Datum 2023-05-17',
        '',
        'Närvarande',
        'Eva Sten, Försäkringskassan',
        'Per Ek, Barn- och utbildningsförvaltningen',
        'Lisa Holm, Vård- och omsorgsförvaltningen, Ekby kommun',
        'Tor Ås, socialsekreterare, Social- och arbetsmarknadsförvaltningen',
        '',
        '§ 1 Föregående protokoll',
        'Protokollet läggs till handlingarna.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.position, p.organisation, p.note])).toEqual([
      ['Eva Sten', null, 'Försäkringskassan', null],
      ['Per Ek', null, 'Barn- och utbildningsförvaltningen', null],
      ['Lisa Holm', null, 'Vård- och omsorgsförvaltningen, Ekby kommun', null],
      ['Tor Ås', 'socialsekreterare', 'Social- och arbetsmarknadsförvaltningen', null],
    ]);
  });
});
