// The Swedish vocabulary finsam recognises, in one place. Stages build their patterns
// from these lists; nothing else in src/ should spell out a Swedish word list.

/** Month names (and common abbreviations) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1,
  februari: 2, feb: 2,
  mars: 3, mar: 3,
  april: 4, apr: 4,
  maj: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  augusti: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Weekday names, with the definite forms minutes use (`Tisdagen den 26 november`). */
export const WEEKDAYS = [
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag',
  'måndagen', 'tisdagen', 'onsdagen', 'torsdagen', 'fredagen', 'lördagen', 'söndagen',
] as const;

/** Document kinds by the word that titles them. */
export const KIND_TITLES = {
  minutes: [
    'protokoll', 'justerat protokoll', 'protokollsutdrag', 'protokollutdrag', 'utdrag ur protokoll', 'utdrag ur sammanträdesprotokoll',
    'sammanträdesprotokoll', 'mötesprotokoll', 'styrelseprotokoll', 'beslutsprotokoll', 'justerat sammanträdesprotokoll',
  ],
  notice: [
    'kallelse', 'föredragningslista', 'dagordning', 'ärendelista', 'kungörelse', 'kallelse och föredragningslista',
    'kallelse/föredragningslista', 'kallelse/underrättelse', 'kallelse och ärendelista', 'kallelse med föredragningslista',
    'underrättelse', 'preliminär föredragningslista',
  ],
  notes: ['minnesanteckningar', 'minnesanteckning', 'mötesanteckningar', 'anteckningar', 'sammanträdesanteckningar', 'mötesminnesanteckningar'],
} as const;

/** Titles of documents that travel with minutes and notices but are not meetings. */
export const OTHER_DOCUMENT_TITLES = [
  'bilaga', 'verksamhetsplan', 'budget', 'budgetplan', 'årsredovisning', 'delårsrapport',
  'delårsbokslut', 'verksamhetsberättelse', 'mötesplan', 'sammanträdesplan', 'tjänsteskrivelse',
  'revisionsberättelse', 'attestordning', 'delegationsordning', 'förbundsordning', 'arbetsordning',
  'internkontrollplan', 'granskningsrapport', 'yttrande', 'missiv',
] as const;

/** Headings of e-signing certificates appended after signed minutes. */
export const CERTIFICATE_TITLES = [
  'certification', 'certificate', 'verifikat', 'signeringsintyg', 'signeringsbevis',
  'underskriftssida', 'transaktionsintyg', 'audit trail', 'signing certificate', 'undertecknat av följande personer',
  'dokumentet har undertecknats av', 'signerat av följande personer', 'signaturer', 'elektroniska underskrifter',
] as const;

/** Greetings that open a letter. */
export const LETTER_GREETINGS = ['hej', 'hejsan', 'hallå', 'kära', 'bästa', 'till'] as const;

/** Captions inside reports that look like headings but never start a document. */
export const CAPTION_WORDS = ['figur', 'tabell', 'bild', 'diagram', 'källa', 'not'] as const;

/** The organs of a samordningsförbund: any written form → canonical lower-case noun. */
export const BODIES: ReadonlyArray<{ canonical: string; forms: readonly string[] }> = [
  {
    canonical: 'förbundsstyrelse',
    forms: ['förbundsstyrelse', 'förbundsstyrelsen', 'förbundsstyrelsens', 'förbundsstyrelsemöte'],
  },
  {
    canonical: 'styrelse',
    forms: [
      'styrelse', 'styrelsen', 'styrelsens', 'styrelsemöte', 'styrelsemötet',
      'styrelsesammanträde', 'styrelsesammanträdet',
    ],
  },
  {
    canonical: 'arbetsutskott',
    forms: ['arbetsutskott', 'arbetsutskottet', 'arbetsutskottets', 'au', 'au-möte', 'au-mötet'],
  },
  {
    canonical: 'medlemssamråd',
    forms: ['medlemssamråd', 'medlemssamrådet', 'medlemssamrådets', 'ägarsamråd', 'ägarsamrådet'],
  },
  {
    canonical: 'beredningsgrupp',
    forms: ['beredningsgrupp', 'beredningsgruppen', 'beredningsgruppens', 'styrelseberedning', 'styrelseberedningen'],
  },
  { canonical: 'presidium', forms: ['presidium', 'presidiet', 'presidiets'] },
  { canonical: 'förbundsråd', forms: ['förbundsråd', 'förbundsrådet'] },
  { canonical: 'årsmöte', forms: ['årsmöte', 'årsmötet'] },
];

/**
 * The head nouns of an organ's name: any word ending in one of these, with its definite
 * or genitive ending (`Kommunstyrelsen`, `Socialnämndens`, `Barn- och utbildningsnämnden`,
 * `Kommunrevisionen`, `Direktionen`), names an organ; its canonical form is the word
 * without the ending, in lower case (`kommunstyrelse`, `socialnämnd`).
 */
export const ORGAN_NOUNS = [
  'nämnd', 'styrelse', 'fullmäktige', 'utskott', 'revision', 'direktion', 'beredningsgrupp', 'beredning', 'presidium',
  'samråd', 'kommitté', 'förbundsråd', 'krisledningsnämnd', 'ungdomsråd', 'pensionärsråd', 'tillgänglighetsråd', 'råd',
] as const;
/** The endings an organ's noun takes (definite, genitive). */
export const ORGAN_ENDINGS = ['en', 'ens', 'et', 'ets', 'n', 'ns', 's', 'ets'] as const;
/** Words ending like an organ that are none. */
export const NOT_ORGANS = ['förslag', 'underlag', 'utskottsförslag', 'revisionsberättelse', 'styrelseledamot', 'nämndsekreterare', 'rådgivare', 'samrådsgrupp'] as const;

/** Organisations of the public sector by their head word: `Högsby kommun`, `Region Halland`, `Göteborgs Stad`. */
export const PUBLIC_BODIES = {
  /** A name before the word: `Högsby kommun`, `Göteborgs Stad`, `Västra Götalands läns landsting`. */
  after: ['kommun', 'stad', 'landsting', 'läns landsting', 'kommunalförbund', 'räddningstjänstförbund', 'samordningsförbund', 'regionförbund'],
  /** A name after the word: `Region Halland`, `Kommunalförbundet Sydarkivera`. */
  before: ['region', 'kommunalförbundet', 'räddningstjänsten', 'samordningsförbundet', 'regionförbundet', 'landstinget', 'förbundet'],
} as const;

/** Words that name the organisation itself. */
export const ORGANISATION_NOUNS = ['samordningsförbundet', 'samordningsförbund', 'finsam'] as const;

/** Participant headings: the words that open them, and the role each implies. */
export const ROLE_HEADINGS: ReadonlyArray<{ role: 'member' | 'deputy' | 'other' | 'absent'; words: readonly string[] }> = [
  { role: 'absent', words: ['anmält förhinder', 'anmälda förhinder', 'anmält frånvaro', 'förhinder', 'frånvarande', 'ej närvarande'] },
  {
    role: 'deputy',
    words: [
      'tjänstgörande ersättare', 'ersättare', 'närvarande ersättare', 'ej tjänstgörande ersättare', 'icke tjänstgörande ersättare',
      'ej beslutande', 'icke beslutande', 'ej beslutande ersättare', 'närvarande ej tjänstgörande ersättare', 'ej tjänstgörande',
      'suppleanter', 'närvarande suppleanter',
    ],
  },
  { role: 'member', words: ['beslutande', 'ledamöter', 'ordinarie ledamöter', 'närvarande ledamöter', 'tjänstgörande ledamöter', 'närvarande beslutande'] },
  {
    role: 'other',
    words: [
      'övriga', 'övriga deltagare', 'övriga närvarande', 'närvarande', 'närvarande tjänstepersoner',
      'tjänstepersoner', 'tjänstemän', 'deltagare', 'adjungerade', 'adjungerad', 'inbjudna', 'från kansliet',
    ],
  },
];

/** Words that may follow a heading word and still belong to the heading. */
export const ROLE_HEADING_QUALIFIERS = [
  'ledamöter', 'deltagare', 'ersättare', 'närvarande', 'styrelserepresentanter', 'representanter',
  'tjänstepersoner', 'tjänstemän', 'beslutande', 'förhinder', 'frånvaro', 'ej', 'tjänstgörande',
  'från', 'kansliet', 'ordinarie', 'deltagande', 'gäster', 'personer',
] as const;

/** Signature block labels. */
export const SIGNATURE_LABELS: ReadonlyArray<{ role: 'chair' | 'secretary' | 'adjusters'; words: readonly string[] }> = [
  { role: 'secretary', words: ['vid protokollet', 'vid anteckningarna', 'sekreterare', 'protokollförare', 'protokollet fört av', 'protokollförd av', 'antecknare', 'antecknat av', 'anteckningar förda av', 'minnesanteckningar förda av'] },
  { role: 'chair', words: ['mötesordförande', 'ordförande', 'ordf'] },
  { role: 'adjusters', words: ['justerare', 'justeras', 'justerande', 'justeringsperson', 'justeringspersoner', 'justeras av', 'utses att justera', 'utsedd att justera', 'utsedda att justera'] },
];

/** Headings of the anslag/bevis block that certifies the adjusted minutes were posted. */
export const POSTING_BLOCK_HEADINGS = ['bevis', 'anslag', 'anslagsbevis', 'anslag/bevis', 'bevis/anslag', 'anslag / bevis', 'bevis / anslag', 'justeringsbevis'] as const;

/** Lists that close minutes (attachments, who receives them): part of the minutes, never a new document. */
export const MINUTES_TAIL_HEADINGS = [
  'bilagor', 'bilageförteckning', 'förteckning över bilagor', 'expedieras', 'expedieras till', 'sändlista', 'utdrag till',
  'beslutet skickas till', 'protokollet skickas till', 'kopia till', 'för kännedom', 'delges',
] as const;

/** Headings that open a signature block without naming a role. */
export const SIGNATURE_BLOCK_HEADINGS = ['underskrifter', 'underskrift', 'signaturer', 'justering'] as const;

/** Column heads of a participant table (`Ledamöter   Parti   Organisation`). */
export const PARTICIPANT_COLUMN_HEADS = [
  'parti', 'organisation', 'namn', 'roll', 'funktion', 'representerar', 'närvaro', 'kommun', 'myndighet', 'ledamot',
  'ersättare', 'tjänstgör', 'paragrafer', '§', '§§', 'befattning', 'uppdrag', 'part', 'huvudman',
  'närvarande', 'frånvarande', 'tjg', 'ej tjg', 'tjänstgörande', 'ja', 'nej', 'avstår', 'närvaro ja/nej', 'anmärkning', 'kommentar',
] as const;

/** Marks of attendance in a participant list or table: present, and absent. */
export const ATTENDANCE_MARKS = {
  present: ['[x]', '[X]', '☒', '☑', '✓', '✔', 'x', 'X', 'ja', 'Ja', 'JA', 'närvarande', 'tjg'],
  absent: ['[ ]', '[]', '☐', 'nej', 'Nej', 'NEJ', '-', '–', 'frånvarande', 'ej tjg'],
} as const;

/** Headings in the header that end a participant list. */
export const HEADER_STOP_WORDS = [
  'omfattning', 'paragrafer', 'paragraf', 'utses att justera', 'justeringens', 'justering',
  'plats', 'tid', 'plats och tid', 'datum', 'underskrifter', 'anslag', 'bevis', 'ärenden', 'ärende',
] as const;

/** Headings of a table of contents in minutes (not the agenda of a notice). */
export const CONTENTS_HEADINGS = [
  'innehåll', 'innehållsförteckning', 'ärendelista', 'ärendeförteckning', 'ärenden', 'förteckning över ärenden',
  'paragrafförteckning', 'ärende sida', 'ärenden sida', 'paragraf ärende sida', '§ ärende sida', 'innehåll sida',
] as const;

/** Contents headings under which a page number may follow a title after a single space. */
export const CONTENTS_HEADINGS_LOOSE = ['innehåll', 'innehållsförteckning', 'innehåll sida'] as const;

/** Swedish political parties (and a few historical or local abbreviations). */
export const PARTIES = ['S', 'M', 'C', 'L', 'KD', 'V', 'MP', 'SD', 'FP', 'Fp', 'Kd', 'Mp'] as const;

/** Positions a participant can hold; a word ending in one of these is a position too. */
export const POSITION_WORDS = [
  'ordförande', 'förbundschef', 'sekreterare', 'administratör', 'ekonom', 'controller', 'samordnare',
  'koordinator', 'handläggare', 'strateg', 'chef', 'ledare', 'utvecklare', 'revisor', 'ombud',
  'tjänsteperson', 'kanslist', 'utredare', 'analytiker', 'kommunikatör', 'konsult', 'specialist',
  'rådgivare', 'direktör', 'ansvarig', 'assistent', 'handledare', 'coach', 'sakkunnig', 'ledamot', 'ersättare',
] as const;

/** Words that qualify a position (`vice ordförande`, `biträdande förbundschef`). */
export const POSITION_MODIFIERS = [
  'vice', 'biträdande', 'bitr', 'bitr.', 'tf', 'tf.', 't.f.', 'ställföreträdande', '1:e', '2:e', '3:e', 'förste', 'andre', 'tredje',
  'ordinarie', 'adjungerad', 'tillförordnad',
] as const;

/** Abbreviations of positions → written in full. */
export const POSITION_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'ordf.': 'ordförande',
  ordf: 'ordförande',
  'v. ordf.': 'vice ordförande',
  'v ordf': 'vice ordförande',
  'vice ordf.': 'vice ordförande',
  'sekr.': 'sekreterare',
  'bitr.': 'biträdande',
  'ers.': 'ersättare',
};

/** Word endings that mark an organisation (`Marks kommun`, `Västra Götalandsregionen`). */
export const ORGANISATION_SUFFIXES = [
  'kommun', 'kommuns', 'regionen', 'landsting', 'landstinget', 'kassan', 'förmedlingen', 'förbundet',
  'förbund', 'förvaltningen', 'förvaltning', 'kontoret', 'kansliet', 'stad', 'staden', 'verket', 'nämnden',
  'centralen', 'myndigheten', 'styrelsen', 'länsstyrelsen', 'kommunerna', 'universitet', 'högskola', 'sjukhus',
  'sjukhuset', 'vårdcentral', 'vårdcentralen', 'hälsocentral', 'hälsocentralen', 'kliniken', 'förening', 'föreningen',
] as const;

/** Words that open an organisation name and take the capitalised words after them. */
export const ORGANISATION_HEADS = ['region', 'landstinget', 'samordningsförbundet', 'finsam', 'sof'] as const;

/** Compass adjectives that belong to the organisation name after them. */
export const ORGANISATION_PREFIXES = ['västra', 'östra', 'norra', 'södra', 'mellersta', 'nordvästra', 'sydöstra'] as const;

/** Phrases that say a deputy serves for somebody. */
export const SUBSTITUTE_PHRASES = [
  'tjänstgör för', 'tjänstgörande för', 'tjänstgör istället för', 'ersätter', 'i stället för', 'istället för',
  'ers. för', 'ersättare för', 'tjg för', 'tjg. för', 'tjg ers för', 'tjänstgjorde för', 'tjänstgör i stället för',
] as const;

/** Group headings that items stand under, and the type they imply. */
export const SECTION_HEADINGS: ReadonlyArray<{ type: 'decision' | 'information' | 'discussion' | null; words: readonly string[] }> = [
  { type: 'decision', words: ['beslutsärenden', 'beslutsärende', 'ärenden för beslut', 'för beslut'] },
  {
    type: 'information',
    words: ['informationsärenden', 'informationsärende', 'anmälningsärenden', 'delgivningar', 'meddelanden', 'för information', 'rapporter'],
  },
  { type: 'discussion', words: ['diskussionsärenden', 'diskussionsärende', 'för diskussion'] },
  { type: null, words: ['övriga frågor', 'övrigt', 'övriga ärenden'] },
];

/** Suffixes on agenda titles that state the type (`– Beslut`, `- information`). */
export const ITEM_TYPE_SUFFIXES: ReadonlyArray<{ type: 'decision' | 'information' | 'discussion'; words: readonly string[] }> = [
  { type: 'decision', words: ['beslut', 'för beslut', 'beslutsärende'] },
  { type: 'information', words: ['information', 'info', 'för information', 'informationsärende', 'rapport'] },
  { type: 'discussion', words: ['diskussion', 'för diskussion', 'diskussionsärende'] },
];

/** Item titles that close a meeting; after one, a new heading may start another document. */
export const CLOSING_TITLE_WORDS = ['avslutas', 'avslutande', 'avslutning', 'avslut', 'mötet avslutas'] as const;

/** Labels of a case (diarie) number beside an item heading: `Dnr KS 2019/123`, `Ärendenummer SLK-2025-01001`. */
export const CASE_NUMBER_LABELS = [
  'dnr', 'd.nr', 'dnr.', 'diarienr', 'diarienr.', 'diarienummer', 'diarie nr', 'ärendenr', 'ärendenummer', 'ärende nr',
  'reg.nr', 'reg nr', 'regnr', 'beteckning', 'ärendebeteckning',
] as const;

/** Organ abbreviations written before the § of an item in mixed case (`Ks § 12`); all-capital ones (`KS`, `AU`, `BUN`) need no list. */
export const ORGAN_ABBREVIATIONS = ['Ks', 'Kf', 'Au', 'Sn', 'Bun', 'Ksau', 'Msn', 'Tn', 'Un', 'Vn', 'Kfn', 'Bn'] as const;

/** Words for an attachment. */
export const ATTACHMENT_WORDS = ['bilaga', 'bilagor', 'bil', 'bil.'] as const;

/** Decision vocabulary. */
export const DECISION = {
  /** `X beslutar att`, `X beslöt att`. */
  decideVerbs: ['beslutar', 'beslutade', 'beslöt', 'besluter'],
  /** Finite verbs that decide something on their own (`Styrelsen godkänner …`). */
  approveVerbs: [
    'godkänner', 'godkände', 'fastställer', 'fastställde', 'antar', 'antog', 'beviljar', 'beviljade',
    'tillstyrker', 'tillstyrkte', 'avslår', 'avslog', 'utser', 'utsåg', 'väljer', 'valde', 'noterar',
    'tar del av', 'tog del av', 'lägger', 'lade', 'uppdrar', 'uppdrog', 'ger', 'gav',
  ],
  /** Verbs that only decide together with what follows them (`ger … i uppdrag`, `lägger … till handlingarna`). */
  approveVerbsNeedingObject: {
    ger: 'i uppdrag', gav: 'i uppdrag', uppdrar: '', uppdrog: '', lägger: 'till handlingarna', lade: 'till handlingarna',
    noterar: 'till protokollet', 'tar del av': '', 'tog del av': '', väljer: '', valde: '',
  } as Readonly<Record<string, string>>,
  /** Passive forms (`Föredragningslistan godkänns`, `Läggs till handlingarna`). */
  passive: ['godkänns', 'godkändes', 'fastställs', 'fastställdes', 'antas', 'antogs', 'beviljas', 'avslås', 'läggs till handlingarna', 'lades till handlingarna', 'noteras till protokollet'],
  /** Elections (`Anna väljs till justerare`, `Tomas utses att justera`). */
  elections: ['väljs', 'valdes', 'utses', 'utsågs'],
  /** Paragraph openers that are a decision by themselves. */
  labels: ['beslut', 'beslutade', 'mötet beslutade'],
  /** Passive and impersonal forms of deciding (`Det beslutades att …`). */
  decidedPassive: ['beslutades', 'beslöts'],
  /** Where a sentence reports an earlier meeting's decision, not this one's. */
  earlierMeeting: ['förra', 'föregående', 'tidigare', 'senaste'],
  /** Organs whose decisions minutes report but do not make (matched at the end of the subject). */
  otherOrgans: [
    'fullmäktige', 'kommunstyrelsen', 'regionstyrelsen', 'landstingsstyrelsen', 'nämnden', 'rådet', 'regeringen', 'riksdagen',
    'kassan', 'förmedlingen', 'kommunen', 'regionen', 'länsstyrelsen', 'myndigheten', 'domstolen',
  ],
  /** Capitalised words that open a sentence but never decide (`Den beslutade tilldelningen`). */
  notSubjects: ['den', 'det', 'de', 'detta', 'denna', 'dessa', 'där', 'då', 'som', 'om', 'när', 'efter', 'enligt', 'vid', 'under', 'i', 'på', 'man', 'hon', 'han', 'ett', 'en', 'hur', 'vad', 'inför', 'tidigare'],
  /** Headings inside an item that end a run of decision or proposal clauses. */
  subheadings: [
    'beslutsunderlag', 'underlag', 'handlingar', 'ärendebeskrivning', 'ärendet', 'sammanfattning', 'sammanfattning av ärendet',
    'bakgrund', 'yrkanden', 'yrkande', 'propositionsordning', 'reservation', 'reservationer', 'protokollsanteckning',
    'skickas till', 'beslutet skickas till', 'expedieras till', 'expediering', 'motivering', 'jäv', 'överläggning',
    'information', 'diskussion', 'ekonomiska konsekvenser', 'konsekvenser',
    'beslutsgång', 'beredning', 'omröstning', 'omröstningsresultat', 'votering', 'reservationer och protokollsanteckningar',
    'deltar ej i beslut', 'deltar ej i beslutet', 'deltar inte i beslutet', 'ej deltagande i beslut', 'jäv och deltagande',
    'protokollsutdrag skickas till', 'protokollsutdrag till', 'för kännedom', 'handlingar i ärendet', 'bilagor',
    'sammanfattning av ärendet', 'beskrivning av ärendet', 'ärendebeskrivning', 'föredragning', 'föredragande',
    'upplysningar', 'tidigare beslut', 'behandling',
  ],
  /** Sub-headings over the meeting's procedure: what stands under them is no proposal of the item (`… finner att det finns två förslag till beslut`). */
  procedureHeadings: ['beslutsgång', 'propositionsordning', 'yrkanden', 'yrkande', 'omröstning', 'omröstningsresultat', 'votering', 'reservation', 'reservationer', 'protokollsanteckning', 'överläggning'],
  /** Headings of what the meeting agreed in notes (`Överenskommelse`): decisions of a meeting that keeps no protokoll. */
  agreedHeadings: ['överenskommelse', 'överenskommet', 'beslutades', 'mötet beslutade', 'gemensam överenskommelse'],
  /** What stands after `Förslag till` in a proposal heading (`Förslag till beslut på sammanträdet`, `Förslag till kommunfullmäktige`). */
  proposalTargets: ['beslut', 'beslut på sammanträdet', 'beslut i', 'kommunfullmäktige', 'kommunstyrelsen', 'regionfullmäktige', 'fullmäktige', 'nämnden', 'styrelsen', 'direktionen', 'förbundsfullmäktige', 'stadsfullmäktige', 'stadsstyrelsen'],
  /** Words that turn a sentence into a proposal, not a decision. */
  proposalMarkers: ['föreslår', 'föreslog', 'föreslås', 'förslag till beslut', 'förslag är att', 'förslaget är att', 'beslutsförslag'],
} as const;

/** Verbs that name who presents an item. */
export const PRESENTER_VERBS = ['föredrar', 'föredrog', 'föredras av', 'föredrogs av', 'föredragande', 'föredragen av'] as const;

/** Words that say the meeting was held at a distance. */
export const REMOTE_WORDS = [
  'teams', 'zoom', 'skype', 'distans', 'distansmöte', 'distansteknik', 'digitalt', 'digital', 'videolänk',
  'videomöte', 'webbmöte', 'hybrid', 'hybridmöte', 'telefonmöte', 'länk', 'google meet', 'webex',
] as const;

/** Verbs of taking part, for `medverkar digitalt`, `deltar via Teams`. */
export const PARTICIPATION_VERBS = [
  'deltar', 'deltog', 'medverkar', 'medverkade', 'närvarar', 'närvarade', 'ansluter', 'anslöt', 'hålls', 'hölls', 'genomförs', 'genomfördes',
] as const;

/** Page furniture printed on every page of minutes. */
export const PAGE_FURNITURE = [
  'ordförandes sign/justerandes sign', 'ordförandes sign / justerandes sign', 'ordförandes signatur/justerandes signatur',
  'justerandes sign', 'justerandes signatur', 'ordförandes sign', 'ordf. sign', 'just. sign', 'utdragsbestyrkande',
  'sign', 'signatur', 'sign.', 'expedierat/bestyrkt', 'expedierat / bestyrkt', 'justerarnas signaturer', 'justerarens signatur',
  'ordförandens signatur', 'sekreterarens signatur', 'justerares signatur', 'justerares sign',
] as const;

/** Lines a document-sharing site or web archive wraps around a transcribed document. */
export const WEB_WRAPPERS = {
  /** Whole lines (compared in lower case). */
  lines: [
    'storlek: px', 'starta visningen från sidan:', 'transkript', 'transcript', 'full text', 'no results found', 'upload: others',
    'category:', 'documents', 'hoppa till huvudinnehåll', 'meny', 'sök', 'skriv ut', 'dela', 'dela sidan', 'till toppen',
  ],
  /** Line openings. */
  prefixes: ['download "', 'ladda ner "', 'post on ', 'dela sidan:', 'senast uppdaterad:', 'sidan uppdaterades'],
  /** Headings of a block of other documents' titles (`Relevanta dokument`), dropped with the block. */
  blocks: ['relevanta dokument', 'liknande dokument', 'relaterade dokument', 'related documents', 'more documents'],
} as const;

/** Labels of the anslag/bevis block. */
export const POSTING = {
  adjusted: ['justeringsdatum', 'justerat', 'justerades', 'protokollet justerat', 'datum för justering', 'justeringens plats och tid', 'justeringens tid och plats', 'justeringens tid', 'justeringsdag', 'justerad', 'protokollet justeras', 'justeras den'],
  postedFrom: ['anslaget uppsatt', 'anslag uppsatt', 'datum för anslags uppsättande', 'anslaget sätts upp', 'uppsatt', 'datum då anslaget sätts upp', 'anslaget sattes upp', 'sattes upp', 'sätts upp'],
  postedTo: ['anslaget nedtaget', 'anslag nedtaget', 'datum för anslags nedtagande', 'anslaget tas ned', 'nedtaget', 'datum då anslaget tas ned', 'tas ned', 'tas ner', 'togs ned', 'togs ner', 'anslaget tas ner'],
  postedRange: ['anslaget under tiden', 'anslagstid', 'anslaget under perioden'],
  stored: ['förvaringsplats för protokollet', 'förvaringsplats för protokoll', 'förvaringsplats', 'protokollet förvaras på', 'protokollet förvaras hos', 'protokollet förvaras i', 'förvaras'],
} as const;

/** Labels of the meeting header. */
export const HEADER_LABELS = {
  organ: ['organ', 'organ:', 'instans', 'beslutande organ'],
  date: ['sammanträdesdatum', 'mötesdatum', 'datum', 'dag', 'dag och tid', 'tid och dag'],
  time: ['tid', 'klockan', 'kl'],
  place: ['plats och tid', 'tid och plats', 'plats', 'lokal', 'mötesplats', 'sammanträdesplats'],
  paragraphs: ['paragrafer', 'paragraf', 'omfattning', '§§'],
  number: ['nr', 'nummer'],
} as const;

/** Words of a meeting, for telling the meeting date from other dates in the header. */
export const MEETING_WORDS = ['sammanträde', 'sammanträdet', 'möte', 'mötet', 'sammanträdesdatum', 'klockan', 'kl'] as const;

/** Certificate vocabulary (Zigned, Scrive, Visma Addo, …). */
export const CERTIFICATE = {
  signerMarkers: ['signer', 'undertecknare', 'signerare', 'signatory'],
  signedAt: ['signed at', 'signerat', 'signerad', 'undertecknat', 'signed', 'tidpunkt', 'datum', 'signeringstid', 'tid för signering'],
} as const;

/** Prepositions after which a capitalised word continues a title (`Information från Försäkringskassan`). */
export const TITLE_LINK_WORDS = [
  'från', 'till', 'med', 'om', 'av', 'för', 'i', 'hos', 'inom', 'mellan', 'och', 'samt', 'mot', 'vid', 'på', 'inför', 'under', 'kring', 'enligt', 'gällande', 'avseende',
] as const;

/** Words that continue a suspended compound (`sjuk- och aktivitetsersättning`), never a hyphenated word. */
export const SUSPENDED_HYPHEN_NEXT = ['och', 'eller', 'samt', 'respektive', 'resp', 'till', 'som', 'eller/och'] as const;
