// A web agenda's point lists its papers by their file names (`Bilagor` / `Arbetsutskottet
// protokollsutdrag 2023-04-11 § 31.pdf`); where the first point is short, such a name stands
// among the opening lines. A file's name is no title: the kind's word inside it does not make the
// agenda minutes. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const agenda = (file: string): string =>
  text(
    'Sammanträde 2023-04-25',
    '',
    '1 Förvaltningschefens rapport april 2023',
    '',
    'Dnr 2023/BN 0004 001',
    '',
    'Byggnadsnämndens förslag till beslut',
    '- Informationen noteras.',
    '',
    'Beskrivning av ärendet',
    'Förvaltningschefen informerar om pågående uppdrag.',
    '',
    'Bilagor',
    'Förvaltningschefens rapport april 2023.pdf',
    file,
    '',
    '2 Tertialrapport för byggnadsnämndens verksamheter',
    '',
    'Dnr 2023/BN 0211 10',
    '',
    'Byggnadsnämndens förslag till beslut',
    '- Tertialrapporten godkänns.',
    '',
    '3 Taxa för bygglov 2024',
    '',
    'Dnr 2023/BN 0305 20',
    '',
    'Byggnadsnämndens förslag till beslut',
    '- Informationen noteras.',
  );

describe('attachment file names among the opening lines', () => {
  it.each([['Arbetsutskottet protokollsutdrag 2023-04-11 § 31.pdf'], ['AU protokoll 2023-04-11 §31.docx'], ['Protokollsutdrag AU 2023-04-11.pdf']])('%s → still a notice', (file) => {
    const doc = meetingDoc(agenda(file));
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => i.number)).toEqual([1, 2, 3]);
  });

  it('a title of minutes still makes minutes', () => {
    const doc = meetingDoc(text('Protokollsutdrag', '', agenda('Tjänsteskrivelse.pdf')));
    expect(doc.kind).toBe('minutes');
  });
});
