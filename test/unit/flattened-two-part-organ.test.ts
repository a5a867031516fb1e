// Pages an extractor wrote each on one line, of an organ whose name has two parts (`Barn- och
// utbildningsnämnden`): its decision heading in the run of text (`… Barn- och
// utbildningsnämndens beslut Planen antas.`) opens the decision as `Kommunstyrelsens beslut` does.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the decision heading of a two-part organ inside a flattened page', () => {
  it('is cut out, and names who decided', () => {
    const doc = meetingDoc(
      text(
        '1 Sida 1 (4) PROTOKOLL Barn- och utbildningsnämnden Plats och tid Skolhuset kl. 18:00-20:00 Beslutande Eva Al (S), ordförande Jon Berg (M) Utses att justera Jon Berg (M) Paragrafer 12-14',
        '',
        '2 Sida 2 (4) § 12 Val av justerare Barn- och utbildningsnämndens beslut Jon Berg (M) utses att justera protokollet.',
        '',
        '3 Sida 3 (4) § 13 Skolplan 2026 Förvaltningen har tagit fram en ny plan. Barn- och utbildningsnämndens beslut Planen antas. Beslutet skickas till Skolkontoret',
        '',
        '4 Sida 4 (4) § 14 Meddelanden Barn- och utbildningsnämndens beslut Meddelandena läggs till handlingarna.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.decisions.map((d) => [d.by, d.text])])).toEqual([
      [12, [['Barn- och utbildningsnämnden', 'Jon Berg (M) utses att justera protokollet.']]],
      [13, [['Barn- och utbildningsnämnden', 'Planen antas.']]],
      [14, [['Barn- och utbildningsnämnden', 'Meddelandena läggs till handlingarna.']]],
    ]);
  });
});
