// Two chairs of one meeting, each for some §§, and the adjusters likewise: the §§ printed after each signer's name in the
// signing grid (`Ordförande Stina Holm 39-48, Jan Berg 49`; seen at a school board and a council's working committee,
// flattened one line a page). The §§ ran the names together and no chair was read. Every name is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText, text } from './helpers.js';

const minutesOf = (source: string) => parseText(source).documents.find((d) => d.kind === 'minutes')!;

const page = (signing: string) =>
  meetingDoc(
    text(
      'Transkript',
      '',
      `1 1(20) Tid och plats 12 mars 2016, klockan Sammanträdesrummet Tallen, Skolgatan 4, Ekby Beslutande Stina Holm (C) ordförande Jan Berg (M) Ulla Dahl (S) Övriga deltagande Eva Lind, sekreterare Justerare Jan Berg ${signing} ANSLAG/BEVIS Protokollet är nu justerat. Förvaringsplats för protokollet Skolkontoret, Skolgatan 4, Ekby Underskrift Eva Lind`,
      '',
      '2 2(20) 39 Val av justerare Nämnden beslutar att utse Jan Berg att justera protokollet.',
    ),
  );

describe('signers with the §§ they signed for after their names', () => {
  it('`Ordförande Stina Holm 39-48, Jan Berg 49 Justerare Jan Berg 39-48, Ulla Dahl 49`', () => {
    const s = page('Justeringens tid och plats Skolkontoret den 19 mars 2016 klockan 8.00 Paragrafer Sekreterare Eva Lind Ordförande Stina Holm 39-48, Jan Berg 49 Justerare Jan Berg 39-48, Ulla Dahl 49').signatures;
    expect([s?.chair, s?.secretary, s?.adjusters]).toEqual([['Stina Holm', 'Jan Berg'], ['Eva Lind'], ['Ulla Dahl']]);
  });

  it('a list of ranges after a name', () => {
    const s = page('Justeringens tid och plats Skolkontoret den 19 mars 2016 Sekreterare Eva Lind Ordförande Stina Holm 39-45, 47-48, Jan Berg 46 Justerare Ulla Dahl').signatures;
    expect([s?.chair, s?.adjusters]).toEqual([['Stina Holm', 'Jan Berg'], ['Ulla Dahl']]);
  });

  it('reads no names out of numbered titles run on after an adjusters\' label (`368 Protokolljusterare 369 … 371 Detaljplan Norrby 372 …`)', () => {
    // (the second page, issued as a notice, is a notice of its own since round 52: the minutes are the first document)
    const doc = minutesOf(
      text(
        'Transkript',
        '',
        '1 EKBY KOMMUN PROTOKOLL Sammanträdesdatum Nr KOMMUNSTYRELSEN 20/10 Sammanträdestid kl Beslutande Kommunkansliet x Holm, Stina, ordförande x Berg, Jan x Dahl, Ulla Föredragande x Lind, Eva, kommundirektör Paragrafer Underskrifter Ordförande Sekreterare Stina Holm Protokolljustering Ekby den på kommungården Jan Berg Ulla Dahl Protokollet framlagt till påseende Ekby den Intygar Utdragets riktighet bestyrkes Underskrift 1',
        '',
        '2 EKBY KOMMUN PROTOKOLL Utfärdat den Nr KOMMUNSTYRELSEN 20/10 Sammanträdestid Onsdag kl Sammanträdesplats Kommunkansliet 367 Konstatera laglighet och beslutförhet 368 Protokolljusterare 369 Föredragningslistan 370 Delgivning 371 Detaljplaneändring Norrby 372 Området bakom skolan 373 Tomtinventering i Ekby',
      ),
    );
    expect(doc.signatures?.adjusters).not.toContain('Detaljplaneändring Norrby');
  });

  it('reads no name out of the adjusting place\'s address (`Justerande: Jan Berg Kommunhuset, Ekby Torg 7, Nordby`)', () => {
    const s = page('Justeringens tid och plats Underskrifter Sekreterare: Eva Lind Ordförande: Stina Holm Justerande: Jan Berg Jan Berg Kommunhusets lokaler, Ekby Torg 7, Nordby').signatures;
    expect(s?.adjusters).not.toContain('Ekby Torg');
  });

  it('reads no names out of a list of officials with the §§ they attended (`Eva Lind, ekonom, 525 Bo Ek, …`)', () => {
    const s = page('Utses att justera Justeringens plats och tid Stina Holm, kommundirektör Eva Lind, sekreterare Bo Ek, ekonom, 525 Per Ås, planerare, 527 Kim Berg, kommunekolog Underskrifter Sekreterare Eva Lind Ordförande Jan Berg').signatures;
    expect(s?.adjusters).not.toContain('Per Ås');
  });

  it('leaves a date after a name alone (`Eva Lind 2016-03-19`)', () => {
    const s = page('Justeringens tid och plats Skolkontoret Sekreterare Eva Lind Ordförande Stina Holm Justerare Jan Berg 2016-03-19').signatures;
    expect([s?.chair, s?.adjusters]).toEqual([['Stina Holm'], ['Jan Berg']]);
  });
});
