// The labels of a front page (the header of minutes and notices) and what each one's value
// is. The front-page reader finds these wherever they stand — at a line start, after a
// column gap, on a line of their own, in a block of labels before a block of values — and
// a layout variant is an entry here, not a branch in the reader.
import { POSTING, POSTING_BLOCK_HEADINGS, ROLE_HEADINGS, SIGNATURE_LABELS } from './sv.js';

/** What a label's value is about. */
export type FrontField =
  | 'placeAndTime' | 'place' | 'date' | 'time' | 'endTime' | 'dateAndTime' | 'organ' | 'paragraphs' | 'number'
  | 'participants' | 'copies' | 'adjusters' | 'chair' | 'secretary' | 'adjustedAt' | 'signatures'
  | 'posting' | 'postedFrom' | 'postedTo' | 'postedRange' | 'storedAt' | 'certifiedBy' | 'appealBy';

/**
 * The kind of value a label takes, for pairing labels with values that an extractor
 * printed apart: a text (a place, an organ), a date, a § range, people, or nothing (a
 * heading over other labels).
 */
export type ValueClass = 'text' | 'date' | 'range' | 'persons' | 'none';

export interface FrontLabel {
  field: FrontField;
  value: ValueClass;
  words: readonly string[];
  /** A word that is also everyday prose: only a label at a line start or after a column gap, and with a value. */
  weak?: boolean;
  /** A word that is also a column head or a point's title (`Närvaro`): a label only with its colon (`Närvaro:`). */
  colon?: boolean;
  /** With `colon`: a label too without it where people follow (`Kansliet` over its people, `Kansliet   Sofia Alm`). */
  overPeople?: boolean;
}

export const FRONT_PAGE_LABELS: readonly FrontLabel[] = [
  {
    field: 'placeAndTime', value: 'text',
    words: [
      'plats och tid', 'tid och plats', 'plats och tid för sammanträdet', 'plats och tid för sammanträde', 'sammanträdets plats och tid',
      'tid och plats för sammanträdet', 'plats och tid för mötet', 'tid och plats för mötet', 'mötets plats och tid',
      // `Plats/tid: Stadshuset, kl 18.00`: the pair written with a slash
      'plats/tid', 'tid/plats',
      // Swedish-language Finnish minutes: `Mötesplats och -tid   Kommunhuset, 14.5.2019 kl. 17.00`
      'mötesplats och -tid', 'mötesplats och tid', 'sammanträdesplats och -tid', 'sammanträdesplats och tid',
      'mötestid och -plats', 'mötestid och plats', 'sammanträdestid och -plats', 'sammanträdestid och plats',
    ],
  },
  // `Sammanträde tisdagen den 23 januari 2024 kl. 13.00` / `Kungsbackarummet, Storgatan 37`
  { field: 'placeAndTime', value: 'text', words: ['sammanträde', 'sammanträdet'], weak: true },
  { field: 'dateAndTime', value: 'text', words: ['dag och tid', 'tid och dag', 'datum och tid', 'datum/tid', 'datum och tid för sammanträdet', 'datum och klockslag', 'sammanträdesdag och tid'] },
  { field: 'place', value: 'text', words: ['plats', 'lokal', 'mötesplats', 'sammanträdesplats', 'sammanträdeslokal', 'möteslokal', 'plats för sammanträdet'], weak: true },
  { field: 'date', value: 'date', words: ['sammanträdesdatum', 'mötesdatum', 'sammanträdesdag', 'datum för sammanträdet', 'datum', 'dag'], weak: true },
  { field: 'time', value: 'text', words: ['tid', 'klockan', 'sammanträdestid', 'mötestid', 'tid för sammanträdet', 'klockslag', 'starttid'], weak: true },
  // `Starttid: 13:00` / `Sluttid: 15:30`: the hours as two labels
  { field: 'endTime', value: 'text', words: ['sluttid'], weak: true },
  { field: 'organ', value: 'text', words: ['organ', 'instans', 'beslutande organ', 'nämnd / styrelse', 'nämnd/styrelse', 'styrelse/nämnd', 'styrelse / nämnd', 'nämnd', 'organ/nämnd', 'utskott', 'nämnd/utskott'], weak: true },
  // the protocol's own number under its label: `Löpnummer: 9`, `Protokollnummer   2014:3`
  { field: 'number', value: 'text', words: ['löpnummer', 'löpnr', 'protokollnummer', 'protokollnr', 'mötesnummer'] },
  { field: 'paragraphs', value: 'range', words: ['paragrafer', 'paragraf', 'omfattning', 'protokollet omfattar', 'paragrafer nr', 'ärenden', 'behandlade ärenden', 'protokollet innehåller paragraferna', 'protokollet innehåller paragraf'], weak: true },
  {
    field: 'participants', value: 'persons',
    words: [
      ...ROLE_HEADINGS.flatMap((r) => r.words),
      'ej beslutande', 'ej beslutande ersättare', 'icke beslutande', 'beslutande ledamöter', 'beslutande ersättare',
      'närvarande ej tjänstgörande ersättare', 'närvarande ersättare ej tjänstgörande', 'ej tjänstgörande', 'övriga deltagande',
      'övriga närvarande', 'närvarande medlemmar', 'frånvarande medlemmar', 'övriga deltagare', 'tjänstepersoner', 'närvarande tjänstemän',
      'närvarande övriga', 'övriga närvarande tjänstemän', 'sekreterare och tjänstepersoner', 'övriga mötesdeltagare', 'mötesdeltagare',
      'frånvarande ledamöter', 'frånvarande ersättare', 'insynsplatser', 'med närvarorätt', 'personalföreträdare', 'revisorer',
      'dessutom närvarande', 'därutöver närvarande',
    ],
  },
  // (and `Förbundet:`, `Kansliet:` over the förbund's own staff: words of every sentence without their colon, and of a
  // place (`Plats` / `Kansliet`), but over people, or with people after them, a list's heading)
  // (`Närvaro` too, a column's head over marks, but over a person's name a list's: `Närvaro` / `Anna Ek, ordförande`)
  { field: 'participants', value: 'persons', words: ['närvaro'], colon: true, overPeople: true },
  { field: 'participants', value: 'persons', words: ['förbundet', 'kansliet', 'förbundets kansli', 'kansli', 'sekretariat', 'förbundskansliet'], colon: true, overPeople: true },
  // `Deltagande:`, `Yttranderätt:`, `Insynsplats:`, `Sekretariatet` over their people: words of prose too, so only where a heading stands
  // (and the förbund's own staff under `Från förbundet:`, as notes list them beside the parties' people)
  {
    field: 'participants', value: 'persons', weak: true,
    words: ['deltagande', 'yttranderätt', 'med yttranderätt', 'insynsplats', 'närvarorätt', 'sekretariatet', 'dessutom', 'från förbundet', 'från förbundets kansli', 'från samordningsförbundet'],
  },
  // who gets a copy of the notes to know of them (`Kopia för kännedom: Styrgruppen, Anna Ek`): nobody at the meeting, and
  // the list of those present ends at it
  { field: 'copies', value: 'none', words: ['kopia för kännedom', 'kopia för information', 'kopia till', 'kopia', 'sändlista'], colon: true },
  {
    field: 'adjusters', value: 'persons',
    words: [
      ...SIGNATURE_LABELS.find((s) => s.role === 'adjusters')!.words, 'protokolljusterare', 'justerare', 'justerande', 'justeringsman',
      'justeringsmän', 'utses att justera', 'utsågs att justera', 'att justera', 'protokollets justerare', 'justerare och tid för justering',
    ],
  },
  { field: 'chair', value: 'persons', words: SIGNATURE_LABELS.find((s) => s.role === 'chair')!.words, weak: true },
  { field: 'secretary', value: 'persons', words: [...SIGNATURE_LABELS.find((s) => s.role === 'secretary')!.words, 'protokollförare', 'sekreterare'], weak: true },
  {
    field: 'adjustedAt', value: 'text',
    words: [
      'justeringens plats och tid', 'justeringens tid och plats', 'plats och tid för justering', 'tid och plats för justering',
      'justeringens plats och datum', 'plats/tid för justering', 'tid/plats för justering', 'justeringens plats/tid', 'justeringens tid/plats', 'dag för justering', 'justeringsdatum', 'datum för justering', 'justeringens datum', 'justering', 'justeringsdag', 'justerat',
      // Swedish-language Finnish minutes: `Protokollet justerat   Sjöstrand 12.5.2023`
      'protokollet justerat', 'protokollet justerades', 'protokollet har justerats', 'protokolljustering', 'protokollets justering',
      // (and with the linking `s` of `protokollsjusterare`: `Protokollsjustering   Pedersöre 12.3.2014`)
      'protokollsjustering',
      // (and checked, as Finnish `tarkastettu` is also put: `Protokollet granskat   Sjöstrand 12.5.2023`)
      'protokollet granskat', 'protokollet granskades', 'protokollet har granskats',
      // the label's cell of two lines (`Justeringens` / `plats och tid`) flattened around the cell beside it (`Paragrafer`)
      'justeringens paragrafer plats och tid', 'justeringens paragraf plats och tid',
      // (and its first line alone, the cell's `och tid` printed further down: `Justeringens plats  Kansliet 2011-10-19`)
      'justeringens plats', 'justeringens tid',
      // `Justeringens utförande  Digital justering 2019-02-11`: how, where and when the minutes are adjusted
      'justeringens utförande',
    ],
  },
  { field: 'signatures', value: 'none', words: ['underskrifter', 'signaturer', 'protokollet undertecknat'] },
  { field: 'posting', value: 'none', words: [...POSTING_BLOCK_HEADINGS, 'anslag / bevis', 'bevis om anslag', 'anslagsbevis'] },
  {
    field: 'postedFrom', value: 'date',
    words: [
      ...POSTING.postedFrom, 'datum för anslags uppsättande', 'anslags uppsättande', 'anslaget uppsatt den',
      // Swedish-language Finnish minutes: `Offentlig framläggning   Kommunhuset 12.5.2024` (the place, the day perhaps)
      'offentlig framläggning', 'offentligt framlagt', 'offentligt framlagd',
    ],
  },
  { field: 'postedTo', value: 'date', words: [...POSTING.postedTo, 'datum för anslags nedtagande', 'anslags nedtagande', 'anslaget nedtaget den'] },
  { field: 'postedRange', value: 'text', words: [...POSTING.postedRange] },
  { field: 'storedAt', value: 'text', words: [...POSTING.stored, 'förvaringsplats för protokollet', 'protokollets förvaringsplats'] },
  // the last day to appeal: a date of the anslag block that is nobody's value above it (no field of the output)
  { field: 'appealBy', value: 'date', words: ['sista datum för överklagande', 'sista dag för överklagande', 'sista dagen för överklagande', 'sista dag för överklagan', 'datum för överklagan till och med', 'sista datum för överklagan'] },
  { field: 'certifiedBy', value: 'persons', words: ['underskrift', 'underskrift/an', 'underskrift / an', 'underskrift/anslagsansvarig', 'underskrift / anslagsansvarig', 'underskrift/anslagstavla', 'underskrift / anslagstavla', 'underskrift/anslag tas ned', 'underskrift / anslag tas ned', 'underskrift/anslaget nedtaget', 'utdragsbestyrkande', 'intygar'] },
];

/**
 * The Finnish half of a label printed in both languages by bilingual municipalities, after a dash or a slash
 * (`TID - AIKA`, `PLATS - PAIKKA`, `NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET`, `Ordförande/Puheenjohtaja:`):
 * the label's own words, not its value's.
 */
export const FINNISH_LABEL_GLOSSES: readonly string[] = [
  'aika', 'paikka', 'kokousaika', 'kokouspaikka', 'aika ja paikka', 'paikka ja aika',
  'läsnä olleet jäsenet', 'läsnäolleet jäsenet', 'saapuvilla olleet jäsenet', 'läsnä olleet varajäsenet', 'varajäsenet',
  'muut läsnä olleet', 'muut läsnäolleet', 'muut saapuvilla olleet', 'läsnä', 'läsnäolevat', 'muut', 'poissa', 'poissa olleet', 'poissa olleet jäsenet',
  'puheenjohtaja', 'sihteeri', 'pöytäkirjanpitäjä', 'pöytäkirjantarkastajat', 'pöytäkirjan tarkastajat', 'pöytäkirjantarkastaja',
  'allekirjoitukset', 'pöytäkirjan tarkastus', 'todistaa', 'pykälät', 'asiat',
];

/**
 * The two-line labels of a Swedish-language Finnish town's grid, flattened around their values
 * (`JUSTERING AV Ekstad 7.6.2018 PROTOKOLLET Bo Ek Per Ås PROTOKOLLET TILL Ekstad … PÅSEENDE`):
 * the adjusting label's second line, and the posting label's first and last words, as the grid prints them.
 */
export const GRID_LABEL_LINES = {
  adjustingSecond: 'PROTOKOLLET',
  postedOpens: 'PROTOKOLLET TILL',
  postedEnds: 'PÅSEENDE',
} as const;

/**
 * The words that end an adjusting label read short (`Protokolljustering` · `plats och tid:   Åby, den 3 maj 2021`): the
 * rest of the label, not its value.
 */
export const ADJUSTING_LABEL_TAILS: readonly string[] = ['plats och tid', 'ort och tid', 'tid och plats'];

/** The word before the name of the one who certifies the posting in a signing grid (`Intygas Bo Ek`): no adjuster's. */
export const GRID_CERTIFYING_WORDS: readonly string[] = ['intygas', 'intygar', 'intygar:'];

/**
 * What stands between the chair's name and the secretary's after a grid's adjusting label, besides a place and day
 * (`Eva Lund Tid Bo Ek`, `Eva Lund Tid och plats Åby Underskrift Bo Ek`): the words of the blanks left for the pen.
 */
export const GRID_SEPARATING_WORDS: readonly string[] = ['tid och plats', 'plats och tid', 'ort och tid', 'tid', 'underskrift'];

/** The words between a place and its day (`Saltnäs den 21 oktober`). */
export const PLACE_DAY_LINKS: readonly string[] = ['den', 'i'];

/**
 * Label words a transcript runs on to a signer's name where the label stood mid-line and no
 * column gap marked it (`Kenneth Berg Paragrafer`, `Paragrafer Marie Ek`, `Eva Lund (M) Organ`):
 * never a surname or a given name, so a name that opens or ends on one sheds it.
 */
export const LABEL_WORDS_BESIDE_SIGNERS: readonly string[] = [
  'paragrafer', 'paragraf', 'organ', 'instans', 'ordförande', 'sekreterare', 'justerare', 'justerande', 'justerandes',
  'underskrift', 'underskrifter', 'utdragsbestyrkande',
];

/**
 * The prepositions that end a place's words before its name (`Elektroniskt i Alva`, `på kommungården`): the word
 * after one is the place's, though it is a given name too (a town named as a woman is).
 */
export const PLACE_PREPOSITIONS: readonly string[] = ['i', 'på'];

/**
 * The headings a place's value may run on into where a page lost the break after it (`Plats: Strået, Beslutande`,
 * `Folkets hus Ärenden Föredragande`): the lists' and the signers' one-word labels that stand over a list, never a
 * place's own word (not `Kansliet`, a room as well as a heading), and the agenda's columns after them.
 */
export const PLACE_RUN_ON_LABELS: readonly string[] = [
  ...new Set([
    ...FRONT_PAGE_LABELS.filter((l) => ['participants', 'adjusters', 'chair', 'secretary', 'signatures', 'paragraphs'].includes(l.field) && !l.colon)
      .flatMap((l) => l.words)
      .filter((w) => !w.includes(' ') && !['dessutom', 'deltagande', 'sekretariatet', 'yttranderätt', 'närvarorätt', 'insynsplats', 'ordinarie', 'omfattning', 'paragraf'].includes(w)),
    'föredragande', 'ärenden',
  ]),
];
