// `Diskussionspunkter` as a group heading over the points to be discussed, beside `Beslutspunkter` and
// `Informationspunkter`: the points under it are of type discussion. They kept the type of the group before. Every text
// is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

describe('`Diskussionspunkter` as a section', () => {
  it('types the points under it as discussion, after a group of information points', () => {
    const doc = meetingDoc(
      text('Dagordning för styrelsemöte i Västbygdens Ridklubb', 'Datum: 2024-01-18 kl. 19.00', '', 'Informationspunkter', '1. Kassarapport', '2. Rapport från ungdomssektionen', '', 'Diskussionspunkter', '3. Ridhusets belysning', '4. Sommarlägret', '', 'Beslutspunkter', '5. Nya priser för lektioner'),
    );
    expect(item(doc, 2).type).toBe('information');
    expect(item(doc, 3).type).toBe('discussion');
    expect(item(doc, 4).section).toBe('Diskussionspunkter');
    expect(item(doc, 5).type).toBe('decision');
  });
});
