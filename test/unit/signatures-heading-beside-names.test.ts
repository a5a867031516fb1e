// Swedish-language Finnish minutes: `Underskrifter` in the first column of the row of names, the role
// words under the names (`Ordförande   Protokollförare`), and the adjusting's place and day over the
// adjusters' names. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

describe('the signatures’ heading beside the names over their roles', () => {
  it('leaves each name its role, and the names under the adjusting to the adjusters', () => {
    const doc = meetingDoc(
      text(
        'STADSSTYRELSEN            PROTOKOLL        Nr 4/2021', '',
        'Mötestid                  Måndagen 15.3.2021 kl. 17.00–19.15', 'Mötesplats                Stadshuset, sammanträdesrummet', '',
        'Närvarande', 'Medlemmar                 Anna Rosen, ordförande', '                          Bo Ekström', '                          Carita Lind', '                          Dan Sjöberg',
        'Övriga                    Eva Kask, förvaltningsdirektör, protokollförare', '',
        'Underskrifter             Anna Rosen                Eva Kask', '                          Ordförande                Protokollförare', '',
        'Protokolljustering        Stadshuset 17.3.2021', '                          Carita Lind               Dan Sjöberg', '',
        '§ 30 Mötets laglighet och beslutförhet', 'Mötet konstateras lagligt och beslutfört.',
      ),
    );
    expect(doc.signatures).toMatchObject({ chair: ['Anna Rosen'], secretary: ['Eva Kask'], adjusters: ['Carita Lind', 'Dan Sjöberg'], adjustedOn: '2021-03-17' });
  });
});
