// Minutes that print above each § heading where the case was handled before, the organs'
// letters and their §§ in the margin (`Ks 50 Au 84` / `§ 12 …`, `Au § 85` / `§ 13 …`, the sign
// kept or lost): the line is no text of the § above it. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  [
    'SAMMANTRÄDESPROTOKOLL',
    'Kommunfullmäktige',
    'Sammanträdesdatum 2023-04-24',
    '',
    'Ks 50 Au 84',
    '§ 12 Detaljplan för Lindåsen',
    'Dnr KS 2023/41',
    '',
    'Kommunfullmäktige beslutar att anta detaljplanen.',
    '',
    'Au § 85',
    'Ks § 51',
    '§ 13 Taxa för renhållning',
    'Dnr KS 2023/44',
    '',
    'Kommunfullmäktige beslutar att fastställa taxan.',
    '',
    '§ 14 Meddelanden',
    'Meddelandena läggs till handlingarna.',
    '',
  ].join('\n'),
);

describe('a § history in the margin above a heading', () => {
  it('is no text or decision of the § above it', () => {
    expect(item(doc, 12).text).toBe('Kommunfullmäktige beslutar att anta detaljplanen.');
    expect(item(doc, 12).decisions.map((d) => d.text)).toEqual(['Kommunfullmäktige beslutar att anta detaljplanen.']);
    expect(item(doc, 13).text).toBe('Kommunfullmäktige beslutar att fastställa taxan.');
  });

  it('leaves every heading and case number as it was', () => {
    expect(doc.items.map((it) => [it.number, it.title, it.caseNumber])).toEqual([
      [12, 'Detaljplan för Lindåsen', 'KS 2023/41'],
      [13, 'Taxa för renhållning', 'KS 2023/44'],
      [14, 'Meddelanden', null],
    ]);
  });
});

describe('an attachment line above the next heading', () => {
  it('`Bil 2` stays in the text of the § above', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kommunstyrelsen',
        'Plats och tid   Kommunhuset kl 13.00-15.00',
        '',
        '§ 11 Delårsrapport',
        'Kommunstyrelsen godkänner delårsrapporten.',
        'Bil 2',
        '§ 12 Budget 2025',
        'Kommunstyrelsen antar budgeten.',
      ),
    );
    expect(doc.items[0]!.text).toBe('Kommunstyrelsen godkänner delårsrapporten.\n\nBil 2');
  });
});
