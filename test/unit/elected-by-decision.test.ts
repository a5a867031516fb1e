// The meeting decides the election of its adjuster in the decision's own words (`Styrelsen beslutar att utse Eva Ek att
// jämte ordföranden justera dagens protokoll`): the one named adjusts, as where the election is said without the
// decide verb. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (sentence: string): ReturnType<typeof meetingDoc> =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Kommunstyrelsen, Ekby kommun', 'Datum: 2024-05-06', '',
      'Beslutande', 'Tor Holm (S), ordförande', 'Eva Ek (M)', 'Bo Lind (C)', '',
      '§ 10 Val av justerare', sentence, '',
      '§ 11 Delårsrapport', 'Kommunstyrelsen beslutar att godkänna delårsrapporten.',
    ),
  );

describe('an adjuster elected by the decide verb', () => {
  it('`X beslutar att utse NAME att jämte ordföranden justera dagens protokoll`', () => {
    expect(minutes('Kommunstyrelsen beslutar att utse Eva Ek (M) att jämte ordföranden justera dagens protokoll.').signatures?.adjusters).toEqual(['Eva Ek']);
  });

  it('two named, in the past tense', () => {
    expect(minutes('Kommunstyrelsen beslutade att utse Eva Ek och Bo Lind till justerare.').signatures?.adjusters).toEqual(['Eva Ek', 'Bo Lind']);
  });

  it('a decision to elect someone to another office elects no adjuster (guard)', () => {
    expect(minutes('Kommunstyrelsen beslutar att utse Eva Ek till ombud vid stämman.').signatures?.adjusters ?? []).toEqual([]);
  });
});
