// A title of what a member brought names its author (`Svar på motion från Eva Ek (S) om …`), and a flattened page
// runs the § heading, that title and the text on in one line: the author's name is the title's, not the first words of
// the text, and the title goes on after it to where the text opens. Every text is invented.
import { describe, expect, it } from 'vitest';
import { splitInlineTitle } from '../../src/parse/items/title.js';
import { authorSpan } from '../../src/parse/items/title-author.js';
import { parse } from '../../src/index.js';

describe('the author named in a run-on title', () => {
  it('keeps one author or several, their parties and `m.fl.`, in the title', () => {
    expect(splitInlineTitle('Interpellation till Göran Vik (L) från Sara Holm (C) om färdtjänsten Ordföranden meddelar att frågan får ställas.')).toEqual({
      title: 'Interpellation till Göran Vik (L) från Sara Holm (C) om färdtjänsten',
      body: 'Ordföranden meddelar att frågan får ställas.',
    });
    expect(splitInlineTitle('Fråga av Lena Dahl (KD), Olle Brink (SD) och Aino Sjö (V) om snöröjning Kommunstyrelsen besvarar frågan.').title).toBe(
      'Fråga av Lena Dahl (KD), Olle Brink (SD) och Aino Sjö (V) om snöröjning',
    );
    expect(splitInlineTitle('Motion väckt av Mats Ek (MP) m. fl. om laddplatser vid skolorna Beslut Motionen bifalls.').title).toBe(
      'Motion väckt av Mats Ek (MP) m. fl. om laddplatser vid skolorna',
    );
    // a citizen's proposal names no party: a known given name and a family name before a word in small letters
    expect(splitInlineTitle('Medborgarförslag från Karin Nyström om en pulkabacke Kommunfullmäktige överlämnar förslaget.').title).toBe(
      'Medborgarförslag från Karin Nyström om en pulkabacke',
    );
  });

  it('ends the title after the names where a sentence opens on the preposition `I`, not at a Roman numeral', () => {
    expect(splitInlineTitle('Motion från Tove Ling (L) om belysning i Norrparken I motionen föreslås att parken får belysning.')).toEqual({
      title: 'Motion från Tove Ling (L) om belysning i Norrparken',
      body: 'I motionen föreslås att parken får belysning.',
    });
    expect(splitInlineTitle('Svar på motion av Arvid Pihl (M) om vägbyggnad etapp I och II Beslut Motionen avslås.').title).toBe(
      'Svar på motion av Arvid Pihl (M) om vägbyggnad etapp I och II',
    );
  });

  it('reads no author where the title names what no member brought, or the words after the preposition are no name', () => {
    // a presenter after a title that is no member's: the name opens the text, as before
    expect(splitInlineTitle('Information från Lisa Berg Ekonomichefen informerar.').title).toBe('Information från');
    // an organisation after `från`: no name of a person, no bracket
    expect(authorSpan('Motion från Vänsterpartiet Kommunfullmäktige beslutar'.split(' '), 16)).toBeNull();
  });

  it('reads the titles of a flattened page of minutes whose §§ answer motions', () => {
    const text =
      'PROTOKOLL Kommunfullmäktige Ekdala kommun 2025-03-17 Plats och tid Stadshuset kl 18.00-20.00 ' +
      '§ 14 Dnr KS 2024/311 Svar på motion från Henrik Alm (C) m.fl. om gång- och cykelväg till Lövsta Beslut Kommunfullmäktige avslår motionen. ' +
      '§ 15 Dnr KS 2024/402 Svar på motion från Åsa Ringdahl (V) och Peder Holt (MP) om gratis simskola Beslut Kommunfullmäktige bifaller motionen. ' +
      '§ 16 Dnr KS 2025/12 Avgifter för kulturskolan Beslut Kommunfullmäktige fastställer avgifterna.\n';
    const [doc] = parse(text).documents;
    expect(doc!.items.map((i) => [i.number, i.title, i.decisions.length])).toEqual([
      [14, 'Svar på motion från Henrik Alm (C) m.fl. om gång- och cykelväg till Lövsta', 1],
      [15, 'Svar på motion från Åsa Ringdahl (V) och Peder Holt (MP) om gratis simskola', 1],
      [16, 'Avgifter för kulturskolan', 1],
    ]);
  });
});
