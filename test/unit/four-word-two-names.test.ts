// Two names of two words run together where the lexicon lacks the second one's given name
// (`Göran Ek Gunder Lind`, `Per Ek Dorota Wiśniewska Lind`): four capitalised words whose first is a
// given name and whose second is none are two people, in a list and under a signer's label;
// an organisation after a name (`Region Norrbotten`) stays the name's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('four capitalised words are two names', () => {
  it('cuts a run-on list of members where a given name is unknown', () => {
    const doc = meetingDoc(
      text(
        'NORRBY KOMMUN PROTOKOLL 1(12) Plats och tid Folkets hus, Norrby, torsdagen den 9 juni 2022, kl 13.00 Beslutande Karin Öst, ordf. Ulf Berg Ewa Sand Göran Lind Gunder Alm Bo Tallroth Utses att justera Ulf Berg Underskrift Sekreterare Maja Ek Ordförande Karin Öst Justerande Ulf Berg', '',
        'Sn 1 Val av justerare', '', 'Ulf Berg utsågs att justera protokollet.',
      ),
    );
    expect(doc.participants.filter((p) => p.role === 'member').map((p) => p.name)).toEqual([
      'Karin Öst', 'Ulf Berg', 'Ewa Sand', 'Göran Lind', 'Gunder Alm', 'Bo Tallroth',
    ]);
  });

  it('cuts a run-on list of deputies where the second name has three words', () => {
    const doc = meetingDoc(
      text(
        'Tid och plats Stadshuset, Sessionssalen kl 18.00 Beslutande Se förteckning bilaga 1 Närvarande, ej tjänstgörande. Ersättare Per Ek Dorota Wiśniewska Lind Bertil Holm Safwat Abdel Rahim Gun Ström Jonas Berg (V) Övriga närvarande Ulla Åkesson, sekr', '',
        '§ 1 Val av justerare', '', 'Fullmäktige utser Jonas Berg att justera protokollet.',
      ),
    );
    expect(doc.participants.filter((p) => p.role === 'deputy').map((p) => p.name)).toEqual([
      'Per Ek', 'Dorota Wiśniewska Lind', 'Bertil Holm', 'Safwat Abdel Rahim', 'Gun Ström', 'Jonas Berg',
    ]);
  });

  it('names two adjusters under one label', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Kommunfullmäktige', 'Sammanträdesdatum 2023-12-14', '',
        'Beslutande Se bilaga 1', '',
        'Underskrifter', 'Sekreterare Ulla Åkesson', 'Ordförande Olle Säve', 'Justerande Göran Lind Gunder Alm', '',
        '§ 1 Val av justerare', '', 'Fullmäktige utser Göran Lind och Gunder Alm att justera protokollet.',
      ),
    );
    expect(doc.signatures?.adjusters).toEqual(['Göran Lind', 'Gunder Alm']);
  });

  it('keeps an organisation after a name in a flattened two-column list', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Samordningsförbundet Norrby', 'Plats och tid Kansliet, klockan 8.30-12.00', '',
        'Beslutande Peter Vall Norrby kommun, ordförande Harriet Ek Region Norrbotten Mikael Broman Försäkringskassan Anders Hahl Arbetsförmedlingen', '',
        '§ 1 Mötets öppnande', '', 'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.organisation])).toEqual([
      ['Peter Vall', 'Norrby kommun'], ['Harriet Ek', 'Region Norrbotten'], ['Mikael Broman', 'Försäkringskassan'], ['Anders Hahl', 'Arbetsförmedlingen'],
    ]);
  });
});
