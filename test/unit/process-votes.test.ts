// Votes of a § (issue 14, SCHEMA.md Additions Vote): counts in every written form, what yes
// and no stood for, named roll-calls from a voteringslista or a tally block, one vote
// written twice, several votes in a §, and the numbers that are no vote.
import { describe, expect, it } from 'vitest';
import type { Vote } from '../../src/index.js';
import { readCounts } from '../../src/parse/process/counts.js';
import { item, meetingDoc, minutes, text } from './helpers.js';
import { processOf } from './process-helpers.js';

const votes = (body: string): Vote[] => processOf(body).votes;
const counts = (body: string): [number | null, number | null, number | null][] => votes(body).map((v) => [v.yes, v.no, v.abstain]);

describe('counts in a sentence', () => {
  it.each<[string, [number | null, number | null, number | null]]>([
    ['Omröstningen utfaller med 72 Ja mot 9 Nej.', [72, 9, null]],
    ['Kommunstyrelsen beslutar med 8 röster mot 5, 2 avstod, att bifalla förslaget.', [8, 5, 2]],
    ['Omröstningen ger 8 ja-röster, 5 nej-röster och 2 avstår.', [8, 5, 2]],
    ['Med 11 ja-röster mot 2 nej-röster samt 2 ledamöter som avstår från att rösta beslutar nämnden enligt förslaget.', [11, 2, 2]],
    ['Omröstningsresultat: 8 ja, 5 nej, 2 blanka.', [8, 5, 2]],
    ['Omröstningsresultat: Ja 7, Nej 6, Avstår 0.', [7, 6, 0]],
    ['Förslaget bifalls med 9 röster för och 4 emot.', [9, 4, null]],
    ['Stadsfullmäktige förkastade förslaget med rösterna 76–8 (1 blank).', [76, 8, 1]],
    ['Nämnden beslutade enligt förvaltningens förslag efter votering 10 - 3.', [10, 3, null]],
    ['Omröstningen slutade 40-41.', [40, 41, null]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual([expected]);
  });

  it('the vote’s source line', () => {
    expect(votes(text('Omröstning begärs.', 'Omröstningen utfaller med 6 ja mot 5 nej.'))[0]!.line).toBe(2);
  });

  it('abstentions in the sentence after the counts are the same vote', () => {
    expect(counts(text('Omröstningen utfaller med 7 ja-röster mot 5 nej-röster.', '1 ledamot avstår.'))).toEqual([[7, 5, 1]]);
  });

  it.each([
    ['another meeting’s vote, by date', 'Kommunfullmäktige beslutade 2023-06-12, med 40 röster mot 21, att anta planen.'],
    ['another meeting’s vote, in words', 'Vid föregående sammanträde utföll omröstningen med 7 ja mot 6 nej.'],
    ['amounts', 'Kostnaden ökar med 72 miljoner mot 9 miljoner i fjol.'],
    ['amounts after `röster mot`', 'Kampanjen gav 40 röster mot 21 kronor per invånare.'],
    ['a survey', 'I enkäten svarade 72 ja och 9 nej på frågan om fritidsbank.'],
    ['a referendum', 'I folkomröstningen röstade 4 200 ja och 3 100 nej.'],
    ['a board’s size', 'Kommunstyrelsen har 13 ledamöter och 13 ersättare.'],
    ['the case’s history', text('Beskrivning av ärendet', 'Nämnden beslutade med 8 röster mot 5 att avslå ansökan.')],
    ['a vote asked for, without counts', 'Omröstning begärs och verkställs.'],
    ['a dated vote', 'Omröstning 2024-05-14 om budgeten.'],
  ])('none: %s', (_, body) => {
    expect(votes(body)).toEqual([]);
  });

  it('readCounts leaves out what a sentence does not state', () => {
    expect(readCounts('Omröstningen utfaller med 72 Ja mot 9 Nej')).toEqual({ yes: 72, no: 9, abstain: null, absent: null });
    expect(readCounts('1 ledamot avstår')).toEqual({ yes: null, no: null, abstain: 1, absent: null });
    expect(readCounts('Ordföranden tackar för informationen')).toBeNull();
  });
});

describe('what yes and no stood for', () => {
  it('`Ja-röst för …, nej-röst för …` before the counts', () => {
    const [v] = votes(
      text(
        'Omröstning begärs. Nämnden godkänner följande propositionsordning: Ja-röst för förvaltningens förslag, nej-röst för Mona Bergs (V) yrkande.',
        '',
        'Omröstningen utfaller med 8 ja-röster mot 5 nej-röster.',
      ),
    );
    expect(v!.proposition).toBe('Ja-röst för förvaltningens förslag, nej-röst för Mona Bergs (V) yrkande.');
  });

  it('yes and no on lines of their own, Finnish-Swedish `JA-förslag` / `NEJ-förslag`', () => {
    const [v] = votes(text('JA-förslag: Behandlingen fortsätter', 'NEJ-förslag: Ledamoten Aino Virtanens förslag om återremiss', '', 'Omröstningsresultat: 60 ja, 20 nej, 3 blanka.'));
    expect(v!.proposition).toBe('JA-förslag: Behandlingen fortsätter NEJ-förslag: Ledamoten Aino Virtanens förslag om återremiss');
  });

  it('two votes in a §, each with its own proposition', () => {
    const v = votes(
      text(
        'Ja för att ärendet ska avgöras idag, nej för återremiss.',
        'Omröstningen utfaller med 7 ja mot 6 nej.',
        '',
        'Ja-röst för arbetsutskottets förslag, nej-röst för Kjell Ohlins (M) yrkande.',
        'Omröstningen utfaller med 7 ja mot 6 nej.',
      ),
    );
    expect(v.map((x) => [x.yes, x.no, x.proposition])).toEqual([
      [7, 6, 'Ja för att ärendet ska avgöras idag, nej för återremiss.'],
      [7, 6, 'Ja-röst för arbetsutskottets förslag, nej-röst för Kjell Ohlins (M) yrkande.'],
    ]);
  });

  it('no proposition when the text gives none', () => {
    expect(votes('Omröstningen utfaller med 7 ja mot 6 nej.')[0]!.proposition).toBeNull();
  });
});

describe('roll-calls', () => {
  const TABLE = text(
    'Omröstningslista',
    'Ledamot                      Ja     Nej    Avstår',
    'Gunnel Rydh (S)              X',
    'Kjell Ohlin (M)                     X',
    'Mona Berg (V)                       X',
    'Tor Nygård (KD)                            X',
    'Siv Ling (L)                 X',
    'Summa                        2      2      1',
  );

  it('a voteringslista: marks under `Ja Nej Avstår`, counts from its `Summa` row', () => {
    expect(votes(TABLE)).toEqual([
      {
        yes: 2,
        no: 2,
        abstain: 1,
        proposition: null,
        line: 2,
        roll: [
          { name: 'Gunnel Rydh', party: 'S', vote: 'yes' },
          { name: 'Kjell Ohlin', party: 'M', vote: 'no' },
          { name: 'Mona Berg', party: 'V', vote: 'no' },
          { name: 'Tor Nygård', party: 'KD', vote: 'abstain' },
          { name: 'Siv Ling', party: 'L', vote: 'yes' },
        ],
      },
    ]);
  });

  it('the table and the sentence that states its result are one vote, at the sentence', () => {
    const v = votes(text(TABLE.trimEnd(), '', 'Med 2 ja-röster mot 2 nej-röster, 1 avstår, beslutar nämnden enligt ordförandens utslagsröst.'));
    expect(v.map((x) => [x.yes, x.no, x.abstain, x.line, x.roll.length])).toEqual([[2, 2, 1, 10, 5]]);
  });

  it('without a `Summa` row the rows are counted; a `Frånvarande` column and party columns', () => {
    const v = votes(
      text(
        'Namn               Parti   Ja   Nej   Avstår   Frånvarande',
        'Gunnel Rydh        S       X',
        'Kjell Ohlin        M            X',
        'Mona Berg          V            X',
        'Rune Bäck          S                           X',
      ),
    );
    expect(v.map((x) => [x.yes, x.no, x.abstain])).toEqual([[1, 2, 0]]);
    expect(v[0]!.roll).toEqual([
      { name: 'Gunnel Rydh', party: 'S', vote: 'yes' },
      { name: 'Kjell Ohlin', party: 'M', vote: 'no' },
      { name: 'Mona Berg', party: 'V', vote: 'no' },
      { name: 'Rune Bäck', party: 'S', vote: 'absent' },
    ]);
  });

  it('a table with the vote as a word', () => {
    const v = votes(text('Ledamot           Parti   Röst', 'Gunnel Rydh       S       Ja', 'Kjell Ohlin       M       Nej', 'Mona Berg         V       Avstår'));
    expect(v.map((x) => [x.yes, x.no, x.abstain])).toEqual([[1, 1, 1]]);
    expect(v[0]!.roll).toEqual([
      { name: 'Gunnel Rydh', party: 'S', vote: 'yes' },
      { name: 'Kjell Ohlin', party: 'M', vote: 'no' },
      { name: 'Mona Berg', party: 'V', vote: 'abstain' },
    ]);
    const w = votes(text('Ledamot           Ja   Nej', 'Gunnel Rydh (S)   Ja', 'Kjell Ohlin (M)        Nej', 'Mona Berg (V)          Nej'));
    expect(w[0]!.roll.map((r) => r.vote)).toEqual(['yes', 'no', 'no']);
  });

  it('a Finnish-Swedish tally block with the names under each count', () => {
    const v = votes(
      text(
        'Ja-röster: 3',
        'Aino Virtanen, Mikko Laine, Björn Holm',
        'Nej-röster: 2',
        'Elina Saari, Timo Koski',
        'Blanka: 1',
        'Sanna Lind',
        'Frånvarande: 0',
      ),
    );
    expect(v.map((x) => [x.yes, x.no, x.abstain])).toEqual([[3, 2, 1]]);
    expect(v[0]!.roll.map((r) => `${r.name}:${r.vote}`)).toEqual([
      'Aino Virtanen:yes',
      'Mikko Laine:yes',
      'Björn Holm:yes',
      'Elina Saari:no',
      'Timo Koski:no',
      'Sanna Lind:abstain',
    ]);
  });

  it('named lists without counts (`Ja röstar: …`) beside the sentence that states the result', () => {
    const v = votes(
      text(
        'Votering begärs och verkställs.',
        'Ja röstar: Gunnel Rydh (S), Siv Ling (L), Rune Bäck (S)',
        'Nej röstar: Kjell Ohlin (M), Tor Nygård (KD)',
        'Avstår: Mona Berg (V)',
        '',
        'Kommunstyrelsen beslutar med 3 ja-röster mot 2 nej-röster, 1 avstår, att bifalla förslaget.',
      ),
    );
    expect(v.map((x) => [x.yes, x.no, x.abstain, x.line])).toEqual([[3, 2, 1, 6]]);
    expect(v[0]!.roll.map((r) => `${r.name} (${r.party}):${r.vote}`)).toEqual([
      'Gunnel Rydh (S):yes',
      'Siv Ling (L):yes',
      'Rune Bäck (S):yes',
      'Kjell Ohlin (M):no',
      'Tor Nygård (KD):no',
      'Mona Berg (V):abstain',
    ]);
  });

  it('named lists alone are counted', () => {
    expect(counts(text('Ja röstar: Gunnel Rydh (S), Siv Ling (L)', 'Nej röstar: Kjell Ohlin (M)'))).toEqual([[2, 1, null]]);
    expect(votes(text('Ja: det är bra att frågan prövas.', 'Nej: inte i år.'))).toEqual([]);
  });

  it('a tally whose names do not add up gives the counts without a roll', () => {
    const v = votes(text('Ja-röster: 4', 'Aino Virtanen, Mikko Laine', 'Nej-röster: 1', 'Elina Saari'));
    expect(v.map((x) => [x.yes, x.no, x.roll.length])).toEqual([[4, 1, 0]]);
  });

  it('a voteringslista captioned for another § belongs to that §', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '§ 1 Budget',
          'Omröstning begärs. Ja-röst för förslaget, nej-röst för avslag.',
          'Med 2 ja-röster mot 1 nej-röst beslutar styrelsen att anta budgeten.',
          '',
          '§ 2 Mötets avslutande',
          'Ordföranden avslutar mötet.',
          '',
          'Omröstningslista § 1',
          'Ledamot                 Ja    Nej',
          'Anna Andersson (KD)     X',
          'Karin Lund (L)          X',
          'Olle Ek (M)                   X',
          '',
        ),
      }),
    );
    expect(item(doc, 2).votes).toEqual([]);
    const [v] = item(doc, 1).votes;
    expect([v!.yes, v!.no, v!.roll.map((r) => r.name)]).toEqual([2, 1, ['Anna Andersson', 'Karin Lund', 'Olle Ek']]);
  });
});
