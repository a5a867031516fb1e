// The §§ a participant attended, their sign lost as transcripts of Åland's and Finland's rolls lose it: a change of
// attendance before a bare number (`anslöt under 98`, `lämnade mötet efter 104`), a bare number followed by the hours
// attended (`rektor, 98, kl. 16:00-16:50`), a range whose last § was attended in part (`71 - del av 80`), and a bare
// number after an organisation or run on after a position (`Clas Ek, ABCD, 41 Anne Ås`, `stadsarkitekt 47 Eva Lund`),
// which closes the entry before. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const rows = (...lines: string[]) =>
  meetingDoc(
    text(
      'EKBY KOMMUN SAMMANTRÄDESPROTOKOLL', 'Organ Kommunstyrelsen', 'Sammanträdesdatum 15.5.2017', '',
      ...lines, '',
      'Paragrafer 97-120', '',
      '§ 97 Sammanträdets konstituerande', 'Sammanträdet konstaterades lagligt.',
      '§ 120 Mötets avslutande', 'Mötet avslutades.',
    ),
  ).participants.map((p) => [p.name, p.position, p.paragraphs, p.note]);

describe('attended §§ whose sign was lost', () => {
  it('reads a run-on roll, surname first (Åland)', () => {
    const r = rows(
      'Beslutande Holm Anna, ordförande, Berg Lisa, vice ordförande, Sund Per, Dahl Roger.',
      'Övriga närvarande Ek Mika, kommunfullmäktiges ordförande, anslöt under 98, kl. 16:15, Ås John, kommundirektör, Lund Pia, rektor, 98, kl. 16:00-16:50, Dahl Dan, ekonomichef, 104, kl. 18:40-19:10',
    );
    expect(r).toContainEqual(['Ek Mika', 'kommunfullmäktiges ordförande', { from: 98, to: null }, 'anslöt under 98; kl. 16:15']);
    expect(r).toContainEqual(['Lund Pia', 'rektor', { from: 98, to: 98 }, 'kl. 16:00-16:50']);
    expect(r).toContainEqual(['Dahl Dan', 'ekonomichef', { from: 104, to: 104 }, 'kl. 18:40-19:10']);
    expect(r).toContainEqual(['Ås John', 'kommundirektör', null, null]);
  });

  it('reads one entry to a line, a leave and a part of a §', () => {
    const r = rows(
      'Beslutande', 'Anna Holm, ordförande', 'Per Sund', '',
      'Övriga närvarande', 'Eva Ek, ekonom, lämnade mötet efter 104', 'Per Ås, socialchef, 101 - del av 108', 'Siv Dal, sekreterare',
    );
    expect(r).toContainEqual(['Eva Ek', 'ekonom', { from: null, to: 104 }, 'lämnade mötet efter 104']);
    expect(r).toContainEqual(['Per Ås', 'socialchef', { from: 101, to: 108 }, '101 - del av 108']);
  });

  it('keeps the § a position was held under as its note, no attendance', () => {
    const r = rows('Beslutande Holm Anna, ordförande, Berg Lisa, vice ordförande, ordförande under 115, Sund Per.', 'Övriga närvarande Ås John, kommundirektör');
    expect(r).toContainEqual(['Berg Lisa', 'vice ordförande', null, 'ordförande under 115']);
  });

  it('gives a bare number after an organisation or a position to the entry before it', () => {
    const r = rows(
      'Beslutande', 'Anna Holm, ordförande', 'Per Sund', '',
      'Övriga närvarande Clas Ek, ABCD, 101 Anne Ås, ABCD, 101 Mats Berg, stadsarkitekt 107 Michael Strand, näringslivschef 102 Cia Lantz, projektledare 102',
    );
    expect(r).toContainEqual(['Clas Ek', null, { from: 101, to: 101 }, null]);
    expect(r).toContainEqual(['Anne Ås', null, { from: 101, to: 101 }, null]);
    expect(r).toContainEqual(['Mats Berg', 'stadsarkitekt', { from: 107, to: 107 }, null]);
    expect(r).toContainEqual(['Michael Strand', 'näringslivschef', { from: 102, to: 102 }, null]);
    expect(r).toContainEqual(['Cia Lantz', 'projektledare', { from: 102, to: 102 }, null]);
  });
});
