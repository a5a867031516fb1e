// The signing grid's first row flattened onto one line with the paragraphs the secretary
// signs between the label and the name (`Underskrifter Sekreterare 35-39, 42 Johan Skog`):
// the name is the secretary's, the numbers are the minutes' declared range, and neither is
// lost nor read into the other. Every name, place and date is invented.
import { describe, expect, it } from 'vitest';
import { item, meetingDoc, text } from './helpers.js';

// the minutes' head over the §§, for the tests of the line at the minutes' end
const MINUTES_HEAD = ['PROTOKOLL', 'Samordningsförbundet Ådalen', 'Styrelsen', '', 'Datum: 2024-05-16', 'Plats: Förbundets kansli, Ekvik', '', 'Beslutande: Lena Marklund (S), Arvid Sjödin (C), Tove Rask (M)', ''];

const frontPage = (...signing: string[]): ReturnType<typeof meetingDoc> =>
  meetingDoc(
    text(
      'SAMMANTRÄDESPROTOKOLL',
      'Samordningsförbundet Ådalen',
      'Styrelsen',
      '',
      'Plats och tid        Förbundets kansli, Ekvik, 2024-05-16 kl. 09.00–11.30',
      'Beslutande           Lena Marklund (S), ordförande',
      '                     Arvid Sjödin (C)',
      '                     Tove Rask (M)',
      'Utses att justera    Arvid Sjödin',
      '',
      ...signing,
      '',
      '§ 35 Mötets öppnande',
      'Ordföranden öppnar mötet.',
      '',
      '§ 36 Val av justerare',
      'Arvid Sjödin väljs att justera protokollet.',
      '',
      '§ 42 Avslutning',
      'Ordföranden avslutar mötet.',
    ),
  );

describe('a range between the secretary’s label and name on the front page', () => {
  it('reads `Underskrifter Sekreterare 35-39, 42 Johan Skog`', () => {
    const doc = frontPage('Underskrifter Sekreterare 35-39, 42 Hanna Vikström', 'Ordförande Lena Marklund', 'Justerande Arvid Sjödin');
    expect(doc.signatures?.secretary).toEqual(['Hanna Vikström']);
    expect(doc.signatures?.chair).toEqual(['Lena Marklund']);
    expect(doc.signatures?.adjusters).toEqual(['Arvid Sjödin']);
    expect(doc.meeting?.paragraphs).toEqual({ from: 35, to: 42 });
  });

  it('reads a plain range with no heading before the label', () => {
    const doc = frontPage('Sekreterare 35-42 Hanna Vikström', 'Ordförande Lena Marklund', 'Justerande Arvid Sjödin');
    expect(doc.signatures?.secretary).toEqual(['Hanna Vikström']);
    expect(doc.meeting?.paragraphs).toEqual({ from: 35, to: 42 });
  });

  it('reads one paragraph’s number before the name', () => {
    const doc = frontPage('Underskrifter Sekreterare 35 Hanna Vikström', 'Ordförande Lena Marklund', 'Justerande Arvid Sjödin');
    expect(doc.signatures?.secretary).toEqual(['Hanna Vikström']);
    expect(doc.signatures?.chair).toEqual(['Lena Marklund']);
  });

  it('reads a list of ranges after the range’s own label', () => {
    const doc = frontPage('Underskrifter Sekreterare Paragrafer 35-39, 42 Hanna Vikström', 'Ordförande Lena Marklund', 'Justerande Arvid Sjödin');
    expect(doc.signatures?.secretary).toEqual(['Hanna Vikström']);
    expect(doc.meeting?.paragraphs).toEqual({ from: 35, to: 42 });
  });

  it('reads the same row with its cells apart', () => {
    const doc = frontPage('Underskrifter   Sekreterare   35-39, 42   Hanna Vikström', '               Ordförande                Lena Marklund', '               Justerande                Arvid Sjödin');
    expect(doc.signatures?.secretary).toEqual(['Hanna Vikström']);
    expect(doc.signatures?.chair).toEqual(['Lena Marklund']);
    expect(doc.meeting?.paragraphs).toEqual({ from: 35, to: 42 });
  });

  it('ends the range at the list’s last number only where it stands near the range', () => {
    const doc = frontPage('Paragrafer   35-42, 2024', 'Underskrifter Sekreterare Hanna Vikström', 'Ordförande Lena Marklund', 'Justerande Arvid Sjödin');
    expect(doc.meeting?.paragraphs).toEqual({ from: 35, to: 42 });
  });

  it('leaves the participants as they were', () => {
    const doc = frontPage('Underskrifter Sekreterare 35-39, 42 Hanna Vikström', 'Ordförande Lena Marklund', 'Justerande Arvid Sjödin');
    expect(doc.participants.map((p) => p.name)).toEqual(['Lena Marklund', 'Arvid Sjödin', 'Tove Rask']);
  });
});

describe('the same line at the end of the minutes', () => {
  const doc = meetingDoc(
    text(
      ...MINUTES_HEAD,
      '§ 35 Mötets öppnande',
      'Ordföranden öppnar mötet.',
      '',
      '§ 36 Val av justerare',
      'Arvid Sjödin väljs att justera protokollet.',
      '',
      'Underskrifter Sekreterare 35-36 Hanna Vikström',
      'Ordförande Lena Marklund',
      'Justerande Arvid Sjödin',
    ),
  );

  it('opens the signatures, the name the secretary’s', () => {
    expect(doc.signatures?.secretary).toEqual(['Hanna Vikström']);
    expect(doc.signatures?.chair).toEqual(['Lena Marklund']);
    expect(doc.signatures?.adjusters).toEqual(['Arvid Sjödin']);
  });

  it('ends the last § before it', () => {
    expect(item(doc, 36).text).toBe('Arvid Sjödin väljs att justera protokollet.');
  });
});

describe('the signing row right under the lists', () => {
  it('adds the secretary to nobody’s list when the paragraphs stand beside the name', () => {
    const doc = meetingDoc(
      text(
        'PROTOKOLL',
        'Samordningsförbundet Ådalen',
        'Styrelsen',
        '',
        'Datum: 2024-05-16',
        'Plats: Förbundets kansli, Ekvik',
        '',
        'Beslutande   Lena Marklund (S), ordförande',
        '             Arvid Sjödin (C)',
        '',
        'Sekreterare Paragrafer 35-42 Hanna Vikström',
        'Ordförande Lena Marklund',
        'Justerande Arvid Sjödin',
        '',
        '§ 35 Mötets öppnande',
        'Ordföranden öppnar mötet.',
        '',
        '§ 42 Avslutning',
        'Ordföranden avslutar mötet.',
      ),
    );
    expect(doc.participants.map((p) => p.name)).toEqual(['Lena Marklund', 'Arvid Sjödin']);
    expect(doc.signatures?.secretary).toEqual(['Hanna Vikström']);
    expect(doc.meeting?.paragraphs).toEqual({ from: 35, to: 42 });
  });
});

describe('one paragraph’s number at the end of the minutes', () => {
  it('is cut from the secretary’s name', () => {
    const doc = meetingDoc(
      text(
        ...MINUTES_HEAD,
        '§ 35 Val av justerare',
        'Arvid Sjödin väljs att justera protokollet.',
        '',
        'Underskrifter Sekreterare 35 Hanna Vikström',
        'Ordförande Lena Marklund',
        'Justerande Arvid Sjödin',
      ),
    );
    expect(doc.signatures?.secretary).toEqual(['Hanna Vikström']);
    expect(doc.signatures?.chair).toEqual(['Lena Marklund']);
  });
});
