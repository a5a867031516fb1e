// Changes of attendance during a meeting: somebody leaves after a §, arrives during one,
// serves from one on, or takes no part in one. Written after the name in the list, on a
// line of its own under the name, as the name again below the list, or as a sentence in a
// § body. The §§ attended go to `paragraphs`, the remark as written to `note`, and nobody
// is added. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseParticipantLine } from '../../src/parse/participants/line.js';
import { meetingDoc, text } from './helpers.js';

const read = (line: string) => {
  const f = parseParticipantLine(line)!;
  return [f.name, f.party, f.paragraphs, f.note];
};

describe('an attendance change after the name', () => {
  it.each([
    ['Tora Vik (S) lämnade mötet efter punkt 9', ['Tora Vik', 'S', { from: null, to: 9 }, 'lämnade mötet efter punkt 9']],
    ['Tora Vik (S), lämnar sammanträdet kl 15.10 efter § 45', ['Tora Vik', 'S', { from: null, to: 45 }, 'lämnar sammanträdet kl 15.10 efter § 45']],
    ['Tora Vik (S) (lämnade sammanträdet före § 45)', ['Tora Vik', 'S', { from: null, to: 44 }, 'lämnade sammanträdet före § 45']],
    ['Nils Ulv (M), närvarande från och med § 12', ['Nils Ulv', 'M', { from: 12, to: null }, 'närvarande från och med § 12']],
    ['Nils Ulv (M), tjänstgör från § 5', ['Nils Ulv', 'M', { from: 5, to: null }, 'tjänstgör från § 5']],
    ['Nils Ulv (M), anslöt efter § 4', ['Nils Ulv', 'M', { from: 5, to: null }, 'anslöt efter § 4']],
    ['Nils Ulv (M) anlände kl 9.40 under § 3', ['Nils Ulv', 'M', { from: 3, to: null }, 'anlände kl 9.40 under § 3']],
    ['Nils Ulv (M) anlände under § 2, lämnade mötet efter § 9', ['Nils Ulv', 'M', { from: 2, to: 9 }, 'anlände under § 2; lämnade mötet efter § 9']],
    ['Saga Ros (V), deltog ej i § 14', ['Saga Ros', 'V', null, 'deltog ej i § 14']],
  ])('%s', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it.each([
    ['Eva Ek (V), tjg ersättare § 5-9', 'tjg ersättare'],
    ['Eva Ek (V) tjänstgörande ersättare från § 5', 'tjänstgörande ersättare'],
  ])('keeps a position before the § as the position: %s', (line, position) => {
    const f = parseParticipantLine(line)!;
    expect([f.position, f.note]).toEqual([position, null]);
  });

  it('keeps a substitution that stands between the verb and the §', () => {
    const f = parseParticipantLine('Tim Ask (C), tjänstgör för Ulla Gran (C) från § 7')!;
    expect([f.name, f.substituteFor, f.paragraphs]).toEqual(['Tim Ask', 'Ulla Gran', { from: 7, to: null }]);
  });
});

const minutes = (list: string[], body: string[] = ['Ordföranden hälsar välkommen.']): string =>
  text(
    'PROTOKOLL',
    'Samordningsförbundet Fjällby',
    'Styrelsen',
    '',
    'Datum: 2023-05-12 kl. 09.00–12.00',
    'Plats: Förbundets kansli, Fjällby',
    '',
    'Beslutande',
    ...list,
    '',
    '§ 11 Mötets öppnande',
    ...body,
    '',
    '§ 12 Val av justerare',
    'Saga Ros utses att justera protokollet.',
    '',
    '§ 13 Budget',
    'Styrelsen beslutar att godkänna budgeten.',
    '',
    '§ 14 Avslut',
    'Mötet avslutas.',
  );

const people = (doc: ReturnType<typeof meetingDoc>) => doc.participants.map((p) => [p.name, p.paragraphs, p.note]);

describe('an attendance change apart from the name', () => {
  it('reads a remark on a line of its own under the name as that person’s, not as a person', () => {
    const doc = meetingDoc(minutes(['Tora Vik (S), ordförande', 'Nils Ulv (M)', 'Lämnade mötet efter § 13', 'Saga Ros (V)']));
    expect(people(doc)).toEqual([
      ['Tora Vik', null, null],
      ['Nils Ulv', { from: null, to: 13 }, 'Lämnade mötet efter § 13'],
      ['Saga Ros', null, null],
    ]);
  });

  it('reads the name again with a remark below the list as the same person', () => {
    const doc = meetingDoc(minutes(['Tora Vik (S), ordförande', 'Nils Ulv (M)', 'Saga Ros (V)', 'Nils Ulv (M) lämnar sammanträdet efter § 12']));
    expect(people(doc)).toEqual([
      ['Tora Vik', null, null],
      ['Nils Ulv', { from: null, to: 12 }, 'lämnar sammanträdet efter § 12'],
      ['Saga Ros', null, null],
    ]);
  });

  it('reads a sentence in a § body for the person the list names, and adds nobody', () => {
    const doc = meetingDoc(
      minutes(
        ['Tora Vik (S), ordförande', 'Nils Ulv (M)', 'Saga Ros (V)'],
        ['Ordföranden hälsar välkommen.', '', 'Nils Ulv (M) lämnar sammanträdet kl. 11.10 efter § 13 och ersätts av Per Lund (M).'],
      ),
    );
    expect(people(doc)).toEqual([
      ['Tora Vik', null, null],
      ['Nils Ulv', { from: null, to: 13 }, 'lämnar sammanträdet kl. 11.10 efter § 13'],
      ['Saga Ros', null, null],
    ]);
  });
});
