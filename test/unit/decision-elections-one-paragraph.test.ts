// Two elections in one paragraph, even on one line (`Till justerare valdes Eva Lund. Till rösträknare
// valdes Per Ås.`, `Styrelsen väljer Anna Ek till ordförande. Styrelsen väljer Bo Frid till vice
// ordförande.`, a flattened page's `Val av mötesordförande X valdes … Val av mötessekreterare Y valdes …`):
// a decision each, as the same elections read one a line. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...body: string[]) => meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Datum: 2024-03-12', '', '§ 2 Val', ...body, '', '§ 3 Avslutning', 'Mötet avslutades.'));
const decided = (...body: string[]) => item(doc(...body), 2).decisions.map((d) => [d.text, d.by]);

describe('two elections in one paragraph', () => {
  it('passive elections on one line', () => {
    expect(decided('Till justerare valdes Eva Lund. Till rösträknare valdes Per Ås.')).toEqual([
      ['Till justerare valdes Eva Lund.', null],
      ['Till rösträknare valdes Per Ås.', null],
    ]);
  });

  it('the organ elects twice', () => {
    expect(decided('Styrelsen väljer Anna Ek till ordförande. Styrelsen väljer Bo Frid till vice ordförande.')).toEqual([
      ['Styrelsen väljer Anna Ek till ordförande.', 'Styrelsen'],
      ['Styrelsen väljer Bo Frid till vice ordförande.', 'Styrelsen'],
    ]);
  });

  it('under a decision heading', () => {
    expect(decided('Beslut', 'Till justerare valdes Eva Lund. Till rösträknare valdes Per Ås.')).toEqual([
      ['Till justerare valdes Eva Lund.', null],
      ['Till rösträknare valdes Per Ås.', null],
    ]);
  });

  it('a sentence after the election that elects nobody stays with it', () => {
    expect(decided('Till justerare valdes Eva Lund. Hon justerar protokollet på fredag.')).toEqual([['Till justerare valdes Eva Lund. Hon justerar protokollet på fredag.', null]]);
  });

  it('one sentence with two elections stays one decision', () => {
    expect(decided('Till mötesordförande valdes Anna Ek och till sekreterare valdes Bo Frid.')).toEqual([['Till mötesordförande valdes Anna Ek och till sekreterare valdes Bo Frid.', null]]);
  });
});
