// `Maria Holm, VD Ekdal Turism`: a guest's title in capitals and the company she leads, after her
// name. The words after `VD` name a company, not a second person, where the first of them is no
// given name. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const others = (...rows: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL',
      'Samordningsförbundet Norrdal, styrelsen',
      '',
      'Datum: 2023-04-12',
      'Plats: Förbundets kontor, Norrby',
      '',
      'Beslutande',
      'Anna Ek, ordförande',
      'Per Ås, ledamot',
      '',
      'Övriga',
      ...rows,
      '',
      '§ 1 Mötets öppnande',
      'Ordföranden öppnade mötet.',
    ),
  ).participants.filter((p) => p.role === 'other').map((p) => [p.name, p.position, p.organisation]);

describe('a company after a title in capitals', () => {
  it('is the person\'s organisation, not a second person', () => {
    expect(others('Maria Holm, VD Ekdal Turism', 'Bo Lind, förbundschef')).toEqual([
      ['Maria Holm', 'VD', 'Ekdal Turism'],
      ['Bo Lind', 'förbundschef', null],
    ]);
  });

  it('leaves a person named after the title a person', () => {
    expect(others('Maria Holm, VD Karin Sand', 'Bo Lind, förbundschef').map((p) => p[0])).toEqual(['Maria Holm', 'Karin Sand', 'Bo Lind']);
  });
});
