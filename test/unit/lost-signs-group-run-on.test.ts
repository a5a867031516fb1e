// A region's minutes flattened by a document-sharing site: every § sign lost, each heading run on after the last
// sentence of the § before (`… i laga ordning. 289 Justering …`) or after a group heading run on before it
// (`Anmälningsärenden 290 Anmälan av …`, `Beslutsärenden 292 Budget …`). The numbers after the group's word count on
// with those after sentences: they are §§ too. Every text is invented.
import { describe, expect, it } from 'vitest';
import { restoreLostSigns } from '../../src/normalise/lost-signs.js';
import { meetingDoc, text } from './helpers.js';

const minutes = text(
  '1 PROTOKOLL Regionfullmäktige Justerat onsdagen den 9 december Anna Holm Per Berg Eva Lind 287 Inledning Ordföranden förklarade sammanträdet öppnat. Upprop förrättades och närvaron antecknades enligt uppropslistan, bilaga A. 288 Kungörelse och annonsering Kungörelsen om sammanträdet utsändes den 12 november till ledamöter och ersättare. Det antecknades att sammanträdet utlysts i laga ordning.',
  '',
  '2 Anmälningsärenden 289 Anmälan av länsstyrelsens beslut att utse Bo Alm (fp) till ny ersättare. Fullmäktige lade anmälan till handlingarna. 290 Revisorernas rapport till fullmäktige RS 2005-0012 Efter förslag från ordföranden lades rapporten till handlingarna. Beslutsärenden 291 Budget för regionen 2006 RS 2005-0400 Fullmäktige beslutade i enlighet med regionstyrelsens förslag.',
);

describe('§§ run on after a group heading in a flattened transcript', () => {
  it('get their signs back with those after sentences', () => {
    const out = restoreLostSigns(minutes);
    expect(out).toContain('Anmälningsärenden § 289 Anmälan');
    expect(out).toContain('Beslutsärenden § 291 Budget');
    expect(out).toContain('§ 288 Kungörelse');
  });

  it('are read as the minutes’ items', () => {
    const doc = meetingDoc(minutes);
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => i.number)).toEqual([287, 288, 289, 290, 291]);
    expect(doc.items.find((i) => i.number === 291)!.title).toBe('Budget för regionen 2006');
  });

  it('a number after the group’s word inside a sentence, with no run, stays as it is', () => {
    const prose = text('Protokoll', '', 'Nämnden behandlade tre ärenden 12 Ledamöter var närvarande.', '');
    expect(restoreLostSigns(prose)).toBe(prose);
  });

  it('the group heading run on before a § heads the §§ under it, not the text of the § before', () => {
    const doc = meetingDoc(minutes);
    expect(doc.items.find((i) => i.number === 290)!.text).not.toContain('Beslutsärenden');
    expect(doc.items.find((i) => i.number === 291)!.section).toBe('Beslutsärenden');
  });
});
