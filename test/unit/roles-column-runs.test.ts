// A list run on in one line with the column of each person's role flattened after all the names, the roles of
// several words each (`ordförande 1:e vice ordförande ledamot … tjänstgörande ersättare`): each name takes the
// role in its place, a role ending on its position's own word. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a column of roles of several words after the names', () => {
  it('gives each name its role in order', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL', 'Tekniska nämnden', 'Sammanträdesdatum 2021-03-16', '',
        'Beslutande Ingrid Sjöö (M) Petter Dahl (S) Rut Lövgren (C) Måns Ekberg (L) Alva Strand (S) ordförande 1:e vice ordförande ledamot ledamot tjänstgörande ersättare',
        '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Ingrid Sjöö', 'member', 'M', 'ordförande'],
      ['Petter Dahl', 'member', 'S', '1:e vice ordförande'],
      ['Rut Lövgren', 'member', 'C', null],
      ['Måns Ekberg', 'member', 'L', null],
      ['Alva Strand', 'deputy', 'S', null],
    ]);
  });

  it('leaves a list whose roles are fewer than its names as it was', () => {
    const doc = meetingDoc(
      text('SAMMANTRÄDESPROTOKOLL', 'Tekniska nämnden', 'Sammanträdesdatum 2021-03-16', '', 'Beslutande Ingrid Sjöö (M) Petter Dahl (S) Rut Lövgren (C) vice ordförande', '', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.'),
    );
    expect(doc.participants.map((p) => [p.name, p.position])).toEqual([
      ['Ingrid Sjöö', null],
      ['Petter Dahl', null],
      ['Rut Lövgren', 'vice ordförande'],
    ]);
  });
});

describe('a qualifier among the last words', () => {
  it('is no role of its own: `Eva Lund, ordförande Kent Berg, vice ordförande` stays two entries', () => {
    const doc = meetingDoc(text('PROTOKOLL Styrelsen Samordningsförbundet Östdal 2025-02-10 Närvarande Vera Holm, ordförande Tage Ek, vice ordförande § 1 Mötets öppnande Ordföranden öppnar mötet.'));
    expect(doc.participants.map((p) => [p.name, p.position, p.note])).toEqual([
      ['Vera Holm', 'ordförande', null],
      ['Tage Ek', 'vice ordförande', null],
    ]);
  });
});
