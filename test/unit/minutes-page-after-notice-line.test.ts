// A web transcript of Åland minutes prints the notice's page first, a document of its own, and then the minutes' front
// page, each page flattened onto one line after its number (`2 Protokollssida Sammanträdestid; 10.03.2021; … Ärenden;
// 1 7. Ordinarie: …`). The minutes open at the top of their page, over the participants' heading: their time and
// place are theirs, not the notice's. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { parseText } from './helpers.js';

const TEXT = [
  '1 KALLELSESIDA Utfärdad 03.03.2021 Sammanträdestid ; 10.03.2021, kl.18 - Sammanträdesplats; Viksunds kommunkansli, Holmby 1. LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. GODKÄNNANDE AV FÖREDRAGNINGSLISTAN. 4. NÄMNDERNAS MÖTESPROTOKOLL. 5. BUDGETUPPFÖLJNING 2021. 6. ANSÖKAN OM BIDRAG FÖR BYAVÄGEN I NORRBY. 7. ÄRENDEN TILL KÄNNEDOM. Protokollet framläggs till påseende 17.03.2021, kl.17.00 på kommunkansliet i Holmby Ordförande Anna Holm enligt uppdrag Ida Wik, kom.dir. Denna möteskallelse har anslagits på anslagstavlan för offentliga kungörelser i Holmby(kommunkansliet) under tiden 03 10.03.2021 Intygar Ida Wik, kom.dir.',
  '2 Protokollssida Sammanträdestid; 10.03.2021; kl.18 20.30. Sammanträdesplats: Kommunkansliet i Holmby Ärenden; 1 7. Ordinarie: Personlig ersättare Anna Holm, ordf. Eva Berg Dan Sjöberg, viceordf. Maria Lund Carita Lind Per Ström Övriga: Ida Wik, kom.dir. Underskrift Anna Holm Ida Wik Ordförande protokollförare Carita Lind Dan Sjöberg Justering protokolljusterare protokolljusterare Protokollet framlagt till påseende.',
].join('\n');

describe('the minutes\' page after a notice\'s, one line a page', () => {
  it('opens at the top of its page, its time and place its own', () => {
    const docs = parseText(TEXT).documents;
    expect(docs.map((d) => d.kind)).toEqual(['notice', 'minutes']);
    const minutes = docs[1]!;
    expect([minutes.meeting?.date, minutes.meeting?.location]).toEqual(['2021-03-10', 'Kommunkansliet i Holmby']);
  });
});
