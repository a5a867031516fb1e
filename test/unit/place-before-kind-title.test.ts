// A notice's page flattened so that its own kind runs on after the place (`Plats: Folkets hus,
// Ekby Kallelse med föredragningslista Ärenden 1 …`): the place ends before the kind. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the kind of the document after the place', () => {
  it('is no part of the place', () => {
    const doc = meetingDoc(
      text(
        '1 av 20 Ekby kommun Kommunfullmäktige Ledamöter kallas Ersättare underrättas Tid: Måndagen den 26 januari 2026 kl 18.30 Plats: Salongen, Folkets hus i Ekby Kallelse med föredragningslista Ärenden ' +
          '1 Sammanträdets öppnande 2 Val av justerare 3 Taxa för renhållning 2026/12 4 Avsägelser och fyllnadsval',
      ),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.meeting?.location).toBe('Salongen, Folkets hus i Ekby');
    expect(doc.meeting?.date).toBe('2026-01-26');
  });
});
