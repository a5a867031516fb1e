// A web agenda's group heading made of two headings joined by a slash or a comma
// (`ANMÄLNINGSÄRENDEN/ÖVRIGT:`, `Öppen del av sammanträdet, Nya ärenden:`): one section for the points
// under it, with the one type its parts name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { readSectionHeading } from '../../src/text/section-heading.js';
import { meetingDoc, text } from './helpers.js';

describe('group headings joined by a slash or a comma', () => {
  it('reads two listed headings joined as one, typed by the part that names a type', () => {
    expect(readSectionHeading('ANMÄLNINGSÄRENDEN/ÖVRIGT:')).toEqual({ section: 'ANMÄLNINGSÄRENDEN/ÖVRIGT', type: 'information' });
    expect(readSectionHeading('Öppen del av sammanträdet, Nya ärenden:')).toEqual({ section: 'Öppen del av sammanträdet, Nya ärenden', type: null });
    // two parts naming two types name none
    expect(readSectionHeading('Information / Beslut')).toEqual({ section: 'Information / Beslut', type: null });
  });

  it('reads no heading where a part is none', () => {
    expect(readSectionHeading('Anmälningsärenden/Ekvägen 4')).toBeNull();
    expect(readSectionHeading('Budget, prognos')).toBeNull();
    expect(readSectionHeading('Remisser, yttranden, anmälningar')).toBeNull();
  });

  it('ends the decision group of an agenda at the joined heading', () => {
    const doc = meetingDoc(
      text(
        'Sammanträde 2025-03-18', '', 'Datum', 'Klockan', '17:00', 'Plats', 'Lindgården, Storgatan 4', '',
        '4 Fastställande av dagordning', '',
        'BESLUTSÄRENDEN:', '',
        '5 Tertialrapport 1 för kulturnämnden', '',
        '6 Bidrag till studieförbund 2025', '',
        'Dnr 301-44/2025', 'Handläggare: Nils Berg Tel. 010 11 22 33', '',
        'ANMÄLNINGSÄRENDEN/ÖVRIGT:', '',
        '7 Anmälan av protokoll från kulturrådet', '',
        '8 Anmälan av delegationsbeslut', '',
        'Öppen del av sammanträdet, Nya ärenden:', '',
        '9 Riktlinjer för lokalbokning',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.section, i.type])).toEqual([
      [4, null, null],
      [5, 'BESLUTSÄRENDEN', 'decision'],
      [6, 'BESLUTSÄRENDEN', 'decision'],
      [7, 'ANMÄLNINGSÄRENDEN/ÖVRIGT', 'information'],
      [8, 'ANMÄLNINGSÄRENDEN/ÖVRIGT', 'information'],
      [9, 'Öppen del av sammanträdet, Nya ärenden', null],
    ]);
  });
});
