// An agenda table with a column of the documents each point is decided on (`Nr   Ärende   Föredragande   Beslutsunderlag`):
// the cells under that head are no part of the title (nor a type: `Rapport` there names a document), and are kept as the
// point's text. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const FRONT = ['FÖREDRAGNINGSLISTA', 'Bygg- och miljönämnden', '', 'Tid: torsdagen den 15 maj 2025 kl. 09.00', 'Plats: Stadshuset, rum Kransen', ''];

describe('a Beslutsunderlag column in an agenda table', () => {
  it('keeps its cells out of the titles and in the text', () => {
    const doc = meetingDoc(
      text(
        ...FRONT,
        'Nr   Ärende                                    Föredragande      Beslutsunderlag',
        '1    Val av justerare',
        '2    Tillsynsplan 2025                         Lena Ek           Tjänsteskrivelse',
        '3    Ekonomisk uppföljning april               Karin Holm        Rapport',
        '4    Bygglov för garage på Tallen 2:4          Per Andersson     Tjänsteskrivelse, ritning',
      ),
    );
    expect(doc.items.map((i) => [i.number, i.title, i.presenter, i.type, i.text])).toEqual([
      [1, 'Val av justerare', null, null, ''],
      [2, 'Tillsynsplan 2025', 'Lena Ek', null, 'Tjänsteskrivelse'],
      [3, 'Ekonomisk uppföljning april', 'Karin Holm', null, 'Rapport'],
      [4, 'Bygglov för garage på Tallen 2:4', 'Per Andersson', null, 'Tjänsteskrivelse, ritning'],
    ]);
  });

  it('still reads an attachment written in that column', () => {
    const doc = meetingDoc(
      text(
        ...FRONT,
        'Punkt   Ärende                              Beslutsunderlag',
        '1       Mötets öppnande',
        '2       Verksamhetsplan 2026                Bilaga 3',
        '3       Internkontrollplan                  Tjänsteskrivelse',
      ),
    );
    expect(doc.items.map((i) => [i.title, i.attachments, i.text])).toEqual([
      ['Mötets öppnande', [], ''],
      ['Verksamhetsplan 2026', ['3'], ''],
      ['Internkontrollplan', [], 'Tjänsteskrivelse'],
    ]);
  });
});
