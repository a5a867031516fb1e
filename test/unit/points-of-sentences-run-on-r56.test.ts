// A transcript of a numbered protocol run onto one line whose points are sentences alone, with no heading
// (`1. Ordf. hälsade alla välkomna … 2. Anna Ek valdes att … justera dagens protokoll. 3. …`): the point's first
// sentence titles it and is read as its text, so its decision is kept; a title is not cut inside the name that
// opens the sentence, nor after the decision's passive that opens it (`Beslöts att …`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const page = (points: string) =>
  meetingDoc(`Transkript\n\n1 Byalaget Norrskär Protokoll styrelsemöte 4 Plats: Bygdegården i Norrskär Närvarande: Vera Lund, Nils Åberg, Maj Ström, Ture Falk, Elin Dahl, Bror Sjö. Innan mötets öppnande visade Elin Dahl runt i den nya verkstaden och berättade om arbetet under sommaren. ${points}\n`);
const read = (points: string) => page(points).items.map((i) => [i.number, i.title, i.decisions.length]);

describe('points that are sentences alone, on a page run onto one line', () => {
  it('a name opens the point: its sentence titles it and its election is read', () => {
    const items = read('1. Ordf. hälsade alla välkomna och förklarade mötet öppnat. 2. Maj Ström valdes att jämte ordföranden justera dagens protokoll. 3. Dagordningen godkändes. 4. Kassören redogjorde för ekonomin efter sommaren.');
    expect(items[1]).toEqual([2, 'Maj Ström valdes att jämte ordföranden justera dagens protokoll', 1]);
  });

  it('the decision passive opens the point: both decisions kept, the first as its title', () => {
    const items = read('1. Ordf. öppnade mötet. 2. Beslöts att rätt att teckna föreningens firma har ordförande Vera Lund och kassör Ture Falk, var för sig. Beslöts att kassören sköter bankärendena. 3. Föregående protokoll lästes upp och lades till handlingarna. Protokollet har legat på hemsidan sedan juni. 4. Mötet avslutades.');
    expect(items[1]).toEqual([2, 'Beslöts att rätt att teckna föreningens firma har ordförande Vera Lund och kassör Ture Falk, var för sig', 2]);
    expect(items[2]).toEqual([3, 'Föregående protokoll lästes upp och lades till handlingarna', 1]);
  });

  it('a heading before the sentence stays the title', () => {
    const items = read('1 Mötets öppnande Ordföranden Vera Lund hälsade alla välkomna och öppnade mötet. 2 Dagordning Dagordningen fastställdes utan tillägg. 3 Ekonomi Kassören redogjorde för ekonomin efter sommaren och svarade på frågor.');
    expect(items[1]).toEqual([2, 'Dagordning', 1]);
  });
});
