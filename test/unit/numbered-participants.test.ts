// Participant lists numbered as lists (`Närvarande:` / `1. Anna-Karin Lindqvist (S), ordförande` /
// `2. Bo Ek (M)`), in minutes with § and in notes whose points are numbered too: the numbers
// are the list's, no § attended and no points of the agenda. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notes = (first: number): string =>
  text(
    'MINNESANTECKNINGAR',
    'Arbetsutskottet, Samordningsförbundet Norrdalen',
    '2022-09-15, kl. 13.00–15.00',
    '',
    'Närvarande:',
    '1. Ylva Dahlqvist (S), ordförande',
    '2. Kjell Rask (M)',
    '3. Nora Vik, Försäkringskassan',
    '',
    `${first}. Mötets öppnande`,
    'Ordföranden öppnade mötet.',
    '',
    `${first + 1}. Ekonomisk rapport`,
    'Förbundschefen redovisade utfallet.',
  );

const minutes = text(
  'PROTOKOLL',
  'Förbundsstyrelsen, Samordningsförbundet Norrdalen',
  'Datum: 2022-09-15',
  'Tid: 09.00–11.30',
  '',
  'Närvarande ledamöter:',
  '1. Ylva Dahlqvist (S), ordförande',
  '2. Kjell Rask (M), vice ordförande',
  '3. Nora Vik, Arbetsförmedlingen',
  '',
  'Övriga närvarande:',
  '4. Pia Holm, förbundschef',
  '5. Olle Tå, sekreterare',
  '',
  '§ 1 Mötets öppnande',
  'Ordföranden öppnade mötet.',
);

type Row = [string, string, string | null, string | null, string | null, unknown, string | null];
const rows = (t: string): Row[] => meetingDoc(t).participants.map((p) => [p.name, p.role, p.party, p.position, p.organisation, p.paragraphs, p.note]);

describe('a numbered list of participants', () => {
  it('is the people, not points, in notes numbered from 1', () => {
    const doc = meetingDoc(notes(1));
    expect(doc.items.map((it) => [it.number, it.title])).toEqual([[1, 'Mötets öppnande'], [2, 'Ekonomisk rapport']]);
    expect(rows(notes(1))).toEqual([
      ['Ylva Dahlqvist', 'member', 'S', 'ordförande', null, null, null],
      ['Kjell Rask', 'member', 'M', null, null, null, null],
      ['Nora Vik', 'member', null, null, 'Försäkringskassan', null, null],
    ]);
  });

  it('is the people, not points, in notes whose points number on', () => {
    expect(meetingDoc(notes(4)).items.map((it) => it.number)).toEqual([4, 5]);
    expect(meetingDoc(notes(4)).participants.map((p) => [p.name, p.note])).toEqual([['Ylva Dahlqvist', null], ['Kjell Rask', null], ['Nora Vik', null]]);
  });

  it('numbers no § attended and leaves no note, over two lists', () => {
    expect(rows(minutes)).toEqual([
      ['Ylva Dahlqvist', 'member', 'S', 'ordförande', null, null, null],
      ['Kjell Rask', 'member', 'M', 'vice ordförande', null, null, null],
      ['Nora Vik', 'member', null, null, 'Arbetsförmedlingen', null, null],
      ['Pia Holm', 'other', null, 'förbundschef', null, null, null],
      ['Olle Tå', 'other', null, 'sekreterare', null, null, null],
    ]);
  });
});
