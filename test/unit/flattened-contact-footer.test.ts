// A council's front page flattened onto one line, the municipal template's: `Paragrafer` and
// `Beslutande` side by side with their values after both (`Se sid 2  40-52`), and the
// letterhead's contact footer (`Postadress Besöksadress / E-post Telefon / Fax Ekby kommun …`)
// run on after the anslag block. Every text is invented.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

const text = [
  '1 (12) Plats och tid Sessionssalen, kommunhuset i Ekby, kl 18:00-20:30 Paragrafer Beslutande Se sid 2 40-52 Övriga närvarande Lars Nord, kommunchef ' +
    'Eva Sjö, kommunsekreterare Utses att justera Ola Berg och Kim Lund Justeringens plats och tid Kommunkansliet, Ekby, 2025-04-07, kl 09:00 ' +
    'Underskrifter Sekreterare Ordförande Justerande Eva Sjö Anna Holm Ola Berg Kim Lund ANSLAG/BEVIS Protokollet är justerat. Justeringen har ' +
    'tillkännagivits genom anslag Organ Kommunfullmäktige Sammanträdesdatum 2025-03-31 Datum för anslags uppsättande 2025-04-07 Datum för anslags ' +
    'nedtagande 2025-04-29 Förvaringsplats för protokoll Kommunkansliet Underskrift Eva Sjö Postadress Besöksadress / E-post Telefon / Fax Ekby kommun ' +
    'Storgatan 4 0123 160 00 växel 123 80 EKBY kommun@ekby.se',
  '2 (12) Beslutande Ledamöter: Anna Holm (C) Per Ek (C) Ola Berg (M) Kim Lund (S) Tjänstgörande ersättare: Sara Lind (C), ersättare för Olle Ström (C)',
  '3 (12) § 40 Val av justerare Kommunfullmäktige beslutar att utse Ola Berg och Kim Lund att jämte ordföranden justera protokollet. ' +
    '§ 41 Budget 2026 Kommunfullmäktige beslutar att fastställa budget för 2026.',
  '',
].join('\n');

describe('a flattened council front page with its contact footer', () => {
  const [doc] = parse(text).documents;

  it('gives the § range to `Paragrafer` beside `Beslutande`, whose list stands on page 2', () => {
    expect(doc!.meeting).toMatchObject({ location: 'Sessionssalen, kommunhuset i Ekby', startTime: '18:00', endTime: '20:30', paragraphs: { from: 40, to: 52 } });
    expect(doc!.participants.filter((p) => p.role === 'member').map((p) => p.name)).toEqual(['Anna Holm', 'Per Ek', 'Ola Berg', 'Kim Lund']);
  });

  it('takes no footer label into the municipality’s name', () => {
    expect(doc!.meeting!.organisation).toBe('Ekby kommun');
  });
});
