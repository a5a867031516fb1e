// Swedish-language Finnish minutes write the register's letters with a colon before the case's number and year
// (`ABC: 49/2015`), on a line of its own above the title in capitals or opening the heading's text, and sometimes the
// same number again after its label (`ABC: 52/2011 Dnr:ABC 52/2011 TITLE …`): the number is the case number, not the
// title. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('SAMMANTRÄDESPROTOKOLL', 'Stadsstyrelsen', 'Sammanträdesdatum 2015-01-22', '');
const read = (...lines: string[]): [string, string | null] => {
  const i = item(meetingDoc(minutes({ header: HEADER, items: text(...lines, '', 'Stadsstyrelsen beslutar att godkänna avtalet.', '', '§ 53 Övrigt', '', 'Inga frågor.') })), 52);
  return [i.title, i.caseNumber];
};

describe('a case number with the register’s letters and a colon', () => {
  it('on the line under the heading, above the title', () => {
    expect(read('§ 52', 'ADM: 49/2015', 'MARKAVTAL FÖR ÄNGEN')).toEqual(['MARKAVTAL FÖR ÄNGEN', 'ADM: 49/2015']);
  });

  it('opening the heading’s text', () => {
    expect(read('§ 52 ADM: 113/2012 MARKAVTAL FÖR ÄNGEN')).toEqual(['MARKAVTAL FÖR ÄNGEN', 'ADM: 113/2012']);
  });

  it('before the same number after its label', () => {
    expect(read('§ 52 ADM: 52/2011 Dnr:ADM 52/2011 MARKAVTAL FÖR ÄNGEN')).toEqual(['MARKAVTAL FÖR ÄNGEN', 'ADM 52/2011']);
  });

  it('not a title whose words in capitals end with a colon before a number', () => {
    expect(read('§ 52 BILAGA: 3 avtal för Ängen')).toEqual(['BILAGA: 3 avtal för Ängen', null]);
  });
});
