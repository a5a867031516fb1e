// Minutes as a document-sharing site transcribes them: each page of the PDF one line, its
// running header (`Sammanträdesprotokoll Sida 3(9)`, `SAMMANTRÄDESPROTOKOLL Sammanträdesdatum`)
// at the line's start, the table of contents on a page of its own. Every text is invented.
import { describe, expect, it } from 'vitest';
import { linesOf, meetingDoc, text } from './helpers.js';

describe('transcribed pages', () => {
  // the header names the kind and counts the page; the front page has no title of its own
  const counted = text(
    'Sammanträdesprotokoll Sida 1(6) Plats och tid Tingshuset, Norrby, onsdag den 14 mars kl. 18.00-20.10 Beslutande Se bifogad närvarolista Utses att justera Vera Lindqvist (S) och Ove Dahl (C) Justeringens plats och tid Kansliet, 2018-03-20 Underskrifter Sekreterare Paragrafer 12-14 Tove Rydh Ordförande Kjell Enberg Justerare Vera Lindqvist Ove Dahl',
    'Sammanträdesprotokoll Sida 2(6) KF § 12 Informationsärenden Kommunchefen informerar om bygget av simhallen. Kommunfullmäktiges beslut Informationen noteras.',
    'Sammanträdesprotokoll Sida 3(6) KF § 13 Taxa för slamtömning Dnr KS 2018/40 Tekniska nämnden föreslår en ny taxa. Kommunfullmäktiges beslut Taxan antas.',
    'Sammanträdesprotokoll Sida 4(6) KF § 14 Motion om gatubelysning Motionären föreslår att kommunen sätter upp fler lampor längs gångvägarna. Kommunfullmäktiges beslut Motionen bifalls.',
  );

  it('takes a running header with its counter at a line start for a new page, and removes it', () => {
    const lines = linesOf(counted).map((l) => l.text);
    expect(lines.filter((t) => t.startsWith('Sammanträdesprotokoll'))).toHaveLength(1);
    const doc = meetingDoc(counted);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [12, 'Informationsärenden'],
      [13, 'Taxa för slamtömning'],
      [14, 'Motion om gatubelysning'],
    ]);
    // the next page's header is no part of the decision above it
    expect(doc.items.flatMap((i) => i.decisions.map((d) => d.text))).toEqual(['Informationen noteras.', 'Taxan antas.', 'Motionen bifalls.']);
  });

  // a transcript numbers its pages; the running header lost its date and runs on with the
  // text of the first pages, and stands alone over the § pages
  const glued = text(
    '1 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Fritidsnämnden Tid Plats 17:30-19:00 Ishallen, Västerby Beslutande ledamöter Gun Ahlberg (S) (ordförande) Bo Rask (M) (vice ordförande) Lisa Tern (C) Erik Moberg (S) Ej tjänstgörande ersättare Page 1 of 5',
    '2 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Alva Brink (SD) Övriga Per Holmér (Fritidschef) Nora Vik (Nämndsekreterare) Protokollet innehåller paragraferna Ordförande Gun Ahlberg (S) Justerare Lisa Tern (C) Sekreterare Nora Vik Page 2 of 5',
    '3 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum VÄSTERBY KOMMUN ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Förvaringsplats för protokollet Underskrift/anslagsansvarig Fritidskontoret Page 3 of 5',
    '4 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum FN 20 Dnr FN 2019/11 Val av justerare Fritidsnämndens beslut Nämnden utser Lisa Tern (C) att justera protokollet. Page 4 of 5',
    '5 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum FN 21 Dnr FN 2019/08 Isbanans öppettider Förvaltningen föreslår längre öppettider. Fritidsnämndens beslut Öppettiderna förlängs. Page 5 of 5',
  );

  it('removes a running header that earlier pages run on with their own text', () => {
    const doc = meetingDoc(glued);
    expect(doc.meeting?.organisation).toBe('Västerby kommun');
    expect(doc.items.map((i) => i.number)).toEqual([20, 21]);
    expect(doc.items.flatMap((i) => i.decisions.map((d) => d.text))).toEqual(['Nämnden utser Lisa Tern (C) att justera protokollet.', 'Öppettiderna förlängs.']);
    expect(doc.participants.map((p) => p.name)).not.toContain('SAMMANTRÄDESPROTOKOLL Sammanträdesdatum');
    expect(doc.participants.find((p) => p.name === 'Alva Brink')?.role).toBe('deputy');
  });

  it('cuts a label of several words run on after a list (`… (Nämndsekreterare) Protokollet innehåller paragraferna`)', () => {
    const doc = meetingDoc(glued);
    expect(doc.participants.find((p) => p.name === 'Nora Vik')).toMatchObject({ position: 'nämndsekreterare', note: null });
    expect(doc.signatures!.secretary).toEqual(['Nora Vik']);
  });

  it('reads `Underskrift/anslagsansvarig` as one label', () => {
    expect(meetingDoc(glued).signatures!.storedAt).toBe('Fritidskontoret');
  });

  it('reads `Underskrift/anslagstavla` as one label too', () => {
    expect(meetingDoc(glued.replace('Underskrift/anslagsansvarig', 'Underskrift/anslagstavla')).signatures!.storedAt).toBe('Fritidskontoret');
  });

  // a front page with no title, then a page whose contents list has short leaders
  const contents = text(
    '1(5) Plats och tid Kommunhuset, sal Björken, 09.00-11.30 Beslutande ledamöter Sara Lund (S) Per Kvarn (S) Ola Ek (V) Justerare Ola Ek (V) Underskrifter Sekreterare Karin Åhl Ordförande Sara Lund (S)',
    '2(5) Kommunstyrelsens arbetsutskott Ärendelista 31 Dnr KS 2018/21 Information... 3 32 Dnr KS 2018/130 Årsredovisning 2017... 4 33 Dnr KS 2018/77 Ekonomisk prognos... 5',
    '3(5) Kommunstyrelsens arbetsutskott § 31 Dnr KS 2018/21 Information Kommunchefen informerar. Arbetsutskottets beslut Informationen noteras.',
    '4(5) Kommunstyrelsens arbetsutskott § 32 Dnr KS 2018/130 Årsredovisning 2017 Årsredovisningen är klar. Arbetsutskottets beslut Årsredovisningen godkänns.',
    '5(5) Kommunstyrelsens arbetsutskott § 33 Dnr KS 2018/77 Ekonomisk prognos Prognosen visar ett överskott. Arbetsutskottets beslut Prognosen läggs till handlingarna.',
  );

  it('keeps an `Ärendelista` over contents entries (`Information... 3`) in the minutes it stands in', () => {
    const doc = meetingDoc(contents);
    expect(doc.kind).toBe('minutes');
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [31, 'Information', 'KS 2018/21'],
      [32, 'Årsredovisning 2017', 'KS 2018/130'],
      [33, 'Ekonomisk prognos', 'KS 2018/77'],
    ]);
    expect(doc.items.every((i) => i.decisions.length === 1)).toBe(true);
  });
});

describe('a front page flattened onto few lines', () => {
  const front = (...rows: string[]) =>
    meetingDoc(text('Protokoll', '', 'Plats och tid Stadshuset, rum Eken, 2019-05-07 kl. 13.00-15.00', 'Beslutande Tora Ekvall (S) Pål Dahlén (M)', ...rows, 'Justerare Pål Dahlén (M)', '', '§ 21 Information', 'Informationen noteras.'));

  it('reads a sub-heading that opens a list run on after its heading (`Övriga närvarande Ersättare …`)', () => {
    const doc = front('Övriga närvarande Ersättare Ulla Krook (S) Nils Hage (M)');
    expect(doc.participants.slice(2).map((p) => [p.name, p.role, p.roleLabel, p.party])).toEqual([
      ['Ulla Krook', 'deputy', 'Ersättare', 'S'],
      ['Nils Hage', 'deputy', 'Ersättare', 'M'],
    ]);
  });

  it('reads `Tjänstemän` and `Tjänsteman` before the staff as a sub-heading, not a name', () => {
    for (const word of ['Tjänstemän', 'Tjänsteman']) {
      const doc = front(`Övriga närvarande ${word} Iris Wahl, kommunsekreterare Olof Stjärne, kommunchef`);
      expect(doc.participants.slice(2).map((p) => [p.name, p.role, p.position])).toEqual([
        ['Iris Wahl', 'other', 'kommunsekreterare'],
        ['Olof Stjärne', 'other', 'kommunchef'],
      ]);
    }
  });

  it('reads a § range written with a doubled hyphen before the secretary (`Paragrafer 21 -- 24 Iris Wahl`)', () => {
    const doc = front('Underskrifter', 'Sekreterare Paragrafer 21 -- 24 Iris Wahl', 'Ordförande Tora Ekvall (S)');
    expect(doc.signatures!.secretary).toEqual(['Iris Wahl']);
    expect(doc.meeting?.paragraphs).toEqual({ from: 21, to: 24 });
  });
});

describe('members listed by their exceptions', () => {
  it('reads `samtliga ledamöter med undantag för …` as the members who stayed away', () => {
    for (const words of ['Fullmäktiges samtliga ledamöter med undantag för', 'Samtliga ledamöter utom']) {
      const doc = meetingDoc(
        text('Protokoll', '', 'Plats och tid Rådhuset, 2016-10-04 kl. 18.30-21.00', `Beslutande ${words} Åsa Fyr (M), Lars Bom (S) och Elsa Gran (C).`, 'Utses att justera Eva Holt (S)', '', '§ 80 Information', 'Informationen noteras.'),
      );
      expect(doc.participants.map((p) => [p.name, p.role, p.party])).toEqual([
        ['Åsa Fyr', 'absent', 'M'],
        ['Lars Bom', 'absent', 'S'],
        ['Elsa Gran', 'absent', 'C'],
      ]);
    }
  });
});

describe('an agenda listed, then written out point by point', () => {
  // a transcript: the list of points on the first page, each page then opens with its header and the points' texts from `1.`
  const agenda = text(
    '1 Tekniska nämnden 2 (6) Ärendelista 4 april 2016 1. Val av justerare 2. Anmälan av delegationsbeslut 3. Förvaltningschefen informerar 4. Medborgarförslag om papperskorgar 5. Taxa för parkering',
    '2 Tekniska nämnden 3 (6) 1. Val av justerare Kurt Sand (C) är i tur att justera. 2. Anmälan av delegationsbeslut Nämndens beslut Redovisningen läggs till handlingarna. 3. Förvaltningschefen informerar Förvaltningschefen informerar om vinterväghållningen.',
    '3 Tekniska nämnden 4 (6) 4. Medborgarförslag om papperskorgar Dnr 2015/210 En medborgare vill ha fler papperskorgar i centrum. Förslag till beslut Medborgarförslaget bifalls. 5. Taxa för parkering Dnr 2016/14 Förslag till beslut Taxan antas.',
  );

  it('restarts the points at `1.` on a page after the list, and reads the list as contents', () => {
    const doc = meetingDoc(agenda);
    expect(doc.kind).toBe('notice');
    expect(doc.items.map((i) => [i.number, i.title, i.caseNumber])).toEqual([
      [1, 'Val av justerare', null],
      [2, 'Anmälan av delegationsbeslut', null],
      [3, 'Förvaltningschefen informerar', null],
      [4, 'Medborgarförslag om papperskorgar', '2015/210'],
      [5, 'Taxa för parkering', '2016/14'],
    ]);
    expect(doc.items[4]!.proposal).toBe('Taxan antas.');
  });
});

describe('lists of who took part, one person a line', () => {
  const front = (...rows: string[]) => meetingDoc(text('Protokoll', '', 'Plats och tid Kommunhuset, 2018-03-06 kl. 09.00-11.30', '', ...rows, '', '§ 14 Information', 'Informationen noteras.'));

  it('reads names written surname first (`Granlund, Ann-Sofie (S), ordförande`), in the lists and under the signers’ labels', () => {
    const doc = front('Beslutande', 'Granlund, Ann-Sofie (S), ordförande', 'Berg, Per (M)', 'Lind, Kajsa (V)', '', 'Övriga närvarande', 'Holm, Nils, kommunchef', '', 'Justerare', 'Berg, Per');
    expect(doc.participants.map((p) => [p.name, p.role, p.party, p.position])).toEqual([
      ['Granlund Ann-Sofie', 'member', 'S', 'ordförande'],
      ['Berg Per', 'member', 'M', null],
      ['Lind Kajsa', 'member', 'V', null],
      ['Holm Nils', 'other', null, 'kommunchef'],
    ]);
    expect(doc.signatures!.adjusters).toEqual(['Berg Per']);
  });

  it('takes `Närvaro:` with its colon for a list’s heading; a party there marks a member', () => {
    const doc = front('Närvaro:', 'Ann-Sofie Granlund (S), ordförande', 'Per Berg (M)', 'Nils Holm, kommunchef', '', 'Justerare', 'Per Berg');
    expect(doc.participants.map((p) => [p.name, p.role, p.roleLabel])).toEqual([
      ['Ann-Sofie Granlund', 'member', 'Närvaro'],
      ['Per Berg', 'member', 'Närvaro'],
      ['Nils Holm', 'other', 'Närvaro'],
    ]);
  });
});

describe('the anslag block run on with its dates', () => {
  it('ends the storage place at `Sista datum för överklagande`, and reads `Anslaget till och med` as the day the posting ends', () => {
    const doc = meetingDoc(
      text(
        'Protokoll',
        '',
        'Plats och tid Kommunhuset, 2018-03-06 kl. 09.00-11.30',
        'Beslutande Eva Lund (S) Per Kvist (S)',
        'Justerare Per Kvist (S)',
        'ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag.',
        'Organ Kommunstyrelsens arbetsutskott Protokollet anslås Anslaget till och med 2018-04-05',
        'Förvaringsplats för protokollet Kansliavdelningen Sista datum för överklagande 2018-04-04',
        '',
        '§ 14 Information',
        'Informationen noteras.',
      ),
    );
    expect(doc.signatures!.storedAt).toBe('Kansliavdelningen');
    expect(doc.signatures!.posted).toEqual({ from: null, to: '2018-04-05' });
  });
});

describe('pages a transcript numbers at both ends', () => {
  // each page one line: the transcript's number first, the page's own number printed at its foot last
  const framed = text(
    'Direktionsprotokoll',
    '',
    '1 Plats och tid Norrhamn, kl 13.00-15.00 Omfattning 1-4 Beslutande Ebba Sjö (S) ordförande Kurt Alm (M) Rut Dahl (C) Ersättare Tage Ek (S) Övriga Lisa Norén, förbundsdirektör Ivar Holm, förbundssekreterare 1',
    '',
    '2 Sekreterare Ivar Holm Ordförande Ebba Sjö Justerare Kurt Alm 2',
    '',
    '3 1 Val av justerare Kurt Alm (M) utses att jämte ordföranden justera protokollet. 2 Fastställande av dagordning att fastställa dagordningen 3 Taxor 2017 Förbundsdirektören redovisar förslaget. Direktionen beslutar att fastställa taxorna. 4 Övriga frågor Inga övriga frågor. 3',
  );

  it('drops both numbers: none is a § or a participant\'s paragraphs', () => {
    const doc = meetingDoc(framed);
    expect(doc.participants.map((p) => [p.name, p.role, p.paragraphs])).toEqual([
      ['Ebba Sjö', 'member', null],
      ['Kurt Alm', 'member', null],
      ['Rut Dahl', 'member', null],
      ['Tage Ek', 'deputy', null],
      ['Lisa Norén', 'other', null],
      ['Ivar Holm', 'other', null],
    ]);
    expect(doc.signatures).toMatchObject({ chair: ['Ebba Sjö'], secretary: ['Ivar Holm'], adjusters: ['Kurt Alm'] });
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av justerare'],
      [2, 'Fastställande av dagordning'],
      [3, 'Taxor 2017'],
      [4, 'Övriga frågor'],
    ]);
    expect(doc.items[3]!.text).toBe('Inga övriga frågor.');
  });

  it('ends a standing point\'s title where its decision\'s `att` begins', () => {
    const doc = meetingDoc(framed);
    expect(doc.items[1]!.decisions.map((d) => d.text)).toEqual(['fastställa dagordningen']);
  });
});

describe('pages a transcript numbers before the organ and the kind', () => {
  // the title page a short line; each § page opens with the transcript's number, then the running header
  const numbered = text(
    '1 Kommunfullmäktige PROTOKOLL 12 juni 2017',
    '',
    '2 PROTOKOLL Sammanträdesdag 2017-06-12 Plats och tid Folkets hus, kl 18:00-21:00 Beslutande Se följande sidor Utsedd att justera Ebba Sjö och Kurt Alm Paragrafer 1-4 Underskrifter Sekreterare... Ivar Holm Ordförande... Rut Dahl Justerande... Ebba Sjö Kurt Alm',
    '',
    '3 Kommunfullmäktige PROTOKOLL 12 juni 2017 1 Val av justerare Ebba Sjö och Kurt Alm utses att justera protokollet. Kommunfullmäktiges beslut Valet förrättas.',
    '',
    '4 Kommunfullmäktige PROTOKOLL 12 juni 2017 2 Taxa för bygglov Byggnadsnämnden föreslår en ny taxa. Kommunfullmäktiges beslut Taxan antas.',
    '',
    '5 Kommunfullmäktige PROTOKOLL 12 juni 2017 3 Motion om lekplatser Motionären vill ha fler lekplatser. Kommunfullmäktiges beslut Motionen bifalls. 4 Avsägelser Två ledamöter har avsagt sig sina uppdrag. Kommunfullmäktiges beslut Avsägelserna godkänns.',
  );

  it('drops the numbers, and the header they stand before', () => {
    const doc = meetingDoc(numbered);
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      [1, 'Val av justerare'],
      [2, 'Taxa för bygglov'],
      [3, 'Motion om lekplatser'],
      [4, 'Avsägelser'],
    ]);
    expect(doc.items.flatMap((i) => i.decisions.map((d) => d.text))).toEqual(['Valet förrättas.', 'Taxan antas.', 'Motionen bifalls.', 'Avsägelserna godkänns.']);
    expect(doc.signatures).toMatchObject({ chair: ['Rut Dahl'], secretary: ['Ivar Holm'], adjusters: ['Ebba Sjö', 'Kurt Alm'] });
  });
});
