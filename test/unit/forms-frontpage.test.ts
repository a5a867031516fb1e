// The front page in every layout family of issue 10: where the labels stand (line start,
// after a column gap, on a line of their own, all labels before all values, the whole page
// on one line), the forms of a participant line, and the signature and anslag/bevis block.
// Every text is invented; each `it` is one form. A case marked `it.fails` keeps the right
// expectation for a form the parser still reads wrongly (see its `parser gap` comment).
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { meetingDoc, parseText, text } from './helpers.js';

// two short §§ after every front page, naming nobody (no adjuster check fires)
const ITEMS = text('', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§ 2 Budget', 'Nämnden godkänner budgeten.');

const roster = (doc: Document): [string, string, string][] => doc.participants.map((p) => [p.name, p.role, p.roleLabel]);
const who = (doc: Document, name: string) => {
  const p = doc.participants.find((x) => x.name === name);
  if (!p) throw new Error(`no participant ${name} in ${JSON.stringify(doc.participants.map((x) => x.name))}`);
  return p;
};

// pdftotext -layout of a two-column template: labels left, values after a column gap
const LAYOUT = [
  'FJÄLLBO KOMMUN                          Protokoll                                  1(6)',
  'Socialnämnden',
  'Sammanträdesdatum                       2021-03-17',
  '',
  'Plats och tid                           Medborgarhuset, Fjällbo onsdagen den 17 mars 2021',
  '                                        kl 13.00-15.30',
  '',
  'Beslutande                              Greta Holm (s), ordförande',
  '                                        Viktor Sand (m)',
  '                                        Oskar Myr (v)',
  '',
  'Ej beslutande                           Tove Ljung (s)',
  '                                        Bertil Rask (kd)',
  '',
  'Övriga deltagande                       Socialchef Maja Lindqvist',
  '                                        Nämndsekreterare Ida Hägg',
  '',
  'Utses att justera                       Viktor Sand och Oskar Myr',
  '',
  'Justeringens plats och tid              Socialkontoret fredagen den 19 mars 2021, kl 10.00',
  '',
  'Underskrifter              Sekreterare  ..............................................   Paragrafer   1-2',
  '                                        Ida Hägg',
  '',
  '                           Ordförande   ..............................................',
  '                                        Greta Holm',
  '',
  '                           Justerande   ..............................................',
  '                                        Viktor Sand            Oskar Myr',
  '',
  '                                                        ANSLAG/BEVIS',
  '',
  '                              Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
  '',
  'Nämnd / styrelse                        Socialnämnden',
  '',
  'Sammanträdesdatum                       2021-03-17',
  'Datum för                                                                    Datum för',
  'anslags uppsättande                     2021-03-22                           anslags nedtagande        2021-04-13',
  'Förvaringsplats',
  'för protokollet                         Socialkontoret, Fjällbo',
  '',
  'Underskrift                             ..............................................',
  '                                        Ida Hägg',
  '\f' + 'FJÄLLBO KOMMUN                          PROTOKOLL                                  2',
  'Socialnämnden',
  'Sammanträdesdatum                       2021-03-17',
  '',
  'SN § 1                                  Dnr SN 2021/12',
  '',
  'Mötets öppnande',
  'Ordföranden öppnar mötet.',
  '',
  'SN § 2                                  Dnr SN 2021/40',
  '',
  'Budgetuppföljning februari',
  '',
  'Socialnämndens beslut',
  'Budgetuppföljningen godkänns.',
  '',
].join('\n');

// the same kind of page as plain pdftotext or a Word export prints it: each label on a line of its own
const PLAIN = text(
  'PROTOKOLL',
  'Kultur- och fritidsnämnden',
  'Plats och tid',
  'Biblioteket, Åbyn',
  'tisdagen den 9 november 2021 kl 18.00-20.15',
  'Beslutande',
  'Greta Holm (S), ordförande',
  'Viktor Sand (M)',
  'Oskar Myr (V)',
  'Ersättare',
  'Tove Ljung (S)',
  'Utses att justera',
  'Viktor Sand',
  'Justeringens plats och tid',
  'Kulturförvaltningen 2021-11-12',
  'Paragrafer',
  '1-2',
) + ITEMS;

describe('front page: where the labels stand', () => {
  it('labels at line starts, the value after the label on the same line', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Byggnadsnämnden',
        'Plats och tid Stadshuset, Norrvik 2022-05-04 kl 13.00-15.30',
        'Beslutande Greta Holm (S), ordförande',
        'Ersättare Tove Ljung (S)',
        'Utses att justera Viktor Sand',
      ) + ITEMS,
    );
    expect(doc.meeting).toMatchObject({ body: 'byggnadsnämnd', date: '2022-05-04', startTime: '13:00', endTime: '15:30', location: 'Stadshuset, Norrvik' });
    expect(roster(doc)).toEqual([
      ['Greta Holm', 'member', 'Beslutande'],
      ['Tove Ljung', 'deputy', 'Ersättare'],
    ]);
    expect(doc.signatures?.adjusters).toEqual(['Viktor Sand']);
  });

  it('labels after a column gap (pdftotext -layout), values continued under the value column', () => {
    const doc = meetingDoc(LAYOUT);
    expect(doc.kind).toBe('minutes');
    expect(doc.meeting).toMatchObject({
      organisation: 'Fjällbo kommun',
      body: 'socialnämnd',
      date: '2021-03-17',
      startTime: '13:00',
      endTime: '15:30',
      location: 'Medborgarhuset, Fjällbo',
    });
    expect(roster(doc)).toEqual([
      ['Greta Holm', 'member', 'Beslutande'],
      ['Viktor Sand', 'member', 'Beslutande'],
      ['Oskar Myr', 'member', 'Beslutande'],
      ['Tove Ljung', 'deputy', 'Ej beslutande'],
      ['Bertil Rask', 'deputy', 'Ej beslutande'],
      ['Maja Lindqvist', 'other', 'Övriga deltagande'],
      ['Ida Hägg', 'other', 'Övriga deltagande'],
    ]);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Mötets öppnande', 'SN 2021/12'],
      [2, 'Budgetuppföljning februari', 'SN 2021/40'],
    ]);
  });

  it('each label on a line of its own with its value on the next line(s) (plain pdftotext, Word)', () => {
    const doc = meetingDoc(PLAIN);
    expect(doc.meeting).toMatchObject({
      body: 'kultur- och fritidsnämnd',
      date: '2021-11-09',
      startTime: '18:00',
      endTime: '20:15',
      location: 'Biblioteket, Åbyn',
      paragraphs: { from: 1, to: 2 },
    });
    expect(roster(doc)).toEqual([
      ['Greta Holm', 'member', 'Beslutande'],
      ['Viktor Sand', 'member', 'Beslutande'],
      ['Oskar Myr', 'member', 'Beslutande'],
      ['Tove Ljung', 'deputy', 'Ersättare'],
    ]);
    expect(doc.signatures).toMatchObject({ adjusters: ['Viktor Sand'], adjustedOn: '2021-11-12' });
  });

  it('all labels first and all values after them (a table flattened column by column), paired in order', () => {
    const doc = meetingDoc(
      text(
        'HAGBY KOMMUN',
        'Protokoll',
        'Kommunstyrelsen',
        'Plats och tid',
        'Beslutande',
        'Ej beslutande',
        'Utses att justera',
        'Justeringens plats och tid',
        'Kommunhuset, Hagby, måndagen den 7 februari 2022 kl 08.30-11.00',
        '',
        'Ulla Borg (S), ordförande',
        'Nils Falk (M)',
        'Rut Sjö (C)',
        '',
        'Kerstin Ahl (S)',
        'Jonas Berg (KD)',
        '',
        'Nils Falk',
        '',
        'Kommunhuset 2022-02-09',
      ) + ITEMS,
    );
    expect(doc.meeting).toMatchObject({ organisation: 'Hagby kommun', body: 'kommunstyrelse', date: '2022-02-07', startTime: '08:30', location: 'Kommunhuset, Hagby' });
    expect(roster(doc)).toEqual([
      ['Ulla Borg', 'member', 'Beslutande'],
      ['Nils Falk', 'member', 'Beslutande'],
      ['Rut Sjö', 'member', 'Beslutande'],
      ['Kerstin Ahl', 'deputy', 'Ej beslutande'],
      ['Jonas Berg', 'deputy', 'Ej beslutande'],
    ]);
    expect(doc.signatures).toMatchObject({ adjusters: ['Nils Falk'], adjustedOn: '2022-02-09' });
    expect(doc.warnings.map((w) => w.code)).not.toContain('header-unpaired');
  });

  // five labels, four groups of values: `Övriga deltagande` has none
  const UNPAIRED = (beslutande: string[]): string =>
    text(
      'Protokoll',
      'Kommunstyrelsen',
      'Plats och tid',
      'Beslutande',
      'Ej beslutande',
      'Övriga deltagande',
      'Justeringens plats och tid',
      'Kommunhuset, Hagby, måndagen den 7 februari 2022 kl 08.30-11.00',
      '',
      ...beslutande,
      '',
      'Kerstin Ahl (S)',
      '',
      'Kommunhuset 2022-02-09',
    ) + ITEMS;

  it('labels first and fewer values than labels: paired by kind and order, with a `header-unpaired` warning', () => {
    const doc = meetingDoc(UNPAIRED(['Ulla Borg (S), ordförande', 'Nils Falk (M)', 'Rut Sjö (C)']));
    expect(doc.meeting).toMatchObject({ date: '2022-02-07', startTime: '08:30', location: 'Kommunhuset, Hagby' });
    expect(roster(doc)).toEqual([
      ['Ulla Borg', 'member', 'Beslutande'],
      ['Nils Falk', 'member', 'Beslutande'],
      ['Rut Sjö', 'member', 'Beslutande'],
      ['Kerstin Ahl', 'deputy', 'Ej beslutande'],
    ]);
    expect(doc.signatures?.adjustedOn).toBe('2022-02-09');
    const w = doc.warnings.find((x) => x.code === 'header-unpaired');
    expect(w?.line).toBe(3);
    expect(w?.message).toMatch(/5 labels and 4 values/);
  });

  // the value lines happen to number as many as the labels (here five: the place, two
  // members, one deputy, the date), but the blank lines keep the two members one list
  it('labels first, fewer value groups than labels but as many lines: the blank-line groups still hold', () => {
    const doc = meetingDoc(UNPAIRED(['Ulla Borg (S), ordförande', 'Nils Falk (M)']));
    expect(roster(doc)).toEqual([
      ['Ulla Borg', 'member', 'Beslutande'],
      ['Nils Falk', 'member', 'Beslutande'],
      ['Kerstin Ahl', 'deputy', 'Ej beslutande'],
    ]);
    expect(doc.warnings.map((w) => w.code)).toContain('header-unpaired');
  });

  it('labels first, the date over the place with no blank line between: a value a line where the kinds differ', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Gymnasienämnden',
        'Sammanträdesdatum',
        'Plats och tid',
        'Beslutande',
        'Ersättare',
        'Utses att justera',
        'Justeringens plats och tid',
        '2024-01-17',
        'Gymnasiets aula, kl. 15.00-17.20',
        '',
        'Nora Ling (S), ordförande',
        'Axel Bro (M)',
        '',
        'Tilde Ask (V)',
        '',
        'Axel Bro',
        '',
        'Kansliet 2024-01-22',
      ) + ITEMS,
    );
    expect(doc.meeting).toMatchObject({ date: '2024-01-17', startTime: '15:00', location: 'Gymnasiets aula' });
    expect(roster(doc)).toEqual([
      ['Nora Ling', 'member', 'Beslutande'],
      ['Axel Bro', 'member', 'Beslutande'],
      ['Tilde Ask', 'deputy', 'Ersättare'],
    ]);
    expect(doc.signatures).toMatchObject({ adjusters: ['Axel Bro'], adjustedOn: '2024-01-22' });
    expect(doc.warnings.map((w) => w.code)).not.toContain('header-unpaired');
  });

  it('a whole front page on one line (web archive, HTML to text)', () => {
    const doc = meetingDoc(
      'Protokoll Miljönämnden Plats och tid Kommunhuset, Åsby kl 13.00-15.30 onsdagen den 8 juni 2022 Beslutande Anna Ek (S), ordförande ' +
        'Per Ås (M) Maria Lönn (C) Ersättare Olof Hed (S) Övriga deltagande Miljöchef Sara Björk Utses att justera Per Ås ' +
        'Justeringens plats och tid Kommunhuset 2022-06-10 Paragrafer 1-2\n' +
        ITEMS,
    );
    expect(doc.meeting).toMatchObject({
      body: 'miljönämnd',
      date: '2022-06-08',
      startTime: '13:00',
      endTime: '15:30',
      location: 'Kommunhuset, Åsby',
      paragraphs: { from: 1, to: 2 },
    });
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Anna Ek', 'member', 'S', 'ordförande'],
      ['Per Ås', 'member', 'M', null],
      ['Maria Lönn', 'member', 'C', null],
      ['Olof Hed', 'deputy', 'S', null],
      ['Sara Björk', 'other', null, 'miljöchef'],
    ]);
    expect(doc.signatures).toMatchObject({ adjusters: ['Per Ås'], adjustedOn: '2022-06-10' });
    expect(doc.items.map((i) => i.number)).toEqual([1, 2]);
  });
});

describe('front page: labels an extractor glued to their values', () => {
  // no space between a label and its value, as some PDF extractors print a table's cells
  const GLUED = text(
    'SAMMANTRÄDESPROTOKOLL',
    'Kultur- och fritidsnämnden',
    'Sammanträdesdatum2024-03-01',
    'Plats och tidStadshuset, Linnérummet, kl. 13.00-15.30',
    'BeslutandeAnna Ek (S), ordförande',
    'Per Ås (M)',
    'ErsättareOla Rapp (S)',
    'Övriga deltagandeNämndsekreterare Eva Lund',
    'Utses att justeraPer Ås',
    'Justeringens plats och tidKommunhuset 2024-03-04',
    'UnderskrifterSekreterare',
    'Eva Lund',
    'Ordförande',
    'Anna Ek',
    'Paragrafer1-2',
  );

  it('a label glued to a capital or a digit is still the label, its value the rest', () => {
    const doc = meetingDoc(GLUED + ITEMS);
    expect(doc.meeting).toMatchObject({ date: '2024-03-01', startTime: '13:00', endTime: '15:30', location: 'Stadshuset, Linnérummet', paragraphs: { from: 1, to: 2 } });
    expect(roster(doc)).toEqual([
      ['Anna Ek', 'member', 'Beslutande'],
      ['Per Ås', 'member', 'Beslutande'],
      ['Ola Rapp', 'deputy', 'Ersättare'],
      ['Eva Lund', 'other', 'Övriga deltagande'],
    ]);
    expect(who(doc, 'Eva Lund').position).toBe('nämndsekreterare');
    expect(doc.signatures).toMatchObject({ chair: ['Anna Ek'], secretary: ['Eva Lund'], adjusters: ['Per Ås'], adjustedOn: '2024-03-04' });
  });

  it('a label word that goes on in lower case is no label (`Platsbanken`, `Tidningen`)', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Valnämnden', 'Datum 2024-03-01', 'Beslutande', 'Anna Ek (S), ordförande', 'Tidningen Nordposten bevakar mötet.') + ITEMS);
    expect(doc.meeting?.startTime).toBeNull();
    expect(doc.participants.map((p) => p.name)).toEqual(['Anna Ek']);
  });

  it('a page on one line with a label glued to the party bracket before it (`Per Ås (M)Ersättare Olof Hed (S)`)', () => {
    const doc = meetingDoc(
      'Protokoll Miljönämnden Plats och tid Kommunhuset, Åsby kl 13.00-15.30 onsdagen den 8 juni 2022 Beslutande Anna Ek (S), ordförande ' +
        'Per Ås (M)Ersättare Olof Hed (S)Utses att justera Per Ås Justeringens plats och tid Kommunhuset 2022-06-10\n' +
        ITEMS,
    );
    expect(roster(doc)).toEqual([
      ['Anna Ek', 'member', 'Beslutande'],
      ['Per Ås', 'member', 'Beslutande'],
      ['Olof Hed', 'deputy', 'Ersättare'],
    ]);
    expect(doc.signatures).toMatchObject({ adjusters: ['Per Ås'], adjustedOn: '2022-06-10' });
  });

  it('an attendance grid glued together: `LedamöterNärvaro`, `Per Ås (M)Ja`, `Lisa Berg (V)Nej`', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Valnämnden', 'Datum 2024-05-02', 'LedamöterNärvaro', 'Anna Ek (S), ordförandeJa', 'Per Ås (M)Ja', 'Lisa Berg (V)Nej', 'ErsättareNärvaro', 'Ola Rapp (S) Ja') + ITEMS,
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position, p.organisation])).toEqual([
      ['Anna Ek', 'member', 'ordförande', null],
      ['Per Ås', 'member', null, null],
      ['Lisa Berg', 'absent', null, null],
      ['Ola Rapp', 'deputy', null, null],
    ]);
  });

  it('a whole page on one line with labels glued to their values', () => {
    const doc = meetingDoc(
      'Protokoll Miljönämnden Plats och tidKommunhuset, Åsby kl 13.00-15.30 onsdagen den 8 juni 2022 BeslutandeAnna Ek (S), ordförande ' +
        'Per Ås (M) ErsättareOlof Hed (S) Utses att justeraPer Ås Justeringens plats och tidKommunhuset 2022-06-10\n' +
        ITEMS,
    );
    expect(doc.meeting).toMatchObject({ date: '2022-06-08', location: 'Kommunhuset, Åsby' });
    expect(roster(doc)).toEqual([
      ['Anna Ek', 'member', 'Beslutande'],
      ['Per Ås', 'member', 'Beslutande'],
      ['Olof Hed', 'deputy', 'Ersättare'],
    ]);
    expect(doc.signatures).toMatchObject({ adjusters: ['Per Ås'], adjustedOn: '2022-06-10' });
  });
});

describe('front page: participant columns under one heading row', () => {
  it('`Beslutande Ledamöter Tjänstgörande ersättare` with one space: the role words are column heads, the right column serving deputies', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll',
        'Tekniska nämnden',
        'Sammanträdesdatum 2024-05-21',
        'Plats och tid Tekniska kontoret, Norrby, kl. 14.00-16.10',
        'Beslutande Ledamöter Tjänstgörande ersättare',
        'Anna Ek (S), ordf Per Ås (M) för Lars Bo (M)',
        'Karin Sjö (M), vice ordf Mona Dahl (S) för Ulf Ring (S)',
        'Erik Holm (C)',
        'Övriga deltagande Teknisk chef Nils Ruud',
        'Utses att justera Karin Sjö',
      ) + ITEMS,
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel, p.substituteFor])).toEqual([
      ['Anna Ek', 'member', 'Ledamöter', null],
      ['Karin Sjö', 'member', 'Ledamöter', null],
      ['Erik Holm', 'member', 'Ledamöter', null],
      ['Per Ås', 'deputy', 'Tjänstgörande ersättare', 'Lars Bo'],
      ['Mona Dahl', 'deputy', 'Tjänstgörande ersättare', 'Ulf Ring'],
      ['Nils Ruud', 'other', 'Övriga deltagande', null],
    ]);
    expect(who(doc, 'Anna Ek').position).toBe('ordförande');
    expect(who(doc, 'Nils Ruud').position).toBe('teknisk chef');
  });

  it('`Beslutande: Ersättare:` on one line, then two names a line: parted where the second name starts', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Miljö- och byggnadsnämnden',
        'Datum: 2023-11-08',
        'Beslutande: Ersättare:',
        'Anna Ek (S), ordförande Lisa Berg (V)',
        'Per Ås (M) Olof Hed (S)',
        'Jonas Alm (KD)',
        'Justerare: Per Ås',
      ) + ITEMS,
    );
    expect(roster(doc)).toEqual([
      ['Anna Ek', 'member', 'Beslutande'],
      ['Per Ås', 'member', 'Beslutande'],
      ['Jonas Alm', 'member', 'Beslutande'],
      ['Lisa Berg', 'deputy', 'Ersättare'],
      ['Olof Hed', 'deputy', 'Ersättare'],
    ]);
    expect(doc.signatures?.adjusters).toEqual(['Per Ås']);
  });

  it('`Övriga närvarande   Ersättare` over one column of names: the sub-heading gives the role', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Barn- och utbildningsnämnden',
        'Sammanträdesdatum    2024-02-14',
        'Beslutande           Anna Ek (S), ordförande',
        '',
        'Övriga närvarande    Ersättare',
        '                     Göran Berg (KD)',
        '                     Tjänstepersoner',
        '                     Förvaltningschef Lena Roos',
      ) + ITEMS,
    );
    expect(roster(doc)).toEqual([
      ['Anna Ek', 'member', 'Beslutande'],
      ['Göran Berg', 'deputy', 'Ersättare'],
      ['Lena Roos', 'other', 'Tjänstepersoner'],
    ]);
  });
});

describe('front page: participant forms', () => {
  it('`Firstname Lastname` and `Lastname Firstname` are both kept as written', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Valnämnden', 'Datum 2022-08-30', 'Beslutande', 'Holm Greta (S), ordförande', 'Sand Viktor (M)', 'Oskar Myr (V)') + ITEMS);
    expect(doc.participants.map((p) => [p.name, p.party, p.position])).toEqual([
      ['Holm Greta', 'S', 'ordförande'],
      ['Sand Viktor', 'M', null],
      ['Oskar Myr', 'V', null],
    ]);
  });

  it('several names on one line, separated by commas', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Valnämnden', 'Datum 2022-08-30', 'Beslutande', 'Greta Holm (S), ordförande, Viktor Sand (M), Lisen Dahl (C)') + ITEMS);
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Greta Holm', 'member', 'S', 'ordförande'],
      ['Viktor Sand', 'member', 'M', null],
      ['Lisen Dahl', 'member', 'C', null],
    ]);
  });

  it('several names on one line, separated by column gaps', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Valnämnden', 'Datum 2022-08-30', 'Ersättare', 'Tove Ljung (S)        Bertil Rask (KD)        Åke Strand (V)') + ITEMS,
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
      ['Tove Ljung', 'deputy', 'S'],
      ['Bertil Rask', 'deputy', 'KD'],
      ['Åke Strand', 'deputy', 'V'],
    ]);
  });

  it('`[X]` / `[ ]` boxes: a ticked box keeps the heading\'s role, an empty one is absent', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Miljönämnden', 'Datum: 2022-05-04', 'Beslutande:', '[X] Greta Holm (S), ordförande', '[ ] Viktor Sand (M)', '[X] Lisen Dahl (C)') + ITEMS,
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel])).toEqual([
      ['Greta Holm', 'member', 'Beslutande'],
      ['Viktor Sand', 'absent', 'Beslutande'],
      ['Lisen Dahl', 'member', 'Beslutande'],
    ]);
  });

  it('`☒` / `☐` boxes: a ticked box keeps the heading\'s role, an empty one is absent', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Miljönämnden', 'Datum: 2022-05-04', 'Ersättare:', '☒ Tove Ljung (S)', '☐ Bertil Rask (KD)') + ITEMS);
    expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
      ['Tove Ljung', 'deputy', 'S'],
      ['Bertil Rask', 'absent', 'KD'],
    ]);
  });

  const SERVING = text(
    'PROTOKOLL',
    'Kultur- och fritidsnämnden',
    'Datum 2021-11-09',
    'Beslutande',
    'Greta Holm (S), ordförande',
    'Lisen Dahl (C), tjg ers ersätter Eva Ek (C)',
    'Oskar Myr (V), tjg för Rut Berg (V)',
    'Ersättare',
    'Tove Ljung (S), ej tjg ers',
  ) + ITEMS;

  it('roles after the name: `tjg ers`, `ersätter Eva Ek (S)`, `tjg för`, `ej tjg ers` leave a clean name and the member served for', () => {
    const doc = meetingDoc(SERVING);
    expect(doc.participants.map((p) => [p.name, p.party, p.substituteFor])).toEqual([
      ['Greta Holm', 'S', null],
      ['Lisen Dahl', 'C', 'Eva Ek'],
      ['Oskar Myr', 'V', 'Rut Berg'],
      ['Tove Ljung', 'S', null],
    ]);
    expect(who(doc, 'Tove Ljung').role).toBe('deputy');
  });

  // SCHEMA.md gives `substituteFor` to deputies, and a tjänstgörande ersättare is one
  it('a serving deputy under `Beslutande` (`tjg ers`, `tjg för`) is a deputy', () => {
    const doc = meetingDoc(SERVING);
    expect(who(doc, 'Lisen Dahl').role).toBe('deputy');
    expect(who(doc, 'Oskar Myr').role).toBe('deputy');
  });

  it('`tjänstgörande ersättare för Gun Berg (C)` after a name: a deputy serving for Gun Berg, no remark left', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Kommunstyrelsen', 'Datum 2024-04-09', 'Beslutande', 'Mats Ljung (S), ordförande', 'Kjell Ek (C), tjänstgörande ersättare för Gun Berg (C)') + ITEMS);
    expect(doc.participants.map((p) => [p.name, p.role, p.substituteFor, p.note])).toEqual([
      ['Mats Ljung', 'member', null, null],
      ['Kjell Ek', 'deputy', 'Gun Berg', null],
    ]);
  });

  it('people listed with commas, each with a position before the name (`Valsamordnare Emma Söder, sekreterare Ulf Hammar`)', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Valnämnden', 'Datum 2024-06-19', 'Tjänstepersoner: Valsamordnare Emma Söder, sekreterare Ulf Hammar') + ITEMS);
    expect(doc.participants.map((p) => [p.name, p.position, p.organisation])).toEqual([
      ['Emma Söder', 'valsamordnare', null],
      ['Ulf Hammar', 'sekreterare', null],
    ]);
  });

  it('an attendance table with `Närvarande` and `Ej närvarande` columns: an `X` under `Ej närvarande` is absent', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Socialnämnden',
        'Datum 2024-01-30',
        'Ledamöter                    Närvarande    Ej närvarande',
        'Lars Ring (S), ordförande    X',
        'Olof Dahl (C)                              X',
        'Ersättare',
        'Ann Berg (S)                 X',
        'Torsten Lind (M)                           X',
      ) + ITEMS,
    );
    expect(roster(doc)).toEqual([
      ['Lars Ring', 'member', 'Ledamöter'],
      ['Olof Dahl', 'absent', 'Ledamöter'],
      ['Ann Berg', 'deputy', 'Ersättare'],
      ['Torsten Lind', 'absent', 'Ersättare'],
    ]);
  });

  it('`Ordförande Eva Lindberg (C)`, `Sekreterare Johan Wik` inside a list of people are positions, not signature labels', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Kommunstyrelsens personalutskott',
        'Sammanträdesdatum 2024-09-03',
        'Beslutande:',
        'Ordförande Eva Lindberg (C)',
        'Vice ordförande Bo Strand (S)',
        '',
        'Övriga:',
        'HR-chef Malin Ek',
        'Sekreterare Johan Wik',
        '',
        'Justerare: Bo Strand',
      ) + ITEMS,
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Eva Lindberg', 'member', 'ordförande'],
      ['Bo Strand', 'member', 'vice ordförande'],
      ['Malin Ek', 'other', 'HR-chef'],
      ['Johan Wik', 'other', 'sekreterare'],
    ]);
    expect(doc.warnings.map((w) => w.code)).not.toContain('header-unpaired');
  });

  it('a role before the name: `Ekonomichef Anders Svensson` is position and name', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Kommunstyrelsen', 'Datum 2022-03-01', 'Övriga deltagande', 'Ekonomichef Alva Rydén', 'Kommundirektör Sten Malm', 'Nämndsekreterare Ida Hägg') + ITEMS,
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Alva Rydén', 'other', 'ekonomichef'],
      ['Sten Malm', 'other', 'kommundirektör'],
      ['Ida Hägg', 'other', 'nämndsekreterare'],
    ]);
  });

  it('`Ej beslutande` and `Närvarande ej tjänstgörande ersättare` are deputies, not members', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kommunstyrelsen',
        'Datum 2022-03-01',
        'Beslutande',
        'Ulla Borg (S), ordförande',
        'Ej beslutande',
        'Kerstin Ahl (S)',
        'Närvarande ej tjänstgörande ersättare',
        'Jonas Berg (KD)',
      ) + ITEMS,
    );
    expect(roster(doc)).toEqual([
      ['Ulla Borg', 'member', 'Beslutande'],
      ['Kerstin Ahl', 'deputy', 'Ej beslutande'],
      ['Jonas Berg', 'deputy', 'Närvarande ej tjänstgörande ersättare'],
    ]);
  });

  it('a party in upper or lower case, `(S)` and `(s)`, is the same party', () => {
    const doc = meetingDoc(text('PROTOKOLL', 'Valnämnden', 'Datum 2022-08-30', 'Beslutande', 'Greta Holm (s)', 'Viktor Sand (M)', 'Bertil Rask (kd)', 'Åke Strand (MP)') + ITEMS);
    expect(doc.participants.map((p) => [p.name, p.party])).toEqual([
      ['Greta Holm', 'S'],
      ['Viktor Sand', 'M'],
      ['Bertil Rask', 'KD'],
      ['Åke Strand', 'MP'],
    ]);
  });

  const ATTENDED = text(
    'PROTOKOLL',
    'Miljönämnden',
    'Datum: 2022-05-04',
    'Beslutande:',
    'Greta Holm (S), ordförande',
    'Övriga:',
    'Maja Lindqvist, miljöchef, §§ 88-93, 95-101',
    'Ida Hägg, nämndsekreterare, del av § 71',
    'Per Ro, controller, kl 13.00-14.10',
  ) + ITEMS;

  it('attended paragraphs as ranges and lists (`§§ 88-93, 95-101`, `del av § 71`), a time kept as a note', () => {
    const doc = meetingDoc(ATTENDED);
    // two ranges cannot both stand in `paragraphs`: the span they cover, as a list of §§ (`ärende 13, 15`) is kept, and the list in the note
    expect(who(doc, 'Maja Lindqvist')).toMatchObject({ position: 'miljöchef', paragraphs: { from: 88, to: 101 }, note: '§§ 88-93, 95-101' });
    expect(who(doc, 'Ida Hägg')).toMatchObject({ position: 'nämndsekreterare', paragraphs: { from: 71, to: 71 } });
    expect(who(doc, 'Ida Hägg').note).toMatch(/del av/);
    expect(who(doc, 'Per Ro')).toMatchObject({ position: 'controller', paragraphs: null, note: 'kl 13.00-14.10' });
  });

  // `Maja Lindqvist, miljöchef, §§ 88-93, 95-101` under `Övriga:`: the header declares no range
  it("a participant's attended §§ are not the meeting's declared paragraph range", () => {
    const doc = meetingDoc(ATTENDED);
    expect(doc.meeting?.paragraphs).toBeNull();
  });
});

describe('front page: signatures and the anslag/bevis block', () => {
  it('`Underskrifter` with labels in a column and names under the rules (layout), adjusters side by side', () => {
    const doc = meetingDoc(LAYOUT);
    expect(doc.signatures).toMatchObject({ chair: ['Greta Holm'], secretary: ['Ida Hägg'], adjusters: ['Viktor Sand', 'Oskar Myr'] });
  });

  it('`Underskrifter` with the labels in one row and the names in the row below', () => {
    const doc = meetingDoc(
      text(
        'Protokoll',
        'Valnämnden',
        'Sammanträdesdatum 2023-09-12',
        'Beslutande',
        'Ulla Borg (S), ordförande',
        'Nils Falk (M)',
        'Underskrifter',
        'Sekreterare                Ordförande                Justerande',
        'Eva Stål                   Ulla Borg                 Nils Falk',
      ) + ITEMS,
    );
    expect(doc.signatures).toMatchObject({ chair: ['Ulla Borg'], secretary: ['Eva Stål'], adjusters: ['Nils Falk'] });
  });

  it('`Underskrifter` with labels and names on alternating lines', () => {
    const doc = meetingDoc(
      text(
        'Protokoll',
        'Barn- och utbildningsnämnden',
        'Plats och tid: Skolkontoret, Lövsta, 2023-10-03 kl 15.00-17.00',
        'Beslutande: Ulla Borg (S), ordförande, Nils Falk (M), Rut Sjö (C)',
        'Underskrifter',
        'Sekreterare',
        'Eva Stål',
        'Ordförande',
        'Ulla Borg',
        'Justerande',
        'Nils Falk',
        'Rut Sjö',
      ) + ITEMS,
    );
    expect(doc.signatures).toMatchObject({ chair: ['Ulla Borg'], secretary: ['Eva Stål'], adjusters: ['Nils Falk', 'Rut Sjö'] });
    expect(doc.participants.map((p) => p.name)).toEqual(['Ulla Borg', 'Nils Falk', 'Rut Sjö']);
  });

  it('one space between label and value throughout: a name the lexicon does not know beside `Utses att justera`, `Sekreterare Paragrafer 1-2`', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll 2024-02-07',
        'Miljö- och hälsoskyddsnämnden',
        'Beslutande',
        'Gunnar Vik (S), ordförande',
        'Amira Haddad (M)',
        'Utses att justera Amira Haddad',
        'Justeringens plats och tid Stadshuset 2024-02-12',
        'Underskrifter',
        'Sekreterare Paragrafer 1-2',
        'Karl Nord',
        'Ordförande',
        'Gunnar Vik',
      ) + ITEMS,
    );
    expect(doc.signatures).toMatchObject({ chair: ['Gunnar Vik'], secretary: ['Karl Nord'], adjusters: ['Amira Haddad'], adjustedOn: '2024-02-12' });
    expect(doc.meeting?.paragraphs).toEqual({ from: 1, to: 2 });
  });

  it('`Utses att justera` with two adjusters joined by `och`', () => {
    const doc = meetingDoc(
      text('Protokoll', 'Valnämnden', 'Datum 2023-09-12', 'Beslutande', 'Ulla Borg (S), ordförande', 'Nils Falk (M)', 'Rut Sjö (C)', 'Utses att justera', 'Nils Falk och Rut Sjö') +
        ITEMS,
    );
    expect(doc.signatures?.adjusters).toEqual(['Nils Falk', 'Rut Sjö']);
  });

  it('`Justeringens plats och tid` gives adjustedOn, from a date written out in words', () => {
    const doc = meetingDoc(LAYOUT);
    expect(doc.signatures?.adjustedOn).toBe('2021-03-19');
  });

  it('`Datum för anslags uppsättande` and `… nedtagande` side by side with their dates give posted', () => {
    const doc = meetingDoc(LAYOUT);
    expect(doc.signatures?.posted).toEqual({ from: '2021-03-22', to: '2021-04-13' });
  });

  it('`Förvaringsplats för protokollet` over two lines gives storedAt', () => {
    const doc = meetingDoc(LAYOUT);
    expect(doc.signatures?.storedAt).toBe('Socialkontoret, Fjällbo');
  });

  it('`Sekreterare … Paragrafer 1-2` on the signature row gives the declared paragraphs', () => {
    const doc = meetingDoc(LAYOUT);
    expect(doc.meeting?.paragraphs).toEqual({ from: 1, to: 2 });
    expect(doc.warnings.map((w) => w.code)).not.toContain('paragraph-range-mismatch');
  });

  const ANSLAG = text(
    'BERGVIKS KOMMUN',
    'Protokoll',
    'Plats och tid',
    'Kommunhuset, Bergvik kl 14.00-16.00',
    'Beslutande',
    'Ulla Borg (S), ordförande',
    'Nils Falk (M)',
    'ANSLAG/BEVIS',
    'Protokollet är justerat. Justeringen har tillkännagivits genom anslag',
    'Organ',
    'Valnämnden',
    'Sammanträdesdatum',
    '2023-09-12',
    'Datum för anslags uppsättande',
    '2023-09-18',
    'Datum för anslags nedtagande',
    '2023-10-10',
    'Förvaringsplats för protokollet',
    'Kommunkansliet, Bergvik',
  ) + ITEMS;

  it('the ANSLAG/BEVIS block: `Organ` gives the body, `Sammanträdesdatum` the date', () => {
    const doc = meetingDoc(ANSLAG);
    expect(doc.meeting).toMatchObject({ organisation: 'Bergviks kommun', body: 'valnämnd', date: '2023-09-12', startTime: '14:00', location: 'Kommunhuset, Bergvik' });
  });

  it('the ANSLAG/BEVIS block with each label over its value: posted and storedAt', () => {
    const doc = meetingDoc(ANSLAG);
    expect(doc.signatures).toMatchObject({ posted: { from: '2023-09-18', to: '2023-10-10' }, storedAt: 'Kommunkansliet, Bergvik' });
    // the block's labels and its sentence are nobody
    expect(doc.participants.map((p) => p.name)).toEqual(['Ulla Borg', 'Nils Falk']);
  });

  it('one label for both posting dates: `Datum för anslags uppsättande / nedtagande  2023-09-18 / 2023-10-10`', () => {
    const doc = meetingDoc(
      text(
        'Protokoll',
        'Valnämnden',
        'Sammanträdesdatum 2023-09-12',
        'Beslutande',
        'Ulla Borg (S), ordförande',
        'ANSLAG/BEVIS',
        'Datum för anslags uppsättande / nedtagande     2023-09-18 / 2023-10-10',
      ) + ITEMS,
    );
    expect(doc.signatures?.posted).toEqual({ from: '2023-09-18', to: '2023-10-10' });
  });
});

// a sanity check on the fixture texts themselves: one document, no fatal warning
describe('front page fixtures', () => {
  it('parse to one minutes document each', () => {
    for (const t of [LAYOUT, PLAIN]) expect(parseText(t).documents.map((d) => d.kind)).toEqual(['minutes']);
  });
});
