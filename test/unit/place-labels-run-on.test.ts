// The place's value run on into the next block's labels, the page's break lost (`Plats: Lönngården, Beslutande`, its people
// on the lines under it; `Plats: Medborgarhuset Ärenden Föredragande`): the labels are none of the place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

const meetingOf = (t: string) => parseText(t).documents[0]!.meeting!;

describe('a place run on into the labels after it', () => {
  it('drops a list heading after a comma, and the names under it', () => {
    const m = meetingOf(text('Protokoll', 'Valnämnden', 'Sammanträdesdatum: 2022-09-14', 'Plats: Lönngården, Beslutande', 'Gun Ahl, ordförande', 'Bo Stare', '', '§ 1 Val av justerare', 'Bo Stare valdes till justerare.'));
    expect(m.location).toBe('Lönngården');
  });
  it('drops the agenda columns run on after the place', () => {
    const m = meetingOf(text('Minnesanteckningar', 'Beredningsgruppen', 'Datum: 3 maj 2022', 'Tid: 13.00-15.00', 'Plats: Medborgarhuset Ärenden Föredragande', '', '1. Föregående anteckningar', 'Anteckningarna lades till handlingarna.'));
    expect(m.location).toBe('Medborgarhuset');
  });
  it('keeps a place whose last word is its own', () => {
    const m = meetingOf(text('Protokoll', 'Valnämnden', 'Sammanträdesdatum: 2022-09-14', 'Plats: Rådhuset, Stora salen', '', '§ 1 Val av justerare', 'Bo Stare valdes till justerare.'));
    expect(m.location).toBe('Rådhuset, Stora salen');
  });
  it('keeps a heading word in lower case', () => {
    const m = meetingOf(text('Protokoll', 'Valnämnden', 'Sammanträdesdatum: 2022-09-14', 'Plats: Salen för beslutande', '', '§ 1 Val av justerare', 'Bo Stare valdes till justerare.'));
    expect(m.location).toBe('Salen för beslutande');
  });
});
