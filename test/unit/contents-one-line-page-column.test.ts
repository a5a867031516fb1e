// Minutes whose contents page, headed by a phrase that ends in the page column's head `Sida`
// (`Ärenden som skall behandlas Sida`, `FÖRTECKNING ÖVER BEHANDLADE ÄRENDEN Sida`, `Ärenderubrik Sida`),
// was flattened onto one line after the front page's fields: each § number, its title, its page
// (`56 Mötets laglighet 4 57 Val av justerare 4 58 …`). The entries are the items. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('a one-line contents list under a heading that ends in Sida', () => {
  it('names the items after the front page’s fields, without their page numbers', () => {
    const doc = meetingDoc(
      text(
        '1 ÅSTRÖMS STAD PROTOKOLL 3/2015 Stadsstyrelsen Tid Tisdag kl 17.00 Plats Rådhuset Ärenden som skall behandlas Sida 41 Sammanträdets laglighet och beslutförhet 3 42 Val av två protokolljusterare 3 43 Godkännande av föredragningslistan 4 44 Budgetuppföljning för mars 5 45 Ny förvaltningsstadga för staden 7 46 Budget för hamnen Ansökan om bidrag Protokollet framlagt till påseende',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [41, 'Sammanträdets laglighet och beslutförhet'],
      [42, 'Val av två protokolljusterare'],
      [43, 'Godkännande av föredragningslistan'],
      [44, 'Budgetuppföljning för mars'],
      [45, 'Ny förvaltningsstadga för staden'],
      [46, 'Budget för hamnen'],
    ]);
  });

  it('passes a group heading between the page column’s head and the first entry', () => {
    const doc = meetingDoc(
      text(
        '2 (20) Miljönämnden Sammanträdesdatum 2016-05-10 Föredragningslista Ärenderubrik Sida Allmänt 61 Föredragningslista och anmälan om jäv 2 62 Val av justerande och tid för justering 3 63 Föregående mötes protokoll 3 64 Tillsyn av livsmedelsanläggningar 4',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [61, 'Föredragningslista och anmälan om jäv'],
      [62, 'Val av justerande och tid för justering'],
      [63, 'Föregående mötes protokoll'],
      [64, 'Tillsyn av livsmedelsanläggningar'],
    ]);
  });

  it('reads no list where Sida is a page counter before prose', () => {
    const doc = meetingDoc(
      text(
        'Sammanträdesprotokoll Sida 2 Kommunstyrelsen 2016-05-10 Plats Kommunhuset Beslutande Eva Holm (S), ordförande Per Ask (M) Justerare Per Ask 12 Nya medel till skolan 3 13 Budget',
      ),
    );
    expect(doc.items.map((i) => i.number)).not.toContain(12);
  });
});

describe('a one-line contents list under Sida whose wrapped titles carry their page after their first line', () => {
  it('takes the page out of the title and keeps the title’s second line', () => {
    const doc = meetingDoc(
      text(
        '2 (18) SAMMANTRÄDESPROTOKOLL Byggnämnden 2016-03-08 Ärenderubrik Sida 21 Val av justerare 2 22 Förslag till åtgärder som gör att nämndens 3 budget hålls i balans 23 Riktlinjer för bygglov vid 5 sjönära tomter 24 Delegationsbeslut 6',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [21, 'Val av justerare'],
      [22, 'Förslag till åtgärder som gör att nämndens budget hålls i balans'],
      [23, 'Riktlinjer för bygglov vid sjönära tomter'],
      [24, 'Delegationsbeslut'],
    ]);
  });
});
