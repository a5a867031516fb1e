// `Justeras` over two names with no label saying who signs as what, in minutes whose participants' list names the
// chair and whose § elects the adjuster (`… valdes att jämte ordföranden justera protokollet`): the chair signs as
// chair, the elected one as adjuster. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (election: string): string => `Protokoll fört vid styrelsemöte med Samordningsförbundet Östbygden den 12 mars 2019 kl. 13.00–15.30 i Kommunhuset, Östby.

Närvarande ledamöter:
Anna Ek (S), ordförande, Östby kommun
Bo Lind (M), vice ordförande, Region Mellansverige
Carina Holm, Försäkringskassan

Övriga:
Gun Berg, sekreterare

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Val av justerare
${election}

§ 3 Budget 2019
Styrelsen beslutade att fastställa budgeten enligt förslaget.

Vid protokollet

Gun Berg

Justeras

Anna Ek                                Bo Lind
`;

describe('Justeras over the chair and the elected adjuster', () => {
  it('reads the listed chair as chair when the minutes elect the other', () => {
    const s = meetingDoc(minutes('Bo Lind valdes att jämte ordföranden justera protokollet.')).signatures;
    expect(s?.chair).toEqual(['Anna Ek']);
    expect(s?.adjusters).toEqual(['Bo Lind']);
    expect(s?.secretary).toEqual(['Gun Berg']);
  });

  it('keeps both as adjusters when the minutes elect the chair too', () => {
    const s = meetingDoc(minutes('Anna Ek och Bo Lind valdes att justera protokollet.')).signatures;
    expect(s?.chair).toEqual([]);
    expect(s?.adjusters).toEqual(['Anna Ek', 'Bo Lind']);
  });

  it('keeps both as adjusters when no § says whom the meeting elected', () => {
    const s = meetingDoc(minutes('Frågan bordläggs.')).signatures;
    expect(s?.adjusters).toEqual(['Anna Ek', 'Bo Lind']);
  });

  it('reads the chair an opening § names where the list names none', () => {
    const text = minutes('Bo Lind valdes att jämte ordföranden justera protokollet.')
      .replace('Anna Ek (S), ordförande, Östby kommun', 'Anna Ek (S), Östby kommun')
      .replace('Ordföranden öppnade mötet.', 'Ordförande Anna Ek hälsade alla välkomna.');
    const s = meetingDoc(text).signatures;
    expect(s?.chair).toEqual(['Anna Ek']);
    expect(s?.adjusters).toEqual(['Bo Lind']);
  });

  it('keeps both as adjusters where nothing names the chair', () => {
    const text = minutes('Bo Lind valdes att jämte ordföranden justera protokollet.').replace('Anna Ek (S), ordförande, Östby kommun', 'Anna Ek (S), Östby kommun');
    expect(meetingDoc(text).signatures?.adjusters).toEqual(['Anna Ek', 'Bo Lind']);
  });
});
