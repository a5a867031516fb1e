// A list whose attendance marks stand before the names, bare: `x` for who came, `-` for who did not (`x Karlsson Runar,
// ordf.` / `- Hampf Berit`), as Åland municipalities' minutes write their members, surname first. The `x` is no part of
// the name; a `-` in such a list marks an absence, not a bullet. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = (...members: string[]): string =>
  text(
    'SALTBY KOMMUN                        SAMMANTRÄDESPROTOKOLL            Nr 13/2013',
    'Organ Kommunstyrelsen',
    '',
    'Sammanträdestid     Måndagen den 23.9.2013 kl 18.00-20.00',
    'Sammanträdesplats   Kommungården i Näs',
    '',
    ...members,
    '',
    'Paragrafer          252-270',
    '',
    '252 § Konstatera laglighet och beslutförhet',
    'Sammanträdet konstaterades lagligt.',
  );

describe('bare marks before the names', () => {
  it('read `x` as present and `-` as absent', () => {
    const doc = meetingDoc(
      head(
        'Beslutande          x Karlsson Runar, ordf.',
        '                    x Fagerholm Silvana, viceordf.',
        '                    - Hampf Berit',
        '                    x Lindholm Jörgen',
        '                    - Waldén Christopher',
        '',
        'Övriga närvarande   - Fagerlund Thommy, kommunfullmäktiges ordförande',
        '                    x Laaksonen Jessica, sekreterare',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Karlsson Runar', 'member', 'ordförande'],
      ['Fagerholm Silvana', 'member', 'vice ordförande'],
      ['Hampf Berit', 'absent', null],
      ['Lindholm Jörgen', 'member', null],
      ['Waldén Christopher', 'absent', null],
      ['Fagerlund Thommy', 'absent', 'kommunfullmäktiges ordförande'],
      ['Laaksonen Jessica', 'other', 'sekreterare'],
    ]);
  });

  it('leave a list of dashes alone: bullets, not absences', () => {
    const doc = meetingDoc(head('Beslutande', '- Karlsson Runar, ordf.', '- Fagerholm Silvana', '- Hampf Berit'));
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Karlsson Runar', 'member'],
      ['Fagerholm Silvana', 'member'],
      ['Hampf Berit', 'member'],
    ]);
  });
});
