// A sentence of the case's description (`Sammanfattning av ärendet`, `Ärendebeskrivning`, `Bakgrund`) that says what
// is proposed (`Förslaget är att …`, `… föreslås …`) tells the case, where the § states its decision under its own
// heading or labels its proposal: it is no proposal of the item. Where the § has neither, as a notice's point, it is
// still the proposal. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const MINUTES = text(
  'SAMMANTRÄDESPROTOKOLL',
  'Kommunstyrelsen 2024-02-06',
  '',
  '§ 8 Ny förskola i Ekby',
  '',
  'Beslut',
  'Kommunstyrelsen godkänner att förskolan byggs i egen regi.',
  '',
  'Sammanfattning av ärendet',
  'Enligt lokalplanen skulle förskolan hyras in från 2026.',
  '',
  'Förslaget är att förskolan i stället byggs i egen regi från 2027. Medel föreslås',
  'omfördelas från projektet Ekby skola.',
  '',
  'Beslutsunderlag',
  'Tjänsteskrivelse 2024-01-15',
  '',
  '§ 9 Taxa för båtplatser',
  '',
  'Ärendebeskrivning',
  'I ärendet föreslås en ny taxa för båtplatser.',
  '',
  'Förslag till beslut',
  'Kommunstyrelsen antar taxan för båtplatser.',
  '',
  'Beslut',
  'Kommunstyrelsen antar taxan för båtplatser.',
);

const NOTICE = text(
  'KALLELSE',
  'Styrelsen för Samordningsförbundet Ekdal kallas till sammanträde 2024-04-10 kl. 09.00',
  '',
  'Föredragningslista',
  '',
  '1. Ny rutin för insatser',
  'Bakgrund',
  'Förslaget är att styrelsen antar rutinen för insatser.',
);

describe("a sentence of the case's description that says what is proposed", () => {
  it('is no proposal where the § states its decision under its heading', () => {
    expect(item(meetingDoc(MINUTES), 8).proposal).toBeNull();
  });
  it('is no part of a proposal the § labels', () => {
    expect(item(meetingDoc(MINUTES), 9).proposal).toBe('Kommunstyrelsen antar taxan för båtplatser.');
  });
  it("is still a notice's point's proposal where it has no other", () => {
    expect(item(meetingDoc(NOTICE), 1).proposal).toBe('Förslaget är att styrelsen antar rutinen för insatser.');
  });
});

describe('a proposal the description tells, which the decision refers to', () => {
  it('is the proposal', () => {
    const minutes = text(
      'PROTOKOLL',
      'Nämnden 2024-05-14',
      '',
      '§ 41 Ändring av dagordningen',
      'Ärendebeskrivning',
      'Ordföranden föreslår att ärende 6 utgår.',
      '',
      'Beslut',
      'Nämnden beslutar enligt förslaget.',
    );
    expect(item(meetingDoc(minutes), 41).proposal).toBe('Ordföranden föreslår att ärende 6 utgår.');
  });
});
