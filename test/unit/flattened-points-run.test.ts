// Minutes whose paragraphs are numbered with a point (`20. Mötet öppnas`) from where the last
// meeting's left off, a page of them flattened onto one line by a transcript. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { reflow } from '../../src/normalise/reflow.js';

const page =
  '3 av 9 20. Mötet öppnas. Ordföranden hälsar alla välkomna. 21. Val av justerare Direktionen beslutar: Utse Lena Kvist till justerare. ' +
  '22. Fastställande av föredragningslista Direktionen beslutar: Föredragningslistan fastställs. 23. Delårsrapport Förbundsdirektören redovisar. Direktionen beslutar: Godkänna delårsrapporten.';

describe('a run of points that starts past 1, on one line', () => {
  it('cuts the line before each point of the run', () => {
    const pieces = reflow(page, { agenda: 0, page: 0 }).map((p) => p.text);
    expect(pieces.filter((p) => /^\d{2}\. /u.test(p)).map((p) => p.slice(0, 3))).toEqual(['20.', '21.', '22.', '23.']);
  });

  it('does not cut before a lone number and point that no run follows', () => {
    const prose = 'Förbundet har under året haft kostnader för 20. Detta är mer än beräknat och styrelsen vill därför se över budgeten i höst.';
    expect(reflow(prose, { agenda: 0, page: 0 }).map((p) => p.text)).toEqual([prose]);
  });

  it('reads each point as an item with its title and decision', () => {
    const text = `Direktionen Sammanträdesprotokoll 2025-05-20 Plats och tid: Brandstation Ekby, kl. 13:00 Paragrafer 20-23\n\n${page}\n`;
    const [doc] = parse(text).documents;
    expect(doc!.items.map((i) => [i.number, i.title, i.decisions.map((d) => d.text)])).toEqual([
      [20, 'Mötet öppnas', []],
      [21, 'Val av justerare', ['Direktionen beslutar: Utse Lena Kvist till justerare.']],
      [22, 'Fastställande av föredragningslista', ['Direktionen beslutar: Föredragningslistan fastställs.']],
      [23, 'Delårsrapport', ['Direktionen beslutar: Godkänna delårsrapporten.']],
    ]);
  });
});
