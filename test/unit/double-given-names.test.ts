// People listed one after another on one line whose first name is a given name followed by a
// second name or a double surname (`Anna Maria Ek`, `Britta Fjällström Jansson`): the given
// name alone is no one's entry. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitPersons } from '../../src/text/persons.js';
import { meetingDoc, text } from './helpers.js';

const minutes = (...list: string[]): string =>
  text('PROTOKOLL', '', 'Förbundsstyrelsen', '', 'Sammanträdesdatum 2018-03-05', '', ...list, '', '§ 1 Val av justerare', 'Styrelsen beslutar att utse Tove Ås.');

describe('a given name that a second name or a double surname follows', () => {
  it('opens one entry, not two', () => {
    expect(splitPersons('Anna Maria Ek (S) Per Holm (M)')).toEqual(['Anna Maria Ek (S)', 'Per Holm (M)']);
    expect(splitPersons('Karin Tallgren Ström (S) Per Holm (M)')).toEqual(['Karin Tallgren Ström (S)', 'Per Holm (M)']);
  });

  it('keeps each member with the municipality written after the party', () => {
    const doc = meetingDoc(
      minutes(
        'Beslutande Karin Tallgren Ström, (s), Norrvik Tove Ås, (s), Sörby Inge Lund, (m), Västerå Per Holm, (c), Österfors',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.party, p.organisation])).toEqual([
      ['Karin Tallgren Ström', 'S', 'Norrvik'],
      ['Tove Ås', 'S', 'Sörby'],
      ['Inge Lund', 'M', 'Västerå'],
      ['Per Holm', 'C', 'Österfors'],
    ]);
  });

  it('still parts two people when the first is named in full', () => {
    expect(splitPersons('Eva Ek (S) Maria Lund (M)')).toEqual(['Eva Ek (S)', 'Maria Lund (M)']);
  });
});
