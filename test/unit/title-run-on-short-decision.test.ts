// `§ 3 Revisionsrapport Kommunstyrelsen godkänner rapporten.`: a flattened § whose title runs on with a short decision
// in the active (an organ and its verb, no `att`), which is the whole of its body. The title is the heading's words and
// the sentence is the §'s decision, as with a longer sentence or a passive (`… Rapporten godkändes.`). Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const MINUTES = text(
  'PROTOKOLL',
  'Kommunstyrelsen 2024-03-12',
  '',
  '§ 3 Revisionsrapport Kommunstyrelsen godkänner revisionsrapporten.',
  '§ 4 Budgetuppföljning Styrelsen fastställer uppföljningen.',
  '§ 5 Årsredovisning 2023 Nämnden antog årsredovisningen.',
);

describe('a title run on with a short decision in the active', () => {
  const doc = meetingDoc(MINUTES);
  it('is the title, and the sentence the decision', () => {
    expect(item(doc, 3).title).toBe('Revisionsrapport');
    expect(item(doc, 3).decisions.map((d) => [d.text, d.by])).toEqual([['Kommunstyrelsen godkänner revisionsrapporten.', 'Kommunstyrelsen']]);
    expect(item(doc, 4).title).toBe('Budgetuppföljning');
    expect(item(doc, 4).decisions.map((d) => d.text)).toEqual(['Styrelsen fastställer uppföljningen.']);
    expect(item(doc, 5).title).toBe('Årsredovisning 2023');
    expect(item(doc, 5).decisions.map((d) => d.text)).toEqual(['Nämnden antog årsredovisningen.']);
  });
});
