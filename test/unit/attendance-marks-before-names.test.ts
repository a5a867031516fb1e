// A list whose attendance marks stand before the names, bare: `x` for who came, `-` for who did not (`x Sundberg Ragnar,
// ordf.` / `- Grönlund Britt`), as Åland municipalities' minutes write their members, surname first. The `x` is no part of
// the name; a `-` in such a list marks an absence, not a bullet. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const head = (...members: string[]): string =>
  text(
    'SALTBY KOMMUN                        SAMMANTRÄDESPROTOKOLL            Nr 11/2019',
    'Organ Kommunstyrelsen',
    '',
    'Sammanträdestid     Måndagen den 14.10.2019 kl 18.00-20.00',
    'Sammanträdesplats   Kommungården i Näs',
    '',
    ...members,
    '',
    'Paragrafer          187-205',
    '',
    '187 § Konstatera laglighet och beslutförhet',
    'Sammanträdet konstaterades lagligt.',
  );

describe('bare marks before the names', () => {
  it('read `x` as present and `-` as absent', () => {
    const doc = meetingDoc(
      head(
        'Beslutande          x Sundberg Ragnar, ordf.',
        '                    x Blomqvist Severina, viceordf.',
        '                    - Grönlund Britt',
        '                    x Strandberg Göran',
        '                    - Mellgren Patrick',
        '',
        'Övriga närvarande   - Lundgren Kenth, kommunfullmäktiges ordförande',
        '                    x Rantala Jenny, sekreterare',
      ),
    );
    expect(doc.participants.map((p) => [p.name, p.role, p.position])).toEqual([
      ['Sundberg Ragnar', 'member', 'ordförande'],
      ['Blomqvist Severina', 'member', 'vice ordförande'],
      ['Grönlund Britt', 'absent', null],
      ['Strandberg Göran', 'member', null],
      ['Mellgren Patrick', 'absent', null],
      ['Lundgren Kenth', 'absent', 'kommunfullmäktiges ordförande'],
      ['Rantala Jenny', 'other', 'sekreterare'],
    ]);
  });

  it('leave a list of dashes alone: bullets, not absences', () => {
    const doc = meetingDoc(head('Beslutande', '- Sundberg Ragnar, ordf.', '- Blomqvist Severina', '- Grönlund Britt'));
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Sundberg Ragnar', 'member'],
      ['Blomqvist Severina', 'member'],
      ['Grönlund Britt', 'member'],
    ]);
  });
});
