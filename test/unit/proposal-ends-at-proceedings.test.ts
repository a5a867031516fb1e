// A proposal's text, where no blank line parts it from what follows (minutes whose PDF lost its
// blank lines), ends before a line that is none of it: who presents the case, a member's motion,
// a vote, the case's papers reported. A further sentence of the proposal itself stays. Every text
// is invented, in the layouts of real minutes.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

const proposal = (...body: string[]) =>
  item(meetingDoc(text('PROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2023-03-19', '', '§ 8 Riktlinjer för ärendeansvar', ...body, '', '§ 9 Övrigt', 'Inga övriga frågor.')), 8).proposal;

describe('a proposal run on into the proceedings', () => {
  it('the presenter’s line after the numbered clauses of a recommendation', () => {
    expect(
      proposal(
        'Beredningen föreslår kommunstyrelsen besluta följande',
        '1. Riktlinjer för ärendeansvar godkänns.',
        '2. Riktlinjerna gäller från och med den 1 april 2023.',
        'Föredragande borgarrådet Anna Berg anför följande.',
        'Socialtjänstnämnden har utarbetat ett förslag till riktlinjer.',
        'Kommunstyrelsens beslut',
        'Kommunstyrelsen beslutar i enlighet med beredningens förslag.',
      ),
    ).toBe('Beredningen föreslår kommunstyrelsen besluta följande\n1. Riktlinjer för ärendeansvar godkänns.\n2. Riktlinjerna gäller från och med den 1 april 2023.');
  });

  it('a member’s motion and the vote after a labelled proposal', () => {
    expect(
      proposal(
        'Förslag (stadsdirektören):',
        'Stadsstyrelsen godkänner de nya avgifterna från 1.3.2023.',
        'Ledamoten Eva Holm föreslog, understödd av Jan Berg, att avgifterna hålls oförändrade.',
        'Eftersom det fanns två förslag förrättades omröstning.',
        'Beslut:',
        'Stadsstyrelsen godkände stadsdirektörens förslag.',
      ),
    ).toBe('Stadsstyrelsen godkänner de nya avgifterna från 1.3.2023.');
  });

  it('who presents the case, under a proposal’s heading', () => {
    expect(
      proposal(
        'Arbetsutskottets förslag till kommunstyrelsen',
        'Arbetsutskottet föreslår kommunstyrelsen att godkänna ombudgeteringen för år 2023.',
        'Ekonomichefen redogör för ärendet.',
      ),
    ).toBe('Arbetsutskottet föreslår kommunstyrelsen att godkänna ombudgeteringen för år 2023.');
  });

  it('a further sentence of the proposal stays', () => {
    expect(
      proposal('Förslag till beslut', 'Kommunstyrelsen antar riktlinjerna, daterade 2023-02-01.', 'Riktlinjerna antagna 2019-05-02 upphör samtidigt att gälla.'),
    ).toBe('Kommunstyrelsen antar riktlinjerna, daterade 2023-02-01. Riktlinjerna antagna 2019-05-02 upphör samtidigt att gälla.');
  });
});
