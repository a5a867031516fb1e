// A transcript's page that ends in a list of who attended, the next page opening with the site's
// page number and prose (`2 Minnesanteckningar Mötet öppnades av …`): the prose names nobody,
// though its first two words are capitalised. Invented texts.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const NOTES = [
  'Transkript',
  '',
  '1 Arbetsgruppen för Västby Datum: 2023-05-11 Plats: Stationshuset Närvarande: Karin Alm, Försäkringskassan Olle Brink, Arbetsförmedlingen Sara Dahl, Västby kommun Nils Ek, samordningsförbundet',
  '',
  '2 Mötesanteckningar Mötet öppnades av ordföranden som hälsade alla välkomna. 1. Föregående anteckningar Anteckningarna lades till handlingarna. 2. Rapporter Parterna berättade om läget.',
].join('\n');

describe('a list of who attended before a transcript page of prose', () => {
  it('ends the list at the page number before the prose', () => {
    const doc = meetingDoc(NOTES);
    expect(doc.participants.map((p) => p.name)).toEqual(['Karin Alm', 'Olle Brink', 'Sara Dahl', 'Nils Ek']);
  });

});
