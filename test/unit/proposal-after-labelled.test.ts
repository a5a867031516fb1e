// A web agenda that labels each point's proposal (`Kommunstyrelsens förslag till beslut` / `- …`)
// and tells under `Beskrivning av ärendet` how the case was prepared, that another organ proposes
// the same (`Utskottet har berett ärendet och föreslår att kommunstyrelsen fastställer …`): the
// labelled clause is the proposal, the history after it is none. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc } from './helpers.js';

const agenda = [
  'Sammanträde 2016-12-06',
  '',
  'Datum',
  'Klockan',
  '18:30',
  'Plats',
  'Kommunhuset',
  '',
  '1 Verksamhetsplan för kommunövergripande verksamheter 2017',
  '',
  'Dnr 2016/KS 0499 003',
  '',
  'Kommunstyrelsens förslag till beslut',
  '- Verksamhetsplan 2017 för kommunövergripande verksamheter fastställs.',
  '',
  'Beskrivning av ärendet',
  'Kommunledningskontoret har arbetat fram förslag till verksamhetsplan för 2017.',
  '',
  'Kommunledningsutskottet har berett ärendet och föreslår att kommunstyrelsen fastställer verksamhetsplan 2017.',
  '',
  '2 Verksamhetsberättelse för utskottet 2016',
  '',
  'Dnr 2017/KSM 0167 042',
  '',
  'Kommunstyrelsens förslag till beslut',
  '- Utskottets verksamhetsberättelse för 2016 godkänns.',
  '',
  'Beskrivning av ärendet',
  'I verksamhetsberättelsen beskrivs hur verksamheterna har bedrivits under året.',
  'Ärendet bereddes vid utskottets sammanträde den 11 mars 2017. Utskottet föreslår att kommunstyrelsen godkänner verksamhetsberättelsen för år 2016.',
  '',
  '3 Motion om solceller',
  '',
  'Dnr 2016/KS 0301 109',
  '',
  'Beskrivning av ärendet',
  'Lars Ek (C) har lämnat en motion om solceller. Förvaltningen föreslår att motionen anses besvarad.',
].join('\n');

describe('a proposal told after the labelled one', () => {
  const doc = meetingDoc(agenda);

  it('is no part of the proposal', () => {
    expect(item(doc, 1).proposal).toBe('Verksamhetsplan 2017 för kommunövergripande verksamheter fastställs.');
    expect(item(doc, 2).proposal).toBe('Utskottets verksamhetsberättelse för 2016 godkänns.');
  });

  it('is still the proposal where no label gives one', () => {
    expect(item(doc, 3).proposal).toBe('Förvaltningen föreslår att motionen anses besvarad.');
  });
});
