// Small boards' minutes that put the person elected or named on the line under a whole title
// (`2. Val av justerare` / `Mari Lund`): the name is the point's text, no rest of its title.
// A title that ends on a word linking to a name (`Avtackning av` / `Bo Lund`) goes on. Every
// text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';

const titles = (text: string): string[] => meetingDoc(text).items.map((i) => i.title);

describe('a person alone under a title', () => {
  it('is no part of a numbered point’s title', () => {
    const text = [
      'Protokoll styrelsemöte 2023-05-02',
      '',
      'Närvarande: Anna Ek, Bo Lund, Eva Holm, Mari Lind',
      '',
      '1. Mötets öppnande',
      'Ordföranden öppnade mötet.',
      '',
      '2. Val av justeringsperson',
      'Mari Lind',
      '',
      '3. Val av sekreterare',
      'Eva Holm (S)',
      '',
      '4. Ekonomi',
      'Kassören redovisade läget.',
    ].join('\n');
    expect(titles(text)).toEqual(['Mötets öppnande', 'Val av justeringsperson', 'Val av sekreterare', 'Ekonomi']);
  });

  it('is no part of a § title either, but a title ending on `av` goes on to the name', () => {
    const text = [
      'Protokoll styrelsemöte 2023-05-02',
      '',
      'Närvarande: Anna Ek, Bo Lund, Eva Holm',
      '',
      '§ 1 Val av sekreterare',
      'Eva Holm',
      '',
      '§ 2 Avtackning av',
      'Bo Lund',
      '',
      '§ 3 Ekonomi',
      'Kassören redovisade läget.',
    ].join('\n');
    expect(titles(text)).toEqual(['Val av sekreterare', 'Avtackning av Bo Lund', 'Ekonomi']);
  });
});
