// A notice whose page a web archive ran onto one line: the place, the list's heading, the
// points with their presenters, type and attachments run on, the closing. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const notice = text(
  '1 KALLELSE Styrelsen Samordningsförbundet Åsdalen Tid: Fredagen den 14 februari 2020 kl. 09.00-12.00 Plats: Förbundets kontor, Storgatan 2, Västby Ärenden 1. Mötets öppnande 2. Val av justerare 3. Föregående protokoll Bilaga 1 4. Ekonomisk uppföljning Föredragande: Lena Ek Bilaga 2 5. Ansökan om medel för projektet Steget Beslutsärende Bilaga 3 6. Mötets avslutande Välkomna! Anna Berg',
);

describe('a notice run onto one line', () => {
  it('ends the place before the list\'s heading', () => {
    const doc = meetingDoc(notice);
    expect(doc.kind).toBe('notice');
    expect(doc.meeting!.location).toBe('Förbundets kontor, Storgatan 2, Västby');
  });

  it('takes the presenter, the type and the attachment off each title', () => {
    const doc = meetingDoc(notice);
    expect(doc.items.map((i) => [i.number, i.title, i.presenter, i.type, i.attachments])).toEqual([
      [1, 'Mötets öppnande', null, null, []],
      [2, 'Val av justerare', null, null, []],
      [3, 'Föregående protokoll', null, null, ['1']],
      [4, 'Ekonomisk uppföljning', 'Lena Ek', null, ['2']],
      [5, 'Ansökan om medel för projektet Steget', null, 'decision', ['3']],
      [6, 'Mötets avslutande', null, null, []],
    ]);
  });
});
