// Signatures (issue 3): chair, secretary and adjusters from every block style of the
// seeds and a few more; adjustedOn, posted and storedAt from the anslag/bevis facts;
// signedAt from an e-signing certificate.
import { describe, expect, it } from 'vitest';
import { readCertificate } from '../../src/parse/signatures/certificate.js';
import { readPosting } from '../../src/parse/signatures/posting.js';
import { HEADER, ITEMS, MEMBERS, linesOf, meetingDoc, minutes, parseText, text } from './helpers.js';

const DEBRIS = /[_.]{2,}|-{2,}|\\|\*|Justerandes sign|Ordförandes sign/;

describe('signature blocks after the items', () => {
  it('reads `Sekreterare / Ordförande / Justerare` rows with dashed lines above and the name on the same line', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '',
          '------------------------------------------------------',
          '',
          'Sekreterare Stina Berg',
          '',
          '------------------------------------------------------',
          '',
          'Ordförande Anna Andersson',
          '',
          '------------------------------------------------------',
          '',
          'Justerare Karin Lund',
        ),
      }),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
    expect(doc.items[doc.items.length - 1]!.text).toBe('Ordföranden avslutar mötet.');
  });

  it('reads two signers each with the role after the name run on in one line under `Justeras`', () => {
    const doc = meetingDoc(minutes({ after: text('', 'Vid protokollet', '', 'Stina Berg', '', 'Justeras', '', 'Anna Andersson, ordförande Karin Lund, justerare') }));
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
  });

  it('reads an underscore line between the label and the name', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '',
          'Sekreterare ______________________ Stina Berg',
          '',
          'Ordförande ______________________ Anna Andersson',
          '',
          'Justerare ______________________ Karin Lund',
        ),
      }),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
    expect(doc.items[doc.items.length - 1]!.text).toBe('Ordföranden avslutar mötet.');
  });

  it('reads `Label: Name` lines after the last item', () => {
    const doc = meetingDoc(minutes({ after: text('', 'Ordförande: Anna Andersson', '', 'Sekreterare: Stina Berg', '', 'Justerare: Karin Lund') }));
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
    expect(doc.items[doc.items.length - 1]!.text).toBe('Ordföranden avslutar mötet.');
  });

  it('reads labels with the name on the next line and no rules at all', () => {
    const doc = meetingDoc(minutes({ after: text('', 'Ordförande', 'Anna Andersson', '', 'Justerare', 'Karin Lund', '', 'Sekreterare', 'Stina Berg') }));
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
    expect(doc.items[doc.items.length - 1]!.text).toBe('Ordföranden avslutar mötet.');
  });

  it('reads `Label:` lines with the name below, after page furniture', () => {
    const doc = meetingDoc(
      minutes({ after: text('', 'Justerandes signatur', '', 'Sekreterare:', 'Stina Berg', '', 'Ordförande:', 'Anna Andersson', '', 'Justerare:', 'Karin Lund') }),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
    expect(doc.items[doc.items.length - 1]!.text).toBe('Ordföranden avslutar mötet.');
  });

  it('reads a markdown `## Underskrifter` block with underscores and `Name, Organisation`', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '## Underskrifter',
          '',
          'Ordförande',
          '',
          '\\_\\_\\_\\_\\_  ',
          'Anna Andersson, Borås Stad',
          '',
          'Justerare',
          '',
          '\\_\\_\\_\\_\\_  ',
          'Karin Lund, Region Skåne',
          '',
          'Sekreterare',
          '',
          '\\_\\_\\_\\_\\_  ',
          'Stina Berg, Samordningsförbundet Väst',
          '',
          'Ordförandes sign/Justerandes sign',
        ),
      }),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
  });

  it('reads the two-column block: `Vid protokollet` over two names, `Justeras    Ordförande` over two names', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '',
          'Vid protokollet',
          '',
          '',
          '-----------------------------   ----------------------------',
          'Malin Gruvhagen   Joakim Ivarsson',
          '',
          '',
          'Justeras    Ordförande',
          '',
          '',
          '-----------------------------   -----------------------------',
          'Karin Lund    Anna Andersson',
        ),
      }),
    );
    expect(doc.signatures).toMatchObject({
      chair: ['Anna Andersson'],
      secretary: ['Malin Gruvhagen', 'Joakim Ivarsson'],
      adjusters: ['Karin Lund'],
    });
  });

  it('reads labels over columns of dotted lines and names: `Sekreterare   Ordförande   Justerare`', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '',
          'Sekreterare                 Ordförande                  Justerare',
          '',
          '.....................       .....................       .....................',
          'Stina Berg                  Anna Andersson              Karin Lund',
        ),
      }),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
  });

  it('reads labels with dotted leaders and the name on the next line', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '',
          'Sekreterare  .....................................................................',
          '',
          'Stina Berg',
          '',
          'Ordförande  .....................................................................',
          '  Anna Andersson',
          '',
          'Justerare  .....................................................................',
          '  Karin Lund',
        ),
      }),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
  });

  it('reads a dotted leader between the label and the name on one line', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '',
          'Sekreterare ....................................... Stina Berg',
          'Ordförande ........................................ Anna Andersson',
          'Justerare ......................................... Karin Lund',
        ),
      }),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
  });

  it('reads two adjusters side by side under one label', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '',
          'Justerare',
          '',
          '-------------------------------     -------------------------------',
          'Karin Lund                          Olle Ek',
          '',
          'Ordförande',
          '',
          '-------------------------------',
          'Anna Andersson',
          '',
          'Protokollförare',
          '',
          '-------------------------------',
          'Stina Berg',
        ),
      }),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund', 'Olle Ek'] });
  });

  it('does not count the chair again as an adjuster when `Justeras` lists the chair', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '',
          'Justeras',
          '',
          '-------------------------------     -------------------------------',
          'Anna Andersson                      Karin Lund',
          '',
          'Ordförande',
          '',
          '-------------------------------',
          'Anna Andersson',
        ),
      }),
    );
    expect(doc.signatures?.chair).toEqual(['Anna Andersson']);
    expect(doc.signatures?.adjusters).toEqual(['Karin Lund']);
  });

  it('ends the last item at the signature block', () => {
    const doc = meetingDoc(
      minutes({
        after: text('', 'Vid protokollet', '', '-----------------------------', 'Stina Berg', '', 'Justeras', '', '-----------------------------', 'Karin Lund'),
      }),
    );
    const last = doc.items[doc.items.length - 1]!;
    expect(last.text).toBe('Ordföranden avslutar mötet.');
    expect(last.lines.end).toBeLessThan(doc.lines.end);
  });

  it('leaves no debris in the names', () => {
    const doc = meetingDoc(
      minutes({
        after: text('', 'Sekreterare  ........................', '  Stina Berg*', '', 'Ordförande  ........................', '  Anna Andersson', ''),
      }),
    );
    // (the adjuster is the one § 2 elects: `Karin Lund väljs till justerare`)
    const names = [...doc.signatures!.chair, ...doc.signatures!.secretary, ...doc.signatures!.adjusters];
    expect(names).toEqual(['Anna Andersson', 'Stina Berg', 'Karin Lund']);
    for (const n of names) expect(n).not.toMatch(DEBRIS);
  });
});

describe('signature blocks in the header (before the items)', () => {
  it('reads rows with dashed lines and `Label Name` on one line before `§§ Ärenden`', () => {
    const doc = meetingDoc(
      [
        HEADER,
        MEMBERS,
        text(
          'Omfattning',
          '',
          '§§ 1-3',
          '',
          '------------------------------------------------------',
          '',
          'Sekreterare Stina Berg',
          '',
          '------------------------------------------------------',
          '',
          'Ordförande Anna Andersson',
          '',
          '------------------------------------------------------',
          '',
          'Justerare Karin Lund',
          '',
        ),
        ITEMS,
      ].join('\n'),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
    expect(doc.meeting?.paragraphs).toEqual({ from: 1, to: 3 });
    expect(doc.participants.map((x) => x.name)).toEqual(['Anna Andersson', 'Karin Lund', 'Olle Ek']);
  });

  it('reads plain `Label Name` lines in the header', () => {
    const doc = meetingDoc([HEADER, MEMBERS, text('Sekreterare Stina Berg', '', 'Ordförande Anna Andersson', '', 'Justerare Karin Lund', ''), ITEMS].join('\n'));
    expect(doc.signatures).toMatchObject({ chair: ['Anna Andersson'], secretary: ['Stina Berg'], adjusters: ['Karin Lund'] });
  });

  it('reads dotted leaders, the BEVIS block and its dates, and the storage place', () => {
    const doc = meetingDoc(
      [
        HEADER,
        MEMBERS,
        text(
          'Sekreterare  .....................................................................',
          '',
          'Stina Berg',
          '',
          'Ordförande  .....................................................................',
          '  Anna Andersson',
          '',
          'Justerare  .....................................................................',
          '  Karin Lund',
          '',
          '________________________________________________________________________________',
          '',
          'BEVIS',
          '',
          'Justeringen har tillkännagivits genom anslag.',
          '',
          'Sammanträdesdatum: 2023-03-15 Justeringsdatum: 2023-03-20',
          '',
          'Datum för anslags uppsättande:        2023-03-21          Datum för anslags nedtagande: 2023-04-12',
          '',
          'Protokollet förvaras på Samordningsförbundets kansli.',
          '',
        ),
        ITEMS,
      ].join('\n'),
    );
    expect(doc.signatures).toEqual({
      chair: ['Anna Andersson'],
      secretary: ['Stina Berg'],
      adjusters: ['Karin Lund'],
      adjustedOn: '2023-03-20',
      posted: { from: '2023-03-21', to: '2023-04-12' },
      storedAt: 'Samordningsförbundets kansli',
      signedAt: [],
    });
    expect(doc.meeting?.date).toBe('2023-03-15');
  });
});

describe('the municipal template (labels in a left column, Underskrifter, ANSLAG/BEVIS)', () => {
  const doc = meetingDoc(
    text(
      '                                  SAMMANTRÄDESPROTOKOLL',
      '                                  Sammanträdesdatum',
      'Samordningsförbundet Väst         2023-03-15',
      'Styrelsen',
      '',
      'Plats och tid          Kommunhuset i Uddevalla, kl. 13.00-15.00',
      '',
      'Beslutande             Anna Andersson (S), ordförande',
      '                       Karin Lund (M)',
      '                       Olle Ek (C) ersätter Eva Ek (S)',
      '',
      'Övriga närvarande      Stina Berg, förbundschef',
      '                       Per Olsson, ekonom',
      '',
      'Utses att justera      Karin Lund',
      '',
      'Justeringens',
      'plats och tid          Kansliet 2023-03-20',
      '',
      'Underskrifter          Sekreterare    .................................     Paragrafer 1-3',
      '                                      Stina Berg',
      '',
      '                       Ordförande     .................................',
      '                                      Anna Andersson',
      '',
      '                       Justerande     .................................',
      '                                      Karin Lund',
      '________________________________________________________________________',
      '                                  ANSLAG/BEVIS',
      '',
      'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
      '',
      'Organ                          Styrelsen, Samordningsförbundet Väst',
      'Sammanträdesdatum              2023-03-15',
      'Datum då anslaget sätts upp    2023-03-21      Datum då anslaget tas ned   2023-04-12',
      'Förvaringsplats för protokollet   Kansliet, Uddevalla',
      '',
      'Underskrift    .................................',
      '               Stina Berg',
      '',
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnar mötet.',
      '',
      '§ 2 Budget 2024',
      'Styrelsen beslutar att fastställa budgeten.',
      '',
      '§ 3 Mötets avslutande',
      'Ordföranden avslutar mötet.',
    ),
  );

  it('reads the meeting and the participants beside their labels', () => {
    expect(doc.title).toBe('SAMMANTRÄDESPROTOKOLL');
    expect(doc.meeting).toMatchObject({
      organisation: 'Samordningsförbundet Väst',
      body: 'styrelse',
      date: '2023-03-15',
      startTime: '13:00',
      endTime: '15:00',
      location: 'Kommunhuset i Uddevalla',
      paragraphs: { from: 1, to: 3 },
    });
    expect(doc.participants.map((x) => [x.name, x.role, x.party, x.position, x.substituteFor])).toEqual([
      ['Anna Andersson', 'member', 'S', 'ordförande', null],
      ['Karin Lund', 'member', 'M', null, null],
      // a deputy serving for a member (SCHEMA.md: substituteFor)
      ['Olle Ek', 'deputy', 'C', null, 'Eva Ek'],
      ['Stina Berg', 'other', null, 'förbundschef', null],
      ['Per Olsson', 'other', null, 'ekonom', null],
    ]);
  });

  it('reads the signatures, the posting dates and the storage place', () => {
    expect(doc.signatures).toMatchObject({
      chair: ['Anna Andersson'],
      secretary: ['Stina Berg'],
      adjusters: ['Karin Lund'],
      posted: { from: '2023-03-21', to: '2023-04-12' },
      storedAt: 'Kansliet, Uddevalla',
      signedAt: [],
    });
    expect(doc.items.map((it) => it.number)).toEqual([1, 2, 3]);
  });
});

describe('anslag / bevis after the signatures', () => {
  it('reads an `Anslag/bevis` table', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '',
          'Sekreterare                 Ordförande                  Justerare',
          '',
          '.....................       .....................       .....................',
          'Stina Berg                  Anna Andersson              Karin Lund',
          '',
          '## Anslag/bevis',
          '',
          '|                               |   |',
          '|-------------------------------|---|',
          '| Organ                         | Styrelsen, Samordningsförbundet Väst |',
          '| Sammanträdesdatum             | 2023-03-15  |',
          '| Anslaget under tiden          | 2023-03-21 – 2023-04-12 |',
          '| Förvaringsplats för protokoll | Samordningsförbundet Väst, Storgatan 1, Uddevalla |',
        ),
      }),
    );
    expect(doc.signatures).toMatchObject({
      posted: { from: '2023-03-21', to: '2023-04-12' },
      storedAt: 'Samordningsförbundet Väst, Storgatan 1, Uddevalla',
    });
  });

  it('reads labelled lines: justeringsdatum, anslaget uppsatt / nedtaget, förvaringsplats', () => {
    const doc = meetingDoc(
      minutes({
        after: text(
          '',
          'Justerare',
          '',
          '-------------------------------',
          'Karin Lund',
          '',
          'Justeringsdatum: 2023-03-20',
          'Anslaget uppsatt: 2023-03-21',
          'Anslaget nedtaget: 2023-04-12',
          'Förvaringsplats för protokollet: Samordningsförbundets kansli, Uddevalla',
        ),
      }),
    );
    expect(doc.signatures).toMatchObject({
      adjusters: ['Karin Lund'],
      adjustedOn: '2023-03-20',
      posted: { from: '2023-03-21', to: '2023-04-12' },
      storedAt: 'Samordningsförbundets kansli, Uddevalla',
    });
  });
});

describe('readPosting', () => {
  it.each<[string, ReturnType<typeof readPosting>]>([
    ['Anslaget under tiden   2024-11-28 – 2024-12-19', { adjustedOn: null, posted: { from: '2024-11-28', to: '2024-12-19' }, storedAt: null }],
    ['Justeringsdatum: 2020-11-26', { adjustedOn: '2020-11-26', posted: null, storedAt: null }],
    [
      'Datum för anslags uppsättande:        2020-11-30          Datum för anslags nedtagande: 2020-12-21',
      { adjustedOn: null, posted: { from: '2020-11-30', to: '2020-12-21' }, storedAt: null },
    ],
    ['Protokollet förvaras på Samordningsförbundets kansli.', { adjustedOn: null, posted: null, storedAt: 'Samordningsförbundets kansli' }],
    ['Förvaringsplats   Kansliet, Storgatan 1', { adjustedOn: null, posted: null, storedAt: 'Kansliet, Storgatan 1' }],
    ['Anslaget uppsatt 2023-03-21', { adjustedOn: null, posted: { from: '2023-03-21', to: null }, storedAt: null }],
    // the posting said in a sentence, or by the notice of adjustment
    [
      'Protokollet är justerat och anslaget på kommunens digitala anslagstavla 2024-03-20--2024-04-11.',
      { adjustedOn: null, posted: { from: '2024-03-20', to: '2024-04-11' }, storedAt: null },
    ],
    ['Tillkännagivande av justering 2024-03-20 – 2024-04-11', { adjustedOn: null, posted: { from: '2024-03-20', to: '2024-04-11' }, storedAt: null }],
  ])('%j', (input, expected) => {
    const lines = linesOf(input);
    expect(readPosting(lines, 0, lines.length)).toEqual(expected);
  });

  it('reads nothing from a line without a posting label', () => {
    const lines = linesOf(text('Sammanträdesdatum 2023-03-15', 'Ordföranden öppnar mötet.'));
    expect(readPosting(lines, 0, lines.length)).toEqual({ adjustedOn: null, posted: null, storedAt: null });
  });
});

describe('e-signing certificates', () => {
  const certificate = text(
    '',
    '',
    '',
    'Certification',
    '',
    '**Anna Andersson**',
    '',
    'Signer',
    '',
    '**Signed at**',
    '',
    '2023-03-20 10:11:12',
    '',
    '**Karin Lund**',
    '',
    'Signer',
    '',
    '**Signed with**',
    '',
    'Swedish Mobile BankID (AES)',
    '',
    '**Signed at**',
    '',
    '2023-03-21 08:00:00',
  );

  it('readCertificate pairs each signer with the time it signed', () => {
    const lines = linesOf(certificate);
    expect(readCertificate(lines, 0, lines.length)).toEqual([
      { name: 'Anna Andersson', at: '2023-03-20 10:11:12' },
      { name: 'Karin Lund', at: '2023-03-21 08:00:00' },
    ]);
  });

  it('puts the e-signatures on the minutes before the certificate, which is a document of its own', () => {
    const r = parseText(
      minutes({
        after: text('', 'Ordförande                  Justerare', '', '.....................       .....................', 'Anna Andersson              Karin Lund') + certificate,
      }),
    );
    expect(r.documents.map((d) => d.kind)).toEqual(['minutes', 'other']);
    expect(r.documents[1]!.title).toBe('Certification');
    expect(r.documents[0]!.signatures).toMatchObject({
      chair: ['Anna Andersson'],
      adjusters: ['Karin Lund'],
      signedAt: [
        { name: 'Anna Andersson', at: '2023-03-20 10:11:12' },
        { name: 'Karin Lund', at: '2023-03-21 08:00:00' },
      ],
    });
  });

  it('reads a Swedish certificate with `Undertecknare` and `Signerat:`', () => {
    const lines = linesOf(
      text('Signeringsintyg', '', 'Anna Andersson', 'Undertecknare', 'Signerat: 2023-03-20 10:11:12', '', 'Karin Lund', 'Undertecknare', 'Signerat: 2023-03-21 08:00:00'),
    );
    expect(readCertificate(lines, 0, lines.length)).toEqual([
      { name: 'Anna Andersson', at: '2023-03-20 10:11:12' },
      { name: 'Karin Lund', at: '2023-03-21 08:00:00' },
    ]);
  });
});

describe('no signatures', () => {
  it('is null for minutes that have none', () => {
    const items = text('§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§ 2 Mötets avslutande', 'Ordföranden avslutar mötet.');
    expect(meetingDoc(minutes({ items })).signatures).toBeNull();
  });
});

describe('adjusters elected in an item, where the front page names none', () => {
  const electing = (...body: string[]): string =>
    text('PROTOKOLL', 'Styrelsen, Samordningsförbundet Nordmark', 'Datum: 2024-02-07', '', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '', '§ 2 Val av justerare', ...body, '', '§ 3 Budget 2024', 'Styrelsen beslutar att godkänna budgeten.');

  it.each([
    ['Anna Ek (S) utses att jämte ordföranden justera dagens protokoll.', ['Anna Ek']],
    ['Lina Holm och Mats Berg valdes till protokolljusterare.', ['Lina Holm', 'Mats Berg']],
    ['Till justerare utsågs Per Ås (M).', ['Per Ås']],
    ['Att jämte ordföranden justera protokollet väljs Eva Ek och Bo Lind.', ['Eva Ek', 'Bo Lind']],
    ['Ordföranden och Karin Sten utses att justera protokollet.', ['Karin Sten']],
  ])('%s', (sentence, names) => {
    expect(meetingDoc(electing(sentence)).signatures?.adjusters).toEqual(names);
  });

  it('takes none from a sentence that elects no person, nor from an agenda', () => {
    expect(meetingDoc(electing('Styrelsen utses att justera protokollet vid nästa möte.')).signatures?.adjusters ?? []).toEqual([]);
    const notice = text('KALLELSE', 'Styrelsen, Samordningsförbundet Nordmark', 'Datum: 2024-02-07', '', '1. Val av justerare', 'Anna Ek utses att justera protokollet.', '', '2. Budget 2024');
    expect(meetingDoc(notice).signatures?.adjusters ?? []).toEqual([]);
  });
});
