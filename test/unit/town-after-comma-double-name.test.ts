// `Name, Town Name, Town …`: those present listed with their municipality after the comma, the list run on in one line,
// so that each town stands glued before the next person's name. A person whose given name is a double name with the
// other spelling of `Maj` (`Britt-May`) must start an entry of their own, as the others do. Every text is invented.
import { describe, expect, it } from 'vitest';
import { isGivenName } from '../../src/text/persons.js';
import { parse } from '../../src/index.js';

const NOTES = [
  'Minnesanteckningar Regionråd Ekbyregionen',
  'Dag tisdagen den 4 mars 2025 Tid 13-16, Ekby kommunhus',
  'Närvarande Ingvar Holm, Ekby Dagny Sjöström, Ekby Kurt-Olof Ahl, Ekby Ulla-Britt Lind, Lillby Ingemar Sund, Lillby ' +
    'Lars Bäck, Norrfors Karl-Erik Berg, Norrfors Britt-May Nilsson, Åsele Eric Dahl, Åsele Mattias Hed, Åsele ' +
    'Johan Ström, Västby Ulf Ek, Västby Åsa Öberg Lind, Västby Lennart Holm, Storby Anders Ås, Storby ' +
    'Lisa Ek Lindberg, Ekbyregionens kansli Maria Lund, Ekbyregionens kansli',
  '',
  '1. Mötet öppnas',
  'Ordföranden öppnade mötet.',
].join('\n');

describe('a run of Name, Town entries with a double given name spelt -May', () => {
  it('knows May as a given name, alone and in a double name', () => {
    expect(isGivenName('May')).toBe(true);
    expect(isGivenName('Britt-May')).toBe(true);
  });

  it('reads each person with the town after their comma', () => {
    const people = parse(NOTES).documents[0]!.participants;
    expect(people.map((p) => [p.name, p.organisation])).toContainEqual(['Britt-May Nilsson', 'Åsele']);
    expect(people.map((p) => [p.name, p.organisation])).toContainEqual(['Dagny Sjöström', 'Ekby']);
    expect(people.map((p) => [p.name, p.organisation])).toContainEqual(['Karl-Erik Berg', 'Norrfors']);
    expect(people).toHaveLength(17);
    expect(people.every((p) => !/^(?:Ekby|Lillby|Norrfors|Åsele|Västby|Storby) /u.test(p.name))).toBe(true);
  });
});
