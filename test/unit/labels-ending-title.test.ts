// Åland minutes whose letterhead row ends with the labels of the rows under it (`SAMMANTRÄDESPROTOKOLL
// Nr 4/23 Tid Plats Närvarande`), their values after: on the lines below, or run on after them when a
// page is flattened to one line (`… Tid Plats Närvarande tisdag den 14 mars 2023 kl 17:00-19:30
// Kommungården, mötesrummet Ledamöter: …`). The place is the text after the hours. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const BODY = text('', '§ 21 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET', 'Sammanträdet konstaterades lagligen sammankallat och beslutfört.');

describe('the labels ending the letterhead row, their values after', () => {
  it('on the lines under it', () => {
    const doc = meetingDoc(
      text(
        'NORRBY KOMMUN KOMMUNSTYRELSEN          SAMMANTRÄDESPROTOKOLL Nr 4/23 Tid Plats Närvarande',
        'tisdag den 14 mars 2023 kl 17:00-19:30',
        'Kommungården, mötesrummet',
        'Ledamöter:',
        'Berg Anna, ordf.',
        'Holm Per, viceordf',
        'Personliga ersättare:',
        'Ek Lisa',
      ) + BODY,
    );
    expect(doc.title).toBe('SAMMANTRÄDESPROTOKOLL Nr 4/23');
    expect([doc.meeting!.date, doc.meeting!.startTime, doc.meeting!.endTime, doc.meeting!.location]).toEqual(['2023-03-14', '17:00', '19:30', 'Kommungården, mötesrummet']);
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Berg Anna', 'member'],
      ['Holm Per', 'member'],
      ['Ek Lisa', 'deputy'],
    ]);
  });

  it('run on after them, the page on one line', () => {
    const doc = meetingDoc(
      'NORRBY KOMMUN KOMMUNSTYRELSEN SAMMANTRÄDESPROTOKOLL Nr 4/23 Tid Plats Närvarande tisdag den 14 mars 2023 kl 17:00-19:30 Kommungården, mötesrummet Ledamöter: Berg Anna, ordf. Holm Per, viceordf Personliga ersättare: Ek Lisa Övriga närvarande Strand Eva, kommundirektör\n' +
        BODY,
    );
    expect([doc.meeting!.date, doc.meeting!.startTime, doc.meeting!.endTime, doc.meeting!.location]).toEqual(['2023-03-14', '17:00', '19:30', 'Kommungården, mötesrummet']);
    expect(doc.participants.map((p) => [p.name, p.role])).toEqual([
      ['Berg Anna', 'member'],
      ['Holm Per', 'member'],
      ['Ek Lisa', 'deputy'],
      ['Strand Eva', 'other'],
    ]);
  });
});
