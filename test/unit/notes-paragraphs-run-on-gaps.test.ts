// Minutes or notes whose paragraphs a web page ran on into one line, three spaces or more
// between them (`Mötets öppnande Mötet förklarades öppnat.   Val av justerare Per Holm valdes …`):
// each gap after a sentence's end and before a capital is a paragraph's break, not a column's,
// and each paragraph's heading then opens a point. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('paragraphs run on with wide gaps', () => {
  it('each paragraph is a point, its heading the title', () => {
    const doc = meetingDoc(
      text(
        'Protokoll från styrelsemötet 4 mars',
        '',
        'Mötets öppnande Mötet förklarades öppnat av Per Holm.   Val av justerare Lena Sjö valdes till justerare.   Ekonomi Kassören redovisade läget. Styrelsen beslutade att godkänna rapporten.   Mötets avslutande Ordföranden avslutade mötet.',
      ),
    );
    expect(doc.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Val av justerare', 'Ekonomi', 'Mötets avslutande']);
    expect(doc.items[2]!.decisions.map((d) => d.text)).toEqual(['Styrelsen beslutade att godkänna rapporten.']);
  });

  it('a row of columns, no gap after a sentence, stays one line', () => {
    const doc = meetingDoc(
      text(
        'Protokoll',
        '',
        'Beslutande   Per Holm, ordförande   Lena Sjö   Ida Berg   Olle Ek   Stina Ås   Bo Lind',
        '',
        '§ 1 Val av justerare',
        'Lena Sjö utses att justera.',
      ),
    );
    expect(doc.participants.map((p) => p.name)).toContain('Lena Sjö');
    expect(doc.items.map((i) => i.title)).toEqual(['Val av justerare']);
  });
});

describe('paragraphs run on, one ending in a bracket', () => {
  it('a break after a bracket counts beside one after a full stop', () => {
    const doc = meetingDoc(
      text(
        'Protokoll från styrelsemötet 4 mars',
        '',
        'Mötets öppnande Mötet förklarades öppnat. Närvaro Per Holm Lena Sjö (utan rösträtt)   Val av justerare Lena Sjö valdes till justerare.   Godkännande av dagordning Dagordningen godkändes i befintligt skick av mötet',
      ),
    );
    expect(doc.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Val av justerare', 'Godkännande av dagordning']);
  });
});
