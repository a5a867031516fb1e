// Åland minutes flattened to one line, the letterhead's row ending with the labels of when and where
// and the members' heading after them (`… Kommunstyrelsen Sammanträdestid Sammanträdesplats Beslutande`),
// then one text of all their values: the hours (their dash lost, `kl. 17:00 20:15.`), the place, and the
// members written surname first, each with a comma after them. The hours and the place go to their
// labels; the list opens at the first person's name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const BODY =
  '\n\n2 Kommunstyrelsen Protokoll 4/ Sid 2 12 SAMMANTRÄDETS KONSTITUERANDE Kommunstyrelsen 12/ Sammanträdet konstateras vara lagligen sammankallat och beslutfört. Kommunstyrelsen beslöt enligt förslaget.\n\n' +
  '3 Kommunstyrelsen Protokoll 4/ Sid 3 13 ANMÄLNINGSÄRENDEN Kommunstyrelsen 13/ Ärendena antecknades för kännedom.\n';
const SIGNING =
  ' Paragrafer Norrvik den 3 mars 2021 Bertil Lindqvist Protokolljustering Norrvik den 3 mars 2021 Oskar Dahl Anton Sjöberg Greta Karlsson Protokollet framlagt till påseende Kommunkansliet i Norrvik den 5 mars 2021 Kommunsekreterare Utdragets riktighet bestyrker Norrvik / 202_ Oskar Dahl';

describe('the hours and the place run on before a list written surname first', () => {
  it('the members after them, the other attendees under their own heading', () => {
    const doc = meetingDoc(
      '1 NORRVIKS KOMMUN Organ Sammanträdesdatum Nr Kommunstyrelsen Sammanträdestid Sammanträdesplats Beslutande kl. 17:00 20:15. Kommunkansliet Lindqvist Bertil, ordförande, Holmén Stina, vice ordförande, Sjöberg Anton, Karlsson Greta, Nyström Olof. Frånvarande Övriga närvarande Ahlgren Nils, kommunfullmäktiges ordförande, Dahl Oskar, kommunsekreterare, sekreterare.' +
        SIGNING +
        BODY,
    );
    // (under the time's label, two clock times in order one space apart are the hours, their dash lost)
    expect([doc.meeting!.startTime, doc.meeting!.endTime, doc.meeting!.location]).toEqual(['17:00', '20:15', 'Kommunkansliet']);
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Lindqvist Bertil', 'member', 'ordförande'],
      ['Holmén Stina', 'member', 'vice ordförande'],
      ['Sjöberg Anton', 'member', null],
      ['Karlsson Greta', 'member', null],
      ['Nyström Olof', 'member', null],
      ['Ahlgren Nils', 'other', 'kommunfullmäktiges ordförande'],
      ['Dahl Oskar', 'other', 'kommunsekreterare'],
    ]);
  });

  it('a date before the hours, a place of several words', () => {
    const doc = meetingDoc(
      '1 NORRVIKS KOMMUN Organ Sammanträdesdatum Nr Kommunstyrelsen 3.3.2021 4 Sammanträdestid Sammanträdesplats Beslutande 3.3.2021 kl. 18:00 19:45. Kommungården i Norrvik Lindqvist Bertil, ordförande, Sjöberg Anton, Karlsson Greta, Nyström Olof. Övriga närvarande Dahl Oskar, kommunsekreterare, sekreterare.' +
        SIGNING +
        BODY,
    );
    expect([doc.meeting!.startTime, doc.meeting!.endTime, doc.meeting!.location]).toEqual(['18:00', '19:45', 'Kommungården i Norrvik']);
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Lindqvist Bertil', 'member'],
      ['Sjöberg Anton', 'member'],
      ['Karlsson Greta', 'member'],
      ['Nyström Olof', 'member'],
      ['Dahl Oskar', 'other'],
    ]);
  });

  it('the headings of two lists, each list closed by a full stop', () => {
    const doc = meetingDoc(
      '1 NORRVIKS KOMMUN Organ Sammanträdesdatum Nr Kommunfullmäktige 3.3.2021 2 Sammanträdestid Sammanträdesplats Beslutande Frånvarande 3.3.2021 kl. 19:00 20:30. Kommunkansliet Lindqvist Bertil, ordförande, Sjöberg Anton, Karlsson Greta, ersättare, Nyström Olof. Wester Maja, Holmén Stina. Övriga närvarande Dahl Oskar, kommunsekreterare, sekreterare, Wik Lena, socialchef, 21, kl. 19:00-19:30.' +
        SIGNING +
        BODY,
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Lindqvist Bertil', 'member', 'ordförande'],
      ['Sjöberg Anton', 'member', null],
      ['Karlsson Greta', 'deputy', null],
      ['Nyström Olof', 'member', null],
      ['Wester Maja', 'absent', null],
      ['Holmén Stina', 'absent', null],
      ['Dahl Oskar', 'other', 'kommunsekreterare'],
      ['Wik Lena', 'other', 'socialchef'],
    ]);
  });
});
