// A motion or a citizen's proposal handled by a § asks for something (`Ledamoten Nils Berg (C) föreslår i en motion att
// …`, `Motionärerna föreslår: att …`); that ask is the case, no proposal of the item. The item's proposal is what a
// preparing body puts to the meeting (`Arbetsutskottet föreslår …`). Both layouts below, a docplayer transcript run on
// in one line and a § with short lines, are as several bodies print them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const runOn = (body: string): string =>
  [
    'PROTOKOLL 1 (12) Kommunstyrelsen Plats och tid Kommunhuset, Ekby Beslutande Karin Holm (S), ordförande Per Lund (M) Justerare Per Lund Paragrafer 1-3',
    '',
    `2 EKBY KOMMUN PROTOKOLL 2 1 Dnr Motion om fler parkbänkar i centrum (14/20) ${body}`,
    '',
  ].join('\n');
const lined = (body: string[]): string =>
  ['PROTOKOLL', 'Kommunfullmäktige i Ekby kommun', 'Datum: 2020-05-04', '', 'Kf 12 dnr 44/2020 Motion om en ny badplats.', ...body, ''].join('\n');
const proposalOf = (text: string): string | null => meetingDoc(text).items[0]!.proposal;

describe("what the handled document asks for is no proposal of the item", () => {
  it('leaves `X föreslår i en motion att …` alone', () => {
    expect(proposalOf(runOn('Kommunfullmäktigeledamoten Nils Berg (C) föreslår i en motion att kommunen ställer ut fler bänkar längs ån. Ärendet har remitterats.'))).toBeNull();
  });

  it('leaves `X föreslår i ett medborgarförslag att …` alone', () => {
    expect(proposalOf(runOn('Sara Lind föreslår i ett medborgarförslag att parken får fler bänkar. Ärendet har remitterats.'))).toBeNull();
  });

  it('leaves `Motionärerna föreslår: att …` alone', () => {
    expect(proposalOf(lined(['Eva Ek och Bo Ek (båda V) överlämnade rubricerad motion.', 'Motionärerna föreslår: att kommunen anlägger en badplats vid sjön.', 'Kommunfullmäktige beslutar att överlämna motionen till kommunstyrelsen för beredning.']))).toBeNull();
  });

  it("keeps a preparing body's proposal (a guard)", () => {
    expect(proposalOf(runOn('Arbetsutskottet föreslår kommunstyrelsen att bifalla motionen.'))).toBe('Arbetsutskottet föreslår kommunstyrelsen att bifalla motionen.');
  });

  it('keeps a proposal that answers the motion (a guard)', () => {
    expect(proposalOf(runOn('Kommunstyrelsen föreslår fullmäktige att motionen ska anses besvarad.'))).toBe('Kommunstyrelsen föreslår fullmäktige att motionen ska anses besvarad.');
  });
});
