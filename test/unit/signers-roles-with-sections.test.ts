// Signatures as Swedish-language Finnish towns print their grid: the row of names, then the row of roles under them,
// a second chair's role carrying the §§ he or she chaired (`ordf. 28 och 29`, `Ordförande under 62`), flattened
// into one line after `Underskrifter`; the adjusting's line may follow, its adjusters' names last. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const signaturesOf = (text: string) => parse(text).documents[0]!.signatures;
const page = (signing: string): string =>
  [
    'Protokoll 3/2024',
    'Organ Stadsfullmäktige',
    'Sammanträdestid torsdag 14.3.2024 kl. 19:00',
    'Sammanträdesplats Rådhuset, sessionssalen',
    'Behandlade ärenden',
    signing,
    '',
    '15 Sammanträdets laglighet',
    'Sammanträdet konstaterades vara lagligt.',
    '',
  ].join('\n');

describe('signers named before their roles, a role with §§', () => {
  it('gives each name the role in its place, the §§ after a short role skipped', () => {
    const s = signaturesOf(page('Underskrifter Jonas Berg Frida Holm Kim Salo ordförande ordf. 21 och 22 protokollförare'));
    expect(s).toMatchObject({ chair: ['Jonas Berg', 'Frida Holm'], secretary: ['Kim Salo'] });
  });

  it('reads the adjusters after the adjusting line that runs on after the roles', () => {
    const s = signaturesOf(
      page('Underskrifter Jonas Berg Frida Holm Kim Salo ordförande ordf. 21 och 22 protokollförare Elektronisk protokolljustering senast (Protokolljustering bifogas) Tove Vik Sara Lind'),
    );
    expect(s).toMatchObject({ chair: ['Jonas Berg', 'Frida Holm'], secretary: ['Kim Salo'], adjusters: ['Tove Vik', 'Sara Lind'] });
  });

  it('reads a chair for some §§ written out with `under` and capitalised roles', () => {
    const s = signaturesOf(page('Underskrifter Olle Dahl Maria Strand Petra Nyman Ordförande Ordförande under 18 Sekreterare'));
    expect(s).toMatchObject({ chair: ['Olle Dahl', 'Maria Strand'], secretary: ['Petra Nyman'] });
  });

  it('reads nothing where the names are fewer than the roles', () => {
    const s = signaturesOf(page('Underskrifter Olle Dahl Maria Strand Ordförande Ordförande under 18 Sekreterare'));
    expect(s?.secretary ?? []).not.toContain('Maria Strand');
  });

  it('reads the grid whose roles were read as labels, the place and day of the adjusting after them', () => {
    const text = [
      'Sammanträdesdatum 4.6.2023',
      'Plats och tid Kommunhuset i Norrvik, kl. 18.00',
      'Beslutande Agnes Holm, ordförande',
      'Underskrifter',
      'Protokolljustering Plats och tid',
      'Agnes Holm Lovisa Strand Hugo Berg',
      'Ordförande Ordförande',
      'under 41',
      'Sekreterare Sekreterare',
      'under 38 Kommunhuset i Norrvik 6.6.2023',
      '',
      '37 Sammanträdets laglighet',
      'Sammanträdet konstaterades vara lagligt.',
      '',
    ].join('\n');
    expect(signaturesOf(text)).toMatchObject({ chair: ['Agnes Holm', 'Lovisa Strand'], secretary: ['Hugo Berg'] });
  });
});
