// A § heading that prints, between its number and the case number's label, the § the case had
// at the organ that prepared it (`Kf 73 Ks 94 dnr 127/2024 Förslag till …`, `Sn 50 Au 84 Dnr …`):
// that reference is the case's history, no part of the title, and the case number is read.
// A title's own word and year before the label (`Plan 2025 Dnr …`) stays the title's. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, item, parseText, text } from './helpers.js';

const minutes = (...lines: string[]) => meetingDoc(text('PROTOKOLL', 'Kommunfullmäktige', 'Sammanträdesdatum 2024-03-12', '', ...lines));

describe('a preparing organ’s § between the heading’s number and the case number', () => {
  it('is no part of the title', () => {
    const doc = minutes(
      'Kf 72 dnr 166/2024 Motion om cykelbanor',
      'Kommunfullmäktige beslutar att överlämna motionen till kommunstyrelsen.',
      '',
      'Kf 73 Ks 94 dnr 127/2024 Förslag till revidering av reglementet',
      'Kommunfullmäktige beslutar att anta förslaget.',
      '',
      'Kf 74 Ks 95 Au 60 Dnr 2024/130 Taxor för bygglov',
      'Kommunfullmäktige beslutar att anta taxorna.',
    );
    expect(item(doc, 73)).toMatchObject({ title: 'Förslag till revidering av reglementet', caseNumber: '127/2024' });
    expect(item(doc, 74)).toMatchObject({ title: 'Taxor för bygglov', caseNumber: '2024/130' });
  });

  it('leaves a title’s word and year before the label to the title', () => {
    const doc = minutes('§ 75 Plan 2025 Dnr 2024/131', 'Kommunfullmäktige beslutar att anta planen.');
    expect(item(doc, 75).title).toMatch(/^Plan 2025/u);
  });

  it('keeps a transcript page’s heading whole, the history after its number', () => {
    const transcript = text(
      'Transkript',
      '',
      '1 Kommunfullmäktige Sammanträdesprotokoll Plats och tid Folkets hus kl 18.00-20.00 Beslutande Anna Berg (S), ordförande Per Ek (M) Utses att justera Per Ek Paragrafer 72-73 Sekreterare Lisa Holm',
      '',
      '2 Kommunfullmäktige Kf 72 dnr 166/2024 Motion om cykelbanor. Anna Berg (S) överlämnade motionen. Kommunfullmäktige beslutar att överlämna motionen till kommunstyrelsen.',
      '',
      '3 Kommunfullmäktige Kf 73 Ks 94 dnr 127/2024 Förslag till revidering av reglementet. Ett förslag har upprättats. Kommunfullmäktige beslutar att anta förslaget.',
    );
    const doc = parseText(transcript).documents[0]!;
    expect(item(doc, 73)).toMatchObject({ title: 'Förslag till revidering av reglementet', caseNumber: '127/2024' });
  });
});

