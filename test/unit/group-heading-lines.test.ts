// A roll that groups its people under sub-headings on lines of their own (`Studentrepresentanter`, `Företrädare för
// lärarna`, `Facklig representant`), as a university's board or a council of associations writes it: the sub-heading is
// the group, no person. Every text is invented.
import { describe, expect, it } from 'vitest';
import { isGroupHeadingLine } from '../../src/parse/participants/entry-openings.js';
import { meetingDoc } from './helpers.js';

describe('a group’s sub-heading on a line of its own', () => {
  it('is read as one', () => {
    for (const t of ['Studentrepresentanter', 'Företrädare för lärarna', 'Facklig representant', 'Fackliga företrädare', 'Representanter från föreningarna']) {
      expect(isGroupHeadingLine(t)).toBe(true);
    }
  });

  it('is no name, nor a position under a name', () => {
    for (const t of ['Anna Representant', 'personalrepresentant', 'Per Holm, SACO', 'Eva Dal, ledamot']) expect(isGroupHeadingLine(t)).toBe(false);
  });

  it('names nobody in a board’s roll', () => {
    const doc = meetingDoc(
      [
        'Protokoll styrelsen för Ekby högskola',
        '',
        'Närvarande:',
        '',
        'Siv Lund, ledamot',
        '',
        'Företrädare för lärarna',
        '',
        'Eva Dal, ledamot',
        '',
        'Studentrepresentanter',
        '',
        'Bo Ek, ledamot',
        '',
        'Facklig representant',
        '',
        'Per Holm, SACO',
        '',
        '§ 10 Sammanträdet öppnas',
        '',
        'Ordföranden öppnar sammanträdet.',
      ].join('\n'),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Siv Lund', 'Eva Dal', 'Bo Ek', 'Per Holm']);
  });

  it('names nobody in a council’s roll of associations', () => {
    const doc = meetingDoc(
      [
        'PROTOKOLL Rådet för funktionshinderfrågor',
        '',
        'Närvarande',
        'Anna Berg (S), ordförande',
        'Personalrepresentanter',
        'Kim Lund, Kommunal',
        'Representanter från föreningarna',
        'Olle Falk, DHR',
        '',
        '§ 1 Mötets öppnande',
        '',
        'Ordföranden öppnade mötet.',
      ].join('\n'),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Anna Berg', 'Kim Lund', 'Olle Falk']);
  });
});
