// Extracts of two meetings joined in one file, each under the same title
// (`PROTOKOLLSUTDRAG` / the organ / `Sammanträdesdatum …`): another date under the title
// opens another document, where the same title over the same date is a page's running
// header. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const extract = (organ: string, date: string, n: number, decision: string): string[] => [
  'PROTOKOLLSUTDRAG',
  organ,
  `Sammanträdesdatum ${date}`,
  '',
  `§ ${n} Dnr KS 2024/63`,
  'Ny renhållningsordning',
  '',
  'Ärendebeskrivning',
  'Samhällsbyggnadsförvaltningen har tagit fram en ny renhållningsordning.',
  '',
  decision,
  '',
  'Justerandes sign                Utdragsbestyrkande',
  '',
];

describe('extracts of two meetings under the same title', () => {
  it('are two documents, each with its organ, date and §', () => {
    const text = [
      ...extract('Kommunstyrelsen', '2024-09-03', 121, 'Kommunstyrelsen föreslår kommunfullmäktige att anta renhållningsordningen.'),
      ...extract('Kommunfullmäktige', '2024-09-23', 58, 'Kommunfullmäktige antar renhållningsordningen.'),
    ].join('\n');
    const docs = parseText(text).documents;
    expect(docs.map((d) => [d.kind, d.meeting?.date, d.items.map((i) => i.number)])).toEqual([
      ['minutes', '2024-09-03', [121]],
      ['minutes', '2024-09-23', [58]],
    ]);
    expect(docs[1]!.meeting?.body).toBe('kommunfullmäktige');
  });

  it('stay one document where the title over the same date heads the next page', () => {
    const first = extract('Kommunstyrelsen', '2024-09-03', 121, 'Kommunstyrelsen föreslår kommunfullmäktige att anta renhållningsordningen.');
    const second = extract('Kommunstyrelsen', '2024-09-03', 122, 'Kommunstyrelsen antar taxan.').map((l) => l.replace('Ny renhållningsordning', 'Taxa för avfall'));
    const docs = parseText([...first, '\f', ...second].join('\n')).documents;
    expect(docs.map((d) => d.items.map((i) => i.number))).toEqual([[121, 122]]);
  });

  it('are two minutes where whole minutes of two dates are joined, each with its letterhead and front page', () => {
    const minutes = (date: string, chair: string, n: number): string[] => [
      'Norrås kommun',
      'Kommunstyrelsen                 Protokoll                 1 (2)',
      `                                ${date}`,
      '',
      'Plats och tid                   Kommunhuset, kl. 13.00–15.00',
      '',
      'Beslutande                      Ledamöter',
      `                                ${chair} (S), ordförande`,
      '                                Ove Lind (M)',
      '',
      `§ ${n} Budgetuppföljning`,
      'Kommunstyrelsen beslutar att godkänna uppföljningen.',
      '',
      'Norrås kommun',
      'Kommunstyrelsen                 Protokoll                 2 (2)',
      `                                ${date}`,
      '',
      `§ ${n + 1} Meddelanden`,
      'Meddelandena läggs till handlingarna.',
      '',
      '',
    ];
    const docs = parseText([...minutes('2024-02-06', 'Gun Rask', 12), ...minutes('2024-03-05', 'Eva Rusk', 20)].join('\n')).documents;
    expect(docs.map((d) => [d.meeting?.date, d.participants.map((p) => p.name)[0], d.items.map((i) => i.number)])).toEqual([
      ['2024-02-06', 'Gun Rask', [12, 13]],
      ['2024-03-05', 'Eva Rusk', [20, 21]],
    ]);
    expect(docs[0]!.items[1]!.text).not.toContain('Norrås kommun');
  });
});
