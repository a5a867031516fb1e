// Unnumbered headings run on with a sentence that opens on its verb, as terse minutes write it
// (`Föregående protokoll Godkändes och lades till handlingarna.`, `Dagordning Fastställdes.`,
// `Kassör Valdes Bo Ek för ett år.`): the heading the title, the rest its text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const front = ['PROTOKOLL', 'Styrelsen för Föreningen Lillån', 'Datum: 2025-03-08', 'Plats: Klubbstugan, Lillån', ''];

describe('a run-on heading whose sentence opens on a passive', () => {
  it('is a point', () => {
    const doc = meetingDoc(
      text(
        ...front,
        'Mötets öppnande Britta Borg hälsar alla välkomna.',
        '',
        'Föregående anteckningar Godkändes och lades till handlingarna.',
        '',
        'Dagordning Fastställdes med ett tillägg.',
        '',
        'Ekonomi Kassören redovisar det ekonomiska läget.',
      ),
    );
    expect(doc.items.map((i) => [i.title, i.text])).toEqual([
      ['Mötets öppnande', 'Britta Borg hälsar alla välkomna.'],
      ['Föregående anteckningar', 'Godkändes och lades till handlingarna.'],
      ['Dagordning', 'Fastställdes med ett tillägg.'],
      ['Ekonomi', 'Kassören redovisar det ekonomiska läget.'],
    ]);
    expect(doc.items[2]!.decisions.map((d) => d.text)).toEqual(['Fastställdes med ett tillägg.']);
  });
});
