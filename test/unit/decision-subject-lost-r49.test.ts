// A transcript that dropped the organ's name its PDF printed in a field of its own leaves the decision's verb opening
// the sentence in small letters: `beslutar i enlighet med ordförandens förslag att godkänna …`, `beslutar att …`. The
// verb and its clause say a decision all the same, of nobody named. Seen at an election board's and a care board's
// minutes (the latter under its `Beslut -` label). Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const transcript = (body: string): string =>
  [
    'Protokoll Ekby', '', 'Storlek: px', '', 'Transkript', '',
    '1 Sid 1 (7) Sammanträdesprotokoll Plats och tid Rådhuset, Ekby kl Paragrafer 1-8 Närvarande Se sidan 2 Sekreterare Bo Alm Ordförande Eva Lund (S) Per Ek (M) Anslag/Bevis Protokollet är justerat.',
    '',
    `3 Sid 3 (7) 1 Fastställande av föredragningslista Föredragningslistan fastställs med ett tillägg 2 Ändrad delegation Dnr 26EN4 ${body}`,
    '',
  ].join('\n');

const decisions = (text: string): [string | null, string][] => parseText(text).documents[0]!.items[1]!.decisions.map((d): [string | null, string] => [d.by, d.text]);

describe('a decision whose organ the transcript lost', () => {
  it('is the verb and its clause opening the § in small letters', () => {
    const got = decisions(transcript('beslutar i enlighet med ordförandens förslag att godkänna den nya delegationen. Kansliet har sett över vem som får besluta i brådskande ärenden och'));
    expect(got).toHaveLength(1);
    expect(got[0]![0]).toBeNull();
    expect(got[0]![1]).toMatch(/^beslutar i enlighet med ordförandens förslag att godkänna den nya delegationen\./u);
  });

  it('is no verb in small letters that says no clause', () => {
    expect(decisions(transcript('beslutade frågan i mars. Kansliet har sett över vem som får besluta i brådskande ärenden och'))).toEqual([]);
  });
});
