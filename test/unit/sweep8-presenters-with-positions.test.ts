// Sweep 8: a committee's § presented by two officials, each written with the position before
// the name (`Förvaltningschef Roland Berg och ekonom Karin Pohl föredrar ärendet`). The second
// name's lower-case position broke the list of names, so nobody was found. Invented text.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const doc = (sentence: string) =>
  meetingDoc([
    'PROTOKOLL',
    'Socialnämndens arbetsutskott',
    'Sammanträdesdatum 2016-06-09',
    '',
    'Au § 84                         Dnr 2016/120',
    '',
    'Budget och ekonomisk uppföljning',
    '',
    sentence,
    '',
    'Arbetsutskottet beslutar att notera informationen.',
  ].join('\n'));

describe('presenters written position first', () => {
  it('are the names, each without its position', () => {
    expect(doc('Förvaltningschef Roland Berg och ekonom Karin Pohl föredrar ärendet och redovisar kostnaderna.').items[0]!.presenter).toBe('Roland Berg och Karin Pohl');
  });

  it('leaves one presenter as before', () => {
    expect(doc('Förvaltningschef Roland Berg föredrar ärendet.').items[0]!.presenter).toBe('Roland Berg');
    expect(doc('Roland Berg och Karin Pohl föredrar ärendet.').items[0]!.presenter).toBe('Roland Berg och Karin Pohl');
  });
});
