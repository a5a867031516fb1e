// A heading dated in compact form, its date in brackets after the meeting's number (`Styrelsemöte 9
// (20171127)`) or before the heading (`220411 Styrelsens möte`), as associations title the minutes
// they put on their web pages. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const dateUnder = (title: string) =>
  meetingDoc(text(title, '', '§1 Mötet öppnas', 'Närvarande: Anna Ek, Per Ås, Lisa Holm.', '', '§2 Val av justerare', 'Per Ås valdes till justerare.')).meeting?.date ?? null;

describe('a heading dated in compact form', () => {
  it('reads the date in brackets after the meeting\'s number', () => {
    expect(dateUnder('Styrelsemöte 9 (20171127)')).toBe('2017-11-27');
    expect(dateUnder('Styrelsemöte (171127)')).toBe('2017-11-27');
  });

  it('reads the date before the heading', () => {
    expect(dateUnder('220411 Styrelsens möte')).toBe('2022-04-11');
    expect(dateUnder('220411 Protokoll styrelsemöte')).toBe('2022-04-11');
  });

  it('reads no number of another kind as a date', () => {
    expect(dateUnder('Styrelsemöte 9 (Dnr 201711)')).toBeNull();
    expect(dateUnder('123456 Styrelsens möte')).toBeNull();
  });
});
