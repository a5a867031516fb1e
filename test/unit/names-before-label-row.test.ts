// A signing grid whose row of names stood over the row of labels, both flattened and the names first
// (`Underskrifter Rut Hage Tove Lind Karl Ek Ordförande Sekreterare Justerare`): each label takes the name in its place, in
// order; a name more at the head of the run is the value of the signer's label right before it (the elected adjuster's
// `Utses att justera Nils Berg` printed over the grid). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('names before the row of their labels', () => {
  it('a front page run on into one line, the chair’s label first', () => {
    const doc = meetingDoc(
      text(
        '1 Sammanträdesprotokoll Sida 1 (9) Plats och tid Folkets hus, Norrbyn kl 13.00-15.30 Beslutande Rut Hage (S), ordförande Karl Ek (M) Mona Fält (C) Övriga deltagande Tove Lind, nämndsekreterare Justeringens plats och tid Kansliet 2025-02-12 Underskrifter Rut Hage Tove Lind Karl Ek Ordförande Sekreterare Justerare Paragrafer 7-12',
        '',
        '2 § 7 Budget Nämnden beslutar att godkänna budgeten.',
      ),
    );
    expect(doc.signatures?.chair).toEqual(['Rut Hage']);
    expect(doc.signatures?.secretary).toEqual(['Tove Lind']);
    expect(doc.signatures?.adjusters).toEqual(['Karl Ek']);
  });

  it('the elected adjuster’s label and name over the grid, line by line', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Fritidsnämnden',
        'Datum: 2025-03-04',
        'Plats: Biblioteket, Strömsvik',
        'Ledamöter Ella Dahl (S) Nils Berg (M) Ivar Stolt (L)',
        'Utses att justera Nils Berg Jonas Vik Ella Dahl Nils Berg',
        'Sekreterare',
        'Ordförande',
        'Justerande',
        'BEVIS Justeringen har tillkännagivits genom anslag',
        '',
        '§ 14 Taxor',
        'Nämnden beslutar att anta taxorna.',
      ),
    );
    expect(doc.signatures?.chair).toEqual(['Ella Dahl']);
    expect(doc.signatures?.secretary).toEqual(['Jonas Vik']);
    expect(doc.signatures?.adjusters).toEqual(['Nils Berg']);
  });
});
