// A decision's clauses written as sentences of their own, each opening with a capital `Att`, run on one line after the
// label or the verb of deciding (`Beslut: Att … . Att … .`, `Styrelsen beslutade: Att … . Att … .`): a decision each,
// as under a heading. They were one. A lower-case clause followed by a sentence that opens on `Att` as its subject
// stays one decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const minutes = (...lines: string[]) =>
  meetingDoc(text('Protokoll fört vid styrelsemöte i Norrvikens Båtklubb', 'Datum: 2022-05-03', 'Plats: Klubbhuset', '', ...lines));

describe('capitalised `Att` clauses run on one line', () => {
  it('reads three clauses after `Beslut:` as three decisions', () => {
    const doc = minutes('§ 4 Sjösättning', 'Beslut: Att sjösättningen sker den 14 maj. Att Lars Holm leder arbetet. Att kranen bokas av kassören.', '', '§ 5 Övrigt');
    expect(item(doc, 4).decisions.map((d) => d.text)).toEqual(['sjösättningen sker den 14 maj.', 'Lars Holm leder arbetet.', 'kranen bokas av kassören.']);
  });

  it('reads them after an organ and its verb with a colon, the organ as the one deciding', () => {
    const doc = minutes(
      '§ 6 Bryggan', 'Styrelsen beslutade: Att bryggan repareras i juni. Att kostnaden tas ur underhållsfonden.', '',
      '§ 8 Avgifter', 'Styrelsen beslutar att höja båtplatsavgiften. Att avgiften höjs innebär att fonden växer.', '', '§ 9 Avslutning',
    );
    const d = item(doc, 6).decisions;
    expect(d.map((x) => x.text)).toEqual(['bryggan repareras i juni.', 'kostnaden tas ur underhållsfonden.']);
    expect(d.every((x) => x.by === 'Styrelsen')).toBe(true);
    // (a clause in lower case, then a sentence with `Att` as its subject: one decision)
    expect(item(doc, 8).decisions).toHaveLength(1);
  });
});
