// A meeting's record under no kind's word (`Sammanfattning från nätverksträff`, `Dokumentation
// från arbetsmöte`, `Träff med rektorerna`): its date and place, the numbered points, and who was
// present (`Närvarande: …`). Those present are what a record tells and an agenda does not: the
// document is notes, not a notice. The same page without them stays an agenda. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const page = (title: string, present: string[]): string =>
  [
    title,
    'Datum: 2024-04-12',
    'Plats: Folkets hus, Ekträsk',
    '',
    ...present,
    '1. Välkommen',
    'Anna Berg hälsade alla välkomna.',
    '',
    '2. Läget i kommunerna',
    'Varje kommun berättade om sitt arbete med unga.',
    '',
    '3. Nästa träff',
    'Nästa träff hålls i september.',
  ].join('\n');
const kinds = (title: string, present: string[]): [string, string | null][] => parseText(page(title, present)).documents.map((d) => [d.kind, d.title]);

describe('a record of a meeting under no kind’s word, with those present', () => {
  it('is notes', () => {
    expect(kinds('Sammanfattning från nätverksträff', ['Närvarande: Anna Berg, Olle Sjö, Lisa Kvist', ''])).toEqual([['notes', 'Sammanfattning från nätverksträff']]);
    expect(kinds('Dokumentation från arbetsmöte', ['Närvarande', 'Anna Berg, Olle Sjö', ''])).toEqual([['notes', 'Dokumentation från arbetsmöte']]);
  });

  it('with those absent too', () => {
    expect(kinds('Träff med rektorerna', ['Närvarande: Anna Berg, Olle Sjö', 'Frånvarande: Lisa Kvist', ''])).toEqual([['notes', 'Träff med rektorerna']]);
  });

  it('without them stays an agenda', () => {
    expect(kinds('Träff med rektorerna', [])[0]![0]).toBe('notice');
  });
});
