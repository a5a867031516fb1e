// A web page of a council's meeting headed by the organ and its day alone (`Regionfullmäktige 2026-03-17`,
// `Kommunfullmäktige 12 maj 2026`), its points numbered under it and nothing decided: the meeting's agenda
// (a notice), as a page headed `Sammanträde 2026-03-17` is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';

describe('a web agenda headed by the organ and its day', () => {
  it('is a notice, with its points (an ISO date)', () => {
    const doc = meetingDoc(
      ['Regionfullmäktige 2026-03-17', '', ' 1. Sammanträdets öppnande', ' 2. Upprop', ' 3. Val av protokolljusterare', ' 4. Fastställande av föredragningslista', ' 5. Anmälan av motioner', ''].join('\n'),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.meeting?.date).toBe('2026-03-17');
    expect(doc.items.map((i) => i.title)).toEqual(['Sammanträdets öppnande', 'Upprop', 'Val av protokolljusterare', 'Fastställande av föredragningslista', 'Anmälan av motioner']);
  });

  it('is a notice under a day in words and a line of the site', () => {
    const doc = meetingDoc(
      [
        'Kommunfullmäktige 12 maj 2026',
        '',
        'Handlingarna publiceras en vecka före sammanträdet.',
        '',
        'Ärenden',
        '',
        '  1. Öppnande',
        '  2. Val av justerare',
        '  3. Budget för Lövby kommun 2027',
        '  4. Svar på motion om gång- och cykelväg till Näset',
        '',
      ].join('\n'),
    );
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
  });

  it('leaves a list of the organ’s meeting days alone (no points)', () => {
    const docs = parseText('Kommunstyrelsen 2026-02-10\n\nKommunstyrelsen 2026-03-17\n\nKommunstyrelsen 2026-04-21\n').documents;
    expect(docs.map((d) => d.kind)).toEqual(['other']);
  });
});
