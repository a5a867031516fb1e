// A transcript's § on one line, its title run on with the decision of an organ of an organ
// (`AU 2 Budget 2000 Kommunstyrelsens arbetsutskott beslutar att …`): the decision opens the
// body. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a title run on with an organ’s decision', () => {
  it('ends where the genitive organ and its verb open the decision', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kommunstyrelsens arbetsutskott 2024-02-12',
        '',
        'AU § 2 Budget för 2025 Kommunstyrelsens arbetsutskott beslutar att godkänna budgeten.',
        '',
        'AU § 3 Taxa för bygglov Barnomsorgsnämndens ordförande föreslår att taxan höjs.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.text])).toEqual([
      [2, 'Budget för 2025', 'Kommunstyrelsens arbetsutskott beslutar att godkänna budgeten.'],
      [3, 'Taxa för bygglov', 'Barnomsorgsnämndens ordförande föreslår att taxan höjs.'],
    ]);
    expect(doc.items[0]!.decisions.map((d) => d.text)).toEqual(['Kommunstyrelsens arbetsutskott beslutar att godkänna budgeten.']);
  });

  it('also where the § sign is missing (`AU 2 Budget 2000 Kommunstyrelsens arbetsutskott beslutar …`)', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kommunstyrelsens arbetsutskott 2024-02-12',
        '',
        'AU 1 Val av justerare Arbetsutskottet utser Eva Lind att justera protokollet.',
        '',
        'AU 2 Budget 2000 Kommunstyrelsens arbetsutskott beslutar att godkänna budgeten.',
        '',
        'AU 3 Motion om skolskjutsar Arbetsutskottet beslutar att motionen ska anses besvarad.',
        '',
        'AU 4 Regionförbundet Dalarös årsredovisning 2023 Arbetsutskottet beslutar att godkänna årsredovisningen.',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av justerare'],
      [2, 'Budget 2000'],
      [3, 'Motion om skolskjutsar'],
      // (a name's genitive owns the noun after it: the title goes on past it to the decision)
      [4, 'Regionförbundet Dalarös årsredovisning 2023'],
    ]);
  });
});

