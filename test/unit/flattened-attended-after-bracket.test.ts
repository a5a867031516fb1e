// A front page flattened onto one line whose lists note the §§ a person attended right after a bracket: after a position in
// brackets (`Pär Lind (kvalitetschef) § 107 Malin Tor (nämndsekreterare)`) or a party's (`Gary Slät (SD) § 13 Övriga
// deltagande …`). The § there is the attendance of the person before it, never an item heading, where the next person of
// the list or the front page's next label follows its number. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const ITEMS = ['', '§ 103 Förändring av ärendelistan', 'Nämnden godkänner ärendelistan.', '', '§ 107 Kvalitetsrapport', 'Nämnden lägger rapporten till handlingarna.'];

describe('§§ attended, after a bracket, in a flattened list', () => {
  it('after a bracketed position, before the next person', () => {
    const doc = meetingDoc(
      text(
        'Plats och tid Bruket, Storgatan 7, 2018-10-25 kl. 16:30-19:45 Beslutande Ove Drott (S) (ordförande) Carina Blomst (MP) Övriga närvarande ' +
          'Pär Lind (kvalitetschef) § 107 Malin Tor (nämndsekreterare) Utses att justera Carina Blomst (MP) Underskrifter Sekreterare Malin Tor ' +
          'Ordförande Ove Drott (S) Justerande Carina Blomst (MP)',
        ...ITEMS,
      ),
    );
    expect(doc.items.map((it) => it.number)).toEqual([103, 107]);
    expect(doc.participants.find((p) => p.name === 'Pär Lind')).toMatchObject({ position: 'kvalitetschef', paragraphs: { from: 107, to: 107 } });
    expect(doc.participants.map((p) => p.name)).toContain('Malin Tor');
    expect(doc.signatures).toMatchObject({ chair: ['Ove Drott'], secretary: ['Malin Tor'], adjusters: ['Carina Blomst'] });
  });

  it('after a party’s bracket, before the next label', () => {
    const doc = meetingDoc(
      text(
        'Plats och tid Kommunhuset, 2018-10-25 kl. 13:00-16:00 Beslutande Ove Drott (S), ordförande Carina Blomst (MP) Gary Slät (SD) § 107 ' +
          'Övriga deltagande Malin Tor, sekreterare Utses att justera Carina Blomst (MP) Underskrifter Sekreterare Malin Tor Ordförande Ove Drott (S) ' +
          'Justerande Carina Blomst (MP)',
        ...ITEMS,
      ),
    );
    expect(doc.items.map((it) => it.number)).toEqual([103, 107]);
    expect(doc.participants.find((p) => p.name === 'Gary Slät')).toMatchObject({ party: 'SD', paragraphs: { from: 107, to: 107 } });
    expect(doc.signatures).toMatchObject({ chair: ['Ove Drott'], secretary: ['Malin Tor'], adjusters: ['Carina Blomst'] });
  });
});
