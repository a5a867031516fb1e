// A transcript's page runs a § on one line: its title, the case's text and the decision with no stop after it, then
// a heading of the body (`Beslutet skickas till`, `Expedieras till`) that the normaliser cuts out onto a line of its
// own. The § heading's line ends where that heading starts: its title is the heading's length, and the decision run
// on after the text is read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const page = (line: string): string =>
  `Transkript\n1 PROTOKOLL Samordningsförbundet Norrvik Styrelsen Sammanträdesdatum 2019-03-14 Plats Förbundskontoret\n2 ${line}\n`;

const read = (text: string) => meetingDoc(text).items.map((it) => [it.number, it.title, it.decisions.map((d) => d.text)]);

describe('a run-on § cut before a heading of its body', () => {
  it('titles the § by its heading words and reads the decision before `Beslutet skickas till`', () => {
    const text = page(
      '§ 31 Budget 2020 Förbundschefen har tagit fram budgeten Styrelsen beslutar att godkänna budget för 2020 Beslutet skickas till Medlemmarna § 32 Revision Revisorerna har granskat delårsrapporten Styrelsen beslutar att lägga rapporten till handlingarna',
    );
    expect(read(text)).toEqual([
      [31, 'Budget 2020', ['Styrelsen beslutar att godkänna budget för 2020']],
      [32, 'Revision', ['Styrelsen beslutar att lägga rapporten till handlingarna']],
    ]);
  });

  it('does so before `Expedieras till`, as another body writes the note', () => {
    const text = page(
      '§ 7 Taxa för tillsyn Förvaltningen har räknat om taxan Direktionen beslutar att fastställa taxan för 2021 Expedieras till Kommunerna § 8 Övriga frågor Inga övriga frågor anmäldes.',
    );
    expect(read(text)[0]).toEqual([7, 'Taxa för tillsyn', ['Direktionen beslutar att fastställa taxan för 2021']]);
  });

  it('leaves a short title over its body heading as it is', () => {
    const text = page('§ 5 Årsredovisning 2019 Beslut Styrelsen godkänner årsredovisningen. § 6 Avslutning Mötet avslutas.');
    expect(read(text)[0]![1]).toBe('Årsredovisning 2019');
  });
});
