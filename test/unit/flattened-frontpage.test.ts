// Front pages flattened by extractors (document-sharing transcripts, plain pdftotext of a
// two-column template): labels and values as separate paragraphs, all labels before all
// values, role words after the name they belong to. Every text is invented.
import { describe, expect, it } from 'vitest';
import { classifyDebris } from '../../src/normalise/debris.js';
import { readTitle } from '../../src/parse/items/title.js';
import { placeOf } from '../../src/parse/meeting/where.js';
import { splitPersons } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

describe('flattened front pages', () => {
  it('reads a type written after a full stop (`Budget 2025. Beslutsärende`)', () => {
    expect(readTitle('Budget för Rävsjö 2025. Beslutsärende')).toEqual({ title: 'Budget för Rävsjö 2025', attachments: [], type: 'decision' });
    expect(readTitle('Lägesrapport projekt Kompassen. Informationsärende')).toEqual({ title: 'Lägesrapport projekt Kompassen', attachments: [], type: 'information' });
    // an ordinary last sentence stays
    expect(readTitle('Taxor 2025. Information om höjning').type).toBeNull();
  });

  it('removes a leader of ellipses and full stops mixed (`Ordförande: ………..`)', () => {
    expect(classifyDebris('Ordförande: ………..')).toMatchObject({ text: 'Ordförande:', leader: true });
  });

  it('pairs each signer label with the name under its mixed leader', () => {
    const doc = meetingDoc(
      text(
        'Protokoll arbetsutskottet',
        '',
        'Plats och tid: Förbundets kansli, Tallgatan 3, 2024-03-12 kl. 09.00-11.00',
        '',
        'Beslutande: Hugo Berndtsson, ordförande, Alva Krantz',
        '',
        'Sekreterare: ………',
        '',
        'Maj Fredholm',
        '',
        'Ordförande: ………..',
        '',
        'Hugo Berndtsson',
        '',
        'Justerare: ………..',
        '',
        'Alva Krantz',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
        '',
        '§ 2 Budget',
        'Utskottet godkänner budgeten.',
      ),
    );
    expect(doc.signatures!.chair).toEqual(['Hugo Berndtsson']);
    expect(doc.signatures!.adjusters).toEqual(['Alva Krantz']);
    expect(doc.signatures!.secretary).toEqual(['Maj Fredholm']);
  });

  // a sharing site's transcript: each paragraph a name, the role word printed under it run on with the next name
  const signedBelow = (...rows: string[]) =>
    meetingDoc(
      text(
        'PROTOKOLL',
        '',
        'Plats och tid',
        '',
        'Ekbacken, 2023-04-18 kl. 14.00-16.00',
        '',
        'Beslutande',
        '',
        'Tyra Mossberg (S), ordförande',
        '',
        'Elof Grandin (L)',
        '',
        'Övriga deltagare',
        '',
        'Sigrid Ahlqvist, nämndsekreterare',
        '',
        'Underskrifter',
        '',
        ...rows.flatMap((r) => [r, '']),
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
        '',
        '§ 2 Budget',
        'Utskottet godkänner budgeten.',
      ),
    ).signatures!;

  it('gives each role word printed after a name to that name (`Ordförande Elof Grandin (L)`)', () => {
    const s = signedBelow('Tyra Mossberg (S)', 'Ordförande Elof Grandin (L)', 'Justerare', 'Sigrid Ahlqvist Sekreterare');
    expect(s.chair).toEqual(['Tyra Mossberg']);
    expect(s.adjusters).toEqual(['Elof Grandin']);
    expect(s.secretary).toEqual(['Sigrid Ahlqvist']);
  });

  it('gives the last role word on a line of its own to the last name', () => {
    const s = signedBelow('Sigrid Ahlqvist', 'Sekreterare', 'Tyra Mossberg', 'Ordförande', 'Elof Grandin', 'Justerare');
    expect(s.secretary).toEqual(['Sigrid Ahlqvist']);
    expect(s.chair).toEqual(['Tyra Mossberg']);
    expect(s.adjusters).toEqual(['Elof Grandin']);
  });

  it('reads headings under group headings before the same numbers with bodies as a list of titles: its groups are the sections', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        '',
        'Plats och tid',
        '',
        'Ekbacken, 2023-04-18 kl. 14.00-16.00',
        '',
        'Innehållsförteckning',
        '',
        'Inledning',
        '',
        '§ 7/23 Val av justerare',
        '',
        'Beslutspunkter',
        '',
        '§ 8/23 Taxa för färdtjänst',
        '',
        '§ 9/23 Lokalförsörjningsplan',
        '',
        'Informationsärenden',
        '',
        '§ 10/23 Delårsrapport',
        '',
        '(2)',
        '',
        '§ 7/23 Val av justerare',
        '',
        'Utskottet utser Elof Grandin att justera protokollet.',
        '',
        '§ 8/23 Taxa för färdtjänst',
        '',
        'Utskottet beslutar att anta den nya taxan för färdtjänst.',
        '',
        '§ 9/23 Lokalförsörjningsplan',
        '',
        'Utskottet beslutar att godkänna planen för skolans lokaler.',
        '',
        '§ 10/23 Delårsrapport',
        '',
        'Ekonomen redovisar utfallet för första halvåret.',
        '',
        '§ 11/23 Övriga frågor',
        '',
        'Inga övriga frågor tas upp under mötet.',
      ),
    );
    expect(doc.items.map((it) => [it.number, it.section, it.type])).toEqual([
      [7, null, null],
      [8, 'Beslutspunkter', 'decision'],
      [9, 'Beslutspunkter', 'decision'],
      [10, 'Informationsärenden', 'information'],
      [11, 'Informationsärenden', 'information'],
    ]);
  });

  it('ends a place before a page summary run on after it (`Ekbacken, kl 14.00. Beslutande. Övriga deltagare.`)', () => {
    expect(placeOf('Ekbacken, kl 14.00-16.00. Beslutande. Övriga deltagare.')).toBe('Ekbacken');
    // a sentence that only opens with a label's word stays
    expect(placeOf('Ekbacken. Plats för tjugo personer')).toBe('Ekbacken. Plats för tjugo personer');
  });

  it('does not open a name at a given name the comma closes (`Dagny Sörby, Förbundschef Linnea Holger, Sekreterare`)', () => {
    expect(splitPersons('Dagny Sörby, Förbundschef Linnea Holger, Sekreterare')).toEqual(['Dagny Sörby, Förbundschef', 'Linnea Holger, Sekreterare']);
  });

  it('gives signer labels printed in a row before their names one name each, in order', () => {
    const doc = meetingDoc(
      text(
        'LUNDVIKS KOMMUN',
        'SAMMANTRÄDESPROTOKOLL',
        'Kulturnämnden',
        '',
        'Plats och tid',
        'Beslutande',
        '',
        'Underskrifter',
        '',
        'Sekreterare',
        'Ordförande',
        'Justerande',
        '',
        'Biblioteket Lundvik, kl 18.00-20.00',
        'Harald Vinge (S), ordförande',
        'Märta Kullberg (M)',
        '',
        'Paragrafer',
        '',
        '12-13',
        '',
        'Nils Ekdahl',
        'Harald Vinge',
        'Märta Kullberg',
        '',
        '§ 12 Val av justerare',
        'Märta Kullberg väljs att justera protokollet.',
        '',
        '§ 13 Budget',
        'Nämnden godkänner budgeten.',
      ),
    );
    expect(doc.signatures!.secretary).toEqual(['Nils Ekdahl']);
    expect(doc.signatures!.chair).toEqual(['Harald Vinge']);
    expect(doc.signatures!.adjusters).toEqual(['Märta Kullberg']);
  });
});
