// Numbered protocols without § (associations, Leader groups, networks) written as web pages or pages run onto one
// line: a point's sentences follow one another on its line where a PDF would have broken it. A later sentence that
// decides again in its own words (the organ named as the one deciding, or the decision's passive opening it) is a
// decision of its own (`LAG beslutar att … LAG beslutar att …`, `Beslöts att … Beslöts att …`); a sentence that goes
// on with the one decision and names no one stays with it, and a `Beslut:` paragraph stays one decision. Every text
// is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const protocol = (...body: string[]) =>
  meetingDoc(['Protokoll fört vid styrelsemöte i Föreningen Tallbacka Bygdegård 2022-09-14', '', 'Närvarande: Lina Ros, Olof Berg, Kim Sand', '', '1. Mötets öppnande', 'Ordföranden öppnade mötet.', '', '2. Ärenden', ...body, '', '3. Avslutning', 'Ordföranden tackade och avslutade mötet.', ''].join('\n'));
const decided = (...body: string[]) => item(protocol(...body), 2).decisions.map((d) => d.text);

describe('two decisions in one line of a numbered protocol', () => {
  it('the organ named again, the same verb', () => {
    expect(decided('Kassören redogjorde för ekonomin. Mötet beslutade att köpa in nya stolar. Mötet beslutade att måla om stugan.')).toEqual([
      'Mötet beslutade att köpa in nya stolar.',
      'Mötet beslutade att måla om stugan.',
    ]);
  });

  it('a local action group deciding twice, a report between', () => {
    expect(decided('LAG beslutar att prioritera projektet Byaskolan. Verksamhetsledaren redogjorde för budgetläget. LAG beslutar att avslå ansökan från Ekuddens fiskelag.')).toEqual([
      'LAG beslutar att prioritera projektet Byaskolan. Verksamhetsledaren redogjorde för budgetläget.',
      'LAG beslutar att avslå ansökan från Ekuddens fiskelag.',
    ]);
  });

  it('the decision passive opening each sentence', () => {
    expect(decided('Beslöts att nästa möte hålls den 3 november. Beslutades att bjuda in revisorn till mötet.')).toHaveLength(2);
  });

  it('a sentence that names no one goes on with the decision', () => {
    expect(decided('Styrelsen godkänner verksamhetsplanen. Planen läggs ut på hemsidan.')).toHaveLength(1);
  });

  it('a Beslut: paragraph is one decision, however many sentences', () => {
    expect(decided('Beslut: Styrelsen fastställer bokslutet. Styrelsen ger också kassören i uppdrag att se över avgifterna.')).toHaveLength(1);
  });
});
