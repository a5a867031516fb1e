// A front page's signature grid flattened with no names in it (`Underskrifter Sekreterare Paragrafer
// Ordförande Justerande`, the names still to be signed): a line of labels over a label is no signer's
// name. The chair's label left blank is signed by the one participant the list names `ordförande`
// (signersFromList); no label is read as anyone's name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('signature labels over a label', () => {
  it('name no signer (the chair is the list\'s)', () => {
    const doc = meetingDoc(
      'Sammanträdesprotokoll SOCIALNÄMNDEN Plats och tid Kommunhuset, kl 13:00-15:00 Beslutande Tove Lind (S), ordförande Per Holm (M) ' +
        'Justeringens plats och tid Kommunhuset 16 juni 2014 Underskrifter Sekreterare Paragrafer Ordförande Justerande ANSLAG Socialnämnden\n\n' +
        '§ 1 Mötets öppnande\nOrdföranden öppnar mötet.\n',
    );
    expect(doc.signatures).toMatchObject({ chair: ['Tove Lind'], secretary: [], adjusters: [], adjustedOn: '2014-06-16' });
  });
});

describe('a grid\'s labels run on to the next label row', () => {
  it('name no signer (the chair is the list\'s), and the adjuster is read past a bracket with a comma in it', () => {
    const doc = meetingDoc(
      [
        'Sammanträdesprotokoll SOCIALNÄMNDEN', 'Plats och tid Kommunhuset, kl 13:00-15:00', 'Beslutande Tove Lind (S), ordförande', 'Per Holm (oberoende, tidigare C)',
        'Utses att justera Per Holm (oberoende, tidigare C)', 'Justeringens plats och tid Kommunhuset 16 juni 2014',
        'Underskrifter', 'Sekreterare Paragrafer', 'Ordförande', 'Justerande Sammanträde', 'ANSLAG Socialnämnden Datum', '',
        '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '',
      ].join('\n'),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Tove Lind'], secretary: [], adjusters: ['Per Holm'] });
  });
});
