// A county council's minutes open with the day they were adjusted and the three who signed
// (the chair and the two vice chairs) run on after it, the page flattened onto one line
// (`Justerat tisdagen den 22 april 2008 Ingrid Lindh Conny Ahlberg Johan Glans`): the names are
// the adjusters', and the day the adjusting's. Every name and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('signers run on after the adjusting’s day', () => {
  it('three names after `Justerat` and its day adjust', () => {
    const doc = meetingDoc(text(
      'PROTOKOLL', 'Regionfullmäktige 2008-04-08', '',
      'Justerat tisdagen den 22 april 2008 Ingrid Lindh Conny Ahlberg Johan Glans',
      '', '§ 46 Inledning', 'Ordföranden förklarade sammanträdet öppnat.',
    ));
    expect(doc.signatures?.adjusters).toEqual(['Ingrid Lindh', 'Conny Ahlberg', 'Johan Glans']);
    expect(doc.signatures?.adjustedOn).toBe('2008-04-22');
  });
});
