// A sharing site's transcript of minutes that lost every § sign and declares no range, whose §§ run on after the
// last word of the § before where no sentence ends: decisions written as `att …` clauses without a full stop
// (`… att ta informationen till dagens protokoll 48 Medarbetarcentrum …`), or the first § after the list of those
// present (`… Lena Berg, nämndsekreterare 106 Val av protokollsjusterare …`). Only two numbers of the run stand at a
// heading's place (after a sentence's end or a page counter); the numbers right before and after them, where they
// stand after a word before a capitalised word, belong to the same run. Every text is invented.
import { describe, expect, it } from 'vitest';
import { meetingDoc } from './helpers.js';
import { restoreLostSigns } from '../../src/normalise/lost-signs.js';

const SITE = 'Direktionsprotokoll\n\nStorlek: px\n\nTranskript\n\n';

describe('an undeclared run of lost §§ run on after words', () => {
  it('takes the numbers before and after the two at heading places, all on one flattened line', () => {
    const text = `${SITE}1 Plats och tid Västby, kl Beslutande Eva Strand (S) ordförande Bo Alm (C) Övriga Karin Lund, förbundssekreterare

2 Sekreterare Karin Lund Ordförande. Eva Strand Justerare Bo Alm

3 21 Fastställande av dagordning att fastställa dagordningen 22 Val av justerare Bo Alm (C) utses att jämte ordförande justera dagens protokoll. 23 Föregående protokoll Protokollet läggs till handlingarna. 24 Turismens utveckling Per Ek informerar om sommarens besökare. att ta informationen till dagens protokoll 25 Ekonomisk uppföljning Kansliet redovisar utfallet. att godkänna uppföljningen 26 Övriga frågor Inga övriga frågor
`;
    const doc = meetingDoc(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [21, 'Fastställande av dagordning'],
      [22, 'Val av justerare'],
      [23, 'Föregående protokoll'],
      [24, 'Turismens utveckling'],
      [25, 'Ekonomisk uppföljning'],
      [26, 'Övriga frågor'],
    ]);
    expect(doc.items.find((i) => i.number === 22)!.decisions).toHaveLength(1);
  });

  it('takes the first § run on after the list of those present, the next ones atop a page and after a sentence', () => {
    const text = `${SITE}1 PROTOKOLL 1(4) Plats: Regionens hus, sal B Närvarande: Beslutande: Eva Strand (M), Bo Alm (S), Lisa Ek (C) Övriga: Per Holm, controller Lena Berg, nämndsekreterare 106 Val av protokollsjusterare Nämnden utser Bo Alm att justera protokollet tillsammans med ordföranden.

2 PROTOKOLL 2(4) 107 Fastställande av dagordningen Dagordningen fastställs. 108 Aktuell information Per Holm lämnar information om läget.
`;
    const doc = meetingDoc(text);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [106, 'Val av protokollsjusterare'],
      [107, 'Fastställande av dagordningen'],
      [108, 'Aktuell information'],
    ]);
    expect(doc.items[0]!.decisions).toHaveLength(1);
  });

  it('takes no run from a site’s title, nor from a contents list run on one line', () => {
    const text = `BESLUTAS AV FULLMÄKTIGE. 52 Riktlinjer för markanvisning. 53 Taxa för bygglov

Storlek: px

Transkript

1 INNEHÅLLSFÖRTECKNING 1 [1] 51 Informationspunkt: Eva Ek, vd för Västby Energi AB 52 Riktlinjer för markanvisning 53 Taxa för bygglov 54 Svar på motion om cykelvägar (C) 55 Delegationsärenden 56 Anmälningsärenden 57 Feriepraktik 2015

2 SAMMANTRÄDESPROTOKOLL 1[9] Plats och tid Stadshuset, kl 16:00 Beslutande Se bilaga
`;
    expect(restoreLostSigns(text)).not.toContain('§');
  });

  it('leaves two numbers at heading places alone where no number next to them stands after a word', () => {
    const text = `${SITE}1 Protokoll Plats och tid: Västby kl 13.00 Beslutande: Eva Strand (S) Bo Alm (C) Utses att justera: Bo Alm

2 Styrelsen fick en rapport om läget. 12 Personer har anmält intresse. 13 Av dem är fem nya.
`;
    expect(restoreLostSigns(text)).not.toContain('§');
  });
});
