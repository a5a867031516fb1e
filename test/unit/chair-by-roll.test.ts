// A row of signature labels whose names slid one label on (the secretary's name printed after the chair's label:
// `Sekreterare … Ordförande Rut Dahl Justerande Olle Berg Kim Sand`) reads the secretary as chair and the chair as an
// adjuster. The list of who took part names the chair (`Olle Berg (S) ordförande`) and the secretary: the list's chair
// signs as chair. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the chair the roll names, where the labels slid', () => {
  it('reads a page flattened onto one line', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll',
        '1 Sammanträdesprotokoll Sida 1 (12) Plats och tid Sammanträdesrum Ekan, klockan Beslutande Olle Berg (S) ordförande Tove Lind (M) ledamot Kim Sand (C) 2:e vice ordförande Ida Holm (M) ledamot Övriga närvarande Rut Dahl Eva Strand sekreterare förvaltningschef Utses att justera Kim Sand (C) Justeringens plats och tid Sekreterare Omsorgen den 26/ Paragrafer Nr Ordförande Rut Dahl Justerande Olle Berg Kim Sand',
        '2 Sammanträdesprotokoll Sida 2 (12) 1 Ändring av dagordningen Ordföranden föreslår att ärende 6 utgår. Beslut Nämnden beslutar i enlighet med ordförandens förslag.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Olle Berg'], secretary: ['Rut Dahl'], adjusters: ['Kim Sand'] });
  });

  it('reads the rows of a header, as another body prints them', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Miljönämnden', 'Datum: 2019-04-10', 'Beslutande', 'Olle Berg (S), ordförande', 'Tove Lind (M)', 'Kim Sand (C)', 'Övriga', 'Rut Dahl, sekreterare', 'Utses att justera: Kim Sand', '', 'Sekreterare', 'Ordförande   Rut Dahl', 'Justerande   Olle Berg     Kim Sand', '', '§ 1 Budget', 'Nämnden beslutar att godkänna budgeten.'),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Olle Berg'], secretary: ['Rut Dahl'], adjusters: ['Kim Sand'] });
  });

  it('keeps a chair the roll does not contradict', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Miljönämnden', 'Datum: 2019-04-10', 'Beslutande', 'Olle Berg (S), ordförande', 'Tove Lind (M)', 'Kim Sand (C)', '', 'Sekreterare   Rut Dahl', 'Ordförande    Tove Lind', 'Justerande    Olle Berg', '', '§ 1 Budget', 'Nämnden beslutar att godkänna budgeten.'),
    );
    expect(doc.signatures?.chair).toEqual(['Tove Lind']);
  });
});
