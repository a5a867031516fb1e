// A sharing site prints the document's first words as its title above its wrapper (`Full text`,
// `Storlek: px` … `Transkript`), with the values the PDF's text lost (`kl` without its hours): the
// front page proper repeats each label of it with its whole value, and the title's copy gives
// none. The title still gives what only it says (the letterhead). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const FRONT = [
  '(1)',
  '',
  'Plats och tid: Sjösalen, Hotell Sjöviken Åsby 2017-11-17 kl. 09.00-12.00',
  '',
  'Beslutande:',
  '',
  'Eva Trolle Dahl, ordförande',
  'Erik Johnsson',
  '',
  'Övriga deltagande: Therese Holm, sekreterare',
  '',
  '§ 84 Mötets öppnande',
  '',
  'Ordföranden öppnade mötet.',
  '',
  '§ 85 Val av justerare',
  '',
  'Erik Johnsson valdes att justera protokollet.',
];

describe("a sharing site's title quoting the front page's first label", () => {
  it('the place and hours come from the front page, not from the title that lost them (5dok: `Full text`)', () => {
    const doc = meetingDoc(['Plats och tid: Sjösalen, Hotell Sjöviken Åsby kl Närvarande', '', 'Full text', '', ...FRONT].join('\n'));
    expect(doc.meeting?.location).toBe('Sjösalen, Hotell Sjöviken Åsby');
    expect(doc.meeting?.date).toBe('2017-11-17');
    expect(doc.meeting?.startTime).toBe('09:00');
  });

  it('the same under a docplayer wrapper (`Storlek: px` … `Transkript`)', () => {
    const wrapper = ['Storlek: px', 'Starta visningen från sidan:', '', 'Transkript', ''];
    const doc = meetingDoc(['Plats och tid Sjösalen, Hotell Sjöviken Åsby kl Beslutande', '', ...wrapper, ...FRONT].join('\n'));
    expect(doc.meeting?.location).toBe('Sjösalen, Hotell Sjöviken Åsby');
  });

  it("the title's copy of the first points opens no point: the front page's date after it is read", () => {
    const wrapper = ['Storlek: px', 'Starta visningen från sidan:', '', 'Transkript', ''];
    const doc = meetingDoc(
      [
        'Ärenden till kommunstyrelsen. 1. Upprop och val av justerare. 2. Anmälan om delegationsbeslut',
        '',
        ...wrapper,
        '1 Kommunstyrelsen 3 (12) Ärendelista 14 mars 2019 1. Upprop och val av justerare 2. Anmälan om delegationsbeslut 3. Rapporter',
        '',
        '2 Kommunstyrelsen 4 (12) 1. Upprop och val av justerare Tom Ek (SD) justerar denna gång. 2. Anmälan om delegationsbeslut Besluten läggs till handlingarna. 3. Rapporter Rapporterna läggs till handlingarna.',
      ].join('\n'),
    );
    expect(doc.meeting?.date).toBe('2019-03-14');
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Upprop och val av justerare'],
      [2, 'Anmälan om delegationsbeslut'],
      [3, 'Rapporter'],
    ]);
  });
});
