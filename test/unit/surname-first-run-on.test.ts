// People listed surname first (`Holm, Henrik`) with several run on in one line, as an
// extractor flattens the roll of Swedish-language Finnish minutes (and Swedish ones sorted by
// surname). Each comma parts a surname from its given name, not one person from the next.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...roll: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Kommunstyrelsen',
      '',
      'Sammanträdestid 13.3.2017 kl. 16.30-19.00',
      'Sammanträdesplats Kommungården, Strandby',
      '',
      ...roll,
      '',
      '§ 40 Sammanträdets öppnande',
      'Ordföranden öppnade sammanträdet.',
    ),
  );

describe('surname-first names run on in one line', () => {
  it('pairs each surname with the given name after its comma', () => {
    const doc = minutes('Beslutande Holm, Henrik Lindqvist, Ralf Bäck, Eivor Eriksson, Roger');
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Holm Henrik', 'member'],
      ['Lindqvist Ralf', 'member'],
      ['Bäck Eivor', 'member'],
      ['Eriksson Roger', 'member'],
    ]);
  });

  it('keeps a position written after a given name and its own comma with that person', () => {
    const doc = minutes(
      'Beslutande Holm, Henrik, ordförande Lindqvist, Ralf, vice ordförande Bäck, Eivor',
      'Övriga närvarande Lax, Gundel, kanslichef Svenfelt, Per-Erik, kommundirektör',
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Holm Henrik', 'member', 'ordförande'],
      ['Lindqvist Ralf', 'member', 'vice ordförande'],
      ['Bäck Eivor', 'member', null],
      ['Lax Gundel', 'other', 'kanslichef'],
      ['Svenfelt Per-Erik', 'other', 'kommundirektör'],
    ]);
  });

  it('leaves names written given name first, with commas between people, as they were read', () => {
    const doc = minutes('Beslutande Henrik Holm, Ralf Lindqvist, Eivor Bäck');
    expect(doc.participants.map((p) => p.name)).toEqual(['Henrik Holm', 'Ralf Lindqvist', 'Eivor Bäck']);
  });
});
