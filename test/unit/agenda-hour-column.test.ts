// An agenda table with a column of hours (`Tid  Nr  Ärende  Dnr`, `13.00   3   Budget 2026   KS 2024/77`,
// or the hour after the title): the hour is neither the point's number, its case number nor part of
// its title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { isBareCaseNumber } from '../../src/text/case-number.js';
import { meetingDoc, text } from './helpers.js';

const rows = (doc: ReturnType<typeof meetingDoc>): unknown[] => doc.items.map((i) => [i.number, i.title, i.caseNumber]);

describe('an agenda with an hour column', () => {
  it('reads the points after the hour in the first column', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE', 'Kommunstyrelsen', '', 'Tid: tisdagen den 4 mars 2025 kl. 13.00', 'Plats: Sammanträdesrummet Ekbacken, Norrvik', '',
        'Tid     Nr  Ärende                                   Dnr',
        '13.00   1   Val av justerare',
        '13.05   2   Godkännande av dagordningen',
        '13.10   3   Budget 2026 för kommunstyrelsen           KS 2024/77',
        '13.40   4   Detaljplan för Ekbacken 2:14              KS 2024/102',
        '14.15   5   Information om bredbandsutbyggnad',
      ),
    );
    expect(rows(doc)).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Godkännande av dagordningen', null],
      [3, 'Budget 2026 för kommunstyrelsen', 'KS 2024/77'],
      [4, 'Detaljplan för Ekbacken 2:14', 'KS 2024/102'],
      [5, 'Information om bredbandsutbyggnad', null],
    ]);
  });

  it('reads slots of time before the number, with a presenter column', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE', 'Direktionen för Räddningstjänsten Västdal', '', 'Tid: torsdagen den 6 februari 2025 kl. 09.00', '',
        'Tid           Punkt   Ärende                                    Föredragande',
        '09.00         1       Mötets öppnande                           Ordförande',
        '09.10–09.40   2       Budget 2026   Dnr RVD 2024/77            Förbundsdirektör',
        '09.40–10.15   3       Årsredovisning 2024   Dnr RVD 2025/3     Ekonom Siv Dahl',
      ),
    );
    expect(rows(doc)).toEqual([
      [1, 'Mötets öppnande', null],
      [2, 'Budget 2026', 'RVD 2024/77'],
      [3, 'Årsredovisning 2024', 'RVD 2025/3'],
    ]);
    expect(doc.items.map((i) => i.presenter)).toEqual(['Ordförande', 'Förbundsdirektör', 'Siv Dahl']);
  });

  it('keeps an hour column after the title out of the case number and the title', () => {
    const doc = meetingDoc(
      text(
        'FÖREDRAGNINGSLISTA', 'Kommunstyrelsens arbetsutskott', '2025-04-08', '',
        'Nr   Ärende                                 Tid      Dnr',
        '1    Val av justerare                       13.00',
        '2    Budgetuppföljning mars                 13.05    KS 2025/12',
        '3    Remiss om regional cykelplan           13.30    KS 2025/40',
        '4    Delegationsbeslut                      14.00',
      ),
    );
    expect(rows(doc)).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Budgetuppföljning mars', 'KS 2025/12'],
      [3, 'Remiss om regional cykelplan', 'KS 2025/40'],
      [4, 'Delegationsbeslut', null],
    ]);
  });

  it('reads the points with the hour in a column after the number', () => {
    const doc = meetingDoc(
      text(
        'KALLELSE', 'Regionstyrelsens arbetsutskott', 'Tid: 2025-09-02 kl. 08.30', '',
        'Nr   Tid     Ärende                                  Dnr',
        '1    08.30   Val av justerare',
        '2    08.35   Delårsrapport januari–juni 2025          RS 2025/311',
        '3    09.15   Yttrande över remiss om kollektivtrafik  RS 2025/280',
        '4    10.00   Information från regiondirektören',
      ),
    );
    expect(rows(doc)).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Delårsrapport januari–juni 2025', 'RS 2025/311'],
      [3, 'Yttrande över remiss om kollektivtrafik', 'RS 2025/280'],
      [4, 'Information från regiondirektören', null],
    ]);
  });

  it('reads an hour as no bare case number, and a case number still as one', () => {
    expect(isBareCaseNumber('13.05')).toBe(false);
    expect(isBareCaseNumber('09:30')).toBe(false);
    expect(isBareCaseNumber('KS 2025/12')).toBe(true);
    expect(isBareCaseNumber('2019.123')).toBe(true);
  });
});
