// Minutes whose front page declares the range (`Paragrafer: 41-52`, `Omfattning 41-52`) but whose transcript lost every
// § sign, its §§ flattened one to a line (`41 Fastställande av dagordning Styrelsen fastställer …`) or all run on in one
// (`41 Fastställande av dagordning att fastställa dagordningen 42 Val av justerare …`): the numbers stand at a line's
// start or after the last word of the § before, where no sentence ends. The declared range's numbers, counting up from
// its first, get their signs back there. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';
import { restoreLostSigns } from '../../src/normalise/lost-signs.js';

const FRONT = 'Protokoll Plats och tid: Kommunhuset, Västby kl 13.00-15.00 Beslutande: Eva Strand (S) Bo Alm (C) Utses att justera: Bo Alm Sekreterare: Paragrafer: 41-52 Karin Lund';

describe('a declared range’s numbers at a line’s start or after a word', () => {
  it('get their signs back where each § is a line of its own', () => {
    const text = [
      FRONT,
      '41 Fastställande av dagordning Styrelsen fastställer dagordningen. Styrelsen utser Bo Alm att justera dagens protokoll. 48 Förslag om samverkan bordläggs',
      '42 Budgetuppföljning mars 2024 Styrelsen godkänner budgetuppföljningen. Kansliet har tagit fram uppföljningen för mars.',
      '43 Rapport från projektet Styrelsen tar informationen till handlingarna.',
      '',
    ].join('\n');
    expect(meetingDoc(text).items.map((i) => i.number)).toEqual([41, 42, 43]);
  });

  it('get their signs back where the §§ run on in one line', () => {
    const text = [
      'Direktionsprotokoll 2024-03-08 Plats och tid Västby kl 9.30 12.00 Omfattning 41-52 Beslutande Eva Strand (S) Ordförande Bo Alm (C)',
      'Sekreterare Karin Lund Ordförande Eva Strand Justerare. Bo Alm 2',
      '41 Fastställande av dagordning att fastställa dagordningen 42 Val av justerare Bo Alm (C) utses att jämte ordförande justera dagens protokoll 43 Föregående mötesprotokoll Protokollet läggs till handlingarna',
      '',
    ].join('\n');
    const doc = meetingDoc(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [41, 'Fastställande av dagordning'],
      [42, 'Val av justerare'],
      [43, expect.stringMatching(/^Föregående mötesprotokoll/u)],
    ]);
  });

  it('take the §§ after a contents list that counts the same, and leave a number before a case number’s label', () => {
    const text = `${FRONT}\nÄrendelista 41 Val av justerare 42 Budget 43 Rapport\n41 Val av justerare Bo Alm utses att justera\n42 Budget Styrelsen godkänner budgeten\n43 Rapport Informationen noteras\n`;
    const signed = restoreLostSigns(text);
    expect(signed).toContain('Ärendelista 41 Val av justerare 42 Budget 43 Rapport\n');
    expect(signed).toContain('\n§ 41 Val av justerare Bo Alm utses att justera\n§ 42 Budget');
    const filed = `${FRONT}\nKommunstyrelsen 41 Dnr KS 2024/1 Val av justerare Kommunstyrelsen 42 Dnr KS 2024/2 Budget Kommunstyrelsen 43 Dnr KS 2024/3 Rapport\n`;
    expect(restoreLostSigns(filed)).toBe(filed);
  });
});
