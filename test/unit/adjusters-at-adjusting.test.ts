// Swedish-language Finnish minutes sign the adjusting under its place and day, with no
// adjusters' label (`Protokolljustering   Viksund 16.3.2023` over `Carita Lind   Dan Sjöberg`),
// and an extractor may flatten both onto one line. The names are the adjusters'. Every
// name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text, VIKSUND_HEAD, VIKSUND_ITEMS } from './helpers.js';

const minutes = (...adjusting: string[]) =>
  meetingDoc(
    text(
      ...VIKSUND_HEAD,
      '',
      'Anna Holm                          Ida Wik',
      'ordförande                         protokollförare',
      '',
      ...adjusting,
      '',
      'Protokollet framlagt till påseende',
      'Viksund 17.3.2023                  Intygar: Ida Wik',
      '',
      ...VIKSUND_ITEMS,
    ),
  );

describe('adjusters signed under the adjusting\'s place and day', () => {
  it('names on the line under `Protokolljustering` and its place and day adjust', () => {
    const doc = minutes('Protokolljustering  Viksund 16.3.2023', '', 'Carita Lind                        Dan Sjöberg');
    expect(doc.signatures?.adjusters).toEqual(['Carita Lind', 'Dan Sjöberg']);
    expect(doc.signatures?.adjustedOn).toBe('2023-03-16');
    expect(doc.signatures?.chair).toEqual(['Anna Holm']);
  });

  it('names run on after the day on the label\'s line adjust, and the day stays the adjusting\'s', () => {
    const doc = minutes('Protokolljustering Viksund 16.3.2023 Carita Lind Dan Sjöberg');
    expect(doc.signatures?.adjusters).toEqual(['Carita Lind', 'Dan Sjöberg']);
    expect(doc.signatures?.adjustedOn).toBe('2023-03-16');
  });

  it('an adjusters\' label of its own keeps its names, and the names under the day are not added', () => {
    const doc = minutes('Justerare          Carita Lind', '', 'Protokolljustering  Viksund 16.3.2023', '', 'Bo Nyman');
    expect(doc.signatures?.adjusters).toEqual(['Carita Lind']);
  });
});

describe('the signatures of a front page written as label and value columns', () => {
  // `Underskrifter` heads the first row of names; the names under the adjusting's day stand in its value's column
  const front = (): ReturnType<typeof meetingDoc> =>
    meetingDoc(
      text(
        'ÖSTBY STAD                      PROTOKOLL                     Nr 7/2024',
        'Stadsstyrelsen                  Sammanträdesdatum 8.4.2024',
        '',
        'Tid              8.4.2024 kl. 16.00 - 18.20',
        'Plats            Rådhuset, sammanträdesrummet',
        '',
        'Närvarande       Mattsson Eva, ordförande',
        '                 Berg Johan',
        '                 Lund Sara',
        '',
        'Paragrafer       §§ 61 - 62',
        '',
        'Underskrifter    Eva Mattsson                 Per Strand',
        '                 ordförande                   protokollförare',
        '',
        'Protokolljustering Östby 11.4.2024',
        '                 Johan Berg                   Sara Lund',
        '',
        '§ 61 Laglighet och beslutförhet',
        'Sammanträdet konstaterades vara lagligt sammankallat och beslutfört.',
        '§ 62 Budget 2025',
        'Stadsstyrelsen godkänner budgeten.',
      ),
    );

  it('reads the names over their roles after the heading, and the names in the adjusting\'s column', () => {
    const s = front().signatures;
    expect([s?.chair, s?.secretary, s?.adjusters, s?.adjustedOn]).toEqual([['Eva Mattsson'], ['Per Strand'], ['Johan Berg', 'Sara Lund'], '2024-04-11']);
  });
});
