// A city's web page of one case (a Finnish city's decisions service, in Swedish): the case's
// number and the § (`Ärende 7. / 142 §`), the title, then the organ that decided on a line of
// its own (`Norrholms stadsfullmäktige`) above `Beslut`. No date and no protocol line name the
// meeting; the organ line does. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const PAGE = text(
  'Katuvalaistus, talousarvion muutos, kaupunkiympäristölautakunta',
  '',
  'NRH 2021-004411',
  'Ärendet har nyare handläggningar',
  'Ärende 7. / 142 §',
  '',
  'Ändring av anslagen för vägbelysningen i Västby',
  '',
  'Norrholms stadsfullmäktige',
  '',
  'Beslut',
  '',
  'Stadsfullmäktige godkände att anslaget för vägbelysning höjs med 120 000 euro.',
  '',
  'Beslutet stämmer överens med förslaget.',
);

describe('the organ line of a case page', () => {
  const doc = meetingDoc(PAGE);

  it('names the meeting’s organisation and body', () => {
    expect(doc.meeting?.organisation).toBe('Norrholms stad');
    expect(doc.meeting?.body).toBe('stadsfullmäktige');
  });

  it('keeps the § and its title', () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([[142, 'Ändring av anslagen för vägbelysningen i Västby']]);
  });
});
