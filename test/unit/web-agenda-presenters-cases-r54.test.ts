// Web agendas: a presenters' column run into the title after a position the title governs (`… stöd i form av
// elevassistent Anna Berg och Lars Holm`), and a point's referral note and case number under it (`Remiss från …` /
// `Dnr …`), which close that point and open no next one. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const itemsOf = (t: string) => parseText(t).documents.flatMap((d) => d.items.map((i) => ({ n: i.number, title: i.title, presenter: i.presenter, caseNumber: i.caseNumber })));

describe('a presenters\' column run into an agenda\'s titles', () => {
  const agenda = (row: string) =>
    text('KALLELSE', 'Barn- och utbildningsnämnden', 'Tid: 2031-06-18 kl 18:00', 'Plats: Skolgatan 4', '', 'Föredragningslista Ärende/Föredragande', '1 Upprop', '2 Lägesrapport om skolbyggen Jonas Ek', row, '4 Ekonomisk uppföljning maj 2031 Anna Svensson');
  it('takes two names after a position the title governs as the presenters', () => {
    const it3 = itemsOf(agenda('3 Tilläggsbelopp och stöd i form av elevassistent Cecilia Holm och Lars Berg'))[2]!;
    expect(it3.title).toBe('Tilläggsbelopp och stöd i form av elevassistent');
    expect(it3.presenter).toBe('Cecilia Holm och Lars Berg');
  });
  it('takes one name after a position the title governs, as another board writes it', () => {
    const it3 = itemsOf(agenda('3 Rekrytering av rektor Maria Lind'))[2]!;
    expect(it3.title).toBe('Rekrytering av rektor');
    expect(it3.presenter).toBe('Maria Lind');
  });
});

describe('a web agenda\'s referral note and case number under a point', () => {
  const page = text(
    'Din position: Hem > Ekby kommun > Miljönämnden > Sammanträde 2031-09-21', '', 'Sammanträde 2031-09-21', '', 'Klockan', '17:00', 'Plats', 'Stadshuset', '',
    '1 Val av justerare', '',
    '2 Överklagande av beslut om avgift för tillsyn', '', 'Remiss från mark- och miljödomstolen', 'Dnr 2031-4194', '',
    '3 Ansökan om dispens för Ekby Marina', '', 'En rapport från miljöförvaltningen', 'Dnr 2031-1028', '',
    '4 Motion om fler parker', '',
  );
  it('gives each case number to the point above it', () => {
    expect(itemsOf(page).map((i) => [i.n, i.caseNumber])).toEqual([
      [1, null],
      [2, '2031-4194'],
      [3, '2031-1028'],
      [4, null],
    ]);
  });
});
