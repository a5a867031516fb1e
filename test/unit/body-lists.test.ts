// A lettered list inside a § body, then the decision: the list is text of the §, and the
// decision belongs to the § itself, not to the last entry. Lettered sub-items that are
// headings (each with text of its own, or an agenda's lettered points) stay sub-items.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...body: string[]): string =>
  text(
    'PROTOKOLL',
    'Samordningsförbundet Fjällby',
    'Styrelsen',
    '',
    'Datum: 2023-05-12 kl. 09.00–12.00',
    'Plats: Förbundets kansli, Fjällby',
    '',
    '§ 11 Mötets öppnande',
    'Ordföranden öppnar mötet.',
    '',
    '§ 12 Ansökan om medel för insatsen Steget',
    ...body,
    '',
    '§ 13 Avslut',
    'Mötet avslutas.',
  );

const decision = 'Styrelsen beslutar att bevilja ansökan om 300 000 kronor för 2024.';

describe('a lettered list in a § body', () => {
  it.each([
    ['introduced by a colon', ['Kansliet redogör för ansökan som omfattar:', 'a) Kartläggning av behov', 'b) Gruppverksamhet', 'c) Uppföljning', '', decision]],
    ['of sentences', ['Kansliet redogör för ansökan.', 'a) Kartläggning av behov under våren.', 'b) Gruppverksamhet om hälsa.', '', decision]],
    ['followed by the § text', ['Kansliet redogör för ansökan.', 'a) Kartläggning av behov', 'b) Gruppverksamhet om hälsa', '', decision]],
  ])('%s is no sub-items, and the decision is the §’s', (_, body) => {
    const item = meetingDoc(minutes(...body)).items.find((it) => it.number === 12)!;
    expect(item.subItems).toEqual([]);
    expect(item.decisions.map((d) => d.text)).toEqual([decision]);
    expect(item.text).toContain('b) Gruppverksamhet');
  });

  it('keeps lettered headings with text of their own as sub-items', () => {
    const item = meetingDoc(
      minutes('a. Rapport från kansliet', '', 'Kansliet har haft tre möten.', '', 'b. Rapport från projekten', '', 'Projekten går enligt plan.'),
    ).items.find((it) => it.number === 12)!;
    expect(item.subItems.map((s) => [s.label, s.title])).toEqual([
      ['a', 'Rapport från kansliet'],
      ['b', 'Rapport från projekten'],
    ]);
  });

  it('keeps an agenda’s lettered points as sub-items', () => {
    const doc = meetingDoc(
      text('KALLELSE', 'Samordningsförbundet Fjällby', 'Styrelsen', '', 'Datum: 2023-05-12 kl. 09.00', '', 'Föredragningslista', '1. Mötets öppnande', '2. Rapporter', 'a) Rapport från kansliet', 'b) Rapport från projekten', '3. Avslut'),
    );
    expect(doc.items.find((it) => it.number === 2)!.subItems.map((s) => s.label)).toEqual(['a', 'b']);
  });

  it('keeps an agenda’s lettered points ending in full stops as sub-items', () => {
    const doc = meetingDoc(
      text('KALLELSE', 'Samordningsförbundet Fjällby', 'Styrelsen', '', 'Datum: 2023-05-12 kl. 09.00', '', 'Föredragningslista', '1. Mötets öppnande', '2. Rapporter', 'a. Rapport från kansliet.', 'b. Rapport från projekten.', '3. Avslut'),
    );
    expect(doc.items.find((it) => it.number === 2)!.subItems.map((s) => s.label)).toEqual(['a', 'b']);
  });
});
