// A report, an utredning or a PM bound after a notice's points, with a head of its own over a table of contents
// (`Tjänsteskrivelse` / its day / `Dnr …` / its title / `Innehållsförteckning` / `1 Sammanfattning ..... 2`): a document of
// its own, `other`, whose contents' entries are no points of the notice. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const docs = (t: string): [string, string | null, string[]][] => parseText(t).documents.map((d) => [d.kind, d.title, d.items.map((i) => i.title)]);

const notice = text(
  'Föredragningslista',
  'Beredningsgruppen 2025-10-09 kl. 09.00',
  'Plats: Kommunhuset, Sjöby',
  '',
  '1. Mötets öppnande',
  '2. Föregående minnesanteckningar',
  '3. Lägesrapport från insatserna',
  '4. Övriga frågor',
  '',
);

describe('a paper with its own table of contents after a notice’s points', () => {
  it('a tjänsteskrivelse whose day stands unlabelled: its own document, the notice keeps its four points', () => {
    const t =
      notice +
      text('Tjänsteskrivelse', '2025-09-22', 'Dnr SF 2025/31', '', 'Översyn av förbundets insatser', '', 'Innehållsförteckning', '1 Sammanfattning ............ 2', '2 Bakgrund ................... 3', '3 Analys ..................... 5', '', 'Sammanfattning', 'Översynen visar att två insatser bör avslutas.');
    expect(docs(t)).toEqual([
      ['notice', 'Föredragningslista', ['Mötets öppnande', 'Föregående minnesanteckningar', 'Lägesrapport från insatserna', 'Övriga frågor']],
      ['other', 'Tjänsteskrivelse', []],
    ]);
  });

  it('a report under its title alone, `INNEHÅLL` in capitals: its own document', () => {
    const t = notice + text('Utvärdering av projekt Vägen', 'Slutrapport augusti 2025', '', 'INNEHÅLL', 'Inledning .......... 3', 'Metod .......... 5', 'Resultat .......... 8', '', 'Inledning', 'Projektet pågick i två år.');
    const out = docs(t);
    expect(out.map(([kind, title]) => [kind, title])).toEqual([['notice', 'Föredragningslista'], ['other', 'Utvärdering av projekt Vägen']]);
    expect(out[0]![2]).toHaveLength(4);
  });

  it('a sentence above the contents heading is the last point’s text, no paper’s head', () => {
    const t = notice + text('Rapporten bifogas och presenteras på mötet.', '', 'Innehåll', '1 Inledning ........ 2', '2 Resultat ........ 4', '3 Förslag ........ 6');
    expect(docs(t).filter(([kind]) => kind === 'other')).toEqual([]);
  });
});
