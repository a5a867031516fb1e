// Under `Beslut`, where no blank line parts the decision from the text after it (minutes whose
// PDF lost its blank lines), the case's text that runs on ends the decision's clauses: a heading
// over its own text (`Avgift`, `Särskilt uttalande`), the case's papers reported (`Av en
// tjänsteskrivelse … framgår att …`), a member's jäv. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const decided = (...body: string[]) =>
  item(meetingDoc(text('SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsens arbetsutskott', 'Sammanträdesdatum 2023-03-20', '', '§ 28 Remissvar om kapacitetsutredning', ...body, '', '§ 29 Övrigt', 'Inga övriga frågor.')), 28).decisions.map((d) => d.text);

describe('the case’s text run on after a decision', () => {
  it('the case’s papers reported, and a proposal in them', () => {
    expect(
      decided(
        'Beslut',
        'Arbetsutskottet lämnar yttrande i enlighet med planeringsenhetens förslag daterat den 20 mars 2023.',
        'Av en tjänsteskrivelse från planeringsenheten daterad den 20 mars 2023 framgår att Trafikverket har fått i uppdrag att analysera åtgärder.',
        'Planeringsenheten föreslår att arbetsutskottet lämnar yttrande i enlighet med dess förslag.',
      ),
    ).toEqual(['Arbetsutskottet lämnar yttrande i enlighet med planeringsenhetens förslag daterat den 20 mars 2023.']);
  });

  it('a member’s jäv', () => {
    expect(
      decided(
        'Beslut',
        'Arbetsutskottet lämnar yttrande i enlighet med planeringsenhetens förslag.',
        'Sören Dahl (C) deltar inte i handläggningen av ärendet på grund av jäv.',
        'Två ansökningar har kommit in.',
      ),
    ).toEqual(['Arbetsutskottet lämnar yttrande i enlighet med planeringsenhetens förslag.']);
  });

  it('a heading of one word over its text', () => {
    expect(
      decided('Beslut', 'Byggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 § plan- och bygglagen.', 'Avgift', 'Avgiften för bygglovet är 12 400 kronor.'),
    ).toEqual(['Byggnadsnämnden beviljar bygglov med stöd av 9 kap. 31 § plan- och bygglagen.']);
  });

  it('a heading of two words over its text', () => {
    expect(
      decided('Kommunstyrelsens beslut', 'Kommunstyrelsen beslutar i enlighet med beredningens förslag.', 'Särskilt uttalande', 'Per Ek (M) anför följande.', 'Riktlinjerna är ett steg i rätt riktning.'),
    ).toEqual(['Kommunstyrelsen beslutar i enlighet med beredningens förslag.']);
  });

  it('a further clause that is a sentence of its own stays a decision', () => {
    expect(decided('Beslut', 'Arbetsutskottet godkänner rapporten.', 'Förvaltningen får i uppdrag att återkomma i maj.')).toEqual([
      'Arbetsutskottet godkänner rapporten.',
      'Förvaltningen får i uppdrag att återkomma i maj.',
    ]);
  });
});
