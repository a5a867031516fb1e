// Whose meeting it is: a förbund's name stacked over two lines of its letterhead, a förbund
// that only its first items name while the place and the people name municipalities, and
// a municipality's own board whose § is about a förbund. Every text is invented.
import { describe, expect, it } from 'vitest';
import { findOrganisation, findPublicBody } from '../../src/parse/meeting/organisation.js';
import { meetingDoc, text } from './helpers.js';

describe('the organisation of a meeting', () => {
  it('reads a förbund whose letterhead stacks the name under the word (`Samordningsförbundet` / `Västra Dalbygden`)', () => {
    const doc = meetingDoc(
      text(
        'Samordningsförbundet',
        'Västra Dalbygden',
        '',
        'PROTOKOLL',
        'Styrelsen 2024-04-11',
        'Medlemmar: Dalby kommun, Ekeby kommun, Region Dalarö, Försäkringskassan och Arbetsförmedlingen',
        '',
        'Plats och tid: Ekeby kommunhus, kl. 10.00-12.00',
        '',
        'Beslutande',
        'Stina Fors (S), ordförande, Dalby kommun',
        'Erik Mård (M), Ekeby kommun',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden öppnar mötet.',
      ),
    );
    expect(doc.meeting?.organisation).toBe('Samordningsförbundet Västra Dalbygden');
    // an organisation over the people under it is no name of the förbund
    expect(findOrganisation('Övriga\nSamordningsförbundet\nTove Eld')).toBeNull();
  });

  it('a board that meets in a municipality and has municipalities among its members: the förbund its items name', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Styrelsemöte 2024-10-02',
        'Plats: Granby kommun, Stadshuset, rum Ekorren',
        'Närvarande',
        'Stina Fors, ordförande, Granby kommun',
        'Erik Mård, ledamot, Region Västerland',
        'Tove Eld, förbundschef',
        '',
        '§ 1 Mötets öppnande',
        'Ordföranden hälsar välkommen till Samordningsförbundet Västerlands styrelsemöte.',
        '',
        '§ 2 Budget',
        'Styrelsen godkänner budgeten.',
      ),
    );
    expect(doc.meeting?.organisation).toBe('Samordningsförbundet Västerland');
  });

  it("a municipality's board with a § on a förbund stays the municipality's", () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Kommunstyrelsen 2024-10-02',
        'Plats: Stadshuset, Granby kommun',
        'Beslutande',
        'Stina Fors (S), ordförande',
        'Erik Mård (M)',
        '',
        '§ 1 Årsredovisning för Samordningsförbundet Västerland',
        'Kommunstyrelsen beviljar styrelsen ansvarsfrihet.',
      ),
    );
    expect(doc.meeting?.organisation).toBe('Granby kommun');
  });

  it('drops the genitive of a name before a lower-case noun (`Finsam Västerlands styrelse`)', () => {
    expect(findOrganisation('Finsam Västerlands styrelse sammanträder')?.name).toBe('Finsam Västerland');
    expect(findOrganisation('Samordningsförbundet Torsås 2024')?.name).toBe('Samordningsförbundet Torsås');
  });

  it('names no organisation after `landstinget` or `region` in running text (words in lower case are no name)', () => {
    expect(findPublicBody('Två utvecklare från Folkhälsocentrum i landstinget lämnar en sammanfattande bild')).toBeNull();
    expect(findPublicBody('samverkan med region och kommuner')).toBeNull();
    // (a name in capitals after the word still is one)
    expect(findPublicBody('Avtal med Region Dalarö om tolktjänst')?.name).toBe('Region Dalarö');
  });
});

