// Notices titled `Inbjudan till styrelsemöte` (an invitation with the points under it): the title
// is the notice's kind word, as `Kallelse` is. `Agenda` is no kind's word: `Agenda 2030` heads work
// reported in the bodies of municipal minutes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const body = (title: string): string =>
  [
    title,
    'Styrelsemöte Samordningsförbundet Östra Myrlandet',
    'Tid: Tisdag 8 oktober 2024 kl. 13.00–15.00',
    'Plats: Förbundets kontor, Myrby',
    '',
    '1. Mötets öppnande',
    '2. Val av justerare',
    '3. Budget 2025',
    '',
  ].join('\n');

describe('notices titled `Inbjudan till …möte`', () => {
  it.each(['Inbjudan till styrelsemöte', 'Inbjudan till möte', 'INBJUDAN TILL STYRELSEMÖTE'])('`%s` titles one notice', (title) => {
    const docs = parseText(body(title)).documents;
    expect(docs.map((d) => [d.kind, d.title])).toEqual([['notice', title]]);
    expect(docs[0]!.items.map((i) => i.number)).toEqual([1, 2, 3]);
  });

  it('an `Agenda` heading over the points of a `Kallelse` opens no second document', () => {
    const docs = parseText(body('KALLELSE').replace('\n1. Mötets', '\nAgenda\n1. Mötets')).documents;
    expect(docs.map((d) => [d.kind, d.title])).toEqual([['notice', 'KALLELSE']]);
    expect(docs[0]!.items.map((i) => i.title)).toEqual(['Mötets öppnande', 'Val av justerare', 'Budget 2025']);
  });

  it('`Agenda 2030` in the body of a § opens no document', () => {
    const minutes = ['PROTOKOLL', 'Kommunstyrelsen', 'Datum: 2024-03-05', '', '§ 6 Rapporter', '', 'Agenda 2030', '', 'Kommunchefen rapporterar om arbetet.', '', 'Agenda', '', 'Inget mer.', '', '§ 7 Avslutning', 'Mötet avslutas.'];
    const docs = parseText(minutes.join('\n')).documents;
    expect(docs.map((d) => [d.kind, d.items.map((i) => i.number)])).toEqual([['minutes', [6, 7]]]);
  });
});
