// A label written with a semicolon for its colon in a page run on in one line, as one Åland
// kommun's template prints it (`… kl.18 - Sammanträdesplats; Lillö kommungård 1. LAGLIGHET …`):
// the label opens its field there as it does with a colon, and the place is read. A semicolon
// in running text after a word that is no label's stays text. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { labelAt } from '../../src/text/labels.js';
import { parseText, text } from './helpers.js';

const notice = (label: string) =>
  text(
    'Transkript',
    '',
    `1 1 KALLELSESIDA Utfärdad 24.2.2026 Sammanträdestid 3.3.2026, kl.18 - ${label} Lillö kommungård 1. LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. FÄRJTIDTABELL FÖR SOMMAREN. 4. ÄRENDEN TILL KÄNNEDOM. Protokollet framläggs till påseende på kommunkansliet Ordförande Elin Vikström Denna möteskallelse har anslagits på anslagstavlan Intygar Hugo Strand, kommundirektör`,
  );

describe('a label with a semicolon for its colon, in a page run on', () => {
  it('reads the place as it does after a colon', () => {
    const withColon = parseText(notice('Sammanträdesplats:')).documents[0]!.meeting?.location;
    expect(withColon).toBe('Lillö kommungård');
    expect(parseText(notice('Sammanträdesplats;')).documents[0]!.meeting?.location).toBe(withColon);
  });
  it('takes the semicolon as the label\'s, before a value', () => {
    expect(labelAt('Sammanträdesplats; Lillö kommungård')?.field).toBe('place');
    expect(labelAt('Sammanträdesplats; Lillö kommungård')?.length).toBe('Sammanträdesplats; '.length);
  });
  it('takes a semicolon before a comma as the label\'s: the value before the comma was lost (`Sammanträdestid ;, kl.19 -`)', () => {
    const lost = text(
      'Transkript',
      '',
      '1 1 KALLELSESIDA Utfärdad Sammanträdestid ;, kl.18 - Sammanträdesplats; Lillö kommungård 1. LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. FÄRJTIDTABELL FÖR SOMMAREN.',
    );
    const doc = parseText(lost).documents[0]!;
    // (`Utfärdad`, the day of issue's label, is another column's, no part of the title)
    expect(doc.title).toBe('KALLELSESIDA');
    expect(doc.meeting?.startTime).toBe('18:00');
    expect(doc.meeting?.location).toBe('Lillö kommungård');
    expect(labelAt('Sammanträdestid ;, kl.18')?.field).toBe(labelAt('Sammanträdestid: kl.18')?.field);
  });
});
