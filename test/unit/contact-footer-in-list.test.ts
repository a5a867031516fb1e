// A letterhead's contact footer run on after the last name of a list, as an extractor flattens a
// page (`Övriga Tor Ek, förbundschef Lisa Dahl, kanslichef Räddningstjänsten Norra Dalen
// Brandvägen 4 123 45 Dalby Växel … E-post …`): the entry ends where the footer starts, so that
// each position stays with its name; and a place after a compass word stays in the
// organisation's name (`Räddningstjänsten Norra Dalen`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { contactFooterStart } from '../../src/text/contact-footer.js';
import { meetingDoc, text } from './helpers.js';

describe('a contact footer after a list', () => {
  it('finds where the footer starts, with the name heading its address', () => {
    const entry = 'Lisa Dahl, kanslichef Räddningstjänsten Norra Dalen Brandvägen 4 123 45 Dalby Växel 0123-456 78';
    expect(entry.slice(0, contactFooterStart(entry)).trim()).toBe('Lisa Dahl, kanslichef');
    const named = 'Lisa Dahl Räddningstjänsten Storgatan 12 123 45 EKBY';
    expect(named.slice(0, contactFooterStart(named)).trim()).toBe('Lisa Dahl');
    expect(['Lisa Dahl, kanslichef § 12-14', 'Per Ek (S) tjänstgör för Eva Lund (S) § 3', 'Kim Berg, Ekby kommun'].map(contactFooterStart)).toEqual([-1, -1, -1]);
  });

  it('keeps each position with its name and the organisation whole', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL', 'Direktionen för Räddningstjänsten Norra Dalen', 'Sammanträdesdatum 2025-03-04',
        'Plats och tid: Brandstationen kl 13.00-15.00',
        'Beslutande Eva Lund (S), ordförande Per Holm (M) Kim Berg (C)',
        'Övriga Tor Ek, förbundschef Lisa Dahl, kanslichef Räddningstjänsten Norra Dalen Brandvägen 4 123 45 Dalby Växel 0123-456 78 E-post info@rtnd.se',
        'Utses att justera Per Holm', '',
        '§ 1 Val av justerare', 'Direktionen utser Per Holm att justera protokollet.',
      ),
    );
    expect(doc.meeting!.organisation).toBe('Räddningstjänsten Norra Dalen');
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.organisation, p.note])).toEqual([
      ['Tor Ek', 'förbundschef', null, null],
      ['Lisa Dahl', 'kanslichef', null, null],
    ]);
  });
});
