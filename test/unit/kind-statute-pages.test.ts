// A body's rules published as a page (`Arbetsordning för kommunfullmäktige`, `Reglemente för
// socialnämnden`, `Stadgar för Föreningen …`, `Kommunfullmäktiges arbetsordning`) number their rules
// `§ 1`, `§ 2` as minutes number their §§; they are no minutes but a document of their own, titled by
// their heading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const rules = (title: string): string =>
  [
    title,
    '',
    'Antagen av kommunfullmäktige den 12 mars 2019, § 31.',
    '',
    'Antalet ledamöter (5 kap. 1 §)',
    '',
    '§ 1',
    'Fullmäktige har 41 ledamöter.',
    '',
    'Presidium',
    '',
    '§ 2',
    'Fullmäktige väljer bland ledamöterna en ordförande och två vice ordförande.',
    '',
    '§ 3',
    'Presidiet väljs för fullmäktiges mandatperiod.',
  ].join('\n');

describe('pages of a body`s rules, numbered in §§', () => {
  it.each(['Arbetsordning för kommunfullmäktige i Ekby kommun', 'Kommunfullmäktiges arbetsordning', 'Reglemente för socialnämnden', 'Stadgar för Ekby hembygdsförening'])(
    '`%s` is no minutes',
    (title) => {
      const docs = parseText(rules(title)).documents;
      expect(docs.map((d) => [d.kind, d.title])).toEqual([['other', title]]);
    },
  );

  it('minutes that decide on such rules stay minutes', () => {
    const minutes = ['Kommunfullmäktige', '', '§ 31', 'Arbetsordning för kommunfullmäktige', 'Fullmäktige beslutar att anta arbetsordningen.', '', '§ 32', 'Reglemente för socialnämnden', 'Fullmäktige beslutar att anta reglementet.'];
    const docs = parseText(minutes.join('\n')).documents;
    expect(docs.map((d) => d.kind)).toEqual(['minutes']);
  });
});
