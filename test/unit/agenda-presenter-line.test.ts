// Agendas that name who presents a point on the line under its title, the label without its
// colon (`Föredragande ekonomichef Lisa Berg`, `Föredragande kommundirektör`), in a table with a
// case-number column or on lines of their own: the line ends the title (it was read as the
// title's rest, and the proposal's heading and text under it too), and gives the presenter.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const HEAD = text('FÖREDRAGNINGSLISTA', 'Kommunstyrelsens arbetsutskott', 'Tisdagen den 8 oktober 2024 kl. 08.30', '');

describe('a presenter line under the title', () => {
  it('in a table with a case-number column', () => {
    const doc = meetingDoc(
      HEAD +
        text(
          '1.  Delårsrapport augusti 2024                    KS 2024/210',
          '    Föredragande ekonomichef Lisa Berg',
          '',
          '2.  Revidering av delegationsordning             KS 2024/198',
          '    Föredragande kanslichef Ola Sund',
          '    Förslag till beslut',
          '    Kommunstyrelsen föreslås anta reviderad delegationsordning.',
          '',
          '3.  Information om budgetarbetet',
          '    Föredragande kommundirektör',
        ),
    );
    expect(doc.items.map((i) => [i.number, i.caseNumber, i.title, i.presenter, i.proposal])).toEqual([
      [1, 'KS 2024/210', 'Delårsrapport augusti 2024', 'Lisa Berg', null],
      [2, 'KS 2024/198', 'Revidering av delegationsordning', 'Ola Sund', 'Kommunstyrelsen föreslås anta reviderad delegationsordning.'],
      [3, null, 'Information om budgetarbetet', 'kommundirektör', null],
    ]);
  });
});
