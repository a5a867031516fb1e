// An extract of minutes as a web transcript wrote it, its § sign lost: one § only, so no run of
// numbers counting up confirms it. A number at a heading place (after the page's counter) whose
// title runs into a case number's label is a § heading on its own. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const EXTRACT =
  '1 ÅBY KOMMUN Sammanträdesprotokoll Kommunstyrelsen (18) 52 NY TAXA FÖR SOPHÄMTNING Dnr: KS 2022/140 Förvaltningen har tagit fram ett förslag till ny taxa. ' +
  'Beslutsunderlag Tekniska kontorets tjänsteskrivelse Kommunstyrelsens beslut Kommunstyrelsen beslutar att anta den nya taxan. Justerandes sign Utdragsbestyrkande';

describe('a lost § sign confirmed by its case number', () => {
  it('the one § of an extract is read, and the letterhead names the organisation', () => {
    const doc = meetingDoc(EXTRACT);
    expect(doc.meeting?.organisation).toBe('Åby kommun');
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber, i.decisions.map((d) => d.text)])).toEqual([
      [52, 'NY TAXA FÖR SOPHÄMTNING', 'KS 2022/140', ['Kommunstyrelsen beslutar att anta den nya taxan.']],
    ]);
  });

  it('a title in sentence case too', () => {
    const doc = meetingDoc(EXTRACT.replace('NY TAXA FÖR SOPHÄMTNING', 'Ny taxa för sophämtning'));
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[52, 'Ny taxa för sophämtning']]);
  });

  it('a number before a sentence is no heading (guard)', () => {
    const doc = meetingDoc(`PROTOKOLL Kommunstyrelsen 2022-05-02 Beslutande Eva Ek (S) Förvaltningen har fått in förslag. 12 Medborgare har skrivit under. Dnr anges inte.`);
    expect(doc.items).toEqual([]);
  });
});
