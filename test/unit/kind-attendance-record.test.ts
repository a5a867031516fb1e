// A record that says who came and who did not (`Närvarande …` and `Ej närvarande …`/`Frånvarande …`) is the record of a
// held meeting whatever heading its points stand under (`DAGORDNING`, `Agenda`) and whatever tense they are told in:
// a call names whom it calls, never who stayed away (test/unit/kind-held-meeting-agenda.test.ts: where its points propose
// decisions it stays the agenda). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const kinds = (t: string): string[] => parseText(t).documents.map((d) => d.kind);

describe('attendance taken under an agenda heading', () => {
  it('a network’s page flattened a paragraph a line, the roll before `DAGORDNING`, points run on: notes', () => {
    const t = text(
      'Ålsta 2019-10-03',
      'Närvarande Regionen Tove Berg, enhetschef, Norrby. Ivar Holm, läkare Norrby. Kommunerna Saga Vik, socialchef, Ålsta Anton Ström, rektor, Västby',
      'Ej närvarande Mira Sand, skolchef, Östby Gösta Lind, Ålsta',
      'DAGORDNING',
      '1. Godkännande av dagordning. Dagordningen godkänns.',
      '2. Presentationsrunda Deltagarna presenterar sig och sina verksamheter.',
      '3. Samverkan kring unga Tove Berg går igenom uppdraget och gruppen diskuterar nästa steg.',
    );
    const doc = parseText(t).documents[0]!;
    expect(doc.kind).toBe('notes');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3]);
  });

  it('`Agenda` over `Närvarande:` and `Frånvarande:` lists and an adjuster named: the minutes', () => {
    const t = text(
      'Agenda',
      'Styrelsemöte i Föreningen Östbygden 12 mars 2024',
      '',
      'Närvarande: Kim Åkesson, Lena Borg, Ture Falk',
      'Frånvarande: Nils Ek',
      '',
      '1. Mötets öppnande',
      'Ordföranden öppnar mötet.',
      '',
      '2. Val av justerare',
      'Lena Borg väljs att justera protokollet.',
      '',
      '3. Ekonomi',
      'Kassören redovisar läget.',
    );
    expect(kinds(t)).toEqual(['minutes']);
  });

  it('a notice that calls its members and asks for absences to be reported stays a notice', () => {
    const t = text(
      'DAGORDNING',
      'Styrelsemöte i Föreningen Östbygden 12 mars 2024',
      '',
      'Kallade: Kim Åkesson, Lena Borg, Ture Falk',
      'Förhinder anmäls till Lena Borg.',
      '',
      '1. Mötets öppnande',
      '2. Val av justerare',
      '3. Ekonomi',
    );
    expect(kinds(t)).toEqual(['notice']);
  });
});
