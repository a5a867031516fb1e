// More of the front page of Swedish-language Finnish minutes: `Närvarande` over a `Medlemmar`
// sub-heading, `Ärenden  § 32 - § 37`, `Underskrifter` with each name over its role word,
// `Protokollet justerat` / `Protokolljustering` with the place and date. Every name, place
// and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const FRONT = (signed: string[], adjusted: string): string =>
  text(
    'ÅSKOGS KOMMUN                          PROTOKOLL                      6/2023',
    'Bildningsnämnden',
    '',
    'Sammanträdestid          Tisdag 9.5.2023 kl. 18.00 - 20.10',
    '',
    'Sammanträdesplats        Kommungården, Nämndrummet',
    '',
    'Närvarande               Medlemmar',
    '                         Ebba Strand, ordförande',
    '                         Jussi Mäki, vice ordförande',
    '                         Sonja Haga',
    '                         Rainer Berg',
    '',
    'Frånvarande              Pia Ekroos',
    '',
    'Övriga närvarande        Kalle Åström, kommundirektör',
    '                         Tor Backman, protokollförare',
    '',
    'Ärenden                  § 32 - § 37',
    '',
    'Underskrifter',
    '',
    ...signed,
    '',
    `${adjusted}    Åskog 11.5.2023`,
    '',
    '                         Sonja Haga                  Rainer Berg',
    '',
    'Protokollet framlagt     Kommunens webbplats 12.5.2023',
    'till påseende',
    '',
    '§ 32',
    'MÖTETS LAGLIGHET OCH BESLUTFÖRHET',
    '',
    'Beslut:',
    'Mötet konstaterades lagligt och beslutfört.',
  );

describe('the front page of Swedish-language Finnish minutes, more of it', () => {
  const doc = meetingDoc(FRONT(['                         Ebba Strand                 Tor Backman', '                         Ordförande                  Protokollförare'], 'Protokollet justerat'));

  it('reads the members under `Medlemmar` below `Närvarande`, and no signer as a member', () => {
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ebba Strand', 'member'],
      ['Jussi Mäki', 'member'],
      ['Sonja Haga', 'member'],
      ['Rainer Berg', 'member'],
      ['Pia Ekroos', 'absent'],
      ['Kalle Åström', 'other'],
      ['Tor Backman', 'other'],
    ]);
  });

  it('reads each name over its role word under `Underskrifter`', () => {
    expect(doc.signatures).toMatchObject({ chair: ['Ebba Strand'], secretary: ['Tor Backman'] });
  });

  it('reads `Protokollet justerat` with its place and date as the day of adjusting, and `Ärenden` as the range', () => {
    expect(doc.signatures?.adjustedOn).toBe('2023-05-11');
    expect(doc.meeting?.paragraphs).toEqual({ from: 32, to: 37 });
  });

  it('reads `Protokolljustering` so too, and role words in lower case under the names', () => {
    const other = meetingDoc(FRONT(['                         Ebba Strand                 Tor Backman', '                         ordförande                  protokollförare'], 'Protokolljustering  '));
    expect(other.signatures).toMatchObject({ chair: ['Ebba Strand'], secretary: ['Tor Backman'], adjustedOn: '2023-05-11' });
  });
});

describe('a Finnish meeting system\'s page: each label over its value, the position before the name', () => {
  const page = meetingDoc(
    text(
      'Revisionsnämnden, möte 16.4.2024', '', 'Tid', '16.4.2024 kl. 16:00 - 17:30', '', 'Plats', 'Kommunhuset, mötesrum Tallen', '',
      'Närvarande', 'Ordförande Eero Lankby', 'Medlem Anna Rosenby', 'Medlem Mats Grönby', '', 'Frånvarande', 'Medlem Liisa Kaskby', '',
      'Övriga närvarande', 'Sekreterare Pia Hedby', '', 'Protokolljusterare', 'Anna Rosenby, Mats Grönby', '',
      '§ 19 Val av protokolljusterare', 'Beslut', 'Godkändes.',
    ),
  );

  it('reads `Medlem` before a name as the role word, not part of the name (no position: a seat, not an office)', () => {
    expect(page.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Eero Lankby', 'member', 'ordförande'],
      ['Anna Rosenby', 'member', null],
      ['Mats Grönby', 'member', null],
      ['Liisa Kaskby', 'absent', null],
      ['Pia Hedby', 'other', 'sekreterare'],
    ]);
    expect(page.signatures?.adjusters).toEqual(['Anna Rosenby', 'Mats Grönby']);
  });
});
