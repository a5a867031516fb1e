// A labels-first front page whose adjusters' names ran on into the adjusting's place, that place an administration's
// unit and the day and hour lost by the transcript (`Utses att justera Justeringens plats och tid Eva Holm Miljöenheten,
// Ekby kl`): the unit's name was read as part of the adjuster's. Every name and place is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc, text } from './helpers.js';

const page = (adjusting: string) =>
  meetingDoc(
    text(
      'Transkript',
      '',
      `1 SAMMANTRÄDESPROTOKOLL Sida 1(12) Plats och tid Ekbysalen, Ekby kl Beslutande Lars Berg (S) Eva Holm (M) Övriga närvarande Tor Ek, sekreterare ${adjusting} Underskrifter Sekreterare Tor Ek Ordförande Lars Berg Justerande Eva Holm`,
      '',
      '2 SAMMANTRÄDESPROTOKOLL Sida 2(12) 12 Information Nämnden noterar informationen.',
    ),
  );

describe('adjusters run on into the adjusting place, an administration unit', () => {
  it('`Eva Holm Miljöenheten, Ekby kl`: the unit is no part of the name', () => {
    expect(page('Utses att justera Justeringens plats och tid Eva Holm Miljöenheten, Ekby kl').signatures?.adjusters).toEqual(['Eva Holm']);
  });

  it('`Eva Holm Socialförvaltningen, Ekby kl`: read so before, and still', () => {
    expect(page('Utses att justera Justeringens plats och tid Eva Holm Socialförvaltningen, Ekby kl').signatures?.adjusters).toEqual(['Eva Holm']);
  });
});
