// `Ärendelista` / `Ärendeförteckning` inside minutes over a list of their §§ without page
// numbers: the minutes' own contents, not a notice opening after the front page.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const FRONT = text('SAMMANTRÄDESPROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2024-05-14', '', 'Beslutande', 'Maria Lund (S), ordförande', 'Jonas Ek (M)', '', 'Utses att justera: Jonas Ek', '');
const BODY = text(
  '§ 21',
  'Val av justerare',
  'Socialnämnden beslutar att utse Jonas Ek att justera protokollet.',
  '',
  '§ 22',
  'Budgetuppföljning',
  'Socialnämnden beslutar att godkänna uppföljningen.',
  '',
  '§ 23',
  'Delegationsbeslut',
  'Socialnämnden beslutar att lägga redovisningen till handlingarna.',
);

describe('a list of the minutes` own §§ under a contents heading', () => {
  it.each(['Ärendelista', 'Ärendeförteckning'])('%s over `§ 21 Title` entries', (heading) => {
    const r = parseText(FRONT + text(heading, '§ 21 Val av justerare', '§ 22 Budgetuppföljning', '§ 23 Delegationsbeslut', '') + BODY);
    expect(r.documents.map((d) => [d.kind, d.title])).toEqual([['minutes', 'SAMMANTRÄDESPROTOKOLL']]);
    expect(r.documents[0]!.items.map((i) => [i.number, i.title])).toEqual([
      [21, 'Val av justerare'],
      [22, 'Budgetuppföljning'],
      [23, 'Delegationsbeslut'],
    ]);
  });

  it('the points listed as an agenda numbers them', () => {
    const body = BODY.replace('§ 21', '§ 1').replace('§ 22', '§ 2').replace('§ 23', '§ 3');
    const r = parseText(FRONT + text('Ärendelista', '1. Val av justerare', '2. Budgetuppföljning', '3. Delegationsbeslut', '') + body);
    expect(r.documents.map((d) => d.kind)).toEqual(['minutes']);
    expect(r.documents[0]!.items.map((i) => i.number)).toEqual([1, 2, 3]);
  });

  it('an agenda under `Ärendelista` after minutes` front page that lists no later §§ still opens a notice', () => {
    const r = parseText(FRONT + text('', '', 'Ärendelista', '1. Val av justerare', '2. Budgetuppföljning', '3. Delegationsbeslut'));
    expect(r.documents.map((d) => d.kind)).toEqual(['minutes', 'notice']);
  });
});
