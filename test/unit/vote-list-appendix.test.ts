// A council's roll-call tables printed after the last § (or between §§), each under its own
// title with the § it belongs to on the next line (`Omröstningslista nr. 1` / `§ 22`), or in the
// title (`Voteringslista 1, § 22`). The § under the title is a caption, no item; the table is the
// roll of that §'s vote; the title ends the § above it; the deputy in a seat is the one who voted.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const minutes = (appendix: string): string =>
  [
    'SAMMANTRÄDESPROTOKOLL',
    'Kommunfullmäktige 2025-03-19',
    '',
    '§ 21                                         Diarienummer 00123/2025',
    'Val av justerare',
    '',
    'Beslut',
    'Kommunfullmäktige utser Alva Berg (L) och Nils Torp (SD) att justera protokollet.',
    '',
    '§ 22                                         Diarienummer 00088/2025',
    'Motion om fler cykelbanor',
    '',
    'Beslut',
    'Kommunfullmäktige avslår motionen.',
    '',
    'Omröstning begärs',
    'Med 3 ja-röster mot 2 nej-röster beslutar kommunfullmäktige enligt Olle Vikens (M) yrkande.',
    '',
    '§ 23                                         Diarienummer 00101/2025',
    'Anmälan av inkomna motioner',
    '',
    'Beslut',
    'Motionerna överlämnas till kommunstyrelsen för beredning.',
    '',
    appendix,
    'Ledamot                      Ersättare          Ja   Nej   Avst   Frånv',
    'Kerstin Ahl (S)                                 X',
    'Olle Viken (M)                                  X',
    'Alva Berg (L)                                         X',
    'Nils Torp (SD)                                  X',
    'Per Lindh (S)                Mona Frid (S)            X',
  ].join('\n');

const FORMS: [string, string][] = [
  ['the § on the line under the title', 'Omröstningslista nr. 1\n§ 22'],
  ['the § in the title', 'Voteringslista 1, § 22'],
  ['the § heading printed again under the title', 'Omröstningslista nr 1\n\n§ 22 Motion om fler cykelbanor\n'],
];

describe.each(FORMS)('a roll-call table after the last §, %s', (_, appendix) => {
  const doc = meetingDoc(minutes(appendix));

  it('reads no item from the caption', () => {
    expect(doc.items.map((i) => i.number)).toEqual([21, 22, 23]);
  });

  it('ends the last § at the title', () => {
    expect(doc.items[2]!.decisions.map((d) => d.text)).toEqual(['Motionerna överlämnas till kommunstyrelsen för beredning.']);
    expect(doc.items[2]!.votes).toEqual([]);
  });

  it('is the roll of the vote of the § it names, the deputy voting in the seat', () => {
    const [vote] = doc.items[1]!.votes;
    expect([vote?.yes, vote?.no]).toEqual([3, 2]);
    expect(vote?.roll).toEqual([
      { name: 'Kerstin Ahl', party: 'S', vote: 'yes' },
      { name: 'Olle Viken', party: 'M', vote: 'yes' },
      { name: 'Alva Berg', party: 'L', vote: 'no' },
      { name: 'Nils Torp', party: 'SD', vote: 'yes' },
      { name: 'Mona Frid', party: 'S', vote: 'no' },
    ]);
  });
});

describe('a roll-call row with an organisation beside the member', () => {
  it('keeps the member, not the organisation, as the voter', () => {
    const text = minutes('Omröstningslista nr. 1\n§ 22').replace(
      'Per Lindh (S)                Mona Frid (S)            X',
      'Per Lindh (S)                Ekby Kommunala           X',
    );
    const roll = meetingDoc(text).items[1]!.votes[0]?.roll ?? [];
    expect(roll.at(-1)).toEqual({ name: 'Per Lindh', party: 'S', vote: 'no' });
  });
});
