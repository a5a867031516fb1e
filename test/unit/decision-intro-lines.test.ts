// A line that only opens the `att` clauses under it is no decision of its own: an organ's
// recommendation to another organ (`Arbetsutskottet föreslår styrelsen besluta` / `att anta …`)
// written right under a decision heading, or a second heading over the clauses (`Beslut` /
// `Styrelsen beslutar enligt följande:` / `att …`), which also says who decides. The § still
// ends approved: this meeting adopted the proposal, whatever it says. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const doc = meetingDoc(
  text(
    'PROTOKOLL', 'Arbetsutskottet, Samordningsförbundet Norrdal', 'Sammanträdesdatum 2025-10-02', '',
    'Beslutande Okke Lind, ordförande', '',
    'AU § 73 Dnr 2025/77', 'Yttrande över remiss om regional plan', '', 'Arbetsutskottets beslut',
    'Arbetsutskottet föreslår styrelsen besluta', 'att avslå remissens förslag om en gemensam nämnd,', 'att anta yttrandet som sitt eget.', '',
    'AU § 74', 'Handlingsplan 2026', '', 'Beslut', 'Arbetsutskottet beslutar enligt följande:', 'att anta handlingsplanen,',
    'att uppdra åt förbundschefen att följa upp planen.', '',
    'AU § 75', 'Information', '', 'Beslut', 'Arbetsutskottet beslutar', 'att lägga informationen till handlingarna.',
  ),
);

describe('a line that opens the clauses under a decision heading', () => {
  it('is no decision when it recommends to another organ, and its clauses are the organ’s', () => {
    const it73 = item(doc, 73);
    expect(it73.decisions.map((d) => [d.text, d.by])).toEqual([
      ['avslå remissens förslag om en gemensam nämnd', 'Arbetsutskottet'],
      ['anta yttrandet som sitt eget.', 'Arbetsutskottet'],
    ]);
    // the meeting adopted its proposal, though the proposal rejects something
    expect(it73.outcome).toBe('approved');
  });

  it('is no decision when it heads the clauses (`… beslutar enligt följande:`), and names who decides', () => {
    expect(item(doc, 74).decisions.map((d) => [d.text, d.by])).toEqual([
      ['anta handlingsplanen', 'Arbetsutskottet'],
      ['uppdra åt förbundschefen att följa upp planen.', 'Arbetsutskottet'],
    ]);
  });

  it('leaves a decision wrapped over two lines whole (guard)', () => {
    expect(item(doc, 75).decisions.map((d) => d.text)).toEqual(['lägga informationen till handlingarna.']);
  });
});
