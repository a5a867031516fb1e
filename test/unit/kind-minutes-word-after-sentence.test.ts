// A meeting's web page whose opening tells, in a sentence of its own, when the papers come out
// (`Handlingarna publiceras en vecka före. Protokoll publiceras när de har justerats.`): the word
// opening that sentence names minutes in prose, not this page's kind; its numbered points are the
// agenda. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

describe("the minutes' word opening a sentence inside a line", () => {
  it('names no minutes: the page of points is the notice', () => {
    const docs = parseText(
      [
        'Kommunfullmäktige 12 maj 2026',
        '',
        'Handlingarna publiceras en vecka före sammanträdet. Protokoll publiceras när de har justerats.',
        '',
        'Ärenden',
        '',
        '  1. Öppnande',
        '  2. Val av justerare',
        '  3. Budget för Lövby kommun 2027',
        '  4. Svar på motion om gång- och cykelväg till Näset',
        '',
      ].join('\n'),
    ).documents;
    expect(docs.map((d) => d.kind)).toEqual(['notice']);
    expect(docs[0]!.items.map((i) => i.number)).toEqual([1, 2, 3, 4]);
  });

  it('still reads untitled minutes whose opening names them after a heading’s full stop (`Styrelsen. Protokoll fört …`)', () => {
    const docs = parseText(
      ['Lövby kommun. Protokoll fört vid tekniska nämndens sammanträde 2026-04-14', '', 'Beslutande', 'Eva Berg (S), ordförande', 'Nils Ås (M)', '', '§ 1 Val av justerare', 'Nils Ås utses att justera protokollet.', '', '§ 2 Budget', 'Nämnden beslutar att godkänna budgeten.', ''].join('\n'),
    ).documents;
    expect(docs.map((d) => d.kind)).toEqual(['minutes']);
  });
});
