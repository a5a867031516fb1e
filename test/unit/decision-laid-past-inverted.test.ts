// The report laid to the files in the past, its subject after the verb as the secretary writes it after an
// opening (`Efter förslag från ordföranden lades anmälan till handlingarna.`, `Därefter lades rapporten till
// handlingarna.`): a decision, as `… läggs rapporten till handlingarna` is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const decided = (...body: string[]) =>
  item(meetingDoc(text('PROTOKOLL', 'Regionfullmäktige', 'Sammanträdesdatum 2023-04-18', '', '§ 52 Anmälan av årsrapport', ...body, '', '§ 53 Avslutning', 'Mötet avslutades.')), 52).decisions.map((d) => d.text);

describe('laid to the files in the past, the subject after the verb', () => {
  it('after the proposal it follows', () => {
    expect(decided('I ärendet yttrade sig Kim Berg. Efter förslag från ordföranden lades anmälan till handlingarna.')).toEqual([
      'Efter förslag från ordföranden lades anmälan till handlingarna.',
    ]);
  });

  it('after an adverb', () => {
    expect(decided('Därefter lades rapporten till handlingarna.')).toEqual(['Därefter lades rapporten till handlingarna.']);
  });

  it('not what another organ laid to its files', () => {
    expect(decided('Rapporten redovisades för servicenämnden. På förra mötet lades rapporten till handlingarna.')).toEqual([]);
  });
});
