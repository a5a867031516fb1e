// A point's decision under the decision's passive as its label, with its colon (`Beslöts: att …`, `Beslutas: …`,
// `BESLUTADES: …`), as association minutes write it, and two such labelled lines in one paragraph, a decision each.
// They were none (the passive is read as a sentence only with `att` right after it), and the second line went on
// with the first. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const minutes = (...lines: string[]) =>
  meetingDoc(text('Protokoll fört vid styrelsemöte i Hagby Skytteförening', 'Datum: 2023-02-14', 'Plats: Klubbstugan', '', ...lines));

describe('the passive of deciding as a decision label', () => {
  it('reads `Beslöts: att …` under a point as its decision, the clause without the label', () => {
    const doc = minutes(
      '2. Information', 'Ordföranden informerade om vad som beslutades: inget nytt sedan förra mötet.', '',
      '3. Skjutbanans tak', 'Beslöts: att anlita Takfirman i Ekby för omläggningen.', '', '4. Avslutning',
    );
    const d = item(doc, 3).decisions;
    expect(d).toHaveLength(1);
    expect(d[0]!.text).toBe('anlita Takfirman i Ekby för omläggningen.');
    // (the word with a colon inside a sentence is no label)
    expect(item(doc, 2).decisions).toEqual([]);
  });

  it('reads the label in capitals and in the present (`BESLUTADES:`, `Beslutas:`)', () => {
    const doc = minutes('5. Medlemsavgift', 'BESLUTADES: Avgiften är 300 kr för 2024.', '', '6. Vårstädning', 'Beslutas: Städdagen blir lördag den 20 april.');
    expect(item(doc, 5).decisions.map((d) => d.text)).toEqual(['Avgiften är 300 kr för 2024.']);
    expect(item(doc, 6).decisions.map((d) => d.text)).toEqual(['Städdagen blir lördag den 20 april.']);
  });

  it('reads two labelled lines of one paragraph as two decisions (`Beslut: …` / `Beslöts: …`)', () => {
    const doc = minutes('§ 7 Firmateckning', 'Beslut: Föreningens firma tecknas av ordföranden och kassören var för sig.', 'Beslöts: att kassören får attestera fakturor upp till 5 000 kr.', '', '§ 8 Nästa möte');
    const d = item(doc, 7).decisions;
    expect(d.map((x) => x.text)).toEqual(['Föreningens firma tecknas av ordföranden och kassören var för sig.', 'kassören får attestera fakturor upp till 5 000 kr.']);
  });
});
