// A case number opening a §'s title, with no label, in two more of the registers' forms: the
// number before the year (`KS 412/2008 Markavtal för Ängen`, as older registers count each year's
// cases) and the organ's letters with a slash before the year (`KSKF/2014:7 Val av ombud`), the
// organ's letters also as a mixed-case abbreviation (`Ks 412/2008`). A title that opens with
// numbers of its own (`Vision 2030 …`, `SOU 2017:114 …` stays as it was) is no case. Every text is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, minutes, text } from './helpers.js';

const HEADER = text('SAMMANTRÄDESPROTOKOLL', 'Kommunstyrelsen', 'Sammanträdesdatum 2008-10-15', '');
const heading = (line: string): [string, string | null] => {
  const i = item(meetingDoc(minutes({ header: HEADER, items: text(line, '', 'Kommunstyrelsen beslutar att godkänna avtalet.', '', '§ 53 Övrigt', '', 'Inga frågor.') })), 52);
  return [i.title, i.caseNumber];
};

describe('a case number opening the title', () => {
  it('the number before the year', () => {
    expect(heading('§ 52 KS 412/2008 Markavtal för Ängen')).toEqual(['Markavtal för Ängen', 'KS 412/2008']);
  });

  it('a mixed-case organ abbreviation before the number', () => {
    expect(heading('§ 52 Ks 412/2008 Markavtal för Ängen')).toEqual(['Markavtal för Ängen', 'Ks 412/2008']);
  });

  it('a long number before the year, after the longest letters a register writes', () => {
    // (the year at the twelfth character: four letters, a space and six digits before it)
    expect(heading('§ 52 KSAU 104512/2014 Markavtal för Ängen')).toEqual(['Markavtal för Ängen', 'KSAU 104512/2014']);
    expect(heading('§ 52 KSAU 1045/2014 Markavtal för Ängen')).toEqual(['Markavtal för Ängen', 'KSAU 1045/2014']);
  });

  it('a slash between the organ’s letters and the year', () => {
    expect(heading('§ 52 KSKF/2014:7 Val av ombud till stämman')).toEqual(['Val av ombud till stämman', 'KSKF/2014:7']);
  });

  it('the year first, as before', () => {
    expect(heading('§ 52 KS 2008/412 Markavtal för Ängen')).toEqual(['Markavtal för Ängen', 'KS 2008/412']);
  });

  it('not a title that opens with numbers of its own', () => {
    expect(heading('§ 52 Vision 2030 för Ängen')).toEqual(['Vision 2030 för Ängen', null]);
    expect(heading('§ 52 EU 2020 Strategi för Ängen')).toEqual(['EU 2020 Strategi för Ängen', null]);
    // (a word in capitals before a report's number and year is a title's, not a register's few letters)
    expect(heading('§ 52 AVTAL 3/2020 MED KOMMUNEN')).toEqual(['AVTAL 3/2020 MED KOMMUNEN', null]);
  });
});
