// An untitled record reads its kind from its whole shape, not from a notice's word in one of its headings: under the
// list of who was present and who was not, `Föredragningslista` or `Kallelse och dagordning` heads a point the meeting
// dealt with, and the record that names who adjusts it is the minutes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const kinds = (lines: string[]) => parse(lines.join('\n')).documents.map((d) => d.kind);

describe('a notice’s word inside an untitled record', () => {
  it('Föredragningslista as a point’s heading under Närvarande and Frånvarande', () => {
    const lines = [
      'Möte med Byalaget Tallhöjden den 14 april 2025', '',
      'Närvarande', 'Greta Holm, Ivar Sten, Lotta Fjäll, Ove Dahl', 'Frånvarande', 'Rut Berg', '',
      'Föredragningslista', 'Föredragningslistan fastställdes utan ändringar.', '',
      'Ekonomi', 'Kassören redovisade läget. Mötet beslutade att lägga rapporten till handlingarna.', '',
      'Vid anteckningarna', 'Lotta Fjäll', '', 'Justeras', 'Greta Holm',
    ];
    expect(kinds(lines)).toEqual(['minutes']);
  });

  it('Kallelse och dagordning right under the one line of who was there', () => {
    const lines = [
      'Vägföreningen Kvarnbäcken, styrelsemöte 2024-09-02',
      'Närvarande: Hugo Sand, Elsa Nord, Pia Lööf',
      'Kallelse och dagordning',
      'Kallelsen hade gått ut i tid och dagordningen godkändes.',
      'Beläggning',
      'Styrelsen beslutade att lappa vägen före vintern.',
      'Justeras: Elsa Nord',
      'Pia Lööf, sekreterare',
    ];
    expect(kinds(lines)).toEqual(['minutes']);
  });
});
