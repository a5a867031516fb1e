// Labels of the anslag block written with the nouns in -ning (`Datum för uppsättning av anslag`, `Datum för nedtagning
// av anslag`, `Datum för anslags nedtagning`) where the lexicon had the -ande forms only: on a page run on into one
// line the first label's value swallowed the dates (read as the meeting's day by `Sammanträdesdag`) and no posting was
// read. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const minutesWith = (...block: string[]) =>
  meetingDoc(
    text(
      'PROTOKOLL', 'Styrelsen för Samordningsförbundet Västby', 'Plats och tid: Kommunhuset, Sal 2 kl 13.15-16.00', '',
      'Utses att justera: Nora Lind Sekreterare: Paragrafer: 41-48 Ola Berg', '',
      '§ 41 Val av justerare', 'Nora Lind utses att justera protokollet.', '',
      ...block,
    ),
  );

describe('anslag labels with the nouns in -ning', () => {
  it('`Datum för uppsättning av anslag` and `Datum för nedtagning av anslag`, run on after `Sammanträdesdag:`', () => {
    const doc = minutesWith('BEVIS Justeringen har tillkännagivits genom anslag Samordningsförbundet Västby Sammanträdesdag: Datum för uppsättning av anslag: 2019-05-06 Datum för nedtagning av anslag: 2019-05-28 Förvaringsplats för protokollet: Förbundets kansli');
    expect(doc.signatures).toMatchObject({ posted: { from: '2019-05-06', to: '2019-05-28' }, storedAt: 'Förbundets kansli' });
    expect(doc.meeting?.date).toBeNull();
  });

  it('`Datum för anslags uppsättande` beside `Datum för anslags nedtagning`', () => {
    const doc = minutesWith('ANSLAG/BEVIS', 'Datum för anslags uppsättande   2019-05-06', 'Datum för anslags nedtagning   2019-05-28', 'Förvaringsplats för protokollet   Förbundets kansli');
    expect(doc.signatures).toMatchObject({ posted: { from: '2019-05-06', to: '2019-05-28' }, storedAt: 'Förbundets kansli' });
  });
});
