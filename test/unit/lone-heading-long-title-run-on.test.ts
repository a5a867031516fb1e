// Minutes whose § heading stands alone with its organ's letters and case number (`KF § 21 DNR: KU.2023.40`), the
// title on the line under it run on with the § text, as a flattened transcript writes them, the title longer than a
// standing point's (`Förslag till nya regler för bidrag till enskilda vägar i Ekdala kommun Samhällsbyggnadsnämnden
// har …`). The title ends before the capitalised word that opens the sentence, not at a place's name after a word
// that links (`i Ekdala`); a sentence alone under the heading, a capitalised word inside it, still titles nothing.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const text = `PROTOKOLL
Kommunfullmäktige i Ekdala
Sammanträdesdatum 2023-10-16

Beslutande Se bilaga

KF § 20 DNR: KU.2023.3

Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkänns.

KF § 21 DNR: KU.2023.40

Förslag till nya regler för bidrag till enskilda vägar i Ekdala kommun Samhällsbyggnadsnämnden har på uppdrag av kommunstyrelsen sett över reglerna för bidrag till vägföreningar.

Kommunfullmäktiges beslut

Reglerna antas.

KF § 22 DNR: KU.2023.41

Kommunstyrelsen beslutade i maj att Förvaltningen ska utreda frågan om en ny brandstation.

KF § 23 DNR: KU.2023.44

Ordföranden tackar ledamöterna och avslutar mötet.
`;

describe('a long title under a lone § heading run on with its text', () => {
  it('ends before the sentence, past a place named after a word that links', () => {
    const doc = meetingDoc(text);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [20, 'Godkännande av dagordning', 'KU.2023.3'],
      [21, 'Förslag till nya regler för bidrag till enskilda vägar i Ekdala kommun', 'KU.2023.40'],
      [22, '', 'KU.2023.41'],
      [23, '', 'KU.2023.44'],
    ]);
    expect(doc.items[1]!.text).toMatch(/^Samhällsbyggnadsnämnden har på uppdrag/);
  });
});
