// The verb before its subject after an opening that tells how the meeting came to its decision:
// `Efter diskussion beslutar styrelsen att …`, `Efter genomförd omröstning (9 ja och 4 nej)
// beslutar …`, `Utan omröstning beslutar nämnden att …`. The organ after the verb decides (not
// the opening's first word); another organ named so in the past is still a report. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('PROTOKOLL', 'Socialnämnden', 'Sammanträdesdatum 2024-02-20', '');
const decisions = (...body: string[]): [string | null, string][] =>
  item(meetingDoc(minutes({ header: HEADER, items: text('§ 12 Riktlinjer för ekonomiskt bistånd', '', ...body) })), 12).decisions.map((d) => [d.by, d.text]);

describe('a decision that opens with how it was reached', () => {
  it('after a discussion', () => {
    expect(decisions('Efter diskussion beslutar socialnämnden att anta riktlinjerna.')).toEqual([['Socialnämnden', 'Efter diskussion beslutar socialnämnden att anta riktlinjerna.']]);
  });

  it('after a vote with its counts in brackets, in the past', () => {
    expect(decisions('Efter genomförd omröstning (7 ja och 2 nej) beslutade nämnden att anta riktlinjerna.')).toEqual([
      ['Nämnden', 'Efter genomförd omröstning (7 ja och 2 nej) beslutade nämnden att anta riktlinjerna.'],
    ]);
  });

  it('with an approving verb', () => {
    expect(decisions('Efter överläggning godkänner nämnden riktlinjerna.')).toEqual([['Nämnden', 'Efter överläggning godkänner nämnden riktlinjerna.']]);
  });

  it('without a vote: the organ decides, not the opening word', () => {
    expect(decisions('Utan omröstning beslutar socialnämnden att anta riktlinjerna.')).toEqual([['Socialnämnden', 'Utan omröstning beslutar socialnämnden att anta riktlinjerna.']]);
  });

  it('another organ after the verb is a report (guard)', () => {
    expect(decisions('Efter remissen beslutade kommunfullmäktige 2021 att anta en ny taxa.')).toEqual([]);
  });

  it('a vote count between the organ and its clause', () => {
    expect(decisions('Vid omröstning beslutar socialnämnden med 7 röster mot 4 att anta riktlinjerna.')).toEqual([
      ['Socialnämnden', 'Vid omröstning beslutar socialnämnden med 7 röster mot 4 att anta riktlinjerna.'],
    ]);
    expect(decisions('Efter votering beslutar nämnden med 6 ja-röster mot 5 nej-röster att anta riktlinjerna.')).toEqual([
      ['Nämnden', 'Efter votering beslutar nämnden med 6 ja-röster mot 5 nej-röster att anta riktlinjerna.'],
    ]);
  });

  it('an agreement with its verb before the organ', () => {
    expect(decisions('Efter en kort diskussion enades nämnden om att anta riktlinjerna.')).toEqual([['Nämnden', 'Efter en kort diskussion enades nämnden om att anta riktlinjerna.']]);
    expect(decisions('Därefter kom mötet överens om att skjuta upp frågan.')).toEqual([['Mötet', 'Därefter kom mötet överens om att skjuta upp frågan.']]);
  });

  it('another organ agreeing is a report (guard)', () => {
    expect(decisions('Efter remissen enades kommunfullmäktige om att anta en ny taxa.')).toEqual([]);
  });
});
