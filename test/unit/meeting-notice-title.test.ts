// `Sammanträdeskallelse` (a notice of a meeting, in one word), also after the organ's genitive
// (`Stadsfullmäktiges sammanträdeskallelse`): a notice, not a text of no meeting.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const POINTS = text('', 'Tid: Måndagen den 3 juni 2024 kl. 18.30', 'Plats: Stadshuset', '', '1. Val av justerare', '2. Årsredovisning 2023', '3. Motion om cykelvägar');

describe('a notice titled a meeting`s notice', () => {
  it.each(['Stadsfullmäktiges sammanträdeskallelse', 'SAMMANTRÄDESKALLELSE', 'Möteskallelse'])('%s', (title) => {
    const r = parseText(text(title) + POINTS);
    expect(r.documents.map((d) => [d.kind, d.title])).toEqual([['notice', title]]);
    expect(r.documents[0]!.items.map((i) => i.title)).toEqual(['Val av justerare', 'Årsredovisning 2023', 'Motion om cykelvägar']);
  });
});
