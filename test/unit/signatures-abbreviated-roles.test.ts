// An association's minutes signed with the roles cut short: the secretary's name with `, sekr.`
// after it over `Justeras:` and the adjuster's name, or `Ordf.` / `Sekr.` before the names.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (signatures: string): string => `Styrelsemöte fört med Föreningen ”Norrbyn” den 12 april 2016.
Ordf. hälsade välkommen och förklarade mötet öppnat.
§ 1.
Att justera dagens protokoll valdes Nils Ekvall.
§ 2.
Beslutades att kassören får disponera föreningens bankkonto.
Åby 20 april 2016
${signatures}
`;

describe('signers with their roles cut short', () => {
  it('reads `NAME, sekr.` over `Justeras:` and the adjuster', () => {
    const doc = meetingDoc(minutes('Eva Rosell, sekr.\nJusteras:\nNils Ekvall'));
    expect(doc.signatures).toMatchObject({ secretary: ['Eva Rosell'], adjusters: ['Nils Ekvall'] });
  });

  it('reads `Ordf. NAME` and `Sekr. NAME` one a line', () => {
    const doc = meetingDoc(minutes('Ordf. Lars Bergdahl\nSekr. Eva Rosell\nJusteras: Nils Ekvall'));
    expect(doc.signatures).toMatchObject({ chair: ['Lars Bergdahl'], secretary: ['Eva Rosell'], adjusters: ['Nils Ekvall'] });
  });
});
