// A front page alone (an extract, or minutes whose items a transcript lost), `Paragrafer` left empty: an
// official's or a member's note that is bare numbers only (`Lena Ek, ekonom, 65-66,`, `ekonom Kurt Holm 164,`,
// `Maja Vik (S) 13`) is the §§ attended even with no range to hold it against; a year, a list begun on the
// position, or words beside the numbers stay as written. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const front = (people: string): string =>
  '1 (9) Plats och tid Kommunhuset, rum Björken, tisdag den 14 mars 2023, kl 13.00-16.00 Beslutande ' +
  `${people} Justeringens plats och tid Kommunhuset Underskrifter Sekreterare Ordförande Justerande Olle Berg Åsa Norrby Karin Holm\n`;

const row = (t: string, name: string): unknown[] => {
  const p = meetingDoc(t).participants.find((q) => q.name === name)!;
  return [p.position, p.paragraphs === null ? null : [p.paragraphs.from, p.paragraphs.to], p.note];
};

describe('bare §§ in a note on a front page with no range anywhere', () => {
  it('reads them after an official’s position and comma (one body’s roll)', () => {
    const t = front('Åsa Norrby, s, ordförande Karin Holm, v Övriga deltagare Olle Berg, kommunchef Lena Ek, koncernekonom, 65-66, Mona Sund, miljöinspektör, 70 Tor Lind, utredare, 84');
    expect(row(t, 'Lena Ek')).toEqual(['koncernekonom', [65, 66], null]);
    expect(row(t, 'Mona Sund')).toEqual(['miljöinspektör', [70, 70], null]);
    expect(row(t, 'Tor Lind')).toEqual(['utredare', [84, 84], null]);
    expect(row(t, 'Olle Berg')).toEqual(['kommunchef', null, null]);
  });

  it('reads them after a name whose position stands before it (another body’s roll)', () => {
    const t = front('Åsa Norrby (S), ordförande Karin Holm (V) Tjänstemän Kommundirektör Olle Berg, ekonom Kurt Holm 57, , planarkitekt Siri Ahl 58, personalchef Nils Ros 61 och 64');
    expect(row(t, 'Kurt Holm')).toEqual(['ekonom', [57, 57], null]);
    expect(row(t, 'Siri Ahl')).toEqual(['planarkitekt', [58, 58], null]);
    expect(row(t, 'Nils Ros')).toEqual(['personalchef', [61, 64], '61, 64']);
  });

  it('leaves a year, and a list begun on the position, as written', () => {
    const t = front('Åsa Norrby (S), ordförande Karin Holm (V) Övriga deltagare Olle Berg, rektor 6-9, 20 Lena Ek, ekonom, 2019');
    expect(row(t, 'Olle Berg')).toEqual(['rektor 6-9', null, '20']);
    expect(row(t, 'Lena Ek')[1]).toBeNull();
  });
});
