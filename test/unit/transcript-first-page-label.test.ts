// A web transcript numbers its first page before the front page's first label, with no counter or
// kind between (`1 Plats och tid Stora salen, … Beslutande …`). The number opens the page: it is no
// document of its own, and the members under `Beslutande` are read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';

const front = (first: string) => [
  `${first} Plats och tid Stora salen, Kommunhuset, kl Beslutande Eva Holm, ordförande Per Lind Ola Berg Åsa Ström Övriga deltagande Se sidan 2 Utses att justera Per Lind Underskrifter Sekreterare Ordförande Justerande Siv Ek Eva Holm Per Lind`,
  '',
  '2 2 Övriga deltagande Siv Ek, sekreterare Kent Ros, ekonom',
  '',
  '3 3 § 14 Val av justerare Per Lind utses att justera protokollet.',
  '',
  '4 4 § 15 Budget 2014 Nämnden beslutar att anta budgeten.',
  '',
].join('\n');

const members = (text: string) => meetingDoc(text).participants.filter((p) => p.role === 'member').map((p) => p.name);

describe('a transcript’s first page number before the front page’s first label', () => {
  it('before `Plats och tid`', () => {
    const text = front('1');
    expect(parseText(text).documents.filter((d) => d.kind === 'other')).toEqual([]);
    expect(members(text)).toEqual(['Eva Holm', 'Per Lind', 'Ola Berg', 'Åsa Ström']);
  });
});
