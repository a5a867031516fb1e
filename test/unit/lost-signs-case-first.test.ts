// A transcript that lost its § signs, of minutes that print the case number before the §
// (`KS/2024:18 § 41 Title`): the numbers after such a case number count up at heading places
// too. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const TEXT = [
  '1 1(6) Plats och tid Stadshuset, klockan 14:00-16:00 Beslutande Nora Vik (S), ordförande Axel Borg (M) Utses att justera Axel Borg Paragrafer Underskrifter Sekreterare Ida Lund Ordförande Nora Vik Justerande Axel Borg',
  '',
  '2 2(6) KS/2024:18 41 Val till styrelsen för stadsmuseet Beslut Karin Ek (S) väljs till ledamot. Expedieras till Valda',
  '',
  '3 3(6) KS/2024:77 42 Delårsrapport för januari-april Beslut Delårsrapporten godkänns. Expedieras till Ekonomiavdelningen',
  '',
  '4 4(6) KS/2024:90 43 Motion om laddplatser Beslut Motionen avslås. Expedieras till Motionären',
  '',
].join('\n');

describe('§ signs lost after a case number', () => {
  it('each number after its case number is a § heading', () => {
    const doc = meetingDoc(`PROTOKOLL Kommunstyrelsen 2024-06-03\n\n${TEXT}`);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.decisions.map((d) => d.text)])).toEqual([
      [41, 'Val till styrelsen för stadsmuseet', 'KS/2024:18', ['Karin Ek (S) väljs till ledamot.']],
      [42, 'Delårsrapport för januari-april', 'KS/2024:77', ['Delårsrapporten godkänns.']],
      [43, 'Motion om laddplatser', 'KS/2024:90', ['Motionen avslås.']],
    ]);
  });
});
