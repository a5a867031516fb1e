// The opening point of a flattened page, its election of the adjuster and its approval of the agenda run on in
// one paragraph (`Per Ås utsågs att justera protokollet. Dagordningen godkändes.`, `Till justerare utses Eva
// Lund. Föredragningslistan godkänns.`, the other way round): two decisions, as the same sentences read one a
// line. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = (...body: string[]) => meetingDoc(text('PROTOKOLL', 'Socialnämnden', 'Datum: 2023-05-11', '', '§ 12 Sammanträdets öppnande', ...body, '', '§ 13 Avslutning', 'Mötet avslutades.'));
const decided = (...body: string[]) => item(doc(...body), 12).decisions.map((d) => d.text);

describe('an election and an approval in one paragraph', () => {
  it('the adjuster elected, then the agenda approved, in the past', () => {
    expect(decided('Ordföranden Lisa Holm öppnade mötet och hälsade alla välkomna. Gustav Ek utsågs att tillsammans med ordföranden justera dagens protokoll. Dagordningen godkändes med ett tillägg, ärende 31.')).toEqual([
      'Gustav Ek utsågs att tillsammans med ordföranden justera dagens protokoll.',
      'Dagordningen godkändes med ett tillägg, ärende 31.',
    ]);
  });

  it('in the present, with the office first', () => {
    expect(decided('Till protokolljusterare utses Mona Berg och Ivar Dahl. Föredragningslistan godkänns enhälligt.')).toEqual([
      'Till protokolljusterare utses Mona Berg och Ivar Dahl.',
      'Föredragningslistan godkänns enhälligt.',
    ]);
  });

  it('the agenda first, the adjuster after', () => {
    expect(decided('Dagordningen fastställdes. Till justerare valdes Oskar Lind.')).toEqual(['Dagordningen fastställdes.', 'Till justerare valdes Oskar Lind.']);
  });

  it('a sentence after the election that decides nothing stays with it', () => {
    expect(decided('Gustav Ek utsågs att justera protokollet. Justeringen sker på kansliet.')).toEqual(['Gustav Ek utsågs att justera protokollet. Justeringen sker på kansliet.']);
  });

  it('two sentences of one decision that elect nobody stay one', () => {
    expect(decided('Nämnden godkänner rapporten. Rapporten läggs till handlingarna.')).toHaveLength(1);
  });
});
