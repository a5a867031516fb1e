// An association or a foundation whose organ meets, named in the heading (round 57, category c): its noun in the definite
// form, alone or ending a compound, and its name's capitalised words after it, on a line that names the meeting, its organ
// or its papers' kind, or on a line of its own. Not a paper's title on a § page. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const organisationOf = (text: string): string | null | undefined => parseText(text).documents[0]?.meeting?.organisation;
const PARAGRAPHS = ['', '§ 1 Mötets öppnande', 'Ordföranden öppnade mötet.', '§ 2 Val av justerare', 'Eva Lind valdes att justera protokollet.'];

describe('the association named in the heading', () => {
  it('is read after the organ and `för` (a foundation)', () => {
    expect(organisationOf(['Protokoll fört vid sammanträde med styrelsen för Stiftelsen Västerängens Gård', 'Datum: 2026-03-04', ...PARAGRAPHS].join('\n'))).toBe('Stiftelsen Västerängens Gård');
  });

  it('is read after the meeting and `med`, its day between', () => {
    expect(organisationOf(['Årsmötesprotokoll 2026', '', 'Protokoll från årsmöte den 9 mars 2026 med Byalaget Ekås', ...PARAGRAPHS].join('\n'))).toBe('Byalaget Ekås');
  });

  it('is read in the genitive before the meeting, without its `s`', () => {
    expect(organisationOf(['Protokoll fört vid Båtklubben Ankarets styrelsemöte', 'Datum: 2026-04-01', ...PARAGRAPHS].join('\n'))).toBe('Båtklubben Ankaret');
  });

  it('is read from a line of its own over the kind', () => {
    expect(organisationOf(['Hembygdsföreningen Norrgården', 'PROTOKOLL', 'Styrelsemöte 2026-02-10', ...PARAGRAPHS].join('\n'))).toBe('Hembygdsföreningen Norrgården');
  });

  it('is read in the indefinite form after its place, on the line that names the meeting (round 58)', () => {
    expect(organisationOf(['Protokoll fört vid styrelsemöte i Lillåsa byalag 2026-05-06', ...PARAGRAPHS].join('\n'))).toBe('Lillåsa byalag');
    expect(organisationOf(['Protokoll från årsmöte med Västra Kärrby hembygdsförening den 9 mars 2026', ...PARAGRAPHS].join('\n'))).toBe('Västra Kärrby hembygdsförening');
  });

  it('is read in the indefinite genitive before the organ, the heading words before the place left out (round 58)', () => {
    expect(organisationOf(['PROTOKOLL Styrelsemöte Norrbyns vägsamfällighets styrelse', 'Datum: 2026-04-01', ...PARAGRAPHS].join('\n'))).toBe('Norrbyns vägsamfällighet');
    expect(organisationOf(['Protokoll fört vid styrelsemöte för Norrö Hembygdslag torsdagen den 5 mars 2026 kl. 19.00', ...PARAGRAPHS].join('\n'))).toBe('Norrö Hembygdslag');
    expect(organisationOf(['Ekholmens Segelsällskap', 'Protokoll', 'Styrelsemöte 2026-02-10', ...PARAGRAPHS].join('\n'))).toBe('Ekholmens Segelsällskap');
  });

  it('keeps its place after `i` and a Finnish association\'s registered mark (round 58)', () => {
    expect(organisationOf(['Uppfolkets bygdeförening r.f.', 'STYRELSEMÖTE 3/2026', 'Tid: 4.5.2026 kl. 18.00', ...PARAGRAPHS].join('\n'))).toBe('Uppfolkets bygdeförening r.f.');
    expect(organisationOf(['Protokoll fört vid styrelsemöte med Idrottsföreningen i Västerkulla rf', 'Tid: 4.5.2026 kl. 18.00', ...PARAGRAPHS].join('\n'))).toBe('Idrottsföreningen i Västerkulla rf');
  });

  it('is no association where the heading names none (round 58)', () => {
    expect(organisationOf(['Protokoll fört vid styrelsemöte 2026-05-06', 'Plats: Föreningslokalen', ...PARAGRAPHS].join('\n'))).toBeNull();
  });

  it('is not a foundation a paper on a § page is about', () => {
    const organisation = organisationOf(['Årsredovisning 2025 för Stiftelsen Lindgården', '', '§ 45', '', 'Kommunstyrelsens förslag till kommunfullmäktige', 'Kommunfullmäktige beslutar att bevilja styrelsen ansvarsfrihet.'].join('\n'));
    expect(organisation).not.toBe('Stiftelsen Lindgården');
  });
});
