// Sweep 8: a front page that lists its officials as `position Name` entries parted by commas
// (`Övriga deltagande: sekreterare Eva Strand, stadsbyggnadschef Johan Nyman, …`). The
// run-on reading, made for `Name, position Name, position`, gave each position to the
// name before it. Invented text.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

describe('officials listed position first on one line', () => {
  it('keeps each position with the name after it', () => {
    const doc = meetingDoc([
      'PROTOKOLL',
      'Byggnadsnämnden',
      'Sammanträdesdatum 2022-05-10',
      '',
      'Plats och tid: Rådhuset, sal 2, kl. 13.30-15.45',
      '',
      'Beslutande: Anders Ek (S), ordförande, Lisa Berg (M), Oskar Lund (C), Mia Holm (V)',
      '',
      'Övriga deltagande: sekreterare Eva Strand, stadsbyggnadschef Johan Nyman, bygglovshandläggare Sofia Ek § 41-43',
      '',
      'Utses att justera: Lisa Berg',
      '',
      '§ 40',
      'Val av justerare',
      'Lisa Berg utses att justera protokollet.',
    ].join('\n'));
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.paragraphs])).toEqual([
      ['Eva Strand', 'sekreterare', null],
      ['Johan Nyman', 'stadsbyggnadschef', null],
      ['Sofia Ek', 'bygglovshandläggare', { from: 41, to: 43 }],
    ]);
  });

  it('leaves `Name, position` lists as they were', () => {
    const doc = meetingDoc([
      'PROTOKOLL',
      'Byggnadsnämnden',
      'Sammanträdesdatum 2022-05-10',
      '',
      'Beslutande: Anders Ek (S), ordförande, Lisa Berg (M)',
      '',
      'Övriga deltagande: Eva Strand, sekreterare, Johan Nyman, stadsbyggnadschef',
      '',
      '§ 40',
      'Val av justerare',
      'Lisa Berg utses att justera protokollet.',
    ].join('\n'));
    expect(doc.participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position])).toEqual([
      ['Eva Strand', 'sekreterare'],
      ['Johan Nyman', 'stadsbyggnadschef'],
    ]);
  });
});
