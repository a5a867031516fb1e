// The dates of adjusting, posting and appeal are not the meeting's: when the header states
// no meeting date, none of them becomes meeting.date; beside a meeting date, that one wins.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { MEMBERS, ITEMS, meetingDoc, text } from './helpers.js';

const withHeader = (...header: string[]): string => [text('PROTOKOLL', 'Samordningsförbundet Fjällby', 'Styrelsen', '', 'Plats: Förbundets kansli', '', ...header, ''), MEMBERS, ITEMS].join('\n');

describe('dates that are not the meeting’s', () => {
  it.each([
    [['Justeras: 2021-03-04']],
    [['Justeringens plats och tid', 'Förbundets kansli, 2021-03-04']],
    [['Sista dag för överklagande 2021-03-26']],
    [['Överklagandetid 2021-03-05 -- 2021-03-26']],
    [['Anslaget under tiden 2021-03-05 – 2021-03-26']],
    [['Datum då anslaget tas ned', '2021-03-26']],
  ])('%j gives no meeting date', (header) => {
    expect(meetingDoc(withHeader(...header)).meeting!.date).toBeNull();
  });

  it('keeps the meeting date beside them', () => {
    expect(meetingDoc(withHeader('Datum: 2021-03-01', 'Justeras: 2021-03-04')).meeting!.date).toBe('2021-03-01');
    expect(meetingDoc(withHeader('Plats och tid', 'Justeringens plats och tid', 'Kansliet 2021-03-01 kl 9.00-11.00', 'Kansliet 2021-03-04')).meeting!.date).toBe('2021-03-01');
  });
});
