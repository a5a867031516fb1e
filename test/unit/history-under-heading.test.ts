// Minutes that print a § heading alone (`Ks § 101` with its case number beside it), then where the case was
// handled before, one organ's letters and § a line (`Au § 84`, `Sn § 50`, `KS 2024-05-02 § 45`; or two organs and
// their §§ whose signs were lost, `Sn 50 Au 84`), then the title.
// Those lines are the case's history: no part of the title, and no heading of their own; so are they under a title
// on the heading's own line (`§ 7 Budget 2025` / `Au § 84, Ks § 51`).
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const text = `PROTOKOLL
Kommunstyrelsen i Ekdala
Sammanträdesdatum 2024-09-02

Beslutande
Olle Sand (S), ordförande
Eva Dal (M)

Ks § 101                              Dnr 2024/12
Au § 84
Budget 2025

Kommunstyrelsen beslutar att fastställa budgeten.

Ks § 102                              Dnr 2024/13
Au § 85
Sn § 50
Delårsrapport 2024

Kommunstyrelsen beslutar att godkänna rapporten.

Ks § 103                              Dnr 2024/14
KS 2024-05-02 § 45
Motion om cykelvägar

Kommunstyrelsen beslutar att avslå motionen.

Ks § 104
Sn 61 Au 90
Anmälningsärenden

Anmälningsärendena läggs till handlingarna.
`;

describe('the case history on the lines between a lone § heading and its title', () => {
  it('is no part of the title', () => {
    const doc = meetingDoc(text);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [101, 'Budget 2025', '2024/12'],
      [102, 'Delårsrapport 2024', '2024/13'],
      [103, 'Motion om cykelvägar', '2024/14'],
      [104, 'Anmälningsärenden', null],
    ]);
  });

  it('is no part of a title on the heading line above it', () => {
    const doc = meetingDoc(`PROTOKOLL
Kommunstyrelsen i Ekdala
Sammanträdesdatum 2024-09-02

§ 7 Budget 2025
Au § 84

Kommunstyrelsen beslutar att fastställa budgeten.

§ 8 Delårsrapport 2024
KS 2024-05-02 § 45
Dnr 2024/13

Kommunstyrelsen beslutar att godkänna rapporten.

§ 9 Motion om cykelvägar
Au § 85, Ks § 51

Kommunstyrelsen beslutar att avslå motionen.
`);
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [7, 'Budget 2025', null],
      [8, 'Delårsrapport 2024', '2024/13'],
      [9, 'Motion om cykelvägar', null],
    ]);
  });
});
