// A region or förbund named after its county (`Region Ekby län`, `Region Ekbys län`,
// `Regionförbundet Ekby län`): the county's `län` is part of the name, and so is the county's
// genitive before it. A name in the genitive before a noun of the running text
// (`Kommunförbundet Eklands lokaler`, `Region Ekby läns kansli`) is the name without its `s`.
// Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutes = (...head: string[]) =>
  meetingDoc(text(...head, 'Datum: 2021-03-04', 'Tid: kl. 13.00-15.00', '', '§ 1 Val av justerare', 'Anna Ek väljs att justera.'));

describe('an organisation named after its county', () => {
  it.each([
    ['Region Ekby län', 'Region Ekby län'],
    ['Region Ekbys län', 'Region Ekbys län'],
    ['REGION EKBY LÄN', 'Region Ekby län'],
    ['Regionförbundet Ekby län', 'Regionförbundet Ekby län'],
  ])('%s keeps its län', (letterhead, name) => {
    expect(minutes(letterhead, 'PROTOKOLL', 'Regionstyrelsen').meeting?.organisation).toBe(name);
  });
  it('drops the genitive before a noun of the text', () => {
    expect(minutes('PROTOKOLL', 'Styrelsen', 'Plats: Kommunförbundet Eklands lokaler, Storgatan 2, Ekstad').meeting?.organisation).toBe('Kommunförbundet Ekland');
    expect(minutes('PROTOKOLL', 'Regionstyrelsen', 'Plats: Region Ekby läns kansli, Ekstad').meeting?.organisation).toBe('Region Ekby län');
  });
  it('leaves a name without its county as it was', () => {
    expect(minutes('Region Ekland', 'PROTOKOLL', 'Regionstyrelsen').meeting?.organisation).toBe('Region Ekland');
    expect(minutes('Region Västra Ekland', 'PROTOKOLL', 'Regionstyrelsen').meeting?.organisation).toBe('Region Västra Ekland');
  });
});
