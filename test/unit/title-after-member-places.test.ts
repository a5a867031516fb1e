// A joint body's letterhead that lists its member municipalities, one word each, run on in one
// line before the kind's word (`Ekby Norrby Västby Åsby Lillby Minnesanteckningar …`): the title is
// the kind's word, as in the letterhead's own column. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, parseText } from './helpers.js';

describe('the kind after a letterhead of member places', () => {
  it('notes under six places read their title', () => {
    const doc = meetingDoc(
      'Ekby Norrby Västby Åsby Lillby Storby Minnesanteckningar Regionrådsmöte 2019-03-12 Tid 09.00-12.00 Plats Kommunhuset, Ekby Närvarande Per Holm, Ekby kommun Lena Sjö, Norrby kommun Ida Berg, Västby kommun',
    );
    expect(doc.kind).toBe('notes');
    expect(doc.title).toBe('Minnesanteckningar');
  });

  // (and, since round 56, no notes at all: the word for notes inside a sentence names no kind, kind.ts)
  it('a sentence that names the kind after three capitalised words is no letterhead', () => {
    const docs = parseText('Anna Berg Skrev Minnesanteckningar från mötet i Ekby den 12 mars 2019 och skickade dem till alla som deltog i arbetet med planen.').documents;
    expect(docs.map((d) => d.title)).not.toContain('Minnesanteckningar');
    expect(docs.map((d) => d.kind)).toEqual(['other']);
  });
});
