// A label that stood mid-line without a column gap, run on to a signer's name in a
// transcript: `Sekreterare Klas Ek Paragrafer …`, `Sekreterare Paragrafer Lena Ås`,
// `Justerande Eva Ström (M) Organ …`. The label word is never part of the name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a label word run on to a signer’s name', () => {
  it('leaves a label word after the name on a page flattened to one line', () => {
    const doc = meetingDoc(
      text(
        'Vattenförbundet Direktionen Sammanträdesprotokoll 2024-03-04 Plats och tid Pumphuset, Ekeby, kl. 13:00 Beslutande Lars Ek (S), ordförande Moa Lind (M) Klas Borg (C) Utses att justera Klas Borg Sekreterare Tova Ring Paragrafer Ordförande Lars Ek Justerande Klas Borg BEVIS Protokollet har anmälts hos direktionen', '',
        '§ 1 Val av justerare', '',
        'Direktionen utser Klas Borg att justera protokollet.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Lars Ek'], secretary: ['Tova Ring'], adjusters: ['Klas Borg'] });
  });

  it('leaves a label word before the name under the signatures’ heading', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Miljönämnden', 'Sammanträdesdatum 2024-04-02', '',
        'Beslutande Per Holm (C), ordförande', '',
        'Underskrifter', 'Sekreterare Paragrafer Lena Åsberg', 'Ordförande Per Holm', 'Justerande Nils Dahl', '',
        '§ 12 Information', '', 'Nämnden noterar informationen.',
      ),
    );
    expect(doc.signatures).toMatchObject({ secretary: ['Lena Åsberg'], chair: ['Per Holm'], adjusters: ['Nils Dahl'] });
  });

  it('leaves an `Organ` run on after an adjuster’s party', () => {
    const doc = meetingDoc(
      text(
        'Fritidsnämnden SAMMANTRÄDESPROTOKOLL Plats och tid Fritidsgården kl. 09:00 Beslutande Enligt särskild närvarolista Utses att justera Eva Ström (M) Underskrifter Sekreterare Olle Vik Ordförande Justerande Siv Hed (S) Eva Ström (M) Organ ANSLAG/BEVIS Justeringen har tillkännagivits genom anslag', '',
        '§ 3 Val av justerare', '', 'Nämnden utser Eva Ström att justera protokollet.',
      ),
    );
    expect(doc.signatures?.adjusters).toEqual(['Eva Ström']);
  });
});
