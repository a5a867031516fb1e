// An item's own heading that names an earlier meeting's minutes and their adjusting (`Anmälan av justerat protokoll från
// den 22 oktober 2009`, a stadsdelsnämnd's standing point) says nothing of when these minutes were adjusted: the
// anslag/bevis facts stand in the header or after the items, never inside an item, and its heading is the item's too.
// A posting sentence that closes an agenda run on into one line, its points' headings cut out of it, is still read.
// Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('an item heading that names an adjusted protocol', () => {
  it('gives the minutes no adjusting day', () => {
    const doc = meetingDoc(
      text(
        'Protokoll', 'Kulturnämnden', 'Datum 2009-11-26', '',
        '§ 1 Val av justerare', 'Eva Ek utses att justera protokollet.', '',
        '§ 2 Anmälan av justerat protokoll från den 22 oktober 2009', 'Nämnden noterar anmälan.', '',
        '§ 3 Parkplan', 'Nämnden godkänner planen.',
      ),
    );
    expect(doc.signatures).toMatchObject({ adjusters: ['Eva Ek'], adjustedOn: null });
  });

  it('gives an agenda no adjusting day', () => {
    const doc = meetingDoc(text('Föredragningslista', 'Kulturnämnden', 'Datum 2009-11-26', '', '1 Val av justerare', '', '2 Anmälan av justerat protokoll från den 22 oktober 2009', '', '3 Parkplan'));
    expect(doc.signatures?.adjustedOn ?? null).toBeNull();
  });

  it('still reads the posting that closes an agenda run on into one line (guard)', () => {
    const doc = meetingDoc(
      text(
        '1 KALLELSESIDA Utfärdad 10.03.2016 Sammanträdestid ; 17.03.2016, kl.18 - Sammanträdesplats; Norrby kommunkansli 1. LAGLIGHET OCH BESLUTFÖRHET. 2. PROTOKOLLJUSTERARE. 3. BUDGETUPPFÖLJNING. 4. ÄRENDEN TILL KÄNNEDOM. Protokollet framläggs till påseende 24.03.2016, kl.17.00 på kommunkansliet i Norrby Ordförande Anna Holm enligt uppdrag Per Lind, kom.dir. Denna möteskallelse har anslagits på anslagstavlan för offentliga kungörelser i Norrby under tiden 10 17.03.2016 Intygar Per Lind, kom.dir.',
      ),
    );
    expect(doc.signatures?.posted?.from).toBe('2016-03-24');
  });
});
