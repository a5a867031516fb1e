// A transcript's table of contents that gives each § by the page it stands on, as the page's counter in words
// (`Innehållsförteckning Sida 3 av 5 Dnr KS 2024/12 Val av justerare Sida 4 av 5 Dnr …`): the counter's last number
// (`5`) is no § before the case number, and the §§ themselves (`KS AU 45 Dnr KS 2024/12 …`) are the items.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const TRANSCRIPT = text(
  'Transkript',
  '',
  '1 Kommunstyrelsens arbetsutskott Sida 1 av 5 Plats och tid: Kommunhuset, kl 09.00-11.00 Beslutande: Anna Ek (S), ordförande Per Ås (M) Lisa Holm (C) Utses att justera: Per Ås Paragrafer: 45-47 Sekreterare: Nils Berg',
  '',
  '2 Kommunstyrelsens arbetsutskott Sida 2 av 5 Innehållsförteckning Sida 3 av 5 Dnr KS 2024/12 Val av justerare Sida 4 av 5 Dnr KS 2024/15 Budgetuppföljning Sida 5 av 5 Dnr KS 2024/18 Yttrande över detaljplan',
  '',
  '3 Kommunstyrelsens arbetsutskott Sida 3 av 5 KS AU 45 Dnr KS 2024/12 Val av justerare Arbetsutskottets beslut Per Ås utses att justera protokollet.',
  '',
  '4 Kommunstyrelsens arbetsutskott Sida 4 av 5 KS AU 46 Dnr KS 2024/15 Budgetuppföljning Arbetsutskottets beslut Uppföljningen godkänns.',
  '',
  '5 Kommunstyrelsens arbetsutskott Sida 5 av 5 KS AU 47 Dnr KS 2024/18 Yttrande över detaljplan Arbetsutskottets beslut Arbetsutskottet lämnar yttrandet.',
);

describe('a contents page that gives each § its page counter', () => {
  it('reads the §§, not the counters\' numbers', () => {
    expect(meetingDoc(TRANSCRIPT).items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [45, 'Val av justerare', 'KS 2024/12'],
      [46, 'Budgetuppföljning', 'KS 2024/15'],
      [47, 'Yttrande över detaljplan', 'KS 2024/18'],
    ]);
  });
});
