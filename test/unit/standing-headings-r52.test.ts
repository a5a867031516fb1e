// Minutes and notes that a sharing site's transcript cut short after a § or two, their signs lost and each page on one
// line: `… öppnat. 21. Val av två justerare …`, `… nämndsekreterare 45 Val av protokollsjusterare …`, `… godkändes.
// 2. Föregående möte …`. A point nearly every meeting has, right after the number, says it is a §; the next numbers go
// on from it, and the opening point run on before it is the number before. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const itemsOf = (t: string): [number | null, string][] => parseText(t).documents.flatMap((d) => d.items.map((i): [number | null, string] => [i.number, i.title]));

// a kommunalförbund's direktion: its points written `21.`, the opening point unnumbered after a page counter's remains
const direktion = (page: string): string =>
  text(
    'Protokoll direktionen',
    '',
    'Transkript',
    '',
    '1 Datum av 7 Kommunalförbundet Miljö Västdal Direktionen Sammanträdesprotokoll 2/ Plats och tid: Förbundskontoret, kl. 13:00 Beslutande: Karin Blom (S), ordförande Olle Ahl (M) Siv Berg (C) Utses att justera: Olle Ahl Sekreterare: Eva Lund',
    '',
    page,
  );

// a network's notes: points written `2.` in prose, the first (`Mötet öppnas`) unnumbered after the notes' heading
const notes = (page: string): string =>
  text(
    'Minnesanteckningar Nätverket för kustkommuner',
    '',
    'Transkript',
    '',
    '1 Minnesanteckningar Nätverket för kustkommuner Dag tisdagen den 14 mars 2023 Plats Kommunhuset, Sjöby Närvarande Anna Ek, Sjöby Per Lind, Åby Maria Holm, Viken Sida 1 av 4',
    '',
    page,
  );

// a regional board: bare numbers, the first run on after the list of officials on the front page
const board = (...pages: string[]): string =>
  text(
    'Nämnd för kultur och fritid',
    '',
    'Transkript',
    '',
    ...pages.flatMap((p) => [p, '']),
  );

describe('a standing point’s title confirms a number whose § sign a transcript lost', () => {
  it('reads two points written with full stops, and the opening point before them as the number before', () => {
    const t = direktion(
      '2 2 av Sammanträdets öppnande. Ordföranden förklarar sammanträdet öppnat. 21. Val av två justerare Direktionen beslutar att utse Olle Ahl och Siv Berg att justera protokollet. 22. Fastställande av föredragningslista Direktionen beslutar att fastställa föredragningslistan.',
    );
    expect(itemsOf(t)).toEqual([
      [20, 'Sammanträdets öppnande'],
      [21, 'Val av två justerare'],
      [22, 'Fastställande av föredragningslista'],
    ]);
  });

  it('reads one point alone where the excerpt ends in it', () => {
    const t = direktion('2 2 av Mötets öppnande. Ordföranden hälsar alla välkomna. 9. Val av justerare Direktionen beslutar att utse Siv Berg att justera protokollet.');
    expect(itemsOf(t)).toEqual([
      [8, 'Mötets öppnande'],
      [9, 'Val av justerare'],
    ]);
  });

  it('reads notes’ points in prose, the first numbered from the second', () => {
    const t = notes(
      '2 Minnesanteckningar Mötet öppnas Ordföranden Anna Ek öppnade mötet. Dagordningen godkändes. 2. Föregående möte Anteckningarna från förra mötet lades till handlingarna. 3. Information om färjetrafiken Per Lind berättade om läget för färjan.',
    );
    expect(itemsOf(t)).toEqual([
      [1, 'Mötet öppnas'],
      [2, 'Föregående möte'],
      [3, 'Information om färjetrafiken'],
    ]);
  });

  it('reads bare numbers run on after the words before them', () => {
    const t = board(
      '1 PROTOKOLL 1(5) Plats: Regionens hus, sal B Närvarande: Eva Ek (S), Bo Lund (M), Siv Al (C) Övriga: Lena Berg, nämndsekreterare 45 Val av protokollsjusterare Nämnden utser Bo Lund att justera protokollet tillsammans med ordföranden.',
      '2 PROTOKOLL 2(5) 46 Budget för 2026 Nämnden beslutar att godkänna budgeten.',
    );
    expect(itemsOf(t)).toEqual([
      [45, 'Val av protokollsjusterare'],
      [46, 'Budget för 2026'],
    ]);
  });
});

describe('numbers a standing point’s title does not make §§', () => {
  it('leaves a contents list with its pages as the contents readers read it', () => {
    const t = text('2 (9) SAMMANTRÄDESPROTOKOLL Miljönämnden 2026-03-10 Ärenderubrik Sida 31 Val av justerare 2 32 Taxa för tillsyn 3 33 Delegationsbeslut 5');
    expect(itemsOf(t).map(([, title]) => title)).not.toContain('Val av justerare 2');
  });

  it('leaves a numbered list that opens its lines to the items stage', () => {
    const t = text('Minnesanteckningar', '', 'Nätverket för kustkommuner 2023-03-14', '', '1. Mötets öppnande', 'Anna Ek öppnade mötet.', '2. Föregående möte', 'Anteckningarna lades till handlingarna.', '3. Ekonomi', 'Kassören redovisade läget.');
    expect(itemsOf(t)).toEqual([
      [1, 'Mötets öppnande'],
      [2, 'Föregående möte'],
      [3, 'Ekonomi'],
    ]);
  });

  it('takes no number in prose before a standing point’s words in small letters', () => {
    const t = direktion('2 2 av Förbundsdirektören redovisar 3 val av justerare som gjorts under året. Direktionen beslutar att lägga informationen till handlingarna.');
    expect(itemsOf(t)).toEqual([]);
  });
});
