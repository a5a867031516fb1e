// The decision process of a § (issue 14, SCHEMA.md Additions): motions, outcome,
// reservations, jäv and protocol notes, each form on a text of our own, and the traps
// where the text states none (other meetings, rules, the case's history). Votes are in
// process-votes.test.ts.
import { describe, expect, it } from 'vitest';
import type { Conflict, Motion, Reservation } from '../../src/index.js';
import { readActors } from '../../src/parse/process/actors.js';
import { item, meetingDoc, minutes, text } from './helpers.js';
import { processOf } from './process-helpers.js';

const motions = (body: string): Motion[] => processOf(body).motions;
const reservations = (body: string): Reservation[] => processOf(body).reservations;
const conflicts = (body: string): Conflict[] => processOf(body).conflicts;

describe('actors: who a statement names', () => {
  it.each<[string, string[], string[]]>([
    ['Anna Ek (S)', ['Anna Ek'], ['S']],
    ['Anna Ek (S), Bo Al (V) och Eva Ström (MP)', ['Anna Ek', 'Bo Al', 'Eva Ström'], ['S', 'V', 'MP']],
    ['Karin Lund (KD) med instämmande av Per Ek (L)', ['Karin Lund', 'Per Ek'], ['KD', 'L']],
    ['Ledamöterna från SD', [], ['SD']],
    ['Ledamöterna från S, V och MP', [], ['S', 'V', 'MP']],
    ['Ledamöterna i (S), (V) och (MP)', [], ['S', 'V', 'MP']],
    ['S-, V- och MP-ledamöterna', [], ['S', 'V', 'MP']],
    ['SD-gruppen', [], ['SD']],
    ['Tor Nygård och Elin Sjö (MP-gruppen)', ['Tor Nygård', 'Elin Sjö'], ['MP']],
    ['Socialdemokraterna', [], ['S']],
    ['Moderaternas ledamöter', [], ['M']],
    ['De kristdemokratiska ledamöterna', [], ['KD']],
    ['Vänsterpartiets ledamot Gunnel Rydh', ['Gunnel Rydh'], ['V']],
    ['samtliga ledamöter från SD', [], ['SD']],
    ['Ledamöterna Anna Ek (S) och Bo Al (S)', ['Anna Ek', 'Bo Al'], ['S']],
    ['Vice ordföranden Lars Bo (M)', ['Lars Bo'], ['M']],
    ['Ordföranden', ['Ordföranden'], []],
    ['Pär Lund, fp', ['Pär Lund'], ['FP']],
    ['Ebba von Sydow (M) m.fl.', ['Ebba von Sydow'], ['M']],
    ['Sven Ek (SRD)', ['Sven Ek'], ['SRD']],
    ['Ledamoten Aino Virtanen understödd av ledamoten Mikko Laine', ['Aino Virtanen', 'Mikko Laine'], []],
  ])('%s', (span, by, parties) => {
    const a = readActors(span);
    expect(a?.by).toEqual(by);
    expect(a?.parties).toEqual(parties);
  });

  it('a name without a party takes the party written after the next one: `X och Y (M)`', () => {
    expect(readActors('Anna Ek och Bo Al (M)')?.people).toEqual([
      { name: 'Anna Ek', party: 'M' },
      { name: 'Bo Al', party: 'M' },
    ]);
    expect(readActors('Anna Ek (S) och Bo Al')?.people).toEqual([
      { name: 'Anna Ek', party: 'S' },
      { name: 'Bo Al', party: null },
    ]);
  });

  it.each(['Den som är jävig', 'I motionen', 'En ledamot som', 'Ingen', 'Kommunstyrelsen', 'Förvaltningen har'])('%s names nobody', (span) => {
    expect(readActors(span)).toBeNull();
  });
});

describe('motions (yrkanden)', () => {
  it('`X (S) yrkar bifall till …`: movers, parties, what is moved, the line', () => {
    expect(motions(text('Överläggningen inleds.', 'Gunnel Rydh (S) yrkar bifall till kommunstyrelsens förslag.'))).toEqual([
      { by: ['Gunnel Rydh'], parties: ['S'], text: 'bifall till kommunstyrelsens förslag', line: 2 },
    ]);
  });

  it('`X och Y (M) yrkar avslag`', () => {
    expect(motions('Tor Nygård och Elin Sjö (M) yrkar avslag.')).toEqual([{ by: ['Tor Nygård', 'Elin Sjö'], parties: ['M'], text: 'avslag', line: 1 }]);
  });

  it('`X yrkar att ärendet återremitteras` / `bordläggs`, a mover without a party', () => {
    expect(motions(text('Rune Bäck yrkar att ärendet återremitteras för ytterligare beredning.', '', 'Siv Ling yrkar att ärendet bordläggs.'))).toEqual([
      { by: ['Rune Bäck'], parties: [], text: 'att ärendet återremitteras för ytterligare beredning', line: 1 },
      { by: ['Siv Ling'], parties: [], text: 'att ärendet bordläggs', line: 3 },
    ]);
  });

  it('`X (V) yrkar i första hand … i andra hand …` is one motion, as written', () => {
    expect(motions('Mona Berg (V) yrkar i första hand att ärendet återremitteras, i andra hand avslag på förslaget.')).toEqual([
      { by: ['Mona Berg'], parties: ['V'], text: 'i första hand att ärendet återremitteras, i andra hand avslag på förslaget', line: 1 },
    ]);
  });

  it('`X (KD) med instämmande av Y (L) yrkar …`, before the verb and after it', () => {
    expect(motions('Ida Holm (KD) med instämmande av Ola Frid (L) yrkar bifall till motionen.')).toEqual([
      { by: ['Ida Holm', 'Ola Frid'], parties: ['KD', 'L'], text: 'bifall till motionen', line: 1 },
    ]);
    expect(motions('Ida Holm (KD) yrkar bifall till motionen med instämmande av Ola Frid (L).')).toEqual([
      { by: ['Ida Holm', 'Ola Frid'], parties: ['KD', 'L'], text: 'bifall till motionen', line: 1 },
    ]);
  });

  it('`Tilläggsyrkande` and `Ändringsyrkande`: the noun and what follows it', () => {
    expect(
      motions(text('Nils Ågren (C) lämnar följande tilläggsyrkande: att förvaltningen återrapporterar i december.', '', 'Lisa Dahl (MP) lämnar ett ändringsyrkande om att punkt 2 stryks.')),
    ).toEqual([
      { by: ['Nils Ågren'], parties: ['C'], text: 'tilläggsyrkande: att förvaltningen återrapporterar i december', line: 1 },
      { by: ['Lisa Dahl'], parties: ['MP'], text: 'ändringsyrkande om att punkt 2 stryks', line: 3 },
    ]);
  });

  it('a `Yrkanden` heading with one motion per paragraph, `Name (P): text` and `Name, p: text`', () => {
    expect(motions(text('Yrkanden', 'Kjell Ohlin (M): Bifall till arbetsutskottets förslag.', '', 'Pär Lund, fp: Motionen bifalls.'))).toEqual([
      { by: ['Kjell Ohlin'], parties: ['M'], text: 'Bifall till arbetsutskottets förslag', line: 2 },
      { by: ['Pär Lund'], parties: ['FP'], text: 'Motionen bifalls', line: 4 },
    ]);
  });

  it('under the heading one motion a line, when the lines are not parted by blank ones', () => {
    expect(motions(text('Yrkande', 'Pär Lund, fp: Motionen bifalls.', 'Eva Sund, s: Motionen avslås.'))).toEqual([
      { by: ['Pär Lund'], parties: ['FP'], text: 'Motionen bifalls', line: 2 },
      { by: ['Eva Sund'], parties: ['S'], text: 'Motionen avslås', line: 3 },
    ]);
  });

  it('`Under överläggningen yrkar X …`, `Bifall … yrkas av X`, `Ledamöterna från SD yrkar`, the text on the next paragraph', () => {
    expect(
      motions(
        text(
          'Under överläggningen yrkar Kjell Ohlin (M) avslag på motionen.',
          '',
          'Bifall till förslaget yrkas av Mona Berg (V) och Rune Bäck (S).',
          '',
          'Ledamöterna från SD yrkar avslag.',
          '',
          'Siv Ling (L) yrkar:',
          '',
          'att nämnden får i uppdrag att utreda frågan.',
        ),
      ),
    ).toEqual([
      { by: ['Kjell Ohlin'], parties: ['M'], text: 'avslag på motionen', line: 1 },
      { by: ['Mona Berg', 'Rune Bäck'], parties: ['V', 'S'], text: 'Bifall till förslaget', line: 3 },
      { by: [], parties: ['SD'], text: 'avslag', line: 5 },
      { by: ['Siv Ling'], parties: ['L'], text: 'att nämnden får i uppdrag att utreda frågan', line: 7 },
    ]);
  });

  it('Finnish-Swedish, under `Behandling` / `Förslag om återremiss`', () => {
    expect(motions(text('Behandling', 'Förslag om återremiss', 'Ledamoten Aino Virtanen understödd av ledamoten Mikko Laine föreslog att ärendet ska återremitteras.'))).toEqual([
      { by: ['Aino Virtanen', 'Mikko Laine'], parties: [], text: 'att ärendet ska återremitteras', line: 3 },
    ]);
  });

  it('Finnish-Swedish `Ledamoten X understödd av ledamoten Y föreslog att …`', () => {
    expect(motions('Ledamoten Aino Virtanen understödd av ledamoten Mikko Laine föreslog att ärendet återremitteras för ny beredning.')).toEqual([
      { by: ['Aino Virtanen', 'Mikko Laine'], parties: [], text: 'att ärendet återremitteras för ny beredning', line: 1 },
    ]);
  });

  it.each([
    ['a motion (document) reports its author', 'I motionen yrkar Mona Berg (V) att kommunen inför en fritidsbank.'],
    ['the motion’s author', 'Motionären yrkar att kommunen inför en fritidsbank.'],
    ['another meeting', 'I arbetsutskottet yrkade Kjell Ohlin (M) avslag.'],
    ['an earlier date', 'Vid sammanträdet 2024-02-12 yrkade Kjell Ohlin (M) avslag.'],
    ['a rule', 'Den som yrkar återremiss ska ange skälen.'],
    ['the case’s history, in the past', text('Beskrivning av ärendet', 'Kjell Ohlin (M) yrkade avslag på motionen.')],
  ])('none: %s', (_, body) => {
    expect(motions(body)).toEqual([]);
  });

  it('after the list of documents, without a heading of their own, motions in the present are this meeting’s', () => {
    const body = text('Beslutsunderlag', 'Tjänsteskrivelse från förvaltningen', '', 'Kjell Ohlin (M) yrkar avslag på motionen.', '', 'Mona Berg (V) reserverar sig mot beslutet.');
    expect(motions(body).map((m) => m.by)).toEqual([['Kjell Ohlin']]);
    expect(reservations(body).map((r) => r.parties)).toEqual([['V']]);
  });
});

describe('outcome: the question of the § as the text states its end', () => {
  it.each<[string, string, string | null]>([
    ['the chair finds it decided as proposed', 'Ordföranden ställer proposition på yrkandena och finner att kommunstyrelsen beslutat enligt arbetsutskottets förslag.', 'approved'],
    ['the chair finds it approved', 'Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller förvaltningens förslag.', 'approved'],
    ['bifalls', text('Beslut', 'Medborgarförslaget bifalls.'), 'approved'],
    ['avslås', text('Beslut', 'Ansökan avslås.'), 'rejected'],
    ['a decision that rejects', 'Kommunstyrelsen beslutar att avslå motionen.', 'rejected'],
    ['a proposal to another organ is this meeting’s approval', text('Beslut', 'Kommunstyrelsen föreslår kommunfullmäktige besluta', 'att avslå motionen.'), 'approved'],
    ['bordläggs', text('Beslut', 'Ärendet bordläggs till nästa sammanträde.'), 'tabled'],
    ['återremitteras', 'Ärendet återremitteras till förvaltningen för komplettering.', 'referred-back'],
    ['antecknas', 'Informationen antecknas.', 'noted'],
    ['läggs till handlingarna', 'Rapporten läggs till handlingarna.', 'noted'],
    ['noterar', 'Socialnämnden noterar informationen.', 'noted'],
    ['dras tillbaka', 'Ärendet dras tillbaka av förvaltningen.', 'withdrawn'],
    ['`Enligt kommunstyrelsens förslag`', text('Kommunfullmäktiges beslut', 'Enligt kommunstyrelsens förslag.'), 'approved'],
    ['any other decision', 'Kommunstyrelsen beslutar att ge kommundirektören i uppdrag att ta fram en plan.', 'approved'],
    ['a vote that refers it back', 'Med 7 ja-röster mot 6 nej-röster beslutar nämnden att återremittera ärendet.', 'referred-back'],
    ['`anses besvarad` is neither bifall nor avslag', text('Beslut', 'Motionen anses besvarad.'), null],
    ['a proposal is no outcome', 'Förslag till beslut: Motionen avslås.', null],
    ['a motion is no outcome', 'Rune Bäck (S) yrkar att ärendet bordläggs.', null],
    ['a finding on a procedural question', 'Ordföranden ställer proposition på om ärendet ska avgöras idag eller återremitteras och finner att ärendet ska avgöras idag.', null],
    ['a finding on a tilläggsyrkande', 'Ordföranden ställer proposition på Siv Lings (L) tilläggsyrkande och finner att det avslås.', null],
    ['another meeting', 'Ansökan avslogs på förra styrelsemötet.', null],
    ['information only', 'Förvaltningschefen informerar om läget i verksamheten.', null],
  ])('%s', (_, body, expected) => {
    expect(processOf(body).outcome).toBe(expected);
  });

  it('a finding that adopts a member’s motion ends as that motion moved', () => {
    const body = (finding: string): string => text('Yrkanden', 'Pär Lund (L): Motionen bifalls.', 'Eva Sund (S): Motionen avslås.', '', 'Beslutsgång', finding);
    expect(processOf(body('Ordföranden finner att kommunstyrelsen antar Eva Sunds yrkande.')).outcome).toBe('rejected');
    expect(processOf(body('Ordföranden finner att kommunstyrelsen beslutar enligt Pär Lunds (L) yrkande.')).outcome).toBe('approved');
    // a motion the § does not hold: the meeting adopted something
    expect(processOf(body('Ordföranden finner att kommunstyrelsen antar Ola Friks yrkande.')).outcome).toBe('approved');
  });

  it('Finnish-Swedish: a proposal of återremiss voted down leaves the decision approved', () => {
    const p = processOf(
      text(
        'Beslut',
        'Stadsfullmäktige godkände projektplanen.',
        '',
        'Behandling',
        'Ledamoten Aino Virtanen understödd av ledamoten Mikko Laine föreslog att ärendet återremitteras för ny beredning.',
        '',
        'JA-förslag: Behandlingen fortsätter',
        'NEJ-förslag: Ledamoten Aino Virtanens förslag om återremiss',
        '',
        'Ja-röster: 60',
        'Nej-röster: 20',
        'Blanka: 3',
        'Frånvarande: 2',
        '',
        'Stadsfullmäktige förkastade förslaget om återremiss.',
      ),
    );
    expect(p.outcome).toBe('approved');
    expect(p.motions.map((m) => m.by)).toEqual([['Aino Virtanen', 'Mikko Laine']]);
    expect(p.votes.map((v) => [v.yes, v.no, v.abstain, v.line])).toEqual([[60, 20, 3, 10]]);
  });

  it('a § that was referred back ends so, whatever else it says', () => {
    expect(processOf(text('Beslut', 'Kommunstyrelsen beslutar att godkänna tidplanen.', '', 'Ärendet i övrigt återremitteras.')).outcome).toBe('referred-back');
  });
});

describe('reservations', () => {
  it('`Ledamöterna från SD reserverar sig mot beslutet`: no names, the party', () => {
    expect(reservations('Ledamöterna från SD reserverar sig mot beslutet.')).toEqual([
      { by: [], parties: ['SD'], text: 'Ledamöterna från SD reserverar sig mot beslutet.', line: 1 },
    ]);
  });

  it.each<[string, string[], string[]]>([
    ['Kjell Ohlin (M) reserverar sig till förmån för eget yrkande.', ['Kjell Ohlin'], ['M']],
    ['Mot beslutet reserverar sig Mona Berg (V) och Rune Bäck (V).', ['Mona Berg', 'Rune Bäck'], ['V']],
    ['Socialdemokraterna reserverar sig mot beslutet.', [], ['S']],
    ['Moderaternas ledamöter reserverar sig mot beslutet.', [], ['M']],
    ['S-, V- och MP-ledamöterna reserverar sig.', [], ['S', 'V', 'MP']],
    ['Siv Ling (L) lämnar en skriftlig reservation, bilaga 3.', ['Siv Ling'], ['L']],
    ['Reservation anfördes av Gunnel Rydh m.fl. (S).', ['Gunnel Rydh'], ['S']],
    ['Reservation anförs av vice ordföranden Karin Wahlberg m.fl. (S), bilaga 1.', ['Karin Wahlberg'], ['S']],
    ['Ledamöterna från S och V lämnar gemensam reservation, bilaga 5.', [], ['S', 'V']],
    ['Ledamoten Aino Virtanen anmälde avvikande mening.', ['Aino Virtanen'], []],
    ['Reservation: Tor Nygård (KD) reserverar sig mot beslutet.', ['Tor Nygård'], ['KD']],
    ['Reservation: Tor Nygård (KD), skriftlig reservation bilaga 2.', ['Tor Nygård'], ['KD']],
  ])('%s', (body, by, parties) => {
    const r = reservations(body);
    expect(r.map((x) => [x.by, x.parties])).toEqual([[by, parties]]);
  });

  it('under a `Reservation` heading, a paragraph that opens with names', () => {
    expect(reservations(text('Reservation', 'Mona Berg (V) och Rune Bäck (V), skriftlig reservation bilaga 1.'))).toEqual([
      { by: ['Mona Berg', 'Rune Bäck'], parties: ['V'], text: 'Mona Berg (V) och Rune Bäck (V), skriftlig reservation bilaga 1.', line: 2 },
    ]);
  });

  it.each([
    ['a rule', 'En ledamot som vill reservera sig ska anmäla det innan sammanträdet avslutas.'],
    ['a reservationsrätt', 'Reservationsrätt tillkommer den som deltagit i beslutet.'],
    ['an earlier meeting, by date', 'Vid kommunstyrelsens sammanträde 2024-03-12 reserverade sig Sverigedemokraterna mot beslutet.'],
    ['an earlier meeting, in words', 'Vid föregående sammanträde reserverade sig Mona Berg (V) mot beslutet.'],
    ['a preparing body', 'I arbetsutskottet reserverade sig Kjell Ohlin (M).'],
    ['a § reference', 'Ledamöterna från SD reserverade sig mot beslutet i KSAU § 12.'],
    ['the case’s history', text('Beskrivning av ärendet', 'Ledamöterna från SD reserverade sig mot beslutet.')],
    ['none under the heading', text('Reservation', 'Inga reservationer anmäldes.')],
    ['a caveat', 'Budgeten godkänns med reservation för ändrade statsbidrag.'],
  ])('none: %s', (_, body) => {
    expect(reservations(body)).toEqual([]);
  });
});

describe('conflicts (jäv)', () => {
  it.each<[string, Conflict[]]>([
    ['Hanna Lööf (M) anmäler jäv och deltar inte i handläggningen.', [{ name: 'Hanna Lööf', party: 'M', line: 1 }]],
    ['Rune Bäck deltar inte på grund av jäv.', [{ name: 'Rune Bäck', party: null, line: 1 }]],
    ['Jäv: Gunnel Rydh (S)', [{ name: 'Gunnel Rydh', party: 'S', line: 1 }]],
    ['Siv Ling (L) anmäler jäv och lämnar lokalen.', [{ name: 'Siv Ling', party: 'L', line: 1 }]],
    ['På grund av jäv deltar inte Mona Berg (V) i handläggningen.', [{ name: 'Mona Berg', party: 'V', line: 1 }]],
    ['Jäv anmäls av Tor Nygård (KD).', [{ name: 'Tor Nygård', party: 'KD', line: 1 }]],
    ['Kjell Ohlin (M) är jävig och lämnar sammanträdet.', [{ name: 'Kjell Ohlin', party: 'M', line: 1 }]],
    [
      'Elin Sjö och Tor Nygård (M) anmäler jäv.',
      [
        { name: 'Elin Sjö', party: 'M', line: 1 },
        { name: 'Tor Nygård', party: 'M', line: 1 },
      ],
    ],
    ['Ledamoten Aino Virtanen anmälde jäv och deltog inte i behandlingen av ärendet.', [{ name: 'Aino Virtanen', party: null, line: 1 }]],
  ])('%s', (body, expected) => {
    expect(conflicts(body)).toEqual(expected);
  });

  it('a `Jäv` heading with the names under it', () => {
    expect(conflicts(text('Jäv', 'Gunnel Rydh (S)'))).toEqual([{ name: 'Gunnel Rydh', party: 'S', line: 2 }]);
  });

  it.each([
    ['a rule', 'Den som är jävig får inte delta i handläggningen av ärendet.'],
    ['none announced', text('Jäv', 'Inget jäv anmäls.')],
    ['nobody', 'Ingen anmäler jäv.'],
    ['the case’s history', text('Bakgrund', 'Vid förra sammanträdet anmälde Rune Bäck (S) jäv.')],
  ])('none: %s', (_, body) => {
    expect(conflicts(body)).toEqual([]);
  });

  const opening = (announcement: string, first = 1): string =>
    minutes({
      items: text(
        `§ ${first} Val av justerare och anmälan om jäv`,
        'Karin Lund väljs till justerare.',
        announcement,
        '',
        `§ ${first + 1} Budget`,
        'Styrelsen beslutar att anta budgeten.',
        '',
        `§ ${first + 2} Markanvisning`,
        'Styrelsen beslutar att anvisa marken.',
        '',
      ),
    });

  it('jäv announced in an opening § for a later § number belongs to that §', () => {
    const doc = meetingDoc(opening('Olle Ek (M) anmäler jäv under paragraf 3.'));
    expect(item(doc, 1).conflicts).toEqual([]);
    expect(item(doc, 2).conflicts).toEqual([]);
    expect(item(doc, 3).conflicts).toEqual([{ name: 'Olle Ek', party: 'M', line: 14 }]);
  });

  it('`i ärende N` is the N-th item when the § numbers do not start at 1', () => {
    const doc = meetingDoc(opening('Olle Ek (M) anmäler jäv i ärende 2.', 45));
    expect(item(doc, 45).conflicts).toEqual([]);
    expect(item(doc, 46).conflicts).toEqual([{ name: 'Olle Ek', party: 'M', line: 14 }]);
  });

  it('`för § 2 och § 3`: every § named; a § the document does not hold takes none', () => {
    const doc = meetingDoc(opening('Olle Ek (M) anmäler jäv för § 2 och § 3 samt § 9.'));
    expect([1, 2, 3].map((n) => item(doc, n).conflicts.map((c) => c.name))).toEqual([[], ['Olle Ek'], ['Olle Ek']]);
  });
});

describe('protocol notes (protokollsanteckningar)', () => {
  it.each<[string, string, string[]]>([
    ['a heading with its paragraph', text('Protokollsanteckning', 'Vi välkomnar utredningen men saknar en tidplan.'), ['Vi välkomnar utredningen men saknar en tidplan.']],
    [
      '`X (KD) lämnar följande protokollsanteckning: …`',
      'Tor Nygård (KD) lämnar följande protokollsanteckning: Kostnaderna bör följas upp kvartalsvis.',
      ['Tor Nygård (KD) lämnar följande protokollsanteckning: Kostnaderna bör följas upp kvartalsvis.'],
    ],
    [
      'the note on the next paragraph',
      text('Siv Ling (L) lämnar följande protokollsanteckning:', '', 'Liberalerna vill se en ny lokalutredning.'),
      ['Siv Ling (L) lämnar följande protokollsanteckning: Liberalerna vill se en ny lokalutredning.'],
    ],
    ['a label', 'Protokollsanteckning: Sverigedemokraterna ställer sig bakom förslaget.', ['Sverigedemokraterna ställer sig bakom förslaget.']],
    ['a rule is none', 'En protokollsanteckning får göras om ordföranden medger det.', []],
    ['none under the heading', text('Protokollsanteckning', 'Inga protokollsanteckningar lämnades.'), []],
  ])('%s', (_, body, expected) => {
    expect(processOf(body).notes).toEqual(expected);
  });
});

describe('rules are no events', () => {
  it('an arbetsordning quoted in a § gives no vote, reservation, jäv, note or motion', () => {
    const doc = meetingDoc(
      minutes({
        items: text(
          '§ 1 Arbetsordning för fullmäktige',
          'Beslut',
          'Fullmäktige antar arbetsordningen enligt följande.',
          '',
          'Omröstning',
          'Omröstning sker öppet. Vid val gäller 3 röster mot 2 som majoritet om inte annat bestäms.',
          '',
          'Reservation',
          'Om en ledamot har reserverat sig mot ett beslut och vill motivera reservationen ska det göras skriftligt.',
          '',
          'Jäv',
          'En ledamot som är jävig i ett ärende ska anmäla det innan ärendet behandlas.',
          '',
          'Protokollsanteckning',
          'En ledamot får lämna en protokollsanteckning om ordföranden medger det.',
          '',
          'Yrkanden',
          'Ledamot som yrkar återremiss ska motivera yrkandet.',
          '',
        ),
      }),
    );
    const it1 = item(doc, 1);
    expect([it1.votes, it1.reservations, it1.conflicts, it1.notes, it1.motions]).toEqual([[], [], [], [], []]);
    expect(it1.outcome).toBe('approved');
  });
});

describe('what a notice does not hold', () => {
  it('a notice proposes: no outcome, motions or votes', () => {
    const p = processOf('Ordföranden finner att styrelsen bifaller förslaget. Anna Ek (S) yrkar bifall.', 'notice');
    expect(p).toEqual({ outcome: null, motions: [], votes: [], reservations: [], conflicts: [], notes: [] });
  });
});
