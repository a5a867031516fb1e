// A meeting portal's agenda page (its programme of numbered points, under each point's title the link `Ladda ner
// dokument` and the point's papers as file names with their sizes, `Tjänsteskrivelse budget.pdf 584kb`): a notice with
// its points, the links and the files' names portal furniture, no text of a point. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parseText, text } from './helpers.js';

describe('a meeting portal’s agenda page', () => {
  it('keeps the download links and file sizes out of its points', () => {
    const page = text(
      'Kommunstyrelsen',
      '',
      'Datum',
      '12 mars 2026',
      '',
      'Tid',
      '13:00 - 16:00',
      '',
      'Plats',
      'Sammanträdesrummet Ekan, kommunhuset',
      '',
      'Program',
      '',
      '1. Val av justerare',
      '',
      '2. Budgetuppföljning februari 2026',
      'Ladda ner dokument',
      'Tjänsteskrivelse budgetuppföljning februari 2026.pdf 584kb',
      'Budgetuppföljning februari 2026.pdf 1,2 MB',
      '',
      '3. Detaljplan för Norrby 2:14',
      'Ladda ned',
      'Plankarta Norrby.docx (312 kB)',
      '',
      '4. Delegationsbeslut',
    );
    const doc = parseText(page).documents[0]!;
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((it) => [it.number, it.title, it.text])).toEqual([
      [1, 'Val av justerare', ''],
      [2, 'Budgetuppföljning februari 2026', ''],
      [3, 'Detaljplan för Norrby 2:14', ''],
      [4, 'Delegationsbeslut', ''],
    ]);
  });

  it('keeps a sentence that names a file’s size (no file name before it)', () => {
    const doc = parseText(text('KALLELSE', '', '1. Lokaler', 'Utredningen omfattar 40 sidor och är på 584kb')).documents[0]!;
    expect(`${doc.items[0]!.title} ${doc.items[0]!.text}`).toContain('Utredningen omfattar 40 sidor och är på 584kb');
  });
});
