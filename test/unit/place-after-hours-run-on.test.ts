// The place written after the day and the hours with no label (`2023-10-04, kl 13.00-15.00,
// Stadshuset`), on a page an extractor wrote on one line: the place ends where the next
// field's label opens (`Deltagare`), and a sentence there is no place. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const meetingOf = (text: string) => parse(text).documents[0]!.meeting;

describe('the place after the day and hours of a page on one line', () => {
  it('ends at the label of the list after it', () => {
    const m = meetingOf(
      'Minnesanteckningar Arbetsgruppen, Samordningsförbundet Ekeby 2024-03-12, kl 09.00-11.30, Biblioteket i Västerby ' +
        'Deltagare Sanna Vik, Försäkringskassan Olof Rehn, Arbetsförmedlingen 1. Inledning Gruppen gick igenom läget.\n',
    );
    expect(m).toMatchObject({ date: '2024-03-12', startTime: '09:00', endTime: '11:30', location: 'Biblioteket i Västerby' });
  });

  it('reads a call as the place, held at a distance', () => {
    const m = meetingOf('Minnesanteckningar Arbetsgruppen 2024-03-12, kl 09.00-11.30, Digitalt via Teams Närvarande Sanna Vik, Olof Rehn\n');
    expect(m).toMatchObject({ location: 'Digitalt via Teams', remote: true });
  });

  it('takes no sentence for the place', () => {
    const m = meetingOf('Minnesanteckningar Arbetsgruppen 2024-03-12, kl 09.00-11.30, Mötet öppnades av ordföranden. Närvarande Sanna Vik\n');
    expect(m).toMatchObject({ location: null });
  });
});
