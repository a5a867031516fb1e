// A roll of Swedish-language Finnish minutes, surname first and no comma between the people, run on in one line, with the
// §§ a person sat for in a bracket after the name or the position (`Storberg Jens ( 12-)`, `Mård Ida, PoS-chef (- 15)`) and a
// position whose first part is an abbreviation's capitals (`PoS-chef`); its deputies' heading with a remark in brackets
// (`Ersättare (ej personliga):`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { surnameFirstRun } from '../../src/text/surname-first-run.js';
import { meetingDoc, text } from './helpers.js';

describe('a surname-first roll with brackets of §§', () => {
  it('cuts one entry per person, the bracket kept with its person', () => {
    expect(surnameFirstRun('Ekholm Vera, ordförande Sandell Rolf, viceordf Almqvist Leif Storberg Jens ( 12-) Rask Erik, kommundirektör Mård Ida, PoS-chef (- 15) Lund Maja')).toEqual([
      'Ekholm Vera, ordförande',
      'Sandell Rolf, viceordf',
      'Almqvist Leif',
      'Storberg Jens (12-)',
      'Rask Erik, kommundirektör',
      'Mård Ida, PoS-chef (-15)',
      'Lund Maja',
    ]);
    // (a bracket of anything else is no §§: the run is left to the other readers)
    expect(surnameFirstRun('Almqvist Leif Storberg Jens (C) Lund Maja')).toBeNull();
  });

  it('reads the members, the §§ they sat for and the deputies under a heading with its remark', () => {
    const t = text(
      '1 NORRSTRANDS KOMMUN KOMMUNFULLMÄKTIGE SAMMANTRÄDESPROTOKOLL Nr 4 Tid Torsdagen den 6 mars 2025 kl 19:00-21:10 Plats Närvarande Godby Ledamöter: Ekholm Vera, ordförande Sandell Rolf, viceordf Almqvist Leif Storberg Jens ( 12-) Nylund Tor Vikström Anna Ersättare (ej personliga): Grön Kristoffer Holmberg Jonas Protokolljustering Vera Ekholm Ordförande',
      '',
      '2 12 Sammanträdets öppnande Beslut: Sammanträdet konstateras lagligen sammankallat.',
    );
    const people = meetingDoc(t).participants.map((p) => [p.name, p.role, p.position, p.paragraphs]);
    expect(people).toEqual([
      ['Ekholm Vera', 'member', 'ordförande', null],
      ['Sandell Rolf', 'member', 'vice ordförande', null],
      ['Almqvist Leif', 'member', null, null],
      ['Storberg Jens', 'member', null, { from: 12, to: null }],
      ['Nylund Tor', 'member', null, null],
      ['Vikström Anna', 'member', null, null],
      ['Grön Kristoffer', 'deputy', null, null],
      ['Holmberg Jonas', 'deputy', null, null],
    ]);
  });
});
