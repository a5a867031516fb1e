// Titles that name the kind and then the meeting in a long phrase (`Mötesanteckningar från möte i
// arbetsgruppen för … den 3 mars 2024`, `Minnesanteckningar förda vid möte med … den 24 nov 2023.`,
// `PROTOKOLL FÖRT VID FÖRENINGENS STYRELSEMÖTE MÅNDAGEN DEN …`): the whole line is the title, however
// many words, a closing full stop left off. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const doc = (title: string) =>
  parseText([title, '', 'Tid och plats: Teamsmöte kl. 15.00.', '', 'Närvarande: Lisa Ek, Olle Strand.', '', '1. Inledning', 'Lisa hälsade välkommen.', '', '2. Ekonomi', 'Utfallet redovisades.', ''].join('\n')).documents;

describe('a kind word opening a long title that names the meeting', () => {
  it.each([
    ['Mötesanteckningar från möte i arbetsgruppen för Östra Myrlandet den 3 mars 2024', 'notes', 'Mötesanteckningar från möte i arbetsgruppen för Östra Myrlandet den 3 mars 2024'],
    ['Minnesanteckningar förda vid möte med nätverkets arbetsgrupp för kompetensförsörjning den 24 nov 2023.', 'notes', 'Minnesanteckningar förda vid möte med nätverkets arbetsgrupp för kompetensförsörjning den 24 nov 2023'],
    ['PROTOKOLL FÖRT VID FÖRENINGEN MYRSTIGENS STYRELSEMÖTE MÅNDAGEN DEN 16 SEPTEMBER 2024', 'minutes', 'PROTOKOLL FÖRT VID FÖRENINGEN MYRSTIGENS STYRELSEMÖTE MÅNDAGEN DEN 16 SEPTEMBER 2024'],
    // (an agenda's title over this body, whose points tell what they came to and that says who was present, heads the
    // record of the meeting: notes, the title kept; a call's title, `Kallelse till …`, stays the notice)
    ['Lista över ärenden till omsorgsnämndens sammanträde tisdagen den 13 maj 2024', 'notes', 'Lista över ärenden till omsorgsnämndens sammanträde tisdagen den 13 maj 2024'],
    ['Kallelse till sammanträde med styrelsen för Samordningsförbundet Östra Myrlandet den 12 mars 2024', 'notice', 'Kallelse till sammanträde med styrelsen för Samordningsförbundet Östra Myrlandet den 12 mars 2024'],
    ['Dagordning för styrelsemöte i Samordningsförbundet Östra Myrlandet tisdagen den 12 mars 2024', 'notes', 'Dagordning för styrelsemöte i Samordningsförbundet Östra Myrlandet tisdagen den 12 mars 2024'],
    ['Protokoll fört vid sammanträde med styrelsen för Föreningen Myrstigen onsdagen den 6 november 2023 klockan 18.00 på Myrgatan 5, Myrby.', 'minutes', 'Protokoll fört vid sammanträde med styrelsen för Föreningen Myrstigen onsdagen den 6 november 2023 klockan 18.00 på Myrgatan 5, Myrby'],
  ])('`%s`', (title, kind, expected) => {
    const docs = doc(title);
    expect(docs.map((d) => [d.kind, d.title])).toEqual([[kind, expected]]);
    expect(docs[0]!.items.map((i) => i.title)).toEqual(['Inledning', 'Ekonomi']);
  });

  it('a long sentence that opens with a kind word and names no meeting is no title', () => {
    const docs = parseText(['Protokoll från förra mötet har skickats ut till alla ledamöter och ersättare i god tid före detta möte.', ''].join('\n')).documents;
    expect(docs.every((d) => d.title === null || d.kind === 'other')).toBe(true);
  });
});
