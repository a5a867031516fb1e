// A line that announces the clauses after it with `följande` and a full stop, as some city
// templates write it (`Nämnden beslutar följande.`, `Kommunstyrelsen föreslår att
// kommunfullmäktige beslutar följande.`): a heading over its clauses, no decision of its own, and
// the organ it names decides each clause; a recommendation run on with its clause keeps the
// clause in the proposal. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Kulturnämnden, Åsby kommun', 'Sammanträdesdatum 2025-04-08', '',
    'Beslutande Nils Rönn (C), ordförande', '',
    '§ 31 Bidrag till Teaterföreningen Ljuset', '', 'Beslut', 'Kulturnämnden beslutar följande.',
    '1. Teaterföreningen Ljuset beviljas bidrag med 25 000 kronor.', '2. Bidraget belastar nämndens anslag för föreningsstöd.', '',
    '§ 32 Svar på skrivelse om biblioteket', '', 'Kulturnämnden beslutar följande.', 'Skrivelsen anses besvarad med förvaltningens yttrande.', '',
    '§ 33 Motion om konsthall', '', 'Beslut', 'Kulturnämnden föreslår att kommunfullmäktige beslutar följande.', 'Motionen avslås.', '',
    '§ 34 Avgifter för kulturskolan', '', 'Förvaltningen har sett över avgifterna.',
    'Kulturnämnden föreslår att kommunfullmäktige beslutar följande. Avgiften för kulturskolan höjs till 700 kronor per termin.',
  ),
);

const decided = (n: number): [string, string | null][] => item(doc, n).decisions.map((d) => [d.text, d.by]);

describe('`… beslutar följande.` with a full stop', () => {
  it('heads the numbered clauses under a decision heading, and names who decides them', () => {
    expect(decided(31)).toEqual([
      ['Teaterföreningen Ljuset beviljas bidrag med 25 000 kronor.', 'Kulturnämnden'],
      ['Bidraget belastar nämndens anslag för föreningsstöd.', 'Kulturnämnden'],
    ]);
  });

  it('heads its clause in the body without a heading', () => {
    expect(decided(32)).toEqual([['Skrivelsen anses besvarad med förvaltningens yttrande.', 'Kulturnämnden']]);
  });

  it('as a recommendation under a decision heading is no decision of its own', () => {
    expect(decided(33)).toEqual([['Motionen avslås.', 'Kulturnämnden']]);
  });

  it('as a recommendation in the body keeps its clause run on after it in the proposal', () => {
    expect(item(doc, 34).proposal).toBe('Kulturnämnden föreslår att kommunfullmäktige beslutar följande. Avgiften för kulturskolan höjs till 700 kronor per termin.');
    expect(item(doc, 34).decisions).toEqual([]);
  });
});
