// A front page flattened column by column with no blank line anywhere: all labels, then
// all values one a line, more lines than labels (a list of members takes several). Each
// label takes a run of lines of its kind, in order. Every text is invented.
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/index.js';
import { classOf } from '../../src/segment/frontpage/values.js';
import { meetingDoc, text } from './helpers.js';

const ITEMS = text('', '§ 1 Mötets öppnande', 'Ordföranden öppnar mötet.', '', '§ 2 Val av justerare', 'Olof Strand väljs till justerare.');
const roster = (doc: Document): [string, string, string][] => doc.participants.map((p) => [p.name, p.role, p.roleLabel]);

describe('labels first, then a value a line with no blank line', () => {
  it('gives each label a run of lines of its kind: the lists of people, the place, the dates, the range, the signers', () => {
    const doc = meetingDoc(
      text(
        'SAMMANTRÄDESPROTOKOLL',
        'Samordningsförbundet Norrvik',
        '',
        'Organ',
        'Sammanträdesdatum',
        'Plats och tid',
        'Beslutande',
        'Ersättare',
        'Övriga deltagare',
        'Utses att justera',
        'Justeringens plats och tid',
        'Paragrafer',
        'Sekreterare',
        'Ordförande',
        'Justerande',
        'Styrelsen',
        '2024-05-14',
        'Kommunhuset i Lindö, Sessionssalen, kl. 09.00-11.30',
        'Maria Hägg (S), ordförande',
        'Olof Strand (M)',
        'Per Viklund (C)',
        'Karin Nord (S)',
        'Elin Rask, förbundschef',
        'Olof Strand',
        'Förbundets kansli 2024-05-20',
        '1-2',
        'Elin Rask',
        'Maria Hägg',
        'Olof Strand',
      ) + ITEMS,
    );
    expect(doc.meeting).toMatchObject({ body: 'styrelse', date: '2024-05-14', startTime: '09:00', endTime: '11:30', location: 'Kommunhuset i Lindö, Sessionssalen', paragraphs: { from: 1, to: 2 } });
    expect(roster(doc)).toEqual([
      ['Maria Hägg', 'member', 'Beslutande'],
      ['Olof Strand', 'member', 'Beslutande'],
      ['Per Viklund', 'member', 'Beslutande'],
      ['Karin Nord', 'deputy', 'Ersättare'],
      ['Elin Rask', 'other', 'Övriga deltagare'],
    ]);
    expect(doc.signatures).toMatchObject({ chair: ['Maria Hägg'], secretary: ['Elin Rask'], adjusters: ['Olof Strand'], adjustedOn: '2024-05-20' });
    expect(doc.warnings.map((w) => w.code)).not.toContain('header-unpaired');
  });

  it('a place named after a room (`konferensrum Maja`) with the hours is the place, not a participant', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Organ',
        'Datum',
        'Plats och tid',
        'Beslutande',
        'Ersättare',
        'Övriga deltagare',
        'Utses att justera',
        'Styrelsen, Samordningsförbundet Västby',
        '2024-09-12',
        'Hotell Nora Vik, konferensrum Maja, 13.15-16.00',
        'Greta Sand (S), ordförande',
        'Olof Strand (M)',
        'Rita Bro (C)',
        'Ali Hassan (V)',
        'Tove Eld, förbundschef',
        'Olof Strand',
      ) + ITEMS,
    );
    expect(doc.meeting).toMatchObject({ date: '2024-09-12', startTime: '13:15', endTime: '16:00', location: 'Hotell Nora Vik, konferensrum Maja' });
    expect(roster(doc)).toEqual([
      ['Greta Sand', 'member', 'Beslutande'],
      ['Olof Strand', 'member', 'Beslutande'],
      ['Rita Bro', 'member', 'Beslutande'],
      ['Ali Hassan', 'deputy', 'Ersättare'],
      ['Tove Eld', 'other', 'Övriga deltagare'],
    ]);
    expect(doc.signatures?.adjusters).toEqual(['Olof Strand']);
  });

  it('a place with hours is a text even where a room bears a given name; a person with hours stays a person', () => {
    expect(classOf('Stadshuset Ulla, Storgatan 5, kl 13.00')).toBe('text');
    expect(classOf('Sessionssalen Linnea, kl. 08.30')).toBe('text');
    expect(classOf('Per Lind, kl 13.00-14.00')).toBe('persons');
    expect(classOf('Ekonom Lisa Berg kl 13.00')).toBe('persons');
    expect(classOf('Anna Ek (S) § 1-4')).toBe('persons');
  });
});
