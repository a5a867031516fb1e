// A block of participant labels and then every person run on in one line (a page a
// transcript flattened, a table's cells read across): each label takes its run of the people
// in order — members with their parties, deputies serving for another (`för`, `ersätter`),
// the deputies who only attend, staff with their positions, the adjuster last — where all
// went to one label before. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const who = (doc: ReturnType<typeof meetingDoc>): (string | null)[][] => doc.participants.map((p) => [p.name, p.role, p.roleLabel]);

describe('labels first, then everyone on one line', () => {
  it('gives members, deputies in service, other deputies and staff their own labels', () => {
    const doc = meetingDoc(
      text(
        '1 ÅSTRANDS KOMMUN PROTOKOLL Nr 4 Socialnämnden Sammanträdesdatum 2023-04-12 NÄRVARANDE Ledamöter Tjg ersättare Övriga ersättare Tjänstemän Jan Berg, ordf (mp) Britt Ek, v ordf (s) Sigge Dahl (c) Maria Holm (m) Tomas Lind (s) Glenn Ljung (s) för Marie Sand Irma Kask (s) för Vera Nord Lena Carl (c) Bengt Mård (v) Jan Dahlberg, socialchef Anders Berg, avdelningschef Anna Hed, sekreterare Paragrafer 30-41', '',
        '§ 30 Val av justerare', '', 'Nämnden utser Britt Ek att justera protokollet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Jan Berg', 'member', 'Ledamöter'],
      ['Britt Ek', 'member', 'Ledamöter'],
      ['Sigge Dahl', 'member', 'Ledamöter'],
      ['Maria Holm', 'member', 'Ledamöter'],
      ['Tomas Lind', 'member', 'Ledamöter'],
      ['Glenn Ljung', 'deputy', 'Tjg ersättare'],
      ['Irma Kask', 'deputy', 'Tjg ersättare'],
      ['Lena Carl', 'deputy', 'Övriga ersättare'],
      ['Bengt Mård', 'deputy', 'Övriga ersättare'],
      ['Jan Dahlberg', 'other', 'Tjänstemän'],
      ['Anders Berg', 'other', 'Tjänstemän'],
      ['Anna Hed', 'other', 'Tjänstemän'],
    ]);
  });

  it('gives the members, the staff and the adjuster their runs where the adjusters’ label ends the block', () => {
    const doc = meetingDoc(
      text(
        '1 1 (20) Paragrafer 3-14 Plats och tid Kommunhuset i Norrvik, kl 18.00 Beslutande Övriga närvarande Utses att justera Tove Cedergren (L), ordförande Helga Dahl (M) Fredrik Hammar (M) Gunnel Jonsson (C) Olle Nyström (S) Gun Samuelsson (S) Ove Ek (SD), tjänstgörande för Therese Bo (SD) Lars Ahl, skolchef Åsa Lönn, nämndsekreterare Mats Säll, verksamhetschef, 3-8 Gun Samuelsson (S) Justeringens plats och tid Barn- och utbildningsförvaltningen Sekreterare Ordförande Justerare Åsa Lönn Tove Cedergren Gun Samuelsson', '',
        '§ 3 Val av justerare', '', 'Nämnden utser Gun Samuelsson att justera protokollet.',
      ),
    );
    expect(who(doc)).toEqual([
      ['Tove Cedergren', 'member', 'Beslutande'],
      ['Helga Dahl', 'member', 'Beslutande'],
      ['Fredrik Hammar', 'member', 'Beslutande'],
      ['Gunnel Jonsson', 'member', 'Beslutande'],
      ['Olle Nyström', 'member', 'Beslutande'],
      ['Gun Samuelsson', 'member', 'Beslutande'],
      ['Ove Ek', 'deputy', 'Beslutande'],
      ['Lars Ahl', 'other', 'Övriga närvarande'],
      ['Åsa Lönn', 'other', 'Övriga närvarande'],
      ['Mats Säll', 'other', 'Övriga närvarande'],
    ]);
    expect(doc.signatures?.adjusters).toEqual(['Gun Samuelsson']);
  });

  it('keeps a heading over the lists’ headings out of the runs (`Övriga närvarande` over `Ersättare`)', () => {
    const doc = meetingDoc(
      text(
        'Sida 1 (30) Plats och tid Stadshuset kl. 09:00-15:00 Beslutande Ledamöter Kjell Hed (S), Kajsa Ek (S), Bertil Jonsson (M) och Per Dahl (L). Övriga närvarande Ersättare Kenneth Lund (S), Hilda Berg (S) och Anna Wall (M). Tjänstemän Kommundirektör Jan Fransson Justerande Per Dahl (L)', '',
        '§ 1 Val av justerare', '', 'Styrelsen utser Per Dahl att justera protokollet.',
      ),
    );
    expect(doc.participants.filter((p) => p.roleLabel === 'Ersättare').map((p) => [p.name, p.role])).toEqual([
      ['Kenneth Lund', 'deputy'], ['Hilda Berg', 'deputy'], ['Anna Wall', 'deputy'],
    ]);
  });
});
