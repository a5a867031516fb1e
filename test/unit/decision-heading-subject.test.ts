// A decision under a `Beslut` heading whose sentence opens with the organ that decides, in words
// the decision readers do not take for a verb of deciding (`Styrelsen tackar för informationen.`),
// or in the past where the page names no organ of its own (a city's web page of one case:
// `Stadsfullmäktige godkände …`): the organ is who decides. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (decision: string): string =>
  [
    'PROTOKOLL',
    'Styrelsen för Samordningsförbundet Ekbygd',
    'Datum: 2024-03-14',
    '',
    '§ 1 Information från förbundschefen',
    'Förbundschefen informerar om läget i insatserna.',
    '',
    'Beslut',
    decision,
    '',
    '§ 2 Övrigt',
    'Inga övriga frågor.',
  ].join('\n');

const casePage = [
  'Asemakaavan muutos, Kvarnbacken',
  '',
  'KAU 2016-014145',
  'Ärende 9. / 319 §',
  '',
  'Detaljplaneändring för västra delen av Kvarnbacken',
  '',
  'Beslut',
  '',
  'Stadsfullmäktige godkände detaljplaneändring för kvarteren 54090 och 54178 enligt ritning 12767.',
].join('\n');

describe('the organ that opens a decision under its heading', () => {
  it.each([
    ['Styrelsen tackar för informationen.', 'Styrelsen'],
    ['Arbetsutskottet tackar för redovisningen.', 'Arbetsutskottet'],
  ])('decides `%s`', (sentence, by) => {
    const [d] = meetingDoc(minutes(sentence)).items[0]!.decisions;
    expect(d).toMatchObject({ text: sentence, by });
  });

  it('decides in the past where the page names no organ of its own', () => {
    const [d] = meetingDoc(casePage).items[0]!.decisions;
    expect(d!.by).toBe('Stadsfullmäktige');
  });

  it('is no one where a person opens the sentence', () => {
    const [d] = meetingDoc(minutes('Ordföranden tackar för informationen.')).items[0]!.decisions;
    expect(d).toMatchObject({ text: 'Ordföranden tackar för informationen.', by: null });
  });
});

describe('no organ opens the decision', () => {
  it('where the organ’s officer is what is decided on', () => {
    const [d] = meetingDoc(minutes('Styrelsens ordförande utses att underteckna avtalet.')).items[0]!.decisions;
    expect(d!.by).toBeNull();
  });

  it('where the heading proposes to another organ, which the clause names', () => {
    const doc = meetingDoc(minutes('Kommunfullmäktige tackar förbundet för redovisningen.').replace('Beslut', 'Beslut – Förslag till kommunfullmäktige'));
    expect(doc.items[0]!.decisions.map((d) => d.by)).toEqual([null]);
  });
});
