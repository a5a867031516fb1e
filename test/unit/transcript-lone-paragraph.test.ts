// A sharing site's transcript of minutes that lost every § sign, cut short after its first pages (the site's excerpt):
// the one § it holds stands at the top of page 2, right after the page's number and the page's own header (`2 2 70
// Anmälan av …`, `2 NORRBY KOMMUN SAMMANTRÄDESPROTOKOLL 2[15] 41 Information …`). No run of numbers can confirm it,
// but where it is the text's only number at a heading's place, at the top of a page, it is the § heading. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';
import { restoreLostSigns } from '../../src/normalise/lost-signs.js';

const page = (second: string): string =>
  [
    'NORRBY KOMMUN PROTOKOLL',
    '',
    'Storlek: px',
    '',
    'Transkript',
    '',
    '1 1 NORRBY KOMMUN PROTOKOLL Nr 4 Socialnämnden Sammanträdesdatum NÄRVARANDE Ledamöter Eva Lund, ordf (s) Per Ek (m) Anna Berg (c) Tjänstemän Bo Alm, sekreterare Paragrafer Justering Ordföranden samt Per Ek Underskrifter Sekreterare... Ordförande...',
    '',
    second,
    '',
  ].join('\n');

// the rest of the page, run on after the heading on its one line
const REST = ' Förvaltningen har gått igenom hur arbetet har bedrivits under året och vilka brister som har funnits. Personalen har fått information om de nya reglerna vid ett möte i mars. Uppföljning sker vid nämndens sammanträde i höst, då en rapport ska lämnas om hur reglerna har tillämpats i verksamheten och vad som behöver ändras'

const items = (text: string): [number | null, string][] => parseText(text).documents.flatMap((d) => d.items.map((i): [number | null, string] => [i.number, i.title]));

describe('the one § of a transcript cut short, at the top of its page', () => {
  it('after the page’s number printed twice', () => {
    expect(items(page('2 2 70 Anmälan av delegationsbeslut Anmäles och antecknas utskottets protokoll. Resor med egen bil Reglerna för resor är otydliga och behöver klarläggas för personalen.' + REST)))
      .toEqual([[70, 'Anmälan av delegationsbeslut']]);
  });

  it('after the page’s header and counter', () => {
    expect(items(page('2 NORRBY KOMMUN SAMMANTRÄDESPROTOKOLL 2[15] 41 Information från förvaltningen Enhetschefen berättar om boendet och om enkäten bland de boende. Personalen har fått ny utbildning.' + REST)))
      .toEqual([[41, 'Information från förvaltningen']]);
  });

  it('not a number further in the page, nor one where the text holds no transcript', () => {
    expect(items(page('2 2 Förvaltningen redovisar läget. 70 Anmälan av delegationsbeslut Anmäles och antecknas.'))).toEqual([]);
    const long = '2 2 70 Anmälan av delegationsbeslut Anmäles och antecknas utskottets protokoll. Resor med egen bil Reglerna är otydliga.';
    expect(restoreLostSigns(page(long))).toContain('§ 70 Anmälan');
    expect(restoreLostSigns(page(long).replace('Transkript', 'Text'))).not.toContain('§');
  });
});
