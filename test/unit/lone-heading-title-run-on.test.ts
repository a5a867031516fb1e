// Minutes whose § heading stands on a line of its own with the organ's letters and the case number
// (`KF § 12 DNR: KU.2024.3`), the title on the line under it run on with the § text, as a flattened
// transcript writes them (`Godkännande av dagordning Fullmäktiges beslut Dagordningen godkänns.`).
// The title is the heading that opens the line; the sentence after it is the § text. A sentence
// alone under the heading (`Ordföranden öppnar mötet.`) still titles nothing.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const text = `PROTOKOLL
Kommunfullmäktige i Ekdala
Sammanträdesdatum 2024-09-02

Beslutande Se bilaga

KF § 12 DNR: KU.2024.3

Godkännande av dagordning Kommunfullmäktiges beslut Dagordningen godkänns.

KF § 13 DNR: KU.2024.4

Allmänhetens frågestund Inga frågor ställs.

KF § 14 DNR: KU.2024.9

Val av justerare Till justerare valdes Lena Ström.

Lena Ström justerar protokollet tillsammans med ordföranden.

KF § 15 DNR: KU.2024.11

Ordföranden tackar ledamöterna och avslutar mötet.
`;

describe('a title under a lone § heading run on with its text', () => {
  it('is the heading that opens the line, the sentence after it the text', () => {
    const doc = meetingDoc(text);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [12, 'Godkännande av dagordning', 'KU.2024.3'],
      [13, 'Allmänhetens frågestund', 'KU.2024.4'],
      [14, 'Val av justerare', 'KU.2024.9'],
      [15, '', 'KU.2024.11'],
    ]);
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual(['Dagordningen godkänns.']);
  });
});
