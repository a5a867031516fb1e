// A party's reservation in the first person plural (`Vi Sverigedemokrater reserverar oss mot beslutet`,
// `Vi i Vänsterpartiet reserverar oss …`, `Vi moderater reserverar oss …`), as a party group writes it
// into the minutes: by nobody, the party named. Every text is invented.
import { describe, expect, it } from 'vitest';
import { processOf } from './process-helpers.js';
import { text } from './helpers.js';

const reservers = (body: string): [string[], string[]][] => processOf(body).reservations.map((r) => [r.by, r.parties]);

describe('a party reserving itself as `vi`', () => {
  it('`Vi Sverigedemokrater reserverar oss`', () => {
    expect(reservers(text('Beslut', 'Nämnden antar planen.', '', 'Vi Sverigedemokrater reserverar oss mot beslutet.'))).toEqual([[[], ['SD']]]);
  });

  it('`Vi i Vänsterpartiet reserverar oss`', () => {
    expect(reservers(text('Vi i Vänsterpartiet reserverar oss till förmån för vårt eget yrkande.'))).toEqual([[[], ['V']]]);
  });

  it('`Vi moderater reserverar oss`', () => {
    expect(reservers(text('Vi moderater reserverar oss mot beslutet.'))).toEqual([[[], ['M']]]);
  });

  it('`Vi` with no party names nobody (guard)', () => {
    expect(reservers(text('Vi reserverar oss mot beslutet.'))).toEqual([]);
  });
});
