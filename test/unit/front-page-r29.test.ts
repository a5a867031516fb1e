// Front-page layouts read in round 29, each seen in real minutes: a flattened Finnish-Swedish
// `Övriga närvarande` run with organ letters and Roman ordinals before each name. Every name,
// place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const pick = (doc: ReturnType<typeof meetingDoc>, role: string) =>
  doc.participants.filter((p) => p.role === role).map((p) => [p.name, p.organisation, p.position, p.note]);

describe('a flattened `Övriga närvarande` run, surname first, an organ\'s letters before each position', () => {
  const doc = meetingDoc(
    text(
      'MÖTESPROTOKOLL Nr 2/2024',
      'Kommunstyrelsen',
      'Mötesplats och -tid Kommunhuset kl 17.00-19.30',
      'Närvarande medlemmar Lindqvist Maria, ordförande Berg Anders, medlem Holm Karin, medlem',
      'Övriga närvarande Sjöberg Tom, KST I vice ordförande Ek Eva, FGE II vice ordförande Nurmi Juha, kommundirektör, ej närvarande 25-26 Salo Jarkko, förvaltningsdirektör Aho Sari, personalrepresentant',
      '',
      '§ 24 Mötets konstituering',
      'Kommunstyrelsen konstaterade att mötet var lagligt.',
    ),
  );
  it('gives the letters and the position to the name before them, and the §§ to the entry they close', () => {
    expect(pick(doc, 'other')).toEqual([
      ['Sjöberg Tom', 'KST', 'I vice ordförande', null],
      ['Ek Eva', 'FGE', 'II vice ordförande', null],
      ['Nurmi Juha', null, 'kommundirektör', 'ej närvarande 25-26'],
      ['Salo Jarkko', null, 'förvaltningsdirektör', null],
      ['Aho Sari', null, 'personalrepresentant', null],
    ]);
  });
});

describe('a flattened `Underskrifter` row, each name with its role word after it, a double surname among them', () => {
  const doc = meetingDoc(
    text(
      'Protokoll 3/2024',
      'Centralvalnämnden',
      'Tid kl. 18:15-19:05 Plats Kommunhuset Underskrifter Marko Lindholm ordförande Gunnel Ek-Ikonen protokollförare',
      '',
      '§ 24 Sammanträdets laglighet',
      'Nämnden konstaterade att sammanträdet var lagligt.',
    ),
  );
  it('reads the double surname as one signer\'s', () => {
    expect(doc.signatures?.chair).toEqual(['Marko Lindholm']);
    expect(doc.signatures?.secretary).toEqual(['Gunnel Ek-Ikonen']);
  });
});

describe('`personlig ersättare` without the member named', () => {
  const doc = meetingDoc(
    text(
      'Protokoll',
      'Styrelsen för Samordningsförbundet Norrby',
      'Datum 2024-05-14 kl. 09.00-11.00',
      '',
      'Beslutande',
      'Anna Berg (S), ordförande',
      'Rita Holm (S) personlig ersättare',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnade mötet.',
    ),
  );
  it('makes her a deputy, neither a position nor a note', () => {
    expect(doc.participants.map((p) => [p.name, p.role, p.position, p.note])).toEqual([
      ['Anna Berg', 'member', 'ordförande', null],
      ['Rita Holm', 'deputy', null, null],
    ]);
  });
});

describe('a transcript\'s first page, its number before the municipality\'s name and the kind', () => {
  const doc = meetingDoc(
    text(
      '1 Norrviks kommun Protokoll 3/2024 Centralvalnämnden Tid kl. 18:15-19:05 Plats Kommunhuset, Björkrummet Närvarande Lindholm Marko ordförande Berg Harriet vice ordförande Salo Sirkka medlem Frånvarande Koski Jarkko medlem',
      '',
      '2 Norrviks kommun Protokoll 3/2024 § 24 Sammanträdets laglighet Centralvalnämnden konstaterade att sammanträdet var lagligt.',
    ),
  );
  it('reads the page as the front page, the next page\'s header apart from its § (before, the number opened a point and the front page was lost)', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[24, 'Sammanträdets laglighet']]);
    expect(doc.meeting?.organisation).toBe('Norrviks kommun');
    expect(doc.meeting?.startTime).toBe('18:15');
    expect(doc.meeting?.location).toBe('Kommunhuset, Björkrummet');
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Lindholm Marko', 'member', 'ordförande'],
      ['Berg Harriet', 'member', 'vice ordförande'],
      ['Salo Sirkka', 'member', null],
      ['Koski Jarkko', 'absent', null],
    ]);
  });
});

describe('a flattened `Justering` row: the adjusting\'s sentence, then each adjuster with the role word after the name', () => {
  const doc = meetingDoc(
    text(
      'Norrviks kommun Protokoll 3/2024 Centralvalnämnden Tid kl. 18:15-19:05 Plats Kommunhuset Närvarande Lindholm Marko ordförande Salo Sirkka medlem Strand Raili medlem Underskrifter Marko Lindholm ordförande Gunnel Ek-Ikonen protokollförare Justering Protokollet är justerat och godkänt Sirkka Salo protokolljusterare Raili Strand protokolljusterare Offentlig framläggning Kommunhuset, Storvägen 3',
      '',
      '§ 24 Sammanträdets laglighet',
      'Nämnden konstaterade att sammanträdet var lagligt.',
    ),
  );
  it('gives the adjusters their role (before, the names stayed in the sentence and none adjusted)', () => {
    expect(doc.signatures?.chair).toEqual(['Marko Lindholm']);
    expect(doc.signatures?.secretary).toEqual(['Gunnel Ek-Ikonen']);
    expect(doc.signatures?.adjusters).toEqual(['Sirkka Salo', 'Raili Strand']);
  });
});

describe('a signature table of names over labels run on into one line, no group\'s label before it', () => {
  const doc = meetingDoc(
    text(
      'Protokoll',
      'Styrelsen',
      'Datum 2024-05-14',
      'Beslutande Anna Berg (S), ordförande',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnade mötet.',
      '',
      '§ 2 Avslutning',
      'Mötet avslutades.',
      '',
      'Maria Vik Sekreterare Anders Lök Sofia Grahn Ordförande Justerare',
    ),
  );
  it('gives each name the label after it, in turn (before: both later names were secretaries, the first lost)', () => {
    expect(doc.signatures?.secretary).toEqual(['Maria Vik']);
    expect(doc.signatures?.chair).toEqual(['Anders Lök']);
    expect(doc.signatures?.adjusters).toEqual(['Sofia Grahn']);
  });
});

describe('a notice signed on its last line, each name with the role after it', () => {
  const notice = (last: string[]) =>
    meetingDoc(
      text(
        'Kallelse',
        'Styrelsen för Samordningsförbundet Norrby',
        'Tid: 2024-05-14 kl. 09.00-11.00',
        '',
        'Föredragningslista',
        '1. Mötets öppnande',
        '2. Val av justerare',
        '3. Budget 2025',
        ...last,
      ),
    );
  it('on a line of its own (before: `Lars Holm Ordförande Eva Ring` was the secretary)', () => {
    const doc = notice(['4. Övriga frågor', '', 'Lars Holm Ordförande Eva Ring Sekreterare']);
    expect([doc.signatures?.chair, doc.signatures?.secretary]).toEqual([['Lars Holm'], ['Eva Ring']]);
  });
  it('run on after the last point (before: no signers)', () => {
    const doc = notice(['4. Övriga frågor Lars Holm Ordförande Eva Ring Sekreterare']);
    expect([doc.signatures?.chair, doc.signatures?.secretary]).toEqual([['Lars Holm'], ['Eva Ring']]);
  });
  it('after a point whose title is no standing one, the title not taken for a name', () => {
    const doc = notice(['4. Budget Lars Holm Ordförande Eva Ring Sekreterare']);
    expect([doc.signatures?.chair, doc.signatures?.secretary]).toEqual([['Lars Holm'], ['Eva Ring']]);
  });
});

describe('a flattened `Närvarande ledamöter` run of `Name, Town, position` entries', () => {
  const doc = meetingDoc(
    text(
      'Protokoll fört vid Föreningen Ekbys styrelsemöte',
      'Datum: Tisdagen den 16 september 2008 Plats: Föreningens kansli Närvarande ledamöter: Kristina Pers, Ekby, ordförande Christina Eriks, Västby, vice ordförande Fredrik Hars, Norrby Jan-Olof Hed, Åby Anna Sofie Lieb, personalrepresentant',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnade mötet.',
    ),
  );
  it('gives each town and position to the name before it (before: each name took the town before it, a town the next name\'s first word)', () => {
    expect(doc.participants.map((p) => [p.name, p.organisation, p.position])).toEqual([
      ['Kristina Pers', 'Ekby', 'ordförande'],
      ['Christina Eriks', 'Västby', 'vice ordförande'],
      ['Fredrik Hars', 'Norrby', null],
      ['Jan-Olof Hed', 'Åby', null],
      ['Anna Sofie Lieb', null, 'personalrepresentant'],
    ]);
  });
});

describe('a flattened list whose attendance columns\' heads run on after its heading (`Ersättare Närv. Frånv Anette Löf (S) …`)', () => {
  const doc = meetingDoc(
    text(
      'Sammanträdesprotokoll',
      'Valnämnden',
      'Sammanträdesdatum 2024-03-05',
      'Ledamöter Anna Elf, ordf (S) Curt Ny (S)',
      'Ersättare Närv. Frånv Anette Löf (S) Anita Walt (S) Mats Ivars (L)',
      '',
      '§ 1 Fastställande av föredragningslista',
      'Föredragningslistan fastställs.',
    ),
  );
  it('reads the names after the heads (before: the first deputy was `Frånv Anette Löf`, the rest her notes)', () => {
    expect(doc.participants.filter((p) => p.role === 'deputy').map((p) => [p.name, p.party, p.note])).toEqual([
      ['Anette Löf', 'S', null],
      ['Anita Walt', 'S', null],
      ['Mats Ivars', 'L', null],
    ]);
  });
});

describe('two adjusters run together after `Justerande`, the first named Eric', () => {
  const doc = meetingDoc(
    text(
      'PROTOKOLL',
      'Regionfullmäktige',
      'Sammanträdesdag 2024-02-22',
      'Underskrifter Sekreterare... Per Lund Ordförande... Conny Kris Justerande... Eric Mart Anna Hrd',
      '',
      '§ 1 Val av justerare',
      'Regionfullmäktige beslutar att utse Eric Mart och Anna Hrd att justera.',
    ),
  );
  it('are two (before: one adjuster `Eric Mart Anna Hrd`, the given name unknown)', () => {
    expect(doc.signatures?.adjusters).toEqual(['Eric Mart', 'Anna Hrd']);
  });
});
