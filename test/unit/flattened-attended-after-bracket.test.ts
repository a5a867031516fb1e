// A front page flattened onto one line whose lists note the §§ a person attended right after a bracket: after a position in
// brackets (`Kim Sjödin (kvalitetschef) § 65 Sofia Nyman (nämndsekreterare)`) or a party's (`Roger Wall (SD) § 13 Övriga
// deltagande …`). The § there is the attendance of the person before it, never an item heading, where the next person of
// the list or the front page's next label follows its number. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = ['', '§ 61 Godkännande av ärendelistan', 'Nämnden godkänner ärendelistan.', '', '§ 65 Kvalitetsrapport', 'Nämnden lägger rapporten till handlingarna.'];

describe('§§ attended, after a bracket, in a flattened list', () => {
  it('after a bracketed position, before the next person', () => {
    const doc = meetingDoc(
      text(
        'Plats och tid Smedjan, Storgatan 7, 2018-10-25 kl. 17:00-19:20 Beslutande Jan Ekberg (S) (ordförande) Linda Hammar (MP) Övriga närvarande ' +
          'Kim Sjödin (kvalitetschef) § 65 Sofia Nyman (nämndsekreterare) Utses att justera Linda Hammar (MP) Underskrifter Sekreterare Sofia Nyman ' +
          'Ordförande Jan Ekberg (S) Justerande Linda Hammar (MP)',
        ...ITEMS,
      ),
    );
    expect(doc.items.map((it) => it.number)).toEqual([61, 65]);
    expect(doc.participants.find((p) => p.name === 'Kim Sjödin')).toMatchObject({ position: 'kvalitetschef', paragraphs: { from: 65, to: 65 } });
    expect(doc.participants.map((p) => p.name)).toContain('Sofia Nyman');
    expect(doc.signatures).toMatchObject({ chair: ['Jan Ekberg'], secretary: ['Sofia Nyman'], adjusters: ['Linda Hammar'] });
  });

  it('after a party’s bracket, before the next label', () => {
    const doc = meetingDoc(
      text(
        'Plats och tid Kommunhuset, 2018-10-25 kl. 13:00-16:00 Beslutande Jan Ekberg (S), ordförande Linda Hammar (MP) Roger Wall (SD) § 65 ' +
          'Övriga deltagande Sofia Nyman, sekreterare Utses att justera Linda Hammar (MP) Underskrifter Sekreterare Sofia Nyman Ordförande Jan Ekberg (S) ' +
          'Justerande Linda Hammar (MP)',
        ...ITEMS,
      ),
    );
    expect(doc.items.map((it) => it.number)).toEqual([61, 65]);
    expect(doc.participants.find((p) => p.name === 'Roger Wall')).toMatchObject({ party: 'SD', paragraphs: { from: 65, to: 65 } });
    expect(doc.signatures).toMatchObject({ chair: ['Jan Ekberg'], secretary: ['Sofia Nyman'], adjusters: ['Linda Hammar'] });
  });
});
