// Notices (kallelse, föredragningslista, dagordning) in layouts met in real ones, written
// anew with invented names, places and content.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('agenda titles end before a proposal line', () => {
  it('an indented `Förslag:` under a numbered title in a Nr / Ärende / Dnr table', () => {
    const doc = meetingDoc(
      text(
        '                                 KALLELSE',
        'LÖVSTA KOMMUN                    2025-02-03',
        'Tekniska nämnden',
        '',
        'Tid                Tisdagen den 11 februari 2025 kl. 09.00',
        'Plats              Nämndrummet, Stadshuset',
        '',
        '                          FÖREDRAGNINGSLISTA',
        '',
        ' Nr   Ärende                                                    Dnr',
        '  1   Upprop',
        '  2   Val av protokolljusterare',
        '      Förslag: Sanna Berglöf (C)',
        '  3   Taxa för parkering i centrum                          TN 2024/310',
        '      Förslag till beslut: Nämnden föreslår fullmäktige',
        '      att anta taxan.',
        '  4   Ny belysning längs Åvägen                             TN 2025/12',
        '      Förslag till beslut: Nämnden godkänner projektet.',
        '  5   Anmälningsärenden',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.proposal])).toEqual([
      [1, 'Upprop', null],
      [2, 'Val av protokolljusterare', 'Sanna Berglöf (C)'],
      [3, 'Taxa för parkering i centrum', 'Nämnden föreslår fullmäktige att anta taxan.'],
      [4, 'Ny belysning längs Åvägen', 'Nämnden godkänner projektet.'],
      [5, 'Anmälningsärenden', null],
    ]);
  });
});

describe('signers of a notice', () => {
  it('`Ordförande   Sekreterare` side by side over their names, the agenda after them', () => {
    const doc = meetingDoc(
      text(
        '                                        KALLELSE',
        'NORRBY KOMMUN                           2025-03-02',
        'Kultur- och fritidsnämnden',
        '',
        'Tid                Torsdagen den 13 mars 2025 kl. 14.00',
        'Plats              Biblioteket, Norrby',
        '',
        'Ordförande                              Sekreterare',
        'Gunnel Ravander                         Petter Strand',
        '',
        '                         FÖREDRAGNINGSLISTA',
        '',
        ' Nr   Ärende                                             Dnr',
        '  1   Val av justerare',
        '  2   Bidrag till föreningar 2025                    KFN 2025/4',
        '  3   Meddelanden',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Gunnel Ravander'], secretary: ['Petter Strand'], adjusters: [] });
  });
});

describe('a flattened notice: a run-on agenda, then a page for some points', () => {
  it('`Förslag till dagordning: 1. … 10. Övriga frågor …`, then `ÄRENDE 4 Title …` pages hold those points\' bodies', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE Samordningsförbundet Södra Älvdalen styrelsen',
        '',
        '1 KALLELSE 2023-02-01 Styrelsen för Samordningsförbundet Södra Älvdalen Härmed kallas till sammanträde Tid: Onsdag 15 februari kl. 13.00-15.00 Plats: Kommunhuset, Älvby',
        '2 Förslag till dagordning: 1. Mötets öppnande 2. Val av justerare 3. Godkännande av dagordning 4. Årsredovisning 2022 - beslut 5. Uppföljning av insatsen Steget - information 6. Budget för projektet Växa - beslut 7. Förbundschefen informerar 8. Kurser under våren 9. Nästa möte 10. Övriga frågor 11. Mötets avslutande',
        '3 ÄRENDE 4 Årsredovisning 2022 Förbundets revisorer har granskat årsredovisningen. Förslag till beslut Styrelsen godkänner årsredovisningen för 2022 enligt bilaga 2. ÄRENDE 6 Budget för projektet Växa Projektet har pågått i två år. Förslag till beslut Styrelsen beviljar 300 000 kr.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.proposal, i.attachments])).toEqual([
      [1, 'Mötets öppnande', null, []],
      [2, 'Val av justerare', null, []],
      [3, 'Godkännande av dagordning', null, []],
      [4, 'Årsredovisning 2022', 'Styrelsen godkänner årsredovisningen för 2022 enligt bilaga 2.', ['2']],
      [5, 'Uppföljning av insatsen Steget', null, []],
      [6, 'Budget för projektet Växa', 'Styrelsen beviljar 300 000 kr.', []],
      [7, 'Förbundschefen informerar', null, []],
      [8, 'Kurser under våren', null, []],
      [9, 'Nästa möte', null, []],
      [10, 'Övriga frågor', null, []],
      [11, 'Mötets avslutande', null, []],
    ]);
    expect(doc.items[3]!.text).toContain('Förbundets revisorer har granskat årsredovisningen.');
  });
});

describe('a föredragningslista whose contents list names points without a page of their own', () => {
  it('every listed point is an item; the written-out ones keep their bodies', () => {
    const doc = meetingDoc(
      text(
        'GRANHOLMS STAD                   KALLELSE OCH FÖREDRAGNINGSLISTA          4/2024',
        'Byggnadsnämnden',
        '',
        'Sammanträdestid     Måndag 8.4.2024 kl. 17.00',
        'Sammanträdesplats   Stadshuset, mötesrum Lärken',
        '',
        'Ärenden',
        '',
        '  § 30   Sammanträdets konstituering ..................................   2',
        '  § 31   Val av protokolljusterare ....................................   2',
        '  § 32   Detaljplan för kvarteret Ankaret .............................   3',
        '  § 33   Meddelanden ..................................................   5',
        '',
        'Granholm 2.4.2024',
        '',
        'Mikael Forsman',
        'ordförande',
        '',
        '',
        '§ 32',
        'DETALJPLAN FÖR KVARTERET ANKARET',
        '',
        'Planen möjliggör bostäder i två våningar.',
        '',
        'Förslag (stadsarkitekt):',
        'Byggnadsnämnden godkänner planförslaget.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title.toLowerCase(), i.proposal])).toEqual([
      [30, 'sammanträdets konstituering', null],
      [31, 'val av protokolljusterare', null],
      [32, 'detaljplan för kvarteret ankaret', 'Byggnadsnämnden godkänner planförslaget.'],
      [33, 'meddelanden', null],
    ]);
  });
});

describe('who presents an agenda point, after a dash on its title line', () => {
  it('`3. **Title** – Ekonomichef Lars-Erik Holm föredrar`', () => {
    const doc = meetingDoc(
      text(
        '# ÄRENDELISTA',
        '',
        '**Nämnd:** Miljönämnden',
        '**Datum:** 2024-09-12',
        '**Tid:** 15.00',
        '**Plats:** Rådhuset, sal B',
        '',
        '### Ärenden',
        '',
        '1. **Val av justerare**',
        '2. **Godkännande av ärendelista**',
        '3. **Delårsrapport för nämnden** – Ekonomichef Lars-Erik Holm föredrar',
        '4. **Tillsynsplan 2025** – Förvaltningen föredrar',
        '5. **Meddelanden**',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.presenter])).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Godkännande av ärendelista', null],
      [3, 'Delårsrapport för nämnden', 'Lars-Erik Holm'],
      [4, 'Tillsynsplan 2025', 'Förvaltningen'],
      [5, 'Meddelanden', null],
    ]);
  });
});
