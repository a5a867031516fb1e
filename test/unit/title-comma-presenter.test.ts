// Notices whose one-line point names its presenter after a comma (`3. Ekonomisk uppföljning,
// Jan Ek`, `5. Insatsen Steget vidare, Karin Berg, projektledare`), as kallelser to a
// samordningsförbund's or a nämnd's meeting write them. Every text is invented.
import { describe, expect, it } from 'vitest';
import { presenterInTitle } from '../../src/parse/items/title-presenter.js';
import { item, meetingDoc } from './helpers.js';

describe('a presenter after a comma ending the title', () => {
  const doc = meetingDoc(
    [
      'KALLELSE',
      'Styrelsen för Samordningsförbundet Norrdalen',
      'Tid: Torsdag 14 mars 2024 kl. 09.00–12.00',
      'Plats: Kommunhuset, sal Björken, Norrby',
      '',
      'Ärenden',
      '1. Mötets öppnande',
      '2. Ekonomisk uppföljning, Jan Ek',
      '3. Insatsen Steget vidare, Karin Berg, projektledare',
      '4. Samverkan, förbundschef informerar',
      '5. Övriga frågor',
    ].join('\n'),
  );

  it('is the presenter and no part of the title', () => {
    expect([item(doc, 2).title, item(doc, 2).presenter]).toEqual(['Ekonomisk uppföljning', 'Jan Ek']);
    expect([item(doc, 3).title, item(doc, 3).presenter]).toEqual(['Insatsen Steget vidare', 'Karin Berg']);
    expect([item(doc, 4).title, item(doc, 4).presenter]).toEqual(['Samverkan', 'förbundschef']);
  });

  it('leaves a list, an organisation, an author and the person a point is about in the title', () => {
    expect(presenterInTitle('Budget, verksamhetsplan och mål')).toBeNull();
    expect(presenterInTitle('Samverkan, Region Kustlandet')).toBeNull();
    expect(presenterInTitle('Rekrytering, ekonom')).toBeNull();
    expect(presenterInTitle('Avsägelse av uppdrag, Lisa Berg')).toBeNull();
    expect(presenterInTitle('Motion om lokaler, Eva Ek')).toBeNull();
    expect(presenterInTitle('Lokaler, Storgatan 4, Norrby')).toBeNull();
    expect(presenterInTitle('Till ledamöter valdes: Lisa Berg, Nils Ek')).toBeNull();
  });

  it('leaves the party of a case in the title: an applicant after a property, a delegate after their decisions', () => {
    // (a building committee's points name the property and the applicant: `Bygglov Norrby 1:23, Anna Ek`)
    expect(presenterInTitle('Bygglov Norrby 1:23, Anna Ek')).toBeNull();
    expect(presenterInTitle('Nybyggnad av fritidshus, Åsen 2:14, Per Lind')).toBeNull();
    expect(presenterInTitle('Förhandsbesked för enbostadshus, Karin Sund')).toBeNull();
    expect(presenterInTitle('Strandskyddsdispens för brygga, Olle Berg')).toBeNull();
    expect(presenterInTitle('Delegationsbeslut, Karin Sund')).toBeNull();
    expect(presenterInTitle('Serveringstillstånd, Lisa Holm')).toBeNull();
    // (the presenter of a report is read as before)
    expect(presenterInTitle('Ekonomisk uppföljning, Jan Ek')).not.toBeNull();
  });
});
