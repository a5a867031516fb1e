// `Se bilagorna 5 och 6.`, `Bilagorna 2–3`: the attachments named with the plural's definite form,
// as a body refers to them, read as `bilagor` is. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const attachments = (...body: string[]) =>
  item(meetingDoc(text('PROTOKOLL', 'Styrelsen', 'Datum: 2024-05-16', '', '§ 22 Delårsrapport', ...body, '', '§ 23 Avslutning', 'Mötet avslutades.')), 22).attachments;

describe('attachments named `bilagorna`', () => {
  it('referred to in a sentence', () => {
    expect(attachments('Se bilagorna 5 och 6.', 'Beslut: Styrelsen godkänner delårsrapporten.')).toEqual(['5', '6']);
  });

  it('on a line of their own', () => {
    expect(attachments('Beslut: Styrelsen godkänner delårsrapporten.', 'Bilagorna 2-3')).toEqual(['2', '3']);
  });
});
