// Notes (minnesanteckningar) that write what the meeting decided as a conclusion's label
// (`Slutsats: Styrelsen tar del av …`) or as a task given in the passive (`Kansliet får i
// uppdrag att …`, `… ges i uppdrag att …`, `… uppdras att …`). What stands under the label is
// what the meeting concluded, its decision whatever its verb (by whom its own words say); a task
// given decides where the item states no other decision. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const NOTES = text('Minnesanteckningar', 'Samordningsförbundet Västerdal, styrelsemöte', 'Datum: 2023-09-14', '');

describe('conclusions and tasks in notes', () => {
  it('a conclusion label opens a decision, by whom what follows says', () => {
    const doc = meetingDoc(
      NOTES +
        text(
          '1. Uppföljning av insatser',
          'Förbundschefen redovisade statistik för första halvåret.',
          'Slutsats: Styrelsen tar del av informationen.',
          '',
          '2. Lokalfrågan',
          'Slutsats: Frågan tas upp igen i oktober.',
        ),
    );
    expect(item(doc, 1).decisions.map((d) => [d.by, d.text])).toEqual([['Styrelsen', 'Styrelsen tar del av informationen.']]);
    expect(item(doc, 2).decisions.map((d) => [d.by, d.text])).toEqual([[null, 'Frågan tas upp igen i oktober.']]);
  });

  it('a task given in the passive is the decision of the point', () => {
    const doc = meetingDoc(
      NOTES +
        text(
          '1. Ny webbplats',
          'Diskussion om behovet av en ny webbplats.',
          'Kansliet får i uppdrag att ta fram ett förslag till nästa möte.',
          '',
          '2. Rutiner',
          'Förbundschefen ges i uppdrag att revidera rutinen.',
          '',
          '3. Statistik',
          'Samordnaren uppdras att sammanställa statistiken till hösten.',
        ),
    );
    expect(doc.items.map((i) => i.decisions.map((d) => [d.by, d.text]))).toEqual([
      [[null, 'Kansliet får i uppdrag att ta fram ett förslag till nästa möte.']],
      [[null, 'Förbundschefen ges i uppdrag att revidera rutinen.']],
      [[null, 'Samordnaren uppdras att sammanställa statistiken till hösten.']],
    ]);
  });

  it('a task given in the discussion is none where the item decides by other words', () => {
    const doc = meetingDoc(
      text('PROTOKOLL', 'Arbetsutskottet', 'Samordningsförbundet Västerdal', 'Datum: 2023-09-14', '') +
        text(
          '§ 7 Mål för 2024',
          'Personalen får i uppdrag att se över indikatorerna.',
          '',
          'Arbetsutskottet beslutar att uppdra åt förbundschefen att ta fram nya mål.',
        ),
    );
    expect(item(doc, 7).decisions.map((d) => d.text)).toEqual(['Arbetsutskottet beslutar att uppdra åt förbundschefen att ta fram nya mål.']);
  });
});
