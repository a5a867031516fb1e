// `att anta taxan enligt bilaga 3-4.`: a range of attachments that ends its sentence is the
// range expanded (SCHEMA.md: `bilaga 4 - 5` → `["4","5"]`), the full stop no part of its last
// number. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const attachments = (...body: string[]) =>
  item(meetingDoc(text('PROTOKOLL', 'Direktionen', 'Datum: 2023-06-01', '', '§ 22 Taxa för tillsyn', ...body, '', '§ 23 Avslutning', 'Mötet avslutades.')), 22).attachments;

describe('a range of attachments at the end of a sentence', () => {
  it('after `enligt bilaga`, a full stop after it', () => {
    expect(attachments('Direktionen beslutar', 'att anta taxan enligt bilaga 3-4.')).toEqual(['3', '4']);
  });

  it('after `enligt bilagorna`, a dash and a full stop', () => {
    expect(attachments('Beslut', 'Taxan antas enligt bilagorna 5–7.')).toEqual(['5', '6', '7']);
  });

  it('a single number keeps its reading', () => {
    expect(attachments('Beslut', 'Taxan antas enligt bilaga 2.')).toEqual(['2']);
  });
});
