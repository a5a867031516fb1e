// Association minutes that write each sentence on a line of its own with no full stop (`Styrelsen diskuterade
// medlemsavgiften` / `Styrelsen beslöt att höja avgiften` / `Styrelsen beslöt att …`): a line that opens with the
// organ deciding is a decision of its own, and the discussion before it none. A line that goes on with the sentence
// before it (after `och`, a comma) is no new one. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const board = (...body: string[]) =>
  meetingDoc(text('Protokoll styrelsemöte 2023-10-03', '', 'Närvarande: Eva Lind, Olof Berg, Sara Hed', '', '1. Mötets öppnande', 'Ordföranden öppnade mötet', '', '2. Medlemsavgift', ...body, '', '3. Mötets avslutande', 'Ordföranden avslutade mötet'));
const decided = (...body: string[]) => item(board(...body), 2).decisions.map((d) => [d.text, d.line]);

describe('decisions on unstopped lines', () => {
  it('two decisions, a line each', () => {
    expect(decided('Styrelsen beslöt att höja avgiften till 200 kronor', 'Styrelsen beslöt att kassören meddelar medlemmarna')).toEqual([
      ['Styrelsen beslöt att höja avgiften till 200 kronor', 9],
      ['Styrelsen beslöt att kassören meddelar medlemmarna', 10],
    ]);
  });

  it('the discussion before them none', () => {
    expect(decided('Styrelsen diskuterade avgiften', 'Styrelsen beslöt att höja avgiften till 200 kronor', 'Styrelsen beslutar att kassören meddelar medlemmarna')).toEqual([
      ['Styrelsen beslöt att höja avgiften till 200 kronor', 10],
      ['Styrelsen beslutar att kassören meddelar medlemmarna', 11],
    ]);
  });

  it('one decision after the discussion', () => {
    expect(decided('Styrelsen diskuterade avgiften', 'Styrelsen godkände förslaget')).toEqual([['Styrelsen godkände förslaget', 10]]);
  });

  it('not a line that goes on with the sentence before it', () => {
    expect(decided('Styrelsen beslöt att höja avgiften till 200 kronor och', 'Styrelsen ger kassören i uppdrag att meddela medlemmarna')).toEqual([
      ['Styrelsen beslöt att höja avgiften till 200 kronor och Styrelsen ger kassören i uppdrag att meddela medlemmarna', 9],
    ]);
  });
});
