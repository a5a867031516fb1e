// A remark after a decision is none of it: a labelled comment (`Kommentar: …`), a line that tells
// how it was decided (`Beslutet fattades med 4 röster mot 1.`), and whatever follows a remark under
// the heading unless it decides by its own words (`Beslutet var enhälligt.` / `Ordföranden tackade
// arbetsgruppen.`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Styrelsen för Föreningen Ekbacken', 'Datum: 2024-03-12', '');
const decisions = (...body: string[]): string[] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 4 Plan', '', ...body) })), 4).decisions.map((d) => d.text);

describe('a remark after a decision', () => {
  it('a labelled comment under the heading', () => {
    expect(decisions('Beslut', 'Styrelsen godkänner rapporten.', 'Kommentar: Rapporten ska publiceras på hemsidan.')).toEqual(['Styrelsen godkänner rapporten.']);
  });

  it('how it was decided, after the label', () => {
    expect(decisions('Beslut: Styrelsen beslutar att köpa en gräsklippare.', 'Beslutet fattades med 4 röster mot 1.')).toEqual(['Styrelsen beslutar att köpa en gräsklippare.']);
  });

  it('a line after the remark, on the same paragraph or the next', () => {
    expect(decisions('Beslut', 'att anta planen,', 'att uppdra åt ordföranden att informera medlemmarna.', 'Beslutet fattades enhälligt.', 'Ordföranden tackade för diskussionen.')).toEqual([
      'anta planen',
      'uppdra åt ordföranden att informera medlemmarna.',
    ]);
    expect(decisions('Beslut', '', 'att anta planen.', '', 'Beslutet var enhälligt.', '', 'Ordföranden tackade arbetsgruppen för arbetet.')).toEqual(['anta planen.']);
  });

  it('a decision after the remark still decides', () => {
    expect(decisions('Beslut', '', 'att anta planen.', '', 'Beslutet var enhälligt.', '', 'Styrelsen beslutar vidare att kalla till extra möte.')).toEqual([
      'anta planen.',
      'Styrelsen beslutar vidare att kalla till extra möte.',
    ]);
  });
});
