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
    'direktionsprotokoll', 'nämndprotokoll', 'utskottsprotokoll', 'fullmäktigeprotokoll', 'snabbprotokoll', 'årsmötesprotokoll',
    'årsstämmoprotokoll', 'föreningsstämmoprotokoll', 'stämmoprotokoll',
    // (the front page of Åland minutes that a `KALLELSESIDA` stands before)
    'protokollssida', 'protokollsida',
  ],
  notice: [
    'kallelse', 'föredragningslista', 'dagordning', 'ärendelista', 'kungörelse', 'kallelse och föredragningslista',
    'kallelse/föredragningslista', 'kallelse/underrättelse', 'kallelse och ärendelista', 'kallelse med föredragningslista',
    'underrättelse', 'preliminär föredragningslista', 'lista över ärenden', 'sammanträdeskallelse', 'möteskallelse',
    // (a draft the meeting adopts: `Förslag till dagordning`, `Preliminär dagordning`)
    'preliminär dagordning', 'förslag till dagordning', 'förslag till föredragningslista',
    // (an association's or a network's notice: `Inbjudan till styrelsemöte` over the points; not `Agenda`, which
    // heads `Agenda 2030` work in the bodies of countless municipal minutes)
    'inbjudan till styrelsemöte', 'inbjudan till möte', 'inbjudan till sammanträde', 'inbjudan till nätverksmöte',
    // (the notice page of Swedish-language Finnish and Åland minutes, over the meeting's time, place and points)
    'kallelsesida',
  ],
  notes: ['minnesanteckningar', 'minnesanteckning', 'mötesanteckningar', 'anteckningar', 'sammanträdesanteckningar', 'mötesminnesanteckningar'],
} as const;

/**
 * The words a site's heading over its papers lists beside the kinds' words (`Protokoll, kallelse och föredragningslista`,
 * `Kallelser och protokoll`, `Protokoll och handlingar`): the links between them, the kinds' plural endings, and the
 * papers that are no kind.
 */
export const SITE_SECTION_WORDS = {
  links: ['och', 'samt'],
  pluralEndings: ['r', 'er', 'or', 'na', 'rna', 'erna', 'orna'],
  papers: ['handlingar', 'sammanträdeshandlingar', 'möteshandlingar', 'beslut', 'underlag'],
} as const;

/**
 * A kind's word as the last part of a compound title alone on its line (`Förbundsstyrelseprotokoll`,
 * `Arbetsutskottsprotokoll 3/2024`, `Styrelsekallelse`, `Beredningsgruppsanteckningar`): the organ's
 * or meeting's name joined to it, as KIND_TITLES lists only the common ones.
 */
export const KIND_COMPOUND_HEADS: ReadonlyArray<{ kind: 'minutes' | 'notice' | 'notes'; word: string }> = [
  { kind: 'minutes', word: 'protokoll' },
  { kind: 'notice', word: 'kallelse' },
  { kind: 'notice', word: 'dagordning' },
  { kind: 'notes', word: 'anteckningar' },
];
/**
 * First parts of such compounds that name a record of no meeting (`Delegationsprotokoll`, `Tjänsteanteckningar`, `Besiktningsprotokoll`),
 * or a part of a § (`Protokollsanteckningar`, `Omröstningsprotokoll`, `Voteringsprotokoll`: a member's note, a roll-call's list).
 */
export const KIND_COMPOUND_NOT = ['protokoll', 'omröstnings', 'voterings', 'röstnings', 'delegations', 'tjänste', 'journal', 'besiktnings', 'inspektions', 'kontroll', 'mät', 'prov', 'provnings', 'tillsyns', 'överlämnande', 'överlämnings', 'leverans', 'skade', 'syn'] as const;

/** What only minutes say of themselves, in their opening or body (`Protokollet föres av undertecknad, kommunfullmäktiges sekreterare.`). */
export const MINUTES_SELF_REFERENCES = ['protokollet föres av', 'protokollet förs av', 'protokollet fördes av', 'närvarande vid uppropet'] as const;

/** Words before `protokoll` that make it another meeting's minutes (`föregående protokoll` on an agenda). */
export const OTHER_MEETINGS_MINUTES = ['föregående', 'förra', 'senaste', 'tidigare'] as const;

/** Words after a kind's word that go on to name the meeting (`Minnesanteckningar från möte i …`, `Protokoll fört vid …`, `Kallelse till sammanträde med …`). */
export const KIND_TITLE_MEETING_LINKS = ['från', 'fört', 'förd', 'förda', 'vid', 'till', 'för', 'inför'] as const;
/**
 * Words that carry a document's title on onto a line in lower case (`Protokoll` / `fört vid sammanträde med
 * styrelsen`, `Kallelse` / `till styrelsemöte`), besides a title's links (TITLE_LINK_WORDS): no sentence of a body.
 */
export const KIND_TITLE_GOES_ON = ['fört', 'förd', 'förda', 'hållet', 'hållen', 'upprättat', 'upprättad', 'nr', 'den'] as const;

/** Words before `föredragningslista` that make minutes speak of the agenda sent out (`Utsänd föredragningslista`), not title a notice. */
export const AGENDA_SENT_OUT = ['utsänd', 'utsända', 'utskickad', 'utskickade', 'godkänd', 'fastställd', 'godkännande av', 'fastställande av'] as const;

/** Titles of documents that travel with minutes and notices but are not meetings. */
export const OTHER_DOCUMENT_TITLES = [
  'bilaga', 'verksamhetsplan', 'budget', 'budgetplan', 'årsredovisning', 'delårsrapport',
  'delårsbokslut', 'verksamhetsberättelse', 'mötesplan', 'sammanträdesplan', 'tjänsteskrivelse',
  'revisionsberättelse', 'attestordning', 'delegationsordning', 'förbundsordning', 'arbetsordning',
  'internkontrollplan', 'granskningsrapport', 'yttrande', 'missiv',
] as const;

/**
 * The papers of one case that a notice or minutes carry after them, their own documents: a forwarded e-mail's head
 * (`Från:` over `Skickat:`, `Till:`, `Ämne:`, a label a line), a case paper's heading (`Tjänsteskrivelse`) over the labels
 * of its head (`Datum`, `Diarienummer`, `Handläggare`).
 */
export const CASE_PAPERS = {
  mailFirst: ['från', 'from'],
  mailLabels: ['skickat', 'till', 'ämne', 'kopia', 'datum', 'sent', 'to', 'subject', 'cc'],
  titles: ['tjänsteskrivelse', 'tjänsteutlåtande', 'tjänsteyttrande'],
  headLabels: ['datum', 'diarienummer', 'dnr', 'handläggare', 'ärendenummer', 'vår beteckning', 'referens', 'beteckning'],
} as const;

/** The ends of words a protocol's number follows with its `nr` (`Styrelseprotokoll nr 5`, `styrelsemöte nr 7`). */
export const NUMBERED_WORDS = ['protokoll', 'möte', 'sammanträde'] as const;

/**
 * The words a web page that publishes a meeting's papers opens its heading with, before the meeting and its day
 * (`Handlingar KF den 1 oktober 2026`, `Här finns handlingar till nämndens sammanträde den 14 maj 2026`, `Lista över
 * ärenden till styrelsens sammanträde tisdagen den 3 mars 2026`): the papers or points of a meeting to come, the lead-in
 * (`Här finns`) before them.
 */
export const MEETING_PAPERS = {
  leadIns: ['här finns', 'här hittar du', 'här publiceras', 'här är'],
  words: ['handlingar', 'sammanträdeshandlingar', 'möteshandlingar', 'ärenden', 'ärendelista', 'lista över ärenden', 'punkter'],
} as const;

/**
 * Titles of a body's rules (`Arbetsordning för kommunfullmäktige`, `Reglemente för socialnämnden`, `Stadgar för …`),
 * written after an organ's genitive too (`Kommunfullmäktiges arbetsordning`): they number their rules `§ 1`, `§ 2`.
 */
export const STATUTE_TITLES = [
  'arbetsordning', 'reglemente', 'stadgar', 'stadga', 'normalstadgar', 'förvaltningsstadga', 'delegationsordning',
  'förbundsordning', 'bolagsordning', 'attestordning',
] as const;

/**
 * The ends of the words that name a members' meeting (`Årsstämman`, `föreningsstämma`, `Distriktsstämman`,
 * `årsmötet`, `Medlemssamrådet`): a page that names one in a line with its day announces that meeting.
 */
export const ASSEMBLY_MEETING_ENDINGS = [
  'stämma', 'stämman', 'årsmöte', 'årsmötet', 'medlemsmöte', 'medlemsmötet', 'föreningsmöte', 'föreningsmötet',
  'medlemssamråd', 'medlemssamrådet', 'ägarsamråd', 'ägarsamrådet', 'förbundsmöte', 'förbundsmötet',
] as const;

/**
 * Words that tie a day to a members' meeting other than as the day it is held on: held already (`Senaste årsmötet
 * hölls den 21 april 2023`) or a deadline before it (`Motioner till årsmötet senast den 31 januari 2024`).
 */
export const ASSEMBLY_OTHER_DAYS = ['hölls', 'avhölls', 'genomfördes', 'ägde rum', 'har hållits', 'senaste', 'förra', 'senast'] as const;

/** The word an appendix after the minutes is headed with (`Bilaga 1`, `Bilaga till protokoll § 5`). */
export const APPENDIX_HEADINGS = ['bilaga', 'bil.'] as const;

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
    forms: ['förbundsstyrelse', 'förbundsstyrelsen', 'förbundsstyrelsens', 'förbundsstyrelsemöte', 'förbundsstyrelseprotokoll'],
  },
  {
    canonical: 'styrelse',
    forms: [
      'styrelse', 'styrelsen', 'styrelsens', 'styrelsemöte', 'styrelsemötet',
      'styrelsesammanträde', 'styrelsesammanträdet',
      // a title that names the organ in its compound: `Styrelseprotokoll 2022-02-11`
      'styrelseprotokoll', 'styrelseprotokollet',
    ],
  },
  {
    canonical: 'arbetsutskott',
    forms: ['arbetsutskott', 'arbetsutskottet', 'arbetsutskottets', 'au', 'au-möte', 'au-mötet', 'arbetsutskottsprotokoll'],
  },
  {
    canonical: 'medlemssamråd',
    forms: ['medlemssamråd', 'medlemssamrådet', 'medlemssamrådets', 'ägarsamråd', 'ägarsamrådet'],
  },
  {
    canonical: 'beredningsgrupp',
    forms: ['beredningsgrupp', 'beredningsgruppen', 'beredningsgruppens', 'styrelseberedning', 'styrelseberedningen'],
  },
  {
    canonical: 'ledningsgrupp',
    forms: ['ledningsgrupp', 'ledningsgruppen', 'ledningsgruppens', 'tjänstemannaledningsgrupp', 'tjänstemannaledningsgruppen', 'tjänstemannaledningsgruppens'],
  },
  { canonical: 'styrgrupp', forms: ['styrgrupp', 'styrgruppen', 'styrgruppens', 'styrgruppsmöte', 'styrgruppsmötet', 'styrgruppsprotokoll'] },
  // the officials' working group whose notes a förbund publishes: `Minnesanteckningar arbetsgruppen 2023-10-04`
  // (the definite forms only: `en arbetsgrupp tillsätts` in a § is prose, not the organ that meets)
  { canonical: 'arbetsgrupp', forms: ['arbetsgruppen', 'arbetsgruppens', 'arbetsgruppsmöte', 'arbetsgruppsmötet'] },
  // a kommunalförbund's board: `Direktionsprotokoll 2015-01-30` (`Direktionen` is read as an organ's name)
  { canonical: 'direktion', forms: ['direktionsprotokoll', 'direktionsmöte', 'direktionsmötet', 'direktionssammanträde'] },
  { canonical: 'presidium', forms: ['presidium', 'presidiet', 'presidiets'] },
  { canonical: 'förbundsråd', forms: ['förbundsråd', 'förbundsrådet'] },
  // (and the compound that titles its minutes: `ÅRSMÖTESPROTOKOLL`, `Föreningsstämmoprotokoll`)
  { canonical: 'årsmöte', forms: ['årsmöte', 'årsmötet', 'årsmötesprotokoll'] },
  { canonical: 'årsstämma', forms: ['årsstämmoprotokoll'] },
  { canonical: 'föreningsstämma', forms: ['föreningsstämmoprotokoll'] },
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
/**
 * The canonical organs that sit under another organ (`arbetsutskott`, `personalutskott`, `presidium`, `beredning`): a
 * letterhead that names the parent and the committee under it (`REGIONSTYRELSEN` / `Arbetsutskottet`) is the committee's.
 */
export const COMMITTEE_ENDINGS = ['utskott', 'presidium', 'beredning', 'beredningsgrupp'] as const;
/** The endings an organ's noun takes (definite, genitive). */
export const ORGAN_ENDINGS = ['en', 'ens', 'et', 'ets', 'n', 'ns', 's', 'ets'] as const;
/** The organ's meeting written as one word with it (`Regionrådsmöte`, `Utskottsmötet`): the organ that meets. */
export const ORGAN_MEETING_ENDINGS = ['smöte', 'smötet', 'smötets'] as const;

/**
 * Adjectives that are part of an organ's name, written apart from it (`Tekniska nämnden`, `Gemensamma servicenämnden`,
 * `Allmänna utskottet`), as the name writes them, with the forms the organ's canonical noun takes: `teknisk nämnd`,
 * `allmänt utskott` (a neuter noun's, see NEUTER_ORGAN_NOUNS).
 */
export const ORGAN_ADJECTIVE_FORMS = [
  { written: 'tekniska', common: 'teknisk', neuter: 'tekniskt' },
  { written: 'sociala', common: 'social', neuter: 'socialt' },
  { written: 'gemensamma', common: 'gemensam', neuter: 'gemensamt' },
  { written: 'allmänna', common: 'allmän', neuter: 'allmänt' },
  // (a participle, the same in every form: `Ekby brottsförebyggande råd`, `Ekby kommuns brottsförebyggande råd`)
  { written: 'brottsförebyggande', common: 'brottsförebyggande', neuter: 'brottsförebyggande' },
  { written: 'drogförebyggande', common: 'drogförebyggande', neuter: 'drogförebyggande' },
] as const;
export const ORGAN_ADJECTIVES: readonly string[] = ORGAN_ADJECTIVE_FORMS.map((a) => a.written);
/** The organ nouns of neuter gender (`ett utskott`): an adjective before them ends in `-t`. */
export const NEUTER_ORGAN_NOUNS = ['utskott', 'fullmäktige', 'presidium', 'samråd', 'förbundsråd', 'ungdomsråd', 'pensionärsråd', 'tillgänglighetsråd', 'råd'] as const;
/** Words ending like an organ that are none. */
export const NOT_ORGANS = ['förslag', 'underlag', 'utskottsförslag', 'revisionsberättelse', 'styrelseledamot', 'nämndsekreterare', 'rådgivare', 'samrådsgrupp'] as const;

/**
 * A web page's breadcrumb trail above the minutes (`Din position: Hem > Ekby stad > Ekby Hamn AB > Sammanträde 2003-12-16`):
 * the signs between its crumbs, the words that mark a company's name (`Ekby Hamn AB`, `AB Ekbybostäder`, `Ekby Energi
 * Aktiebolag`), and the organ of a company that meets, its board.
 */
export const BREADCRUMB = {
  separators: ['>', '»', '›'],
  companyWords: ['AB', 'Aktiebolag', 'aktiebolag'],
  companyOrgan: 'styrelse',
} as const;

/**
 * An organ's noun that says no more than that some organ met (`Nämnd` as a BEVIS form's label left empty, `NÄMNDEN`
 * alone at the head): no organ's name, so the meeting's body is none of it (a later organ's name in the text may be).
 */
export const GENERIC_ORGAN_NOUNS = ['nämnd'] as const;

/** Organisations of the public sector by their head word: `Högsby kommun`, `Region Halland`, `Göteborgs Stad`. */
export const PUBLIC_BODIES = {
  /** A name before the word: `Högsby kommun`, `Göteborgs Stad`, `Västra Götalands läns landsting`. */
  // (and the kinds of kommunalförbund named by their task: `Norra Ekbygdens Miljöförbund`, `Gymnasieförbundet Ekbygden`)
  // (and a Finnish region's council of municipalities, its landskapsförbund, by the region's name: `Nylands förbund`,
  // `Mellersta Österbottens förbund`)
  // (and Finland's joint municipal authority, its samkommun: `Ekby samkommun`, `Samkommunen Ekby`)
  after: ['kommun', 'stad', 'landsting', 'läns landsting', 'kommunalförbund', 'räddningstjänstförbund', 'samordningsförbund', 'regionförbund', 'miljöförbund', 'avfallsförbund', 'gymnasieförbund', 'utbildningsförbund', 'kommunförbund', 'förbund', 'samkommun',
    // (`Ekby universitet`, `Ekby tekniska högskola`)
    'universitet', 'högskola'],
  /** The organs a name runs into (`Helsingfors stadsstyrelse`, `Tallmo kommunfullmäktige`): the body is the name and its head. */
  organs: ['styrelse', 'styrelsen', 'styrelsens', 'fullmäktige', 'fullmäktiges'],
  /** A name after the word: `Region Halland`, `Kommunalförbundet Sydarkivera`. */
  before: ['region', 'kommunalförbundet', 'räddningstjänsten', 'räddningstjänstförbundet', 'samordningsförbundet', 'regionförbundet', 'landstinget', 'förbundet', 'miljöförbundet', 'avfallsförbundet', 'gymnasieförbundet', 'utbildningsförbundet',
    // (a county's association of municipalities: `Kommunförbundet Norrby`)
    'kommunförbundet', 'samkommunen',
    // (a state university's board meets as its `styrelse`: `Styrelsen för Högskolan i Ekby`, `Högskolan Ekdalen`)
    'högskolan'],
  /** A place after the word and `i`: `Högskolan i Ekby`. */
  beforePlace: ['högskolan'],
} as const;

/**
 * Prepositions a heading in capitals runs on before a public body's name (`FAKTURERINGSANVISNING FÖR EKBY KOMMUN`): none of
 * the name (in lower case the name's reader passes them by as it does every lower-case word).
 */
export const NAME_PREPOSITIONS = ['för', 'i', 'av', 'till', 'från', 'på', 'med', 'vid', 'om', 'inom', 'hos', 'och'] as const;

/** Words that name the organisation itself. */
export const ORGANISATION_NOUNS = ['samordningsförbundet', 'samordningsförbund', 'finsam'] as const;

/**
 * Words after which a § is a reference in running text (`bordlades i § 9`, `enligt § 4`), never a heading; and `ej`, which
 * notes a § a member did not take part in (`Anders Falk (S) ej § 53`, in a list of members flattened onto one line).
 */
export const SECTION_REFERENCE_WORDS = ['i', 'enligt', 'under', 'se', 'jfr', 'jämför', 'av', 'från', 'till', 'och', 'samt', 'vid', 'om', 'på', 'med', 'genom', 'ej'] as const;

/**
 * The end or start of a range of attended §§ written before the sign (`miljöchef t o m § 108`, `ekonom fr.o.m. § 5`,
 * `tom §5`): the paragraphs an official attended, no heading, though one word alone (`m`) tells nothing.
 */
export const ATTENDED_RANGE_WORDS = ['t o m', 't.o.m.', 't.o.m', 'tom', 'fr o m', 'fr.o.m.', 'fr.o.m', 'from'] as const;

/**
 * A list of who decided written as its exceptions (`Kommunfullmäktiges samtliga ledamöter med
 * undantag för Olle Rask (KP) och …`): the words before the names, who then stayed away.
 */
export const ALL_MEMBERS_BUT = {
  all: ['samtliga ledamöter', 'samtliga ordinarie ledamöter', 'alla ledamöter', 'samtliga ledamöter i fullmäktige'],
  but: ['med undantag för', 'med undantag av', 'utom', 'förutom', 'utom följande'],
  // (and the word that says they came, between them: `Samtliga ledamöter närvarande förutom Per Lind och Eva Ek`)
  present: ['närvarande', 'var närvarande', 'är närvarande', 'deltog', 'deltar'],
} as const;

/**
 * A council's roll call written as prose, as some cities' fullmäktige minutes open (`Närvarande vid
 * uppropet: ordföranden, … samt övriga ledamöter utom Gerd Lindvall och Omar Said. Som ersättare för
 * de frånvarande ledamöterna inträder: Tor Engqvist för Gerd Lindvall, …`): the words that open it,
 * the verbs before the deputies who take the seats, and the word between a deputy and the member.
 */
export const ROLL_CALL_PROSE = {
  opening: ['vid uppropet', 'vid upprop', 'vid uppropet närvarande'],
  enter: ['inträder', 'inträdde', 'inträtt', 'tjänstgör', 'tjänstgjorde'],
  for: ['för', 'i stället för', 'istället för'],
} as const;

/** What stands under `Beslutande` where the people are listed elsewhere (`Enligt särskild närvarolista`, `Se bilaga`): no person, no place. */
export const PARTICIPANTS_ELSEWHERE = [
  'enligt särskild närvarolista', 'se särskild närvarolista', 'enligt bifogad närvarolista', 'se bifogad närvarolista',
  'enligt bilagd närvarolista', 'se bilagd närvarolista', 'enligt närvarolista', 'se närvarolista', 'enligt bilaga', 'se bilaga',
  'enligt separat närvarolista', 'se separat närvarolista', 'enligt närvaroförteckning', 'se närvaroförteckning',
  'enligt bilagd förteckning', 'se bilagd förteckning', 'enligt förteckning', 'se förteckning', 'enligt bifogad förteckning',
  'se bifogad förteckning', 'enligt särskild förteckning', 'se särskild förteckning', 'se följande sidor', 'se följande sida', 'se nästa sida',
  // with the page's number after it, which the patterns allow (`Se sid 2`, `se sidan 3`)
  'se sidan', 'se sida', 'se sid', 'se sid.',
  // (`Se vidare sid 2`: the list goes on on that page)
  'se vidare sidan', 'se vidare sida', 'se vidare sid', 'se vidare sid.',
  // (a list of who attended and who served, one document: `Enligt närvaro- och tjänstgöringslista`)
  'enligt närvaro- och tjänstgöringslista', 'se närvaro- och tjänstgöringslista', 'enligt tjänstgöringslista', 'se tjänstgöringslista',
  'enligt närvaro- och omröstningslista', 'se närvaro- och omröstningslista',
] as const;

/** Participant headings: the words that open them, and the role each implies. */
export const ROLE_HEADINGS: ReadonlyArray<{ role: 'member' | 'deputy' | 'other' | 'absent'; words: readonly string[] }> = [
  {
    role: 'absent',
    words: [
      'anmält förhinder', 'anmälda förhinder', 'anmält frånvaro', 'förhinder', 'frånvarande', 'ej närvarande', 'ej närvaro',
      // (the participle as templates also write it: `Anmäld frånvaro:`, `Anmält förfall`)
      'anmäld frånvaro', 'anmälda frånvaro', 'anmält förfall', 'anmäld förhinder',
      // the verb's past as a heading over those who stayed away: `Deltog ej`, `Deltog inte`, `Ej deltagande`
      'deltog ej', 'deltog inte', 'ej deltagande', 'inte deltagande', 'ej deltagit', 'ej närvarande ledamöter',
      // a network's or a working group's notes: `Meddelat förhinder:`, `Har meddelat förhinder`
      'meddelat förhinder', 'meddelade förhinder', 'har meddelat förhinder', 'förhinder meddelat',
      // two headings in one, a slash between them: `Ej närvarande/förhinder:`, `Frånvarande/förhinder`
      'ej närvarande/förhinder', 'frånvarande/förhinder', 'förhinder/frånvarande',
    ],
  },
  {
    role: 'deputy',
    words: [
      'tjänstgörande ersättare', 'ersättare', 'närvarande ersättare', 'ej tjänstgörande ersättare', 'icke tjänstgörande ersättare',
      'ej beslutande', 'icke beslutande', 'ej beslutande ersättare', 'närvarande ej tjänstgörande ersättare', 'ej tjänstgörande',
      'suppleanter', 'närvarande suppleanter', 'tjg ers', 'tjg ersättare', 'ej tjg ers', 'ej tjg ersättare',
      // the same said otherwise, or as templates misspell it: `Ersättare inte tjänstgörande`, `Närvarande, ej tjg ers:`, `Ej tjänstegörande;`
      'inte tjänstgörande', 'ersättare inte tjänstgörande', 'ersättare ej tjänstgörande', 'inte tjänstgörande ersättare',
      'närvarande, ej tjg ers', 'närvarande, ej tjänstgörande', 'närvarande, ej tjänstgörande ersättare', 'ej tjänstegörande', 'ej tjänstegörande ersättare',
      // a notice's lists of who is called
      'kallade ersättare',
      // each member's own deputy, as Swedish-language Finnish (Åland) minutes list them: `Personliga ersättare:`
      'personliga ersättare', 'personlig ersättare',
    ],
  },
  {
    role: 'member',
    words: [
      'beslutande', 'ledamöter', 'ordinarie ledamöter', 'ordinarie', 'närvarande ledamöter', 'tjänstgörande ledamöter', 'närvarande beslutande', 'medlemmar', 'ordinarie medlemmar', 'kallade ledamöter',
      // one list of the members and the deputies who serve, each deputy marked (`Leif Sandin (M) tjg. för Agneta Lund (M)`)
      'beslutande och tjänstgörande ersättare', 'beslutande ledamöter och tjänstgörande ersättare', 'ledamöter och tjänstgörande ersättare',
      'beslutande ledamöter och ersättare', 'beslutande och tjg ersättare', 'beslutande och tjg ers',
    ],
  },
  {
    role: 'other',
    words: [
      'övriga', 'övriga deltagare', 'övriga närvarande', 'närvarande', 'närvarande tjänstepersoner',
      'tjänstepersoner', 'tjänstemän', 'tjänsteman', 'tjänsteperson', 'deltagare', 'adjungerade', 'adjungerad', 'adjungerande', 'inbjudna', 'från kansliet',
      // a directorate's union representatives: `Fackliga organisationer` / `Joakim Kast, Ledarna`
      'fackliga organisationer', 'fackliga representanter', 'fackliga företrädare', 'dessutom närvarande', 'övriga kallade', 'kallade',
      // the elected members present without a vote in this organ, between the members and the staff
      'övriga förtroendevalda', 'närvarande förtroendevalda',
    ],
  },
];

/**
 * Headings over who was or was not at a meeting (`Närvarande: …`, `Frånvarande`): what the record of
 * a meeting tells and its agenda does not (a notice lists those called, `Kallade`).
 */
export const ATTENDANCE_HEADINGS = {
  /** Over who came: `Närvarande: Anna Berg, …`. */
  present: ['närvarande', 'närvarande ledamöter', 'övriga närvarande', 'närvarande ersättare'],
  /** Over who did not: `Ej närvarande`, `Frånvarande`, `Anmält förhinder`. */
  absent: ['frånvarande', 'ej närvarande', 'anmält förhinder', 'anmäld frånvaro', 'deltog ej', 'deltog inte'],
} as const;
export const PRESENCE_HEADINGS = [...ATTENDANCE_HEADINGS.present, ...ATTENDANCE_HEADINGS.absent] as const;

/**
 * How a record tells what a point came to, in the past: the past passive's endings (`Dagordningen godkändes`,
 * `diskuterades`, `Mötet avslutades`, `Protokollet lades till handlingarna`, `tillstyrktes`) and its strong forms
 * (`antogs`, `utsågs`, `beslöts`, `hölls`); the active past after the one who did it (`Karl Lind informerade om …`,
 * `Nya deltagare presenterade sig`, `Gruppen diskuterade …`). An agenda says what is to come (`Förslag till beslut`,
 * `informerar`, `kallas`), so points that tell these mean the meeting was held (detect/held-meeting.ts).
 */
export const REPORTED_OUTCOME = {
  /** Endings of the past passive, after a stem of three letters or more. */
  passiveEndings: ['ades', 'ndes', 'ldes', 'rdes', 'vdes', 'ktes', 'ptes', 'ttes', 'stes'],
  /** Strong and irregular past passives, whole words. */
  passiveWords: ['antogs', 'avslogs', 'togs', 'drogs', 'utsågs', 'sågs', 'beslöts', 'hölls', 'gavs', 'lades', 'sades', 'valdes', 'gicks'],
  /** Endings of the active past, read only after a subject (a name, or a noun in its definite form). */
  activeEndings: ['ade', 'rde', 'nde', 'lde', 'kte', 'pte', 'ste'],
  /** Strong and irregular active pasts, read likewise. */
  activeWords: ['gick', 'tog', 'gav', 'fick', 'sade', 'sa', 'beslöt', 'höll', 'drog', 'berättade', 'redogjorde', 'framförde'],
  /** A definite noun's endings, as a subject before the active past (`Gruppen`, `Nätverket`, `Ordföranden`, `Deltagarna`). */
  definiteEndings: ['en', 'et', 'na', 'an'],
} as const;
/**
 * Words of a notice's title that call the meeting (`Kallelse till …`, `Inbjudan till styrelsemöte`, `Kungörelse`): a document
 * so titled is the call whatever its points tell; only an agenda's title (`Dagordning`, `Agenda`, `Lista över ärenden`) can
 * head the record of the meeting it listed.
 */
export const CALLING_TITLE_WORDS = ['kallelse', 'kallas', 'inbjudan', 'kungörelse', 'underrättelse'] as const;
/**
 * A meeting announced as to come, in a line of its own page (`Årets möte kommer att ske via Zoom`, `Årsmötet hålls i
 * Folkets hus`, `Välkomna till medlemsmöte`): with numbered points under it, the page is the meeting's agenda, though it
 * names no day (a record tells it in the past: `Mötet hölls`).
 */
/** `Årets möte hölls via Zoom`, `Stämman genomfördes i maj`: verbs that tell a meeting as held, right after its word. */
export const MEETING_HELD_VERBS = ['hölls', 'avhölls', 'genomfördes', 'ägde rum', 'har hållits', 'har genomförts'] as const;

export const MEETING_TO_COME = {
  /** The meeting's word, as the last part of a compound too (`Styrelsemötet`, `Årsstämman`). */
  meetings: ['möte', 'mötet', 'stämma', 'stämman', 'sammanträde', 'sammanträdet', 'träff', 'träffen'],
  /** Verbs of what is to come, right after it. */
  verbs: ['kommer att', 'ska', 'skall', 'hålls', 'äger rum', 'genomförs', 'avhålls'],
  /** A welcome to it, right before it. */
  welcomes: ['välkommen till', 'välkomna till'],
  /** Or the other order, the auxiliary before it and the verb after it (`Den 2 oktober kommer ett förbundsmöte att hållas`). */
  auxiliaries: ['kommer', 'ska', 'skall'],
  infinitives: ['hållas', 'avhållas', 'genomföras', 'äga rum'],
} as const;

/**
 * Verbs that call a meeting in a letter's prose, the meeting's word after them in the same sentence (`Styrelsen kallar
 * härmed medlemmarna till ordinarie föreningsstämma …`, `Medlemmarna kallas till årsmöte …`, `Härmed inbjuds ombuden till
 * medlemssamråd …`, `Du bjuds in till styrelsens möte …`).
 */
export const MEETING_CALL_VERBS = ['kallar', 'kallas', 'kallar in', 'inkallas', 'inbjuder', 'inbjuds', 'bjuder in', 'bjuds in', 'välkomnas'] as const;

/** `Frånvarande: Inga`: the word alone under an absence heading says nobody stayed away (`Inga` is a given name too). */
export const NOBODY_UNDER_ABSENT = ['inga', 'ingen', 'inget', 'inga frånvarande', 'ingen frånvarande', 'inga förhinder'] as const;

/**
 * The plural's definite form opening a sentence of names inside another list (`Övriga deltagande
 * Ersättarna Kent Wik (M) och Ann Bo (S)`): the role of the names it opens, never a heading of
 * the front page (the lines after it are the list's again).
 */
export const ROLE_SENTENCE_OPENERS: ReadonlyArray<{ role: 'member' | 'deputy'; words: readonly string[] }> = [
  { role: 'deputy', words: ['ersättarna', 'suppleanterna', 'ej tjänstgörande ersättarna', 'tjänstgörande ersättarna', 'närvarande ersättarna'] },
  { role: 'member', words: ['ledamöterna'] },
];

/**
 * Headings of a notice's list of who receives it only to know of the meeting, beside the
 * lists of who is called (`Kallade ledamöter   För kännedom   Övriga kallade`): a column of
 * its own there, never a heading elsewhere (`För kännedom` also closes minutes).
 */
export const RECIPIENT_COLUMN_HEADS = ['för kännedom', 'för kännedom till', 'för information', 'kopia till', 'för kännedom:'] as const;

/**
 * Headings of the deputies who serve in a member's place, printed beside the members' heading over a
 * table's two columns (`Ledamöter   Tjänstgörande ersättare`): when the two are flattened into one list,
 * those who serve for nobody are the members.
 */
/**
 * Short words a list writes in brackets after a name that say how the person attends, not a party
 * (`Siv Ås (tjg)`, `Kurt Al (ers)`): never a local party's letters (see parse/participants/local-parties.ts).
 */
export const ATTENDANCE_NOTE_WORDS = ['tjg', 'ers', 'adj', 'led', 'ej', 'ank', 'avg', 'del', 'fr', 'tom', 'fom', 'kl', 'sup', 'ord', 'vik', 'tf', 'ins', 'jäv'] as const;
export const SERVING_DEPUTY_HEADINGS = ['tjänstgörande ersättare', 'tjg ers', 'tjg ers.', 'tjg ersättare', 'tjänstgörande ersättare (tjg)'] as const;

/** Words that may follow a heading word and still belong to the heading. */
export const ROLE_HEADING_QUALIFIERS = [
  'ledamöter', 'deltagare', 'ersättare', 'närvarande', 'styrelserepresentanter', 'representanter',
  'tjänstepersoner', 'tjänstemän', 'beslutande', 'förhinder', 'frånvaro', 'ej', 'tjänstgörande',
  'från', 'kansliet', 'ordinarie', 'deltagande', 'gäster', 'personer', 'tjg', 'ers',
  'kommunrepresentanter', 'partirepresentanter', 'regionrepresentanter', 'myndighetsrepresentanter',
] as const;

/** Signature block labels. */
export const SIGNATURE_LABELS: ReadonlyArray<{ role: 'chair' | 'secretary' | 'adjusters'; words: readonly string[] }> = [
  { role: 'secretary', words: ['vid protokollet', 'vid anteckningarna', 'sekreterare', 'protokollförare', 'protokollet fört av', 'protokollförd av', 'antecknare', 'antecknat av', 'anteckningar förda av', 'minnesanteckningar förda av', 'vid pennan', 'vid tangentbordet', 'sekreterare för mötet', 'mötessekreterare', 'protokollsekreterare',
    // cut short as an association's minutes write it (`Eva Ros, sekr.`, `Sekr. Eva Ros`), as `ordf` is the chair's
    'sekr', 'mötessekr'] },
  // (`Mötesledare: Anna Ek`: who led the meeting, as a board or a network's notes name the chair)
  // (`Eva Ek Mötesordf, KST-ordf`: Åland's minutes sign the chair of the meeting cut short)
  { role: 'chair', words: ['mötesordförande', 'ordförande', 'ordf', 'mötesledare', 'mötesordf'] },
  { role: 'adjusters', words: ['justerare', 'justeras', 'justerande', 'justeringsperson', 'justeringspersoner', 'justeras av', 'utses att justera', 'utsedd att justera', 'utsedda att justera', 'protokolljusterare', 'protokollsjusterare', 'protokolljusterarna', 'protokollsjusterarna'] },
];

/** Signature labels no line of a § is (`Vid protokollet`, `Justeras`): they open the signatures wherever they stand. */
export const SURE_SIGNATURE_LABELS = ['vid protokollet', 'vid anteckningarna', 'justeras', 'justeras av', 'protokollförare', 'antecknare'] as const;

/** Signature labels that head a group of signers, never one signer's role (`Justeras` over `Anna Ek` / `Ordförande`). */
export const SIGNATURE_GROUP_LABELS = ['vid protokollet', 'vid anteckningarna', 'justeras av', 'justeras', 'underskrifter', 'underskrift', 'signaturer'] as const;

/**
 * The notice of a meeting, whose posting a fullmäktige's minutes report in a § (`Kungörelsen om fullmäktiges sammanträde
 * anslogs den 5 januari 2011 på landstingets anslagstavla`): a sentence that names one posts no minutes.
 */
export const POSTED_NOTICE_WORDS = ['kungörelse', 'kungörelsen', 'kallelse', 'kallelsen', 'föredragningslista', 'föredragningslistan', 'annonsering'] as const;

/** Headings of the anslag/bevis block that certifies the adjusted minutes were posted. */
export const POSTING_BLOCK_HEADINGS = [
  'bevis', 'anslag', 'anslagsbevis', 'anslag/bevis', 'bevis/anslag', 'anslag / bevis', 'bevis / anslag', 'justeringsbevis',
  // `BEVIS OM ANSLAG`, `Intyg om anslag`, `Bevis om justering`
  'bevis om anslag', 'intyg om anslag', 'bevis om justering', 'bevis om protokollsjustering',
  // `Tillkännagivande av justering` over the sentence that says when the minutes were adjusted and posted
  'tillkännagivande av justering', 'tillkännagivande om justering', 'tillkännagivande av protokollsjustering', 'tillkännagivande om protokollsjustering',
  'tillkännagivande av justerat protokoll', 'tillkännagivande om justerat protokoll',
] as const;

/** Lists that close minutes (attachments, who receives them): part of the minutes, never a new document. */
export const MINUTES_TAIL_HEADINGS = [
  'bilagor', 'bilageförteckning', 'förteckning över bilagor', 'expedieras', 'expedieras till', 'sändlista', 'utdrag till',
  'beslutet skickas till', 'protokollet skickas till', 'kopia till', 'för kännedom', 'delges',
] as const;

/** Headings that open a signature block without naming a role. */
export const SIGNATURE_BLOCK_HEADINGS = ['underskrifter', 'underskrift', 'signaturer', 'justering', 'justerandes signatur', 'justerandes signaturer'] as const;

/**
 * Headings over the signers of minutes signed electronically, each with the day and often the hour
 * (`Signerat elektroniskt av:` over `Anna Ek, ordförande   2024-03-20 14:02`, or `Elektroniskt signerad av` over
 * each signer's name and time): they open the signatures wherever they stand.
 */
export const E_SIGNED_HEADINGS = [
  'signerat elektroniskt av', 'signerad elektroniskt av', 'elektroniskt signerad av', 'elektroniskt signerat av',
  'digitalt signerad av', 'digitalt signerat av', 'signerat digitalt av', 'signerad digitalt av', 'e-signerat av', 'e-signerad av',
] as const;

/**
 * Column heads of a participant table under which a name is the member the row's person serves for
 * (`Ledamot   Ersätter` over `Eva Ek (S)   Bo Ås (S)`).
 */
export const SUBSTITUTE_COLUMN_HEADS = ['ersätter', 'tjänstgör för', 'tjänstgör istället för', 'tjänstgör i stället för', 'i stället för', 'istället för', 'ersättare för'] as const;

/**
 * The two column heads of an attendance table whose rows each hold a member and that member's personal deputy
 * (`ORDINARIE   ERSÄTTARE`, `Ordinarie ledamöter   Personliga ersättare`), the members' column first.
 */
export const MEMBER_COLUMN_HEADS = ['ordinarie', 'ordinarie ledamöter', 'ordinarie ledamot'] as const;
export const DEPUTY_COLUMN_HEADS = ['ersättare', 'personliga ersättare', 'personlig ersättare', 'suppleant', 'suppleanter'] as const;

/** Column heads of a participant table (`Ledamöter   Parti   Organisation`). */
export const PARTICIPANT_COLUMN_HEADS = [
  ...SUBSTITUTE_COLUMN_HEADS,
  'parti', 'organisation', 'namn', 'roll', 'funktion', 'representerar', 'närvaro', 'kommun', 'myndighet', 'ledamot',
  'ersättare', 'tjänstgör', 'paragrafer', '§', '§§', 'befattning', 'uppdrag', 'part', 'huvudman',
  'närvarande', 'frånvarande', 'ej närvarande', 'tjg', 'ej tjg', 'tjänstgörande', 'ja', 'nej', 'avstår', 'närvaro ja/nej', 'anmärkning', 'kommentar', 'notering',
  'närv.', 'närv', 'frånv.', 'frånv',
] as const;

/**
 * Titles of the attendance and roll-call table that kommunfullmäktige minutes put at their
 * end (often as an appendix, `Beslutande: se bilaga A`), and the heads of its columns.
 */
export const ROLL_CALL = {
  titles: ['närvaro- och omröstningslista', 'närvaro- och voteringslista', 'närvaro och omröstningslista', 'närvarolista', 'närvaro- och omröstningsprotokoll', 'omröstningslista', 'voteringslista'],
  /** The first column: the seat holders. */
  names: ['ledamöter', 'ledamot', 'ordinarie ledamöter', 'namn', 'ledamöter/ersättare'],
  /** The column of marks saying the member came. */
  present: ['närvarande', 'närv', 'närv.', 'närvaro', 'tjg', 'tjänstgör'],
  /** The column naming the deputy who served in the seat. */
  deputy: ['tjänstgörande ersättare', 'tjg ersättare', 'tjg ers', 'tjg ers.', 'ersättare', 'ersätts av', 'ersättare som tjänstgör'],
  party: ['parti'],
} as const;

/** Column heads of an attendance table under which a mark (`X`) says the person stayed away. */
export const ABSENT_COLUMN_HEADS = ['frånvarande', 'ej närvarande', 'nej', 'närvaro nej', 'frånv.', 'frånv'] as const;

/** Marks of attendance in a participant list or table: present, and absent. */
export const ATTENDANCE_MARKS = {
  present: ['[x]', '[X]', '☒', '☑', '✓', '✔', 'x', 'X', 'ja', 'Ja', 'JA', 'närvarande', 'tjg'],
  absent: ['[ ]', '[]', '☐', 'nej', 'Nej', 'NEJ', '-', '–', 'frånvarande', 'ej tjg', 'Frånvarande', 'frånv.', 'Frånv.'],
} as const;

/** Headings in the header that end a participant list. */
export const HEADER_STOP_WORDS = [
  'omfattning', 'paragrafer', 'paragraf', 'utses att justera', 'justeringens', 'justering',
  'plats', 'tid', 'plats och tid', 'datum', 'underskrifter', 'anslag', 'bevis', 'ärenden', 'ärende',
  // who gets a copy of the notes to know of them, after those present (`Kopia för kännedom: Styrgruppen`): not at the meeting
  'kopia för kännedom', 'kopia för information', 'kopia till', 'kopia', 'sändlista',
] as const;

/** A seat nobody holds, in a list of members or deputies (`Vakant (SD)`, `Vakant plats   M`): no person. */
/** The words after which a deputy names the seat served (`Olof Ek (L) för Vakant (L)`, `… ersätter vakant (S)`): a vacant seat after them is the deputy's. */
export const SERVES_FOR_WORDS = ['för', 'ersätter', 'ersatte', 'i stället för', 'istället för'] as const;
export const VACANT_SEAT_WORDS = ['vakant', 'vakans', 'vakanta', 'vakant plats', 'ej tillsatt', 'ej utsedd', 'ledig plats'] as const;

/** Headings of a table of contents in minutes (not the agenda of a notice). */
export const CONTENTS_HEADINGS = [
  'innehåll', 'innehållsförteckning', 'ärendelista', 'ärendeförteckning', 'ärenden', 'förteckning över ärenden',
  'paragrafförteckning', 'ärende sida', 'ärenden sida', 'paragraf ärende sida', '§ ärende sida', 'innehåll sida',
] as const;

/** Contents headings under which a page number may follow a title after a single space. */
export const CONTENTS_HEADINGS_LOOSE = ['innehåll', 'innehållsförteckning', 'innehåll sida'] as const;

/** Swedish political parties (and a few historical or local abbreviations). */
export const PARTIES = ['S', 'M', 'C', 'L', 'KD', 'V', 'MP', 'SD', 'FP', 'Fp', 'Kd', 'Mp'] as const;

/**
 * The letters of organisations a list writes in brackets after a name as it would a party
 * (`Eva Ek (FK)`, `Per Holm (AF)`, `Ulla Borg (VGR)`, an auditor's `(EY)`): never a local party's (`(KP)`, `(NP)`).
 */
export const ORGANISATION_ACRONYMS = ['FK', 'AF', 'VGR', 'RJL', 'SLL', 'SKR', 'SKL', 'RS', 'RH', 'KFV', 'BUP', 'VC', 'PO', 'EY', 'KPMG', 'PWC'] as const;

/**
 * The national associations of pensioners and of people with disabilities, in the capitals a pensioners' or a
 * disability council's roll writes after each member's name (`Rolf Lind PRO`, `Eva Ek, SKPF`, `Gun Ås (HRF)`): the
 * association the member speaks for, never a party. Three letters at least, which no party's letters are.
 */
export const ASSOCIATION_ACRONYMS = ['PRO', 'SPF', 'SKPF', 'SPRF', 'RPG', 'DHR', 'HRF', 'SRF', 'FUB', 'RTP', 'RSMH', 'NHR', 'RBU', 'SDR', 'HSO', 'HLF'] as const;

/**
 * A council member's entry run on after the name (`Lars Holm PRO`, `Uno Ek Omsorgsnämnden`, see
 * parse/participants/association-after-name.ts): the definite endings of the committee or office that sends a member
 * (`Humanistiska nämnden`, `Kommunstyrelsen`, `Vård- och omsorgsförvaltningen`), the deputy's words that may stand
 * before the association (`Vivi Holm, ers PRO för Eva Ek`) and the word that names the member served for.
 */
export const SENDING_BODY_ENDINGS = ['nämnden', 'styrelsen', 'förvaltningen'] as const;
export const ENTRY_DEPUTY_WORDS = ['ers', 'ers.', 'ersättare', 'tjg', 'tjg.', 'tjänstgörande'] as const;
export const ENTRY_SERVES_FOR = ['för'] as const;

/**
 * Positions written as their acronym in capitals after a name (`Lotta Tyr MAS`, `Gunilla Marc, MAS`): the
 * medically responsible nurse's, the one for rehabilitation, the socially responsible coordinator's. Whole
 * words only (a word ending in `mas` is a name: `Tomas`), never a local party's letters.
 */
export const POSITION_ACRONYMS = ['MAS', 'MAR', 'SAS'] as const;

/** Positions a participant can hold; a word ending in one of these is a position too. */
export const POSITION_WORDS = [
  'ordförande', 'förbundschef', 'sekreterare', 'administratör', 'ekonom', 'controller', 'samordnare',
  'koordinator', 'handläggare', 'strateg', 'chef', 'ledare', 'utvecklare', 'revisor', 'ombud',
  'tjänsteperson', 'kanslist', 'utredare', 'analytiker', 'kommunikatör', 'konsult', 'specialist',
  'rådgivare', 'direktör', 'ansvarig', 'assistent', 'handledare', 'coach', 'sakkunnig', 'ledamot', 'ersättare',
  'inspektör', 'jurist', 'ingenjör', 'planerare', 'registrator', 'arkivarie', 'föredragande', 'representant',
  // professions officials are listed by (`planarkitekt Eva Ek`, `rektor Ola Berg`, `skolkurator …`)
  'arkitekt', 'tekniker', 'rektor', 'lärare', 'pedagog', 'psykolog', 'kurator', 'läkare', 'sjuksköterska', 'socionom',
  // (Åland's and Finland's Swedish: `socialarbetare`, the social worker; `planläggare`, the town planner)
  'socialarbetare', 'planläggare',
  'arbetsterapeut', 'fysioterapeut', 'bibliotekarie', 'projektör', 'förvaltare', 'kommunalråd', 'oppositionsråd',
  // (care and rehabilitation staff, as a förbund's or a nämnd's minutes list them: `Eva Ek, dietist`, `arbetskonsulent Per Ås`)
  'dietist', 'sjukgymnast', 'logoped', 'barnmorska', 'sköterska', 'skötare', 'konsulent', 'statistiker', 'vaktmästare',
  // Swedish-language Finnish minutes: `Medlem Anna Rosen` under `Närvarande`, and the deputy's word beside `medlem`
  // (`Ek Anna medlem Berg Eva suppleant` under `NÄRVARANDE LEDAMÖTER`)
  'medlem', 'suppleant',
  // who keeps the minutes, and those who attend to learn (`Anna Ek, protokollförare`, `Ola Berg, socionomstuderande`)
  'förare', 'studerande', 'student', 'praktikant', 'observatör', 'rapportör',
  // a company's managing director (`VD Per Ås`, `Per Ås, vd`): a municipal company's board, a förbund's own company
  'vd',
  // a samordningsförbund's own trades, after the name under `Övriga` (`Eva Ek, processtödjare`, `Per Ås, arbetsförmedlare`)
  'stödjare', 'förmedlare',
  // a municipality's procurement officer, after the name in a run-on list of officials (`Eva Ek Upphandlare 50`)
  'upphandlare',
  // the head of an institution or a unit, after the name and before the institution (`Eva Ek, föreståndare, Ekby forskarskola`)
  'föreståndare',
  // the municipality's ecologist, after the name in a list of officials (`Eva Ek, kommunekolog, 52`)
  'ekolog',
] as const;

/**
 * The positions among POSITION_WORDS that members of the body hold (elected or appointed to
 * it); the others are staff's (`kommunchef`, `sekreterare`), who never sit among those who decide.
 */
export const MEMBER_POSITION_WORDS = [
  'ordförande', 'ledamot', 'ersättare', 'medlem', 'suppleant', 'kommunalråd', 'oppositionsråd', 'ombud', 'representant',
] as const;

/**
 * The presidium's positions, by the word that ends each (`ordförande`, `I vice ordf.`, `viceordförande`): the cells a roll's
 * column of positions fills at its top only, the chair's and the vice chairs' rows, the other rows left blank.
 */
export const PRESIDIUM_POSITION_ENDS = ['ordförande', 'ordf', 'ordf.', 'viceordförande', 'viceordf', 'viceordf.'] as const;

/**
 * Adjectives that qualify a position (`teknisk chef`, `Ekonomisk rådgivare`), known by name so that a
 * capitalised one after a name (`Per Ek Teknisk chef`) is told from a surname that ends like one (`Sundell`).
 */
export const POSITION_ADJECTIVES = [
  'teknisk', 'administrativ', 'ekonomisk', 'medicinsk', 'medicinskt', 'juridisk', 'strategisk', 'regional', 'kommunal',
  'social', 'digital', 'politisk', 'operativ', 'pedagogisk', 'kvalificerad', 'personalekonomisk',
  // a member's own deputy, the member not named: `Rita Holm (S) personlig ersättare`
  'personlig',
  // one who coordinates others of the trade, written before it in a list of officials: `samordnande ekonom Per Ås`
  'samordnande',
] as const;

/**
 * Prepositions after which a position names the unit it heads, capitalised (`förvaltningschef för Intern Service`,
 * `chef inom Vård och Omsorg`, `rektor vid Ekby Gymnasium`): those words are the position's, not a person's name.
 */
export const POSITION_UNIT_PREPOSITIONS = ['för', 'inom', 'vid'] as const;

/**
 * The words that bound the §§ a signer's role holds for, between the numbers (`ordf. 28 och 29`, `Ordförande under
 * § 62`, `för 5-6`, `ej 7`, `utom 8`): Åland's and Österbotten's signing grids, the role under a name.
 */
export const ROLE_RANGE_WORDS = ['och', 'under', 'för', 'ej', 'utom'] as const;

/**
 * The meeting's duties a roll writes after an official's position (`Eva Ek, kommundirektör, föredragande och
 * sekreterare`, `Per Ås, förvaltningsdirektör, protokollförare`): what the person did at this meeting, a note,
 * not the position held.
 */
export const MEETING_DUTIES = [
  'sekreterare', 'protokollförare', 'föredragande', 'föredragande och sekreterare', 'föredragande och protokollförare',
  'sekreterare och föredragande', 'protokollförare och föredragande',
] as const;

/** Words that qualify a position (`vice ordförande`, `biträdande förbundschef`). */
export const POSITION_MODIFIERS = [
  'vice', 'biträdande', 'bitr', 'bitr.', 'tf', 'tf.', 't.f.', 'ställföreträdande', '1:e', '2:e', '3:e', 'förste', 'andre', 'tredje',
  // the ordinal as templates also write it: `1:a vice ordförande`, `1-e vice ordförande`
  '1:a', '2:a', '3:a', '1-e', '2-e', '3-e',
  'ordinarie', 'adjungerad', 'tillförordnad',
  // a stand-in's office (`vik. vårdchef`, `vikarierande kommunchef`); not `vik` without its point, a surname in Finland's rolls
  'vik.', 'vikarierande',
] as const;

/**
 * The words of a seat at the meeting (`ordförande`, `ledamot`, `suppleant`): an office held there, which has no grades, so
 * a range written after it is the §§ the person held it for (`ordförande 39-48`), not part of the position (as the
 * grades of `rektor 6-9` are).
 */
export const MEETING_SEAT_WORDS = [
  'ordförande', 'viceordförande', 'ledamot', 'ersättare', 'suppleant', 'sekreterare', 'protokollförare', 'justerare', 'föredragande',
  'mötesordförande', 'medlem',
] as const;

/**
 * Roman ordinals before a position (`I viceordförande`, `II viceordförande`), as Swedish-language
 * Finnish minutes write them; in capitals only (`i` is a preposition).
 */
export const POSITION_ORDINALS = ['I', 'II', 'III'] as const;

/**
 * Words that qualify a deputy's position after the name (`Tobias Frid (S), Tjänstgörande
 * ersättare`, `Lena Dal (M)  ej tjg ersättare`). Not among POSITION_MODIFIERS: an entry that ends on them (`Ola Ek (S) tjg`, a
 * mark) does not go on in the next line.
 */
export const SERVICE_MODIFIERS = ['tjänstgörande', 'tjg', 'ej'] as const;

/**
 * Words of service after which a bare number or range is the §§ served, its sign left out (`Tove Lind (V) tjg 19-32`,
 * `tjänstgörande ersättare 36-40`), and the deputy's word that may stand between them and the number.
 */
export const SERVED_PARAGRAPHS = {
  words: ['tjg', 'tjg.', 'tjänstgör', 'tjänstgörande', 'tjänstgjorde'],
  between: ['ersättare', 'ers', 'ers.'],
} as const;

/**
 * A position's or a seat's Finnish name, printed after the Swedish one and a slash or a dash by bilingual Finnish towns
 * (`ordförande / puheenjohtaja`, `medlem - jäsen`): the label's gloss, no second position.
 */
export const FINNISH_POSITION_GLOSSES = [
  'puheenjohtaja', 'varapuheenjohtaja', 'jäsen', 'varajäsen', 'sihteeri', 'pöytäkirjanpitäjä', 'esittelijä', 'asiantuntija',
  'kunnanjohtaja', 'kaupunginjohtaja', 'viranhaltija', 'valtuuston puheenjohtaja', 'hallituksen puheenjohtaja',
] as const;

/**
 * The words that say a person's seat in the body, not an office (`Eva Ek (S), ledamot`, `Per Ås (M) tjänstgörande ersättare`,
 * `Ola Berg, suppleant`): the role, never a position. `qualifiers` may stand before a seat, one or two of them
 * (`ej tjg ers`, `ordinarie ledamot`, `personlig ersättare`).
 */
export const MEMBERSHIP_WORDS = {
  seats: ['ledamot', 'ersättare', 'ers', 'ers.', 'suppleant', 'medlem', 'styrelseledamot', 'styrelsesuppleant'],
  qualifiers: ['ordinarie', 'tjänstgörande', 'tjg', 'tjg.', 'tgj', 'ej', 'icke', 'inte', 'personlig', 'närvarande'],
} as const;

/** Abbreviations of positions → written in full. */
export const POSITION_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'ordf.': 'ordförande',
  ordf: 'ordförande',
  'v. ordf.': 'vice ordförande',
  'v ordf': 'vice ordförande',
  'vice ordf.': 'vice ordförande',
  'vice ordf': 'vice ordförande',
  // (`1:e v ordförande`: the `vice` alone cut short)
  'v. ordförande': 'vice ordförande',
  'v ordförande': 'vice ordförande',
  // an association's chair of one meeting: `Tove Lind X, mötesordf. § 12-20`
  'mötesordf.': 'mötesordförande',
  mötesordf: 'mötesordförande',
  'sekr.': 'sekreterare',
  sekr: 'sekreterare',
  'bitr.': 'biträdande',
  'ers.': 'ersättare',
  // an organ's genitive before a position, as Swedish-language Finnish minutes shorten it: `fm:s ordförande`, `kst:s ordf.`
  'fm:s': 'fullmäktiges',
  'fge:s': 'fullmäktiges',
  'kfm:s': 'kommunfullmäktiges',
  'kfge:s': 'kommunfullmäktiges',
  'kst:s': 'kommunstyrelsens',
  'ks:s': 'kommunstyrelsens',
  // (and in Swedish minutes, in capitals: `KF:s ordförande`)
  'kf:s': 'kommunfullmäktiges',
};

/**
 * Abbreviated last parts of a compound position (`kommunsekr.`, `nämndsekr`) → written in full;
 * the stem before them is kept as written (`kommunsekr.` → `kommunsekreterare`).
 */
export const POSITION_ABBREVIATED_ENDS: Readonly<Record<string, string>> = {
  sekr: 'sekreterare',
  ordf: 'ordförande',
};

/**
 * Abbreviated first parts of a compound position, cut at a point (`ek.chef`, `förv.chef`,
 * `ekon. handläggare`) → written in full; the position word after the point is kept as written.
 */
export const POSITION_ABBREVIATED_STEMS: Readonly<Record<string, string>> = {
  ek: 'ekonomi',
  ekon: 'ekonomi',
  förv: 'förvaltnings',
  förvaltn: 'förvaltnings',
  pers: 'personal',
  utv: 'utvecklings',
  soc: 'social',
  komm: 'kommunikations',
};

/** Word endings that mark an organisation (`Marks kommun`, `Västra Götalandsregionen`). */
export const ORGANISATION_SUFFIXES = [
  'kommun', 'kommuns', 'regionen', 'landsting', 'landstinget', 'kassan', 'förmedlingen', 'förbundet',
  'förbund', 'förvaltningen', 'förvaltning', 'kontoret', 'kansliet', 'stad', 'staden', 'verket', 'nämnden',
  'centralen', 'myndigheten', 'styrelsen', 'länsstyrelsen', 'kommunerna', 'universitet', 'högskola', 'sjukhus',
  'sjukhuset', 'vårdcentral', 'vårdcentralen', 'hälsocentral', 'hälsocentralen', 'kliniken', 'förening', 'föreningen', 'sekretariatet',
  // an office after its owner's genitive, indefinite as its name writes it (`Ekbyregionens kansli`, `Förbundets kansli`), and
  // as one word (`kommunkansli`)
  'kansli',
] as const;

/** The endings of a shelter's or a helpline's association (`Kvinnojouren`, `Brottsofferjouren`, `Tjejjouren`): no surname's. */
export const ASSOCIATION_NAME_ENDINGS = ['jouren', 'jour'] as const;

/** Organisation endings that also end surnames (`Lövstad`, `Bergstad` beside `Kristinestad`): a name after a lone given name. */
export const SURNAME_LIKE_SUFFIXES = ['stad'] as const;

/**
 * The nouns of an association or a foundation whose organ meets, in the definite form a name opens with, alone or ending a
 * compound (`Stiftelsen Ekbygdens Hembygdsgård`, `Intresseföreningen Svanen`, `Byalaget Ekås`, `Båtklubben Ankaret`).
 */
export const ASSOCIATION_HEADS = ['stiftelsen', 'föreningen', 'byalaget', 'sällskapet', 'klubben', 'samfälligheten', 'gillet'] as const;

/**
 * The same nouns in the indefinite form, after the place or the name they belong to, alone or ending a compound
 * (`Ekby byalag`, `Norrvik hembygdsförening`, `Åsens vägsamfällighet`, `Ekby Båtklubb`): `lag` only in the compounds
 * whose `lag` is an association (`hembygdslag`, a team or a law is none).
 */
export const ASSOCIATION_ENDINGS = ['stiftelse', 'förening', 'byalag', 'hembygdslag', 'sällskap', 'klubb', 'samfällighet', 'gille'] as const;

/** Words that open an organisation name and take the capitalised words after them. */
export const ORGANISATION_HEADS = ['region', 'landstinget', 'samordningsförbundet', 'finsam', 'sof'] as const;

/** Compass adjectives that belong to the organisation name after them. */
export const ORGANISATION_PREFIXES = ['västra', 'östra', 'norra', 'södra', 'mellersta', 'nordvästra', 'sydöstra'] as const;

/** Phrases that say a deputy serves for somebody. */
export const SUBSTITUTE_PHRASES = [
  'tjänstgör för', 'tjänstgörande för', 'tjänstgör istället för', 'ersätter', 'i stället för', 'istället för',
  'ers. för', 'ers för', 'ersättare för', 'tjg för', 'tjg. för', 'tjg ers för', 'tjänstgjorde för', 'tjänstgör i stället för',
  'tjänstgörande ersättare för', 'tjänstgörande ers. för', 'tjg ersättare för', 'tjg ers. för', 'tjg. ers. för',
  // a member's own deputy: `Rita Holm, personlig ersättare för Jussi Mäkelä`
  'personlig ersättare för', 'personlig ersättare i stället för',
] as const;

/**
 * Words that say a deputy serves for the member named after them, with no `för`, where both stand with a party
 * (`Rolf Ek (NP) tjg Sara Wall (L) §§ 60-62`): as a mark of service (`Ola Ek (S) tjg`) the word has no name after it.
 */
export const SUBSTITUTE_WORDS_BETWEEN_PARTIES = ['för', 'tjg', 'tjg.'] as const;

/**
 * Words of a § about the agenda itself (`Godkännande av dagordningen`, `Förändring av ärendelistan`): the points
 * such a § takes off or puts off are other points, and the § approves the agenda.
 */
export const AGENDA_STEMS = ['dagordning', 'föredragningslist', 'ärendelist'] as const;

/**
 * Words of the decisions any record of a meeting takes, notes as well as minutes: on the agenda (`Dagordningen godkändes`),
 * on putting a question off (`Frågan bordlades`), on the last meeting's notes (`Föregående anteckningar godkändes`).
 */
export const FORMAL_DECISION_STEMS = [...AGENDA_STEMS, 'bordl', 'anteckning'] as const;

/** Headings over a notice's agenda besides its kind's titles (`Ärende`, `Förslag till dagordning`). */
export const AGENDA_HEADINGS = ['ärende', 'ärenden', 'agenda', 'förslag till dagordning', 'ärenden att behandla'] as const;

/**
 * Titles of the points nearly every meeting has: such a title run on with its one-line text
 * (`7. Övriga frågor Inga övriga frågor.`) ends before the text even where no verb says so.
 */
export const STANDING_POINTS = [
  'mötets öppnande', 'sammanträdets öppnande', 'mötet öppnas', 'sammanträdet öppnas', 'öppnande', 'val av justerare', 'val av protokollsjusterare', 'val av justerare och tid för justering',
  'godkännande av dagordning', 'godkännande av dagordningen', 'fastställande av dagordning', 'fastställande av dagordningen',
  'godkännande av föredragningslista', 'godkännande av föredragningslistan', 'föregående protokoll', 'föregående mötes protokoll',
  // (notes' own: `2. Föregående möte`, `Föregående minnesanteckningar`)
  'föregående möte', 'föregående mötesprotokoll', 'föregående minnesanteckningar', 'föregående mötesanteckningar', 'föregående anteckningar',
  'övriga frågor', 'nästa möte', 'nästa sammanträde', 'mötets avslutande', 'sammanträdets avslutande', 'avslutning', 'mötet avslutas',
] as const;

/**
 * A change of attendance written before the §§ it concerns (`lämnade mötet efter punkt 9`,
 * `anslöt under § 3`, `närvarande från och med § 12`, `deltog ej i § 14`): the verbs that
 * open such a remark, the words that say which side of the § the change falls on, and the
 * words that deny the attendance.
 */
export const ATTENDANCE_CHANGE = {
  leaves: [
    'lämnar', 'lämnade', 'lämnat', 'avviker', 'avvek', 'avvikit', 'går', 'gick', 'avgår', 'avgick', 'avbryter', 'avbröt',
    'avlägsnar', 'avlägsnade', 'avlägsnat',
  ],
  arrives: [
    'anländer', 'anlände', 'ankommer', 'ankom', 'kommer', 'kom', 'ansluter', 'anslöt', 'ansluten', 'inträder', 'inträdde',
    'tillkommer', 'tillkom',
  ],
  present: [
    'närvarande', 'närvarar', 'närvarade', 'tjänstgör', 'tjänstgjorde', 'tjänstgörande', 'deltar', 'deltog', 'deltagande',
    'deltagit', 'medverkar', 'medverkade', 'tjg', 'endast', 'enbart',
  ],
  /** the change falls after the § named: `lämnade efter § 9` attended § 9, `anslöt efter § 4` not § 4 */
  after: ['efter'],
  /** the change falls before the § named: `lämnade före § 10` did not attend § 10 */
  before: ['före', 'innan', 'inför'],
  /** the change falls during the § named: `anslöt under § 98` attended § 98 on */
  during: ['under'],
  not: ['ej', 'inte', 'icke'],
} as const;

/** Group headings that items stand under, and the type they imply. */
export const SECTION_HEADINGS: ReadonlyArray<{ type: 'decision' | 'information' | 'discussion' | null; words: readonly string[] }> = [
  {
    type: 'decision',
    words: [
      'beslutsärenden', 'beslutsärende', 'ärenden för beslut', 'för beslut', 'beslutspunkter',
      // the plain word, as `information` and `diskussion` below (`Information` / `3. …` / blank / `Beslut` / `5. …`)
      'beslut',
      // who decides the §§ under it (`BESLUTAS AV KOMMUNFULLMÄKTIGE` / `BESLUTAS AV KOMMUNSTYRELSEN`)
      'beslutas av kommunfullmäktige', 'beslutas av kommunstyrelsen', 'beslutas av fullmäktige', 'beslutas av regionfullmäktige',
      'beslutas av regionstyrelsen', 'beslutas av styrelsen', 'beslutas av nämnden', 'beslutas av direktionen', 'beslutas av förbundsstyrelsen',
    ],
  },
  {
    type: 'information',
    words: [
      'informationsärenden', 'information', 'informationsärende', 'informationspunkter', 'anmälningsärenden', 'delgivningar', 'meddelanden', 'för information', 'rapporter',
      'för kännedom', 'ärenden för kännedom', 'ärenden för information', 'delgivningsärenden', 'meddelandeärenden',
    ],
  },
  // (`Diskussionspunkter`, as `Beslutspunkter` and `Informationspunkter` above: the points of each kind grouped)
  { type: 'discussion', words: ['diskussionsärenden', 'diskussion', 'diskussionsärende', 'för diskussion', 'ärenden för diskussion', 'diskussionspunkter'] },
  {
    type: null,
    words: [
      'övriga frågor', 'övrigt', 'övriga ärenden', 'bordlagda ärenden', 'nya ärenden', 'remissärenden', 'valärenden', 'remisser', 'yttranden', 'remisser/yttranden', 'remisser och yttranden',
      // a city district's web agenda groups the citizens' proposals and the case tabled last time (`Medborgarförslag` / `2 …`)
      'medborgarförslag', 'bordlagt ärende', 'allmänna ärenden',
      // the meeting's opening points grouped (`Formalia` / `1. Mötets öppnande` / `2. Val av justerare` / `Beslutsärenden` / …)
      'formalia', 'inledande formalia', 'mötesformalia',
    ],
  },
  // the part of the meeting the points fall in: open to the public, or behind closed doors
  // (`Öppen del av sammanträdet` / `1. …` … `Stängd del` / `6. Individärenden`)
  {
    type: null,
    words: [
      'öppen del', 'öppen del av sammanträdet', 'öppen del av mötet', 'öppna delen', 'öppna delen av sammanträdet', 'öppet sammanträde', 'offentlig del', 'offentlig del av sammanträdet',
      'stängd del', 'stängd del av sammanträdet', 'stängd del av mötet', 'stängda delen', 'stängda delen av sammanträdet', 'stängt sammanträde', 'inom stängda dörrar', 'ärenden inom stängda dörrar',
      'sluten del', 'sluten del av sammanträdet', 'ärenden med sekretess', 'sekretessbelagda ärenden',
    ],
  },
];

/**
 * A group heading the list above does not name is still one when it is a kind of `ärenden`
 * alone (`Sekretessärenden`, `Personalärenden`), maybe after one of these words (`Övriga
 * beslutsärenden`, `Bordlagda ärenden`): the compound's type is the listed word's, if any.
 */
export const SECTION_NOUN = 'ärenden';
export const SECTION_QUALIFIERS = ['övriga', 'nya', 'bordlagda', 'brådskande', 'återremitterade', 'extra', 'tillkommande', 'tillkommna'] as const;
/**
 * Group headings other than kinds of `ärenden` that head the points after them even where a page is run on in one line
 * (`… Plats: Kommunhuset Formalia 1. Mötets öppnande …`): words no point's title ends in.
 */
export const RUN_ON_SECTION_WORDS = ['formalia'] as const;
/** The words that join two kinds of `ärenden` written as one (`Diskussions- och informationsärenden`). */
export const SECTION_JOINERS = ['och', 'samt', 'eller'] as const;

/** Suffixes on agenda titles that state the type (`– Beslut`, `- information`). */
export const ITEM_TYPE_SUFFIXES: ReadonlyArray<{ type: 'decision' | 'information' | 'discussion'; words: readonly string[] }> = [
  { type: 'decision', words: ['beslut', 'för beslut', 'beslutsärende'] },
  { type: 'information', words: ['information', 'info', 'för information', 'informationsärende', 'rapport', 'för kännedom'] },
  { type: 'discussion', words: ['diskussion', 'för diskussion', 'diskussionsärende'] },
];

/**
 * A point's own type, on a line of its own under its title (`4. Delårsrapport` / `Beslutsärende` /
 * `Föredragande: …`): the singular forms, which a group heading over several points seldom uses.
 */
export const ITEM_TYPE_LINES: ReadonlyArray<{ type: 'decision' | 'information' | 'discussion'; words: readonly string[] }> = [
  { type: 'decision', words: ['beslutsärende', 'för beslut', 'beslutspunkt'] },
  { type: 'information', words: ['informationsärende', 'för information', 'informationspunkt', 'info-punkt', 'infopunkt'] },
  { type: 'discussion', words: ['diskussionsärende', 'för diskussion', 'diskussionspunkt'] },
];

/** A mark on an item's title or its whole body that the point was taken off the agenda (`Budget (utgår)`, `Rapport – Utgår`). */
export const WITHDRAWN_MARKS = ['utgår', 'utgått', 'utgick', 'struken', 'stryks', 'ströks', 'avförd', 'avförs', 'avfördes', 'strukits'] as const;

/** Item titles that close a meeting; after one, a new heading may start another document. */
export const CLOSING_TITLE_WORDS = ['avslutas', 'avslutande', 'avslutning', 'avslut', 'mötet avslutas'] as const;

/** Labels of a case (diarie) number beside an item heading: `Dnr KS 2019/123`, `Ärendenummer SLK-2025-01001`. */
export const CASE_NUMBER_LABELS = [
  'dnr', 'd.nr', 'd nr', 'dnr.', 'diarienr', 'diarienr.', 'diarienummer', 'diarie nr', 'ärendenr', 'ärendenummer', 'ärende nr',
  'reg.nr', 'reg nr', 'regnr', 'beteckning', 'ärendebeteckning',
] as const;

/**
 * A web agenda's note after a point's case number on its line (`Dnr 982-2013-103 Omedelbar justering`,
 * `Dnr 1.2.1/024-2013 Utsändes senare`): how the point is handled, no part of the number.
 */
export const CASE_LINE_NOTES = ['omedelbar justering', 'utsändes senare', 'utsändes ej', 'kommer senare', 'delas ut på sammanträdet'] as const;
/**
 * A web agenda's note under a point that says where the case came from (`Remiss från kommunstyrelsen`, `En rapport från
 * miljöförvaltningen`): the case number's line under it closes that point, never opens the next.
 */
export const REFERRAL_NOTES = ['remiss från', 'en rapport från', 'skrivelse från', 'ärende från'] as const;

/**
 * Labels of a filing code beside or under an item heading (`Diariekod: 609`, `Arkivkod 02.05`): the class of the
 * register's plan the case is filed under, neither the case's number nor the item's title. Each ends in `kod`.
 */
export const FILING_CODE_LABELS = ['diariekod', 'arkivkod', 'ärendekod', 'diarieplanskod', 'klassificeringskod'] as const;

/** Organ abbreviations written before the § of an item in mixed case (`Ks § 12`); all-capital ones (`KS`, `AU`, `BUN`) need no list. */
export const ORGAN_ABBREVIATIONS = ['Ks', 'Kst', 'Kf', 'Au', 'Sn', 'Bun', 'Ksau', 'Msn', 'Tn', 'Un', 'Vn', 'Kfn', 'Bn', 'Mn', 'Mbn', 'Sbn', 'Von'] as const;

/** Words for an attachment. */
export const ATTACHMENT_WORDS = ['bilaga', 'bilagor', 'bilagorna', 'bil', 'bil.'] as const;
/**
 * A line that heads a list of attachments alone (`Bilagor`, `Bilagor:`, `Bilageförteckning`): the numbered lines under it
 * (`1. Verksamhetsberättelse`, `2. Budget`) are the attachments, never the items.
 */
export const ATTACHMENT_LIST_HEADINGS = ['bilaga', 'bilagor', 'bilageförteckning', 'förteckning över bilagor', 'bilagor till protokollet', 'bifogade handlingar'] as const;
/**
 * An agenda table's head cell over a column of who answers for a point (`Nr   Ärende   Ansvarig`):
 * no presenter, unless a head cell says so (`Föredragande`, `Ansvarig/föredragande`).
 */
export const RESPONSIBLE_COLUMN_HEADS = [
  'ansvarig', 'ansvariga', 'ansvar', 'ansvarig tjänsteperson', 'ansvarig tjänsteman', 'kontaktperson',
  // (who prepared the case: `Nr   Ärende   Dnr   Handläggare`)
  'handläggare', 'ansvarig handläggare', 'beredare', 'ärendeansvarig',
] as const;
/**
 * The words of an agenda table's head row (`Nr   Ärende   Dnr   Handläggare`, `Punkt   Ärende   Föredragande   Beslutsunderlag`):
 * a row of only these words, one of them the title column's (`AGENDA_TITLE_HEADS`), heads a table of points.
 */
export const AGENDA_TITLE_HEADS = ['ärende', 'ärenden', 'ärendemening', 'ärendets rubrik', 'rubrik', 'ämne', 'dagordning', 'föredragningslista'] as const;
export const AGENDA_HEAD_WORDS = [
  'nr', 'nr.', 'punkt', 'p', '§', '§§', 'dnr', 'dnr.', 'diarienr', 'diarienummer', 'ärendenr', 'ärendenummer', 'ärendets', 'rubrik',
  'handläggare', 'ansvarig', 'ansvariga', 'kontaktperson', 'föredragande', 'föredragare', 'föredrar', 'beredare',
  'beslutsunderlag', 'underlag', 'handlingar', 'bilaga', 'bilagor', 'bil.', 'tid', 'kl', 'kl.', 'klockan', 'typ',
  'förslag', 'till', 'beslut', 'notering', 'anteckning', 'kommentar', 'sida',
] as const;
export const PRESENTER_HEAD_STEM = 'föredra';
/** An agenda table's head cell over a column of the documents each point is decided on (`Nr   Ärende   Föredragande   Beslutsunderlag`): none of it is the title. */
export const DOCUMENT_COLUMN_HEADS = ['beslutsunderlag', 'underlag', 'handlingar', 'handlingar i ärendet', 'bilagor/underlag', 'underlag/bilagor'] as const;
/** Labels over a point's documents that name its attachments after them (`Handlingar: Bilaga 3`, `Underlag: bilaga 2`). */
export const ATTACHMENT_LIST_LABELS = ['handlingar', 'handlingar i ärendet', 'underlag', 'beslutsunderlag'] as const;

/** Short words a converter prints letter-spaced in a decision (`A t t anta planen`), read as the word (normalise/letter-spaced.ts). */
export const LETTER_SPACED_SHORT_WORDS = ['att', 'och'] as const;

/** Decision vocabulary. */
export const DECISION = {
  /** `X beslutar att`, `X beslöt att`. */
  decideVerbs: ['beslutar', 'beslutade', 'beslöt', 'besluter'],
  /**
   * Deciding said with its noun (`Styrelsen fattade beslut om att …`), the subject between when the verb comes
   * first (`Efter diskussion fattade styrelsen beslut att …`): the verb, then the rest after the subject.
   */
  decisionTaking: ['fattar beslut om', 'fattade beslut om', 'fattar beslut', 'fattade beslut', 'tar beslut om', 'tog beslut om'],
  /** Finite verbs that decide something on their own (`Styrelsen godkänner …`). */
  approveVerbs: [
    'godkänner', 'godkände', 'fastställer', 'fastställde', 'antar', 'antog', 'beviljar', 'beviljade',
    'tillstyrker', 'tillstyrkte', 'avslår', 'avslog', 'utser', 'utsåg', 'väljer', 'valde', 'noterar',
    // `Kommunfullmäktige bifaller motionen`, `… finner att nämnden bifaller Per Åströms yrkande`
    'bifaller', 'biföll',
    'tar del av', 'tog del av', 'lägger', 'lade', 'uppdrar', 'uppdrog', 'ger', 'gav',
    // Finnish minutes: `Stadsstyrelsen antecknade budgetuppföljningen för kännedom`
    'antecknar', 'antecknade',
    // `Styrelsen ställer sig bakom förslaget`
    'ställer sig bakom', 'ställde sig bakom',
    // notes and minutes telling it in the past or perfect: `Styrelsen noterade informationen`, `… har tagit del av rapporten`
    'noterade', 'noterat', 'tagit del av',
    // a motion answered: `Kommunfullmäktige anser motionen besvarad`, `… förklarar medborgarförslaget besvarat`,
    // and as Finnish minutes write it, `Stadsfullmäktige betraktade motionen som slutbehandlad`
    'anser', 'förklarar', 'betraktar', 'betraktade',
    // `Regionfullmäktige remitterar motionerna till regionstyrelsen för beredning`
    'remitterar',
    // `Styrelsen delegerar till ordföranden att besvara remissen`: the decision handed on, this meeting's own
    'delegerar',
  ],
  /** Verbs that only decide together with what follows them (`ger … i uppdrag`, `lägger … till handlingarna`). */
  approveVerbsNeedingObject: {
    ger: 'i uppdrag', gav: 'i uppdrag', uppdrar: '', uppdrog: '', lägger: 'till handlingarna', lade: 'till handlingarna',
    antecknar: '', antecknade: '', 'tar del av': '', 'tog del av': '', 'tagit del av': '', väljer: '', valde: '',
    anser: 'besvara', förklarar: 'besvara', betraktar: 'behandlad', betraktade: 'behandlad',
  } as Readonly<Record<string, string>>,
  /**
   * Verbs of noting, which decide only with the item itself for their object (`Styrelsen noterar
   * informationen`, `… noterade lägesrapporten`, `… noterar informationen till protokollet`), not
   * with a finding (`Styrelsen noterar att ekonomin är i balans`, `… noterade risken för …`).
   */
  notingVerbs: ['noterar', 'noterade', 'noterat'],
  /**
   * Passives of noting, with the item itself for their subject (`Informationen noteras.`,
   * `Redovisningen noterades.`, `Informationen antecknas.`): the § speaking of itself; `Det noteras
   * att …`, `Beträffande X noteras uppgifter om …` decide nothing.
   */
  notedPassive: ['noteras', 'noterades', 'antecknas', 'antecknades', 'tas till protokollet', 'togs till protokollet'],
  /** Passive forms (`Föredragningslistan godkänns`, `Läggs till handlingarna`). */
  passive: [
    'godkänns', 'godkändes', 'fastställs', 'fastställdes', 'antas', 'antogs', 'beviljas', 'avslås', 'bifalls', 'tillstyrks',
    // (not `beviljades`, `avslogs`: notes tell so of decisions elsewhere, `Styrelsen beviljades ansvarsfrihet`)
    // a motion answered (`Motionen anses besvarad`, `Medborgarförslaget förklaras besvarat`), the case referred back or tabled
    'anses besvarad', 'anses besvarat', 'anses besvarade', 'anses vara besvarad', 'anses vara besvarat',
    'förklaras besvarad', 'förklaras besvarat', 'förklaras besvarade', 'återremitteras', 'bordläggs',
    // as the secretary tells it after the meeting (`Ärendet bordlades till nästa möte.`, `Motionen bifölls.`)
    'återremitterades', 'bordlades', 'bifölls',
    // a question referred to the board by the meeting (`Frågan hänsköts till styrelsen.`, `Till styrelsen hänskjuts …`)
    'hänskjuts', 'hänsköts',
    // the decision's passive with what was decided as its predicate, no `att` after it (`Årsavgiften beslöts vara
    // oförändrad.`, `Mötet beslutades vara behörigt utlyst.`)
    'beslöts vara', 'beslutades vara', 'beslutas vara',
    // a new motion sent for preparation (`Motionen remitteras till kommunstyrelsen för beredning`)
    'remitteras',
    // the older passive in -es, as föreningsprotokoll write it (`Protokollet godkännes.`, `Dagordningen fastställes.`)
    'godkännes', 'fastställes', 'antages', 'bifalles', 'tillstyrkes', 'lägges till handlingarna',
    // an annual meeting's question answered (`Fråga om ansvarsfrihet besvaras med ja.`)
    'besvaras med ja', 'besvarades med ja', 'besvaras jakande', 'besvarades jakande', 'besvaras med nej', 'besvarades med nej', 'besvaras nekande', 'besvarades nekande',
    'läggs till handlingarna', 'lades till handlingarna', 'noteras till protokollet', 'noterades till protokollet', 'antecknas till protokollet', 'antecknades till protokollet',
  ],
  /**
   * A task the meeting gives, in the passive (`Kansliet får i uppdrag att …`, `Förbundschefen ges i
   * uppdrag att …`, `Samordnaren uppdras att …`): the decision of notes, a line of the discussion in
   * minutes that decide by their own words; it decides where the item states no other decision.
   */
  commissions: ['får i uppdrag', 'ges i uppdrag', 'uppdras'],
  /** Labels of what notes concluded (`Slutsats: Styrelsen tar del av …`): what follows decides or not by itself. */
  conclusionLabels: ['slutsats', 'slutsatser', 'konklusion'],
  /** What may stand between a decide verb and the clauses it heads (`Kommunstyrelsen beslutar för egen del följande`). */
  decideQualifiers: ['för egen del', 'för sin del', 'för sin egen del'],
  /** Elections (`Anna väljs till justerare`, `Tomas utses att justera`). */
  elections: ['väljs', 'valdes', 'utses', 'utsågs', 'omväljs', 'omvaldes', 'nyväljs', 'nyvaldes', 'återväljs', 'återvaldes'],
  /** Elections told after the meeting (`Lena valdes till sekreterare.`): a record's words, never an agenda's. */
  electedPast: ['valdes', 'utsågs', 'omvaldes', 'nyvaldes', 'återvaldes'],
  /** Elected again, with the particle (`Bo Ek och Siv Al valdes om på ett år.`), beside `omvaldes`. */
  electedAgain: ['valdes om', 'väljs om'],
  /** How an election went, between its verb and office (`Per Lind valdes enhälligt till justerare`). */
  electionManners: ['enhälligt', 'enigt', 'med acklamation', 'enhälligt och med acklamation'],
  /** The same election said by the meeting, the verb before the names (`att utse Eva Ek till justerare`, `Nämnden väljer Bo Al att justera`). */
  electing: ['utse', 'utser', 'utsåg', 'välja', 'väljer', 'valde'],
  /** What adjusters are elected to be (`valdes till protokolljusterare`, Finland-Swedish `protokollsjusterare`); `att … justera` is read beside these. */
  adjusterTitles: ['protokolljusterare', 'protokollsjusterare', 'justerare', 'justeringspersoner', 'justeringsperson', 'justeringsman', 'justeringsmän'],
  /** What the meeting's chair is elected to be, bound to the meeting by the words (`Till ordförande för mötet valdes Eva Ek`). */
  chairTitles: ['mötesordförande', 'ordförande för mötet', 'ordförande för sammanträdet', 'ordförande vid mötet', 'ordförande vid sammanträdet'],
  /**
   * How any meeting binds an office to itself, whatever kind of meeting it is: the office `för`/`vid` a noun that ends in a
   * meeting's word (`ordförande för årsmötet`, `sekreterare vid föreningsstämman`), or the meeting's word compounded before
   * the office (`årsmötesordförande`, `stämmosekreterare`). Not `för nästa möte`: the meeting after this one.
   */
  meetingBound: { binders: ['för', 'vid'], nounEnds: ['mötet', 'stämman', 'sammanträdet'], compoundHeads: ['mötes', 'stämmo'] },
  /** Words that open the next election of a line run on, capitalised after a name (`… valdes Eva Ek Till sekreterare valdes …`). */
  electionOpeners: ['till', 'att', 'och', 'samt'],
  /** The words an election's own clause opens on inside a sentence (`… och att justera anteckningarna utsågs Per Strand`). */
  electionClauseOpeners: ['till', 'att'],
  /** The words that join such a clause to the one before (`… utsågs Maria Berg och att justera …`). */
  electionClauseJoins: ['och', 'samt'],
  /**
   * What the meeting's secretary is elected to be (`Till sekreterare utsågs Eva Ek`, `Bo Al valdes till protokollförare`);
   * the first are bound to the meeting by the word itself, a plain `sekreterare` only in an item that also elects the adjusters
   * (an annual meeting's `Till sekreterare valdes …` may fill the association's office for the year).
   */
  secretaryTitles: { meeting: ['mötessekreterare', 'protokollförare', 'protokollsekreterare', 'sekreterare för mötet', 'sekreterare för sammanträdet', 'sekreterare vid mötet', 'sekreterare vid sammanträdet'], plain: ['sekreterare'] },
  /** The meeting's offices an election fills besides adjusters (`Till mötesordförande utses Eva Ek`). */
  meetingOffices: ['ordförande', 'sekreterare', 'mötesordförande', 'mötesledare', 'mötessekreterare', 'protokollsekreterare', 'protokollförare'],
  /** Other offices a meeting fills by election (`Till firmatecknare utsågs Eva Ek och Bo Al`, `Till representant i … valdes …`). */
  electedOffices: ['firmatecknare', 'attestant', 'attestanter', 'representant', 'representanter', 'ledamot', 'ledamöter', 'ersättare', 'vice ordförande', 'kontaktperson', 'sammankallande', 'revisor', 'revisorer', 'kassör', 'suppleant', 'suppleanter', 'revisorssuppleant',
    // as annual meetings elect (`Till rösträknare valdes …`, `Till valberedning valdes …`, `Till styrelseledamöter valdes …`)
    'rösträknare', 'valberedning', 'styrelseledamot', 'styrelseledamöter', 'styrelsesuppleant', 'styrelsesuppleanter'],
  /**
   * An election written as a label, the elected after its colon (`Val av ordförande för mötet: Eva Holm.`,
   * `Val av justerare: Bo Ek, Siv Al.`), as an association's annual minutes write their standing points.
   */
  electionLabels: ['val av'],
  /** Words after the elected names that go on with the sentence (`Anna Ek utses att justera`, `… jämte ordföranden`). */
  electionTails: ['att', 'som', 'jämte', 'med', 'den', 'från', 'för', 'samt att'],
  /** Paragraph openers that are a decision by themselves. */
  labels: ['beslut', 'beslutade', 'mötet beslutade'],
  /** Sentences under a decision heading that only say how it was decided, no clause of it (`Beslutet är förenligt med förslaget.`). */
  /**
   * How a decision announces its reasons in the paragraphs under it (`… utser Eva Sund till mottagare av årets
   * miljöpris med följande motivering:`): those paragraphs are the decision's text, no clauses of their own.
   */
  motivationIntros: ['med följande motivering', 'med motiveringen', 'med följande motivation', 'motivering'],
  remarks: ['beslutet är förenligt med förslaget', 'beslutet var enhälligt', 'beslutet fattades enhälligt', 'beslutet är enhälligt', 'beslutet fattades med acklamation', 'beslutet avviker från förslaget'],
  /**
   * What may open a sentence that decides with the verb before its subject (`Med 9 ja-röster mot
   * 4 nej-röster beslutar kommunstyrelsen att …`, `Därmed beslutar nämnden att …`).
   */
  invertedOpeners: [
    'med', 'därmed', 'därefter', 'härefter', 'härmed', 'således', 'sålunda', 'slutligen', 'enhälligt', 'utifrån', 'efter omröstning', 'efter votering', 'efter sluten omröstning', 'mot bakgrund av', 'mot den bakgrunden',
    // a further decision of the same § (`Vidare beslutar kommunstyrelsen att …`, `Dessutom godkände stadsfullmäktige följande hemställningskläm:`)
    'vidare', 'dessutom', 'samtidigt', 'därutöver', 'därtill', 'sedan',
    // the proposal or motion it decides by, named first (`Enligt ett yrkande från Anna Ek (S) så beslutar nämnden att …`,
    // `I enlighet med arbetsutskottets förslag beslutar kommunstyrelsen att …`)
    'enligt', 'i enlighet med', 'på förslag av', 'på förslag från', 'på ordförandens förslag',
    // how it came to the decision, named first (`Efter diskussion beslutar styrelsen att …`, `Efter genomförd omröstning (9 ja
    // och 4 nej) beslutar …`, `Utan omröstning beslutar kommunstyrelsen att …`, `Vid omröstning beslutar …`)
    'efter', 'utan', 'vid omröstning', 'vid votering',
    // what it came before (`Inför budgetarbetet beslöt en enad styrelse att …`)
    'inför',
  ],
  /** A united organ after the verb (`… beslöt en enad styrelse att …`, `… beslutar en enig nämnd att …`): the words before the organ. */
  unitedSubject: ['en enad', 'en enig', 'en enhällig', 'en samlad', 'ett enat', 'ett enigt', 'ett enhälligt', 'ett samlat'],
  /**
   * What follows the subject of such a sentence: its clause (`… beslutar nämnden att …`) or the
   * proposal it decides by (`… beslutar kommunstyrelsen enligt ordförandens förslag`).
   */
  invertedTails: ['att', 'enligt', 'i enlighet med'],
  /**
   * What the meeting approves about its own procedure (`Kommunstyrelsen godkänner följande
   * propositionsordning`, `Följande beslutsgång godkänns.`): how it will decide, no decision on the case.
   */
  procedureObjects: ['propositionsordning', 'propositionsordningen', 'beslutsgång', 'beslutsgången', 'voteringsproposition', 'voteringspropositionen', 'omröstningsproposition', 'omröstningspropositionen', 'beslutsordning', 'beslutsordningen'],
  /**
   * That the § was adjusted at once (`Paragrafen förklaras omedelbart justerad.`, `att förklara paragrafen
   * omedelbart justerad`): a note on the protocol after the decision, no clause of it.
   */
  adjustedAtOnce: [
    'paragrafen förklaras omedelbart justerad', 'paragrafen förklarades omedelbart justerad', 'paragrafen justeras omedelbart',
    'paragrafen justerades omedelbart', 'paragrafen förklaras justerad omedelbart', 'paragrafen är omedelbart justerad',
    'paragrafen omedelbart justeras', 'paragrafen ska justeras omedelbart', 'paragrafen förklaras omedelbart justerat',
    'beslutet förklaras omedelbart justerat', 'beslutet justeras omedelbart', 'beslutet förklarades omedelbart justerat',
    'förklara paragrafen omedelbart justerad', 'omedelbart justera paragrafen', 'förklara beslutet omedelbart justerat', 'omedelbart justera beslutet',
    'omedelbar justering', 'justeras omedelbart', 'omedelbart justerad', 'omedelbart justerat',
  ],
  /**
   * What the secretary found, opening a sentence (`Noterades att Nils Ek inte deltog i beslutet.`, `Konstaterades att
   * mötet var behörigt.`): a finding, no clause of the decision it follows.
   */
  /** An association's meeting as the subject that decides (`Stämman valde Per Holm till revisor`, `Årsmötet beviljade styrelsen ansvarsfrihet`). */
  assemblies: ['stämman', 'årsstämman', 'föreningsstämman', 'extrastämman', 'årsmötet', 'medlemsmötet', 'föreningsmötet', 'extramötet'],
  /** The organs that meet as such an assembly, as the header names them (`Årsmötesprotokoll`: `årsmöte`). */
  assemblyBodies: ['årsmöte', 'årsstämma', 'föreningsstämma', 'stämma', 'medlemsmöte', 'föreningsmöte'],
  /**
   * The past passive an assembly's minutes decide in (`Styrelsen beviljades ansvarsfrihet.`, `Motionen avslogs.`): the
   * assembly's own decision there, where the minutes of a board report so what others decided (DECISION.passive).
   */
  assemblyPassive: ['beviljades', 'avslogs'],
  /** Labels of a remark after a decision (`Kommentar: Rapporten publiceras på hemsidan.`): no clause of it. */
  remarkLabels: ['kommentar', 'kommentarer', 'notering', 'noteringar', 'anmärkning', 'anmärkningar'],
  /** How a line that tells how the decision was made opens (`Beslutet fattades med 4 röster mot 1.`): no clause of it. */
  remarkOpenings: ['beslutet fattades', 'beslutet togs', 'beslutet var', 'beslutet blev'],
  findingNotes: ['noterades att', 'noteras att', 'konstaterades att', 'konstateras att', 'antecknades att', 'antecknas att'],
  /**
   * The case's papers reported (`Av en tjänsteskrivelse daterad den 7 mars framgår att …`, `Av ansökan framgick …`): the
   * case's text, no clause of a decision it follows; the word that opens it and the verbs it reports by.
   */
  caseReport: { opening: 'Av ', verbs: ['framgår', 'framgick'] },
  /**
   * Passive and impersonal forms of deciding (`Det beslutades att …`), and the noun with a passive verb, as a secretary
   * tells it (`Beslut togs att …`, `Det fattades beslut om att …`), with `att` after them.
   */
  decidedPassive: ['beslutades', 'beslöts', 'beslut togs', 'beslut fattades', 'beslut togs om', 'beslut fattades om', 'togs beslut om', 'fattades beslut om', 'togs beslut', 'fattades beslut'],
  /**
   * The decision told as where the talk ended (`Diskussionen ledde fram till beslutet att …`, `… vilket mynnade ut i
   * beslutet att …`): this meeting's decision, with `att` after it.
   */
  /**
   * The impersonal present that opens a decision's sentence (`Beslutas att …`, `Det beslutas att …`, `Beslutas enligt
   * förslaget`), and what may follow it: the clause, or the proposal it adopts; and the noun so (`Beslut enligt förslag.`).
   */
  decidedImpersonal: { verbs: ['beslutas', 'det beslutas', 'beslut'], after: ['att', 'enligt'] },
  decisionReached: ['ledde fram till beslutet', 'ledde till beslutet', 'resulterade i beslutet', 'mynnade ut i beslutet', 'utmynnade i beslutet', 'kom fram till beslutet'],
  /** What notes write for a decision: `Gruppen enades om att …`, `Vi kom överens om att …` (with `att` after them). */
  agreeVerbs: ['kom överens om', 'kommer överens om', 'enades om', 'enas om', 'är överens om', 'var överens om', 'blev överens om'],
  /** Where a sentence reports an earlier meeting's decision, not this one's. */
  earlierMeeting: ['förra', 'föregående', 'tidigare', 'senaste'],
  /** Organs whose decisions minutes report but do not make (matched at the end of the subject). */
  otherOrgans: [
    'fullmäktige', 'kommunstyrelsen', 'regionstyrelsen', 'landstingsstyrelsen', 'nämnden', 'rådet', 'regeringen', 'riksdagen',
    'kassan', 'förmedlingen', 'kommunen', 'regionen', 'länsstyrelsen', 'myndigheten', 'domstolen',
  ],
  /**
   * Organs' nouns alone that the ending of `otherOrgans` reads as another organ, yet that name the one
   * that meets where the header names none (`Nämnden beslöt att anta planen`): no other organ goes by them alone.
   */
  bareOwnOrgans: ['nämnden', 'rådet'],
  /** Capitalised words that open a sentence but never decide (`Den beslutade tilldelningen`). */
  notSubjects: ['den', 'det', 'de', 'detta', 'denna', 'dessa', 'där', 'då', 'som', 'om', 'när', 'efter', 'enligt', 'vid', 'under', 'i', 'på', 'man', 'hon', 'han', 'ett', 'en', 'hur', 'vad', 'inför', 'tidigare'],
  /** Headings inside an item that end a run of decision or proposal clauses. */
  subheadings: [
    'beslutsunderlag', 'underlag', 'handlingar', 'handling', 'ärendebeskrivning', 'ärendet', 'sammanfattning', 'sammanfattning av ärendet',
    'bakgrund', 'yrkanden', 'yrkande', 'propositionsordning', 'reservation', 'reservationer', 'protokollsanteckning',
    'skickas till', 'beslutet skickas till', 'expedieras till', 'expediering', 'motivering', 'jäv', 'överläggning',
    'information', 'diskussion', 'ekonomiska konsekvenser', 'konsekvenser',
    'beslutsgång', 'beredning', 'omröstning', 'omröstningsresultat', 'votering', 'reservationer och protokollsanteckningar',
    'deltar ej i beslut', 'deltar ej i beslutet', 'deltar inte i beslutet', 'ej deltagande i beslut', 'jäv och deltagande',
    'protokollsutdrag skickas till', 'protokollsutdrag till', 'för kännedom', 'handlingar i ärendet', 'bilagor',
    'sammanfattning av ärendet', 'beskrivning av ärendet', 'ärendebeskrivning', 'föredragning', 'föredragande',
    'upplysningar', 'tidigare beslut', 'behandling', 'beskrivning',
    // how to appeal, as Finnish and Swedish minutes close a § (`Sökande av ändring` / `Besvärsförbud`)
    // (not `Besvärsanvisning`, `Rättelseyrkande`: the titles of a last § of their own too)
    'sökande av ändring', 'anvisning för sökande av ändring', 'besvärsförbud', 'anvisning om rättelseyrkande',
    'rättelseyrkandeanvisning', 'hur man överklagar', 'hur man söker ändring',
  ],
  /**
   * Where the decision is sent (`Beslutet skickas till: …`, `Expedieras till …`, `Protokollsutdrag
   * sänds till …`): a line opening so ends the clauses under a decision heading and is none of them.
   */
  distribution: {
    subjects: ['beslutet', 'beslut', 'beslutet ska', 'protokollsutdrag', 'protokollsutdraget', 'protokollsutdrag ska', 'utdrag', 'utdraget', 'utdrag ur protokollet', 'kopia'],
    // (`Expediera till`: the imperative of a secretary's note to self)
    verbs: ['skickas', 'expedieras', 'sänds', 'översänds', 'delges', 'expedierat', 'skickat', 'expediera'],
    // labels without a verb, read with their colon or `till` (`Protokollsutdrag till: …`, `Utdrag: …`, `Kopia till Akten`)
    labels: ['protokollsutdrag', 'protokollutdrag', 'utdrag', 'utdrag ur protokollet', 'kopia', 'sändlista', 'expediering', 'beslutsexpediering'],
  },
  /** Words that join the last but one of a list of clauses to the last (`att …, samt` / `att …`): no part of it. */
  clauseJoins: ['samt', 'och', 'samt att', 'och att'],
  /** The verb a recommendation's opening ends in (`Kommunstyrelsen föreslår fullmäktige besluta`, `… föreslår att kommunfullmäktige beslutar följande.`). */
  recommendedVerbs: ['besluta', 'beslutar'],
  /** What may follow the verb of a line that opens clauses (`beslutar att`, `besluta enligt följande:`). */
  clauseIntroTails: ['att', 'följande', 'enligt följande'],
  /** The tails that announce the clauses after them whatever ends the line, a full stop too (`Nämnden beslutar följande.`). */
  announcingTails: ['följande'],
  /** Sub-headings that also title a whole point (`§ 5` / `Information` / `Förbundschefen informerar …`): under a bare §, its title. */
  subheadingTitles: ['information', 'diskussion'],
  /** Headings of what the meeting agreed in notes (`Överenskommelse`): decisions of a meeting that keeps no protokoll. */
  agreedHeadings: ['överenskommelse', 'överenskommet', 'beslutades', 'mötet beslutade', 'gemensam överenskommelse'],
  /** What stands after `Förslag till` in a proposal heading (`Förslag till beslut på sammanträdet`, `Förslag till kommunfullmäktige`). */
  proposalTargets: ['beslut', 'beslut på sammanträdet', 'beslut i', 'kommunfullmäktige', 'kommunstyrelsen', 'regionfullmäktige', 'fullmäktige', 'nämnden', 'styrelsen', 'direktionen', 'förbundsfullmäktige', 'stadsfullmäktige', 'stadsstyrelsen'],
  /** How an organ's name ends after `Förslag till` (`Arbetsutskottets förslag till socialnämnden`, `… till byggnadsnämnden`). */
  proposalTargetEndings: ['nämnden', 'styrelsen', 'fullmäktige', 'utskottet', 'direktionen'],
  /**
   * The past of deciding (`Styrelsen beslutade i mars att …`, `Planen antogs 2022`): in a notice, where no
   * meeting has decided yet, a report of the case's history; a decision in the present is the point's proposal.
   */
  pastDecisions: [
    'beslutade', 'beslöt', 'beslutades', 'beslöts', 'beslutat', 'godkände', 'godkändes', 'godkänt', 'fastställde', 'fastställdes', 'fastställt',
    'antog', 'antogs', 'antagit', 'beviljade', 'beviljades', 'avslog', 'avslogs', 'utsåg', 'utsågs', 'valde', 'valdes', 'tillstyrkte', 'noterade',
    'noterades', 'uppdrog', 'gav', 'lade', 'lades', 'antecknade', 'antecknades', 'tog del av', 'tagit del av', 'ställde sig bakom',
    'bordlades', 'återremitterades', 'bifölls',
  ],
  /**
   * The chair's finding of what the meeting decided (`Ordföranden ställer proposition … och finner att
   * nämnden bifaller Per Åströms yrkande`): the words that open it, before the organ and its verb.
   */
  findings: ['finner att', 'fann att', 'finner ordföranden att', 'fann ordföranden att'],
  /** A finding on how or when to decide, no decision on the case (`… finner att nämnden beslutar att ärendet ska avgöras i dag`). */
  findingProcedures: ['avgöras', 'avgörs', 'propositionsordning', 'beslutsgång'],
  /** A motion to defer the case that a finding rejects (`… finner att nämnden avslår återremissyrkandet`): the case goes on. */
  findingDeferrals: ['återremiss', 'bordläggning'],
  /** The verbs of such a finding that reject what they name. */
  findingRejects: ['avslår', 'avslog'],
  /** A vote asked for after the chair's finding (`… finner att nämnden bifaller förslaget. Omröstning begärs.`): the vote decides, not the finding. */
  voteRequests: ['omröstning begärs', 'omröstning begärdes', 'omröstning har begärts', 'omröstning är begärd', 'votering begärs', 'votering begärdes', 'votering har begärts'],
  /**
   * Others recommending what the meeting may decide (`Revisorerna tillstyrker att styrelsen beviljas ansvarsfrihet`):
   * the clause after them, in the passive, is no decision of this meeting.
   */
  recommendations: ['tillstyrker att', 'tillstyrkte att', 'tillstyrkt att', 'rekommenderar att', 'rekommenderade att', 'förordar att', 'förordade att'],
  /** Words that turn a sentence into a proposal, not a decision. */
  proposalMarkers: ['föreslår', 'föreslog', 'föreslås', 'förslag till beslut', 'förslag är att', 'förslaget är att', 'beslutsförslag'],
} as const;

/**
 * Subjects that name the meeting or a group of its members (`Gruppen föredrar …`, `Ledamöterna föredrar …`): before
 * `föredrar` they prefer something, for who presents an item is a person or an official's role.
 */
/**
 * Words that open the minutes' next paragraph or a point's heading, capitalised, never a name's (`Mötet`, `Beslut`,
 * `Dnr`): run on after a list's last name where a transcript lost the line break (`Birgit Nielsen Mötet öppnades …`,
 * `Eva Ek Dnr Delegationsordning`), they end the list.
 */
export const PROSE_AFTER_LIST_WORDS = [
  'Mötet', 'Sammanträdet', 'Beslut', 'Beslutet', 'Dnr', 'Ärende', 'Ärendet', 'Ärendebeskrivning', 'Bakgrund', 'Ordföranden',
  'Protokollet', 'Föredragningslistan', 'Dagordningen', 'Sammanfattning', 'Beslutsunderlag',
] as const;
export const GROUP_SUBJECTS = ['gruppen', 'mötet', 'sammanträdet', 'deltagarna', 'ledamöterna', 'medlemmarna', 'ägarna', 'majoriteten', 'flertalet', 'samtliga', 'alla', 'vi'] as const;

/** Verbs that name who presents an item. */
export const PRESENTER_VERBS = ['föredrar', 'föredrog', 'föredras av', 'föredrogs av', 'föredragande', 'föredragen av', 'presenteras av', 'presenterades av'] as const;

/** Headings inside an item's body that a flattened page runs on with their text (`… godkänns. Förslag till beslut Kommunstyrelsen …`). */
export const INLINE_BODY_HEADINGS = [
  'beslut', 'förslag till beslut', 'beslutsunderlag', 'beslutsgång', 'yrkanden', 'propositionsordning', 'ärendet', 'ärendebeskrivning',
  'sammanfattning av ärendet', 'sammanfattning', 'bakgrund', 'överenskommelse', 'reservation', 'protokollsanteckning', 'beslutet skickas till',
  'expedieras till', 'förslag till kommunfullmäktige', 'förslag till regionfullmäktige', 'förslag till förbundsfullmäktige',
  'förslag till fullmäktige', 'förslag till kommunstyrelsen',
] as const;

/**
 * Points an agenda may put before its numbered ones without a number (`Val av justerare`
 * over `1. Godkännande av dagordning`): matched as the whole line, lower case.
 */
export const OPENING_POINTS = [
  'mötets öppnande', 'mötet öppnas', 'sammanträdets öppnande', 'sammanträdet öppnas', 'öppnande', 'upprop', 'närvaro',
  'val av justerare', 'val av protokolljusterare', 'val av protokollsjusterare', 'val av justerare och tid för justering',
  'val av justeringsperson', 'val av justeringspersoner', 'val av en justerare', 'utseende av justerare', 'justering',
  'val av justerare och justeringsdag', 'upprop och val av justerare', 'val av två justerare', 'val av två protokolljusterare', 'val av två protokollsjusterare', 'godkännande av dagordning', 'godkännande av dagordningen',
  'fastställande av dagordning', 'fastställande av dagordningen', 'fastställande av föredragningslista', 'fastställande av föredragningslistan',
] as const;

/** How a notice closes after its last point (`Välkomna!`, `Anmäl förhinder till …`): lines opening so are no point's text. */
export const NOTICE_CLOSINGS = [
  'välkomna', 'välkommen', 'hjärtligt välkomna', 'varmt välkomna', 'anmäl förhinder', 'eventuella förhinder', 'förhinder anmäls',
  'vänligen anmäl förhinder', 'vänligen meddela förhinder', 'meddela förhinder', 'förhinder meddelas',
] as const;

/** The word a notice's page for one agenda point opens with, in capitals (`ÄRENDE 5 Budget 2025`). */
export const POINT_PAGE_WORDS = ['ärende', 'punkt'] as const;

/** The labels of who presents a point (`Föredragande: Lena Ek`). */
export const PRESENTER_LABELS = ['föredragande', 'föredragare'] as const;

/** Labels inside an item's body, written with a colon, that a flattened page runs on (`… bygglov. Föredragande: Lisa Holm`). */
export const INLINE_BODY_LABELS = [...PRESENTER_LABELS, 'bilagor', 'bilaga', 'handlingar'] as const;

/** What a point's heading says its presenter does after the name (`Ekonomi – förbundschef Eva Holm informerar`). */
export const TITLE_PRESENTER_VERBS = [
  'informerar', 'informerade', 'föredrar', 'föredrog', 'redogör', 'redogjorde', 'presenterar', 'presenterade', 'rapporterar', 'rapporterade', 'berättar', 'berättade',
] as const;

/**
 * What a point is, said with who gives it as a heading (`Information av Maria Lind`,
 * `Presentation av förbundschef Eva Holm`). (A sentence, `Information lämnas av Per Ås.`,
 * reports who informed: no presenter, as the gold of real minutes reads it.)
 */
export const PRESENTED_BY_NOUNS = ['information', 'presentation', 'redovisning', 'dragning', 'föredragning', 'genomgång', 'lägesrapport'] as const;
/** How such a point is given, before its noun (`Muntlig information av Karl Ek`). */
export const PRESENTED_BY_MANNERS = ['muntlig', 'skriftlig', 'kort'] as const;

/** Title words of a point about a person, whom a dash after the title names (`Avsägelse – Eva Holm`, `Val av ersättare – Per Ås`): no presenter. */
export const TITLE_ABOUT_PERSON_WORDS = ['val', 'fyllnadsval', 'nyval', 'omval', 'avsägelse', 'entledigande', 'utseende', 'nominering', 'ansökan', 'anställning', 'tack', 'avtackning', 'minnesord'] as const;

/** Title words of a point brought by a member (`Motion om …`, `Interpellation till …`): a name in brackets after it is its author, no presenter. */
export const AUTHORED_TITLE_WORDS = ['motion', 'interpellation', 'medborgarförslag', 'e-förslag', 'fråga', 'skrivelse', 'initiativärende', 'initiativ'] as const;

/** Labels of who handles a case, under an agenda point (`Handläggare: Lena Björk`): no part of a proposal or a decision over them. */
export const CASE_CONTACT_LABELS = ['handläggare', 'ansvarig handläggare', 'kontaktperson', 'ärendeansvarig', 'ansvarig tjänsteperson', 'beredd av'] as const;
/** Labels of an action list in notes, with their colon (`Ansvarig: Eva Holm`, `Klart till: oktober`): no part of the decision above. */
export const ACTION_LABELS = ['ansvarig', 'ansvariga', 'ansvar', 'klart till', 'klart senast', 'klar senast', 'senast klart', 'deadline', 'återrapport till', 'återrapporteras'] as const;

/**
 * How a § says the meeting opened or closed, the hour after it (`Ordföranden öppnar mötet kl. 13.00`,
 * `Mötet förklaras avslutat klockan 15.20`): the meeting's words, and the verb's forms before them
 * (`avslutar mötet`) and after them (`mötet avslutades`, `mötet förklaras avslutat`).
 */
export const HOURS_SAID = {
  meeting: ['mötet', 'sammanträdet', 'sammankomsten', 'dagens möte', 'dagens sammanträde'],
  start: {
    before: ['öppnar', 'öppnade', 'förklarar', 'förklarade'],
    // (and notes' `Mötet börjar: Kl 11.55`, `Mötet startade kl. 9.10`)
    after: ['öppnas', 'öppnades', 'förklaras öppnat', 'förklarades öppnat', 'öppnat', 'börjar', 'började', 'startar', 'startade'],
    participle: 'öppnat',
  },
  end: {
    before: ['avslutar', 'avslutade', 'förklarar', 'förklarade'],
    after: ['avslutas', 'avslutades', 'förklaras avslutat', 'förklarades avslutat', 'avslutat', 'slutar', 'slutade'],
    participle: 'avslutat',
  },
} as const;
/**
 * The ends of words that name where a meeting is held (`Stadshuset`, `Sammanträdesrummet Ekan`,
 * `Kansliet`, `Teams`): what an unlabelled line under the meeting's day and hours needs to be its place.
 */
export const PLACE_WORD_ENDINGS = [
  'huset', 'hus', 'sal', 'salen', 'rum', 'rummet', 'lokal', 'lokalen', 'lokaler', 'lokalerna', 'kontor', 'kontoret', 'kansli',
  'kansliet', 'gården', 'hotell', 'hotellet', 'aula', 'aulan', 'biblioteket', 'teams', 'zoom', 'skype', 'distans',
] as const;
/**
 * The endings of an administration's unit where minutes are adjusted (`Miljöenheten`, `Kommunstyrelseförvaltningen`,
 * `Socialkontoret`): the first word of the adjusting's place, after the adjusters' names a flattened row ran on into it.
 */
export const OFFICE_WORD_ENDINGS = ['enheten', 'förvaltningen', 'avdelningen', 'kontoret', 'kansliet'] as const;
/**
 * The points that open and close a meeting, whose heading may carry the hour they were held
 * (`Mötets öppnande 19:02`, `1. Mötets öppnande kl. 13.00`, `Mötets avslutande kl. 15.10`): the
 * hour is the meeting's, no word of the title.
 */
export const TIMED_POINTS = {
  start: ['mötets öppnande', 'mötet öppnas', 'mötet öppnades', 'sammanträdets öppnande', 'sammanträdet öppnas', 'öppnande', 'välkommen och mötets öppnande', 'inledning'],
  end: ['mötets avslutande', 'mötet avslutas', 'mötet avslutades', 'mötets avslut', 'sammanträdets avslutande', 'sammanträdet avslutas', 'avslutning', 'avslutande'],
} as const;
/** Verbs that make `Sammanträdet` a point's title or a sentence, not a label: `Sammanträdet öppnas`, `Mötet avslutas`. */
export const MEETING_PROSE_VERBS = ['öppnas', 'öppnades', 'avslutas', 'avslutades', 'ajourneras', 'ajournerades', 'inleds', 'inleddes'] as const;
/** A break written with the hours (`Ajournering kl. 14.50–15.05`, `paus för lunch 12-13`): no part of the place. */
export const MEETING_BREAKS = ['ajournering', 'ajournerat', 'ajourneras', 'ajournerades', 'paus', 'uppehåll', 'lunchpaus', 'lunch', 'kaffepaus', 'fika', 'kaffe'] as const;
/**
 * Gatherings held beside the meeting and written with their own hours in its place-and-time value (`Torsdag den 1 juni
 * 10:00–12:00 Gruppmöten 09:00–10:00`): their hours are not the meeting's.
 */
/**
 * Words that say when one person came or left, written with a lone hour in the list of who took part (`Eva Ek (S),
 * lämnade mötet kl 10.45`, `Bo Lind, från kl 10.15`, `Per Ås t.o.m. kl 15.00`): the person's hours, not the meeting's.
 */
export const PERSON_HOURS_WORDS = [
  'lämnade mötet', 'lämnade sammanträdet', 'lämnade', 'lämnar', 'anlände', 'ankom', 'avvek', 'avviker', 'avgick', 'kom', 'gick',
  'närvarande från', 'närvarande till', 'deltog från', 'deltog till', 'deltar från', 'deltar till', 'tjänstgör från', 'tjänstgjorde från',
  'från', 'till', 'fr.o.m.', 'fr o m', 'fr.o.m', 't.o.m.', 't o m', 't.o.m', 'tom', 'efter', 'före',
] as const;
export const SIDE_GATHERINGS = ['gruppmöte', 'gruppmöten', 'gruppmötet', 'partigruppmöte', 'partigruppmöten', 'förmöte', 'förmöten', 'föreläsning'] as const;

/** Words that say the meeting was held at a distance. */
export const REMOTE_WORDS = [
  'teams', 'zoom', 'skype', 'distans', 'distansmöte', 'distansteknik', 'digitalt', 'digital', 'videolänk',
  'videomöte', 'webbmöte', 'hybrid', 'hybridmöte', 'telefonmöte', 'länk', 'google meet', 'webex', 'videokonferens', 'telefonkonferens',
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
  'ordförandens signatur', 'sekreterarens signatur', 'justerares signatur', 'justerares sign', 'justerare signatur', 'justerare sign',
  'justerarsignatur', 'justerarsignaturer', 'justerares signaturer', 'justerandes signaturer',
  // `Ordf sign Justerandes sign Sekr sign 197`: a municipal footer's cells, flattened onto one line
  'ordf sign', 'sekr sign', 'sekr. sign', 'ordförande sign', 'sekreterare sign', 'sekreterares sign', 'ordförandens sign', 'justerarens sign',
  'ordförandes signatur', 'ordförande signatur', 'sekreterarens sign', 'sekreterares signatur', 'ordf. signatur', 'just. signatur',
  // `Sign. ordf.   Sign. just.`: an association's footer, the mark before the role
  'sign. ordf', 'sign. just', 'sign. sekr', 'sign ordf', 'sign just', 'sign sekr', 'sign. ordförande', 'sign. justerare', 'sign. sekreterare',
  // `Justerarnas signaturer   Utdragets riktighet bestyrkes`: Swedish-language Finnish and Åland minutes, the clerk's
  // certificate of a true extract (their `Utdragsbestyrkande`) beside the adjusters' marks or initials
  'utdragets riktighet bestyrkes', 'utdragets riktighet bestyrks', 'utdragets riktighet styrks', 'utdragets riktighet intygas',
  'utdragets riktighet intygar', 'utdragets/kopians riktighet styrks', 'utdragets/kopians riktighet bestyrks',
  'protokolljusterarnas signaturer', 'protokolljusterarnas initialer', 'justerarnas initialer', 'justerarnas signatur',
] as const;

/**
 * A publisher's notice that names were taken out before the minutes went online, printed in
 * the page's head and run on into a value when the page is flattened (`Plats och tid
 * Kommunhuset, kl 13.00 Vissa personuppgifter kan vara raderade p g a gällande lag`).
 */
export const REDACTION_NOTICES = [
  'vissa personuppgifter kan vara raderade p g a gällande lag', 'vissa personuppgifter kan vara raderade p.g.a. gällande lag',
  'vissa personuppgifter kan vara raderade pga gällande lag', 'vissa personuppgifter kan vara raderade på grund av gällande lag',
  'vissa personuppgifter kan vara raderade', 'vissa personuppgifter har tagits bort', 'vissa personuppgifter har raderats',
  'personuppgifter har tagits bort', 'personuppgifter har raderats', 'personuppgifter är borttagna',
] as const;

/** Lines a document-sharing site or web archive wraps around a transcribed document. */
export const WEB_WRAPPERS = {
  /** Whole lines (compared in lower case). */
  lines: [
    'storlek: px', 'starta visningen från sidan:', 'transkript', 'transcript', 'full text', 'no results found', 'upload: others',
    'category:', 'documents', 'hoppa till huvudinnehåll', 'meny', 'sök', 'skriv ut', 'dela', 'dela sidan', 'till toppen',
    // a site's links past its menus to the page's own text, as meeting systems and municipal sites word them
    'hoppa till huvudinnehållet', 'hoppa till innehåll', 'hoppa till innehållet', 'hoppa över navigering', 'hoppa över navigeringen',
    'hoppa över menyn', 'gå till innehåll', 'gå till innehållet', 'gå till huvudinnehåll', 'gå till huvudinnehållet',
    'gå direkt till innehållet', 'gå direkt till huvudinnehållet', 'till innehåll på sidan', 'till sidans innehåll',
    'skip to main content', 'skip to content', 'huvudmeny', 'stäng meny', 'öppna meny',
    // a sharing site's offer of other formats over its transcript
    'save this pdf as:', 'word png txt jpg', 'word  png  txt  jpg',
    // a document-sharing site's menu and buttons around its viewer, one a line (`Home` / `Documents` / `Upload` / `Sign in` /
    // `View` / `Download` / `Report` / `Share` / `Embed`), as English-language sites over Swedish documents write them
    'home', 'upload', 'sign in', 'log in', 'sign up', 'view', 'download', 'report', 'share', 'embed', 'download pdf', 'report this document',
    // a site's page picker over its transcript
    'välj en sida',
    // a meeting portal's link over a point's papers (`3. Budget 2026` / `Ladda ner dokument` / `Budget 2026.pdf 584kb`)
    'ladda ner dokument', 'ladda ned dokument', 'ladda ner', 'ladda ned', 'ladda ner alla dokument', 'ladda ned alla dokument',
    // a decision archive's note between a case's number and its point's heading, that the case was handled again later
    'ärendet har nyare handläggningar', 'more recent handlings',
  ],
  /** Line openings. */
  prefixes: ['download "', 'ladda ner "', 'post on ', 'dela sidan:', 'senast uppdaterad:', 'sidan uppdaterades', 'sidan uppdaterad', 'sidan senast uppdaterad', 'senast ändrad:'],
  /** Headings of a block of other documents' titles (`Relevanta dokument`), dropped with the block. */
  blocks: ['relevanta dokument', 'liknande dokument', 'relaterade dokument', 'related documents', 'more documents'],
  /** The formats a web list's links name after a title in brackets (`Val av protokolljusterare (pdf) (html)`). */
  linkFormats: ['pdf', 'html'],
  /** A site's caption over a list of files to download, under the heading that names them (`Protokoll` / `Filer tillgängliga för nedladdning`). */
  fileListCaptions: ['filer tillgängliga för nedladdning', 'filer att ladda ner', 'dokument att ladda ner'],
} as const;

/** Labels of the anslag/bevis block. */
/**
 * A signer's sentence of adjusting electronically, one a signer (`Anna Ek har justerat protokollet elektroniskt`,
 * `Justerat digitalt av Per Ås`): the verb's past forms and the words of how (see parse/signatures/adjusted-each.ts).
 */
/**
 * The words that open a line saying the day the minutes were adjusted, the signers' names after the day with no label of
 * roles (`Justerat tisdagen den 1 februari 2011 Anna Ek Per Ås Eva Lund`, `Justerat den 19 april 2019` over the names).
 */
export const ADJUSTED_DATED_OPENINGS = ['justerat', 'justerad', 'justerades', 'protokollet justerat', 'protokollet justerades', 'protokollet justerat och signerat'] as const;
/** The words by which the minutes elect their adjusters to sign beside the chair (`… att jämte ordföranden justera protokollet`). */
export const BESIDE_THE_CHAIR = ['jämte ordföranden', 'tillsammans med ordföranden', 'jämte ordförande', 'tillsammans med ordförande'] as const;

export const ADJUSTED_EACH = {
  verbs: ['justerat', 'signerat', 'undertecknat', 'justerat och signerat'],
  how: ['elektroniskt', 'digitalt', 'med e-legitimation', 'med bankid'],
} as const;

/**
 * The minutes declared adjusted at the meeting itself (`Protokolljustering   Dagens protokoll förklaras justerat.`): the day
 * of adjusting is the meeting's, whatever date stands after it (the time to appeal's, the posting's).
 */
export const ADJUSTED_AT_MEETING = [
  'förklaras justerat', 'förklarades justerat', 'förklaras justerad', 'förklarades justerad', 'förklarades omedelbart justerat', 'förklaras omedelbart justerat',
  'justerades vid sammanträdet', 'justerades vid mötet', 'justerades på sammanträdet', 'justerades omedelbart', 'justerat vid sammanträdet',
  'justerat vid mötet', 'omedelbart justerat',
] as const;

export const POSTING = {
  adjusted: ['justeringsdatum', 'dag för justering', 'justerat', 'justerades', 'protokollet justerat', 'datum för justering', 'justeringens plats och tid', 'justeringens tid och plats', 'justeringens tid', 'justeringsdag', 'justerad', 'protokollet justeras', 'justeras den'],
  postedFrom: ['anslaget uppsatt', 'anslag uppsättes', 'anslaget uppsättes', 'anslag uppsatt', 'datum för anslags uppsättande', 'anslaget sätts upp', 'uppsatt', 'datum då anslaget sätts upp', 'anslaget sattes upp', 'sattes upp', 'sätts upp',
    // `Anslaget har satts upp 2004-09-01`, `Anslagsdag 2018-02-27`, `Datum för anslagets uppsättande`
    'anslaget har satts upp', 'har satts upp', 'anslagsdag', 'anslagsdatum', 'datum för anslagets uppsättande', 'anslagets uppsättande',
    // the label's second line alone, its first (`Datum för`) printed above it once per column: `anslags uppsättande 2006-05-11`
    'anslags uppsättande',
    // `Datum för anslags upprättande 2014-03-12`
    'datum för anslags upprättande', 'anslags upprättande',
    // (the words the other way round: `Datum för uppsättande av anslag`)
    'datum för uppsättande av anslag', 'uppsättande av anslag',
    // (and the nouns in -ning: `Datum för uppsättning av anslag`, `Datum för anslags uppsättning`)
    'datum för uppsättning av anslag', 'uppsättning av anslag', 'datum för anslags uppsättning', 'anslags uppsättning',
    // said in a sentence after the signers: `Protokollet har anslagits den 22 april 2019.`
    'protokollet har anslagits', 'protokollet anslogs',
    // a digital anslagstavla's words: `Anslaget publiceras: 2025-02-13`, `Datum för anslag 2025-02-13`
    'anslaget publiceras', 'anslaget publicerat', 'anslaget publicerades', 'anslaget har publicerats', 'datum då anslaget publiceras', 'datum för anslag',
    // Swedish-language Finnish minutes: `Protokollet framlagt till påseende   Stadens webbplats 12.5.2023`
    'protokollet framlagt till påseende', 'framlagt till påseende', 'protokollet framlagt', 'protokollet har varit framlagt', 'protokollet är framlagt',
    // (Åland's: `Protokollet officiellt framlagt : Kumlinge by, fredagen den …`)
    'protokollet officiellt framlagt',
    // (and the form's own label: `Till påseende, ort och tid   Tisdagen den 21.6.2016 på kommunkansliet`, `Protokollet för påseende`)
    'till påseende, ort och tid', 'till påseende, tid och plats', 'till påseende', 'protokollet för påseende'],
  postedTo: ['anslaget nedtaget', 'anslaget nedtas', 'nedtas', 'anslag nedtages tidigast', 'anslag nedtages', 'anslaget nedtages', 'anslaget tas ned tidigast', 'anslag nedtaget', 'datum för anslags nedtagande', 'anslaget tas ned', 'nedtaget', 'datum då anslaget tas ned', 'tas ned', 'tas ner', 'togs ned', 'togs ner', 'anslaget tas ner',
    'datum för anslagets nedtagande', 'anslagets nedtagande', 'anslags nedtagande', 'anslaget till och med', 'anslås till och med', 'anslaget tas bort', 'datum då anslaget tas bort',
    // (the words the other way round: `Datum för nedtagande av anslag`)
    'datum för nedtagande av anslag', 'nedtagande av anslag',
    // (and the nouns in -ning: `Datum för nedtagning av anslag`, `Datum för anslags nedtagning`)
    'datum för nedtagning av anslag', 'nedtagning av anslag', 'datum för anslags nedtagning', 'anslags nedtagning'],
  postedRange: [
    'anslaget under tiden', 'anslagstid', 'anslaget under perioden', 'tid för anslag', 'tid för anslaget',
    // one label over both dates: `Datum för anslags uppsättande / nedtagande   2024-03-05 / 2024-03-27`
    'datum för anslags uppsättande / nedtagande', 'datum för anslags uppsättande/nedtagande', 'anslags uppsättande / nedtagande',
    'anslags uppsättande/nedtagande', 'datum för anslags uppsättande och nedtagande', 'anslaget uppsatt / nedtaget', 'anslaget uppsatt/nedtaget',
    // said in a sentence: `… anslaget på kommunens digitala anslagstavla 2024-03-20 – 2024-04-11`, `Tillkännagivande av justering 2024-03-20 – 2024-04-11`
    'anslagstavla', 'anslagstavlan', 'tillkännagivande av justering', 'tillkännagivande av protokollsjustering', 'tillkännagivandet av justeringen',
    'tillkännagivande om justering', 'tillkännagivande om protokollsjustering',
    // `Protokollet anslås på förbundets webbplats 2025-03-20 – 2025-04-11`
    'protokollet anslås', 'anslås',
    // the time to appeal, which runs as the notice is posted (`Överklagningstid 16.3.2023–6.4.2023`)
    'överklagningstid', 'överklagandetid', 'överklagningstiden', 'överklagandetiden', 'tid för överklagande',
  ],
  stored: ['förvaringsplats för protokollet', 'förvaringsplats för protokoll', 'förvaringsplats', 'protokollet förvaras på', 'protokollet förvaras hos', 'protokollet förvaras i', 'förvaras',
    // `Protokollet finns hos   Stadskansliet`
    'protokollet finns hos', 'protokollet finns på',
    // `Protokollets förvaring   Kommunkansliet`, `Förvaringsplats av protokollet   Byggkontoret`
    'protokollets förvaring', 'förvaringsplats av protokollet'],
} as const;

/** Labels of dates that are not the meeting's, besides justering and anslag (`Justeras 2021-03-04`, `Sista dag för överklagande`). */
export const OTHER_DATE_LABELS = [
  'justeras', 'justerandes', 'justerare', 'justeringsbevis', 'anslagsdatum', 'protokollet anslaget', 'anslaget', 'överklagande',
  'överklagandetid', 'överklagas', 'tillkännagivande', 'tillkännagivits', 'tillkännages', 'expedierat', 'expedierad', 'expedieras',
  'utdragsbestyrkande', 'bestyrkes', 'undertecknat', 'undertecknad', 'signerat', 'signerad',
  // a web page's own day, over a blog post or a news item that carries a meeting's record or call (`Publicerat den 13
  // april 2021 av admin`, `Publicerad: 2023-02-01`, `Senast ändrad 2020-05-04`)
  'publicerad', 'publicerat', 'publicerades', 'postat', 'postad', 'upplagd', 'upplagt', 'senast ändrad', 'senast uppdaterad',
] as const;

/** Labels of the meeting header. */
export const HEADER_LABELS = {
  organ: ['organ', 'organ:', 'instans', 'beslutande organ'],
  date: ['sammanträdesdatum', 'mötesdatum', 'datum', 'dag', 'dag och tid', 'tid och dag'],
  time: ['tid', 'klockan', 'kl', 'sammanträdestid', 'mötestid'],
  place: ['plats och tid', 'tid och plats', 'plats', 'lokal', 'mötesplats', 'sammanträdesplats'],
  paragraphs: ['paragrafer', 'paragraf', 'omfattning', '§§'],
  number: ['nr', 'nummer'],
} as const;

/**
 * Headings over the day of the next meeting (`Nästa möte` / `Den 12 juni kl. 9–11 på kontoret`), in notes whose
 * points have no numbers: their day, hours and place are another meeting's, never this one's.
 */
export const NEXT_MEETING_HEADINGS = ['nästa möte', 'nästa sammanträde', 'nästa styrelsemöte', 'nästa träff', 'kommande möten', 'kommande sammanträden', 'kommande mötesdatum', 'nästa mötesdatum', 'mötestider'] as const;
/** Words of a meeting, for telling the meeting date from other dates in the header. */
export const MEETING_WORDS = ['sammanträde', 'sammanträdet', 'möte', 'mötet', 'sammanträdesdatum', 'klockan', 'kl'] as const;

/** The word before a clock time (`kl. 18.30`, Finland's `klo`), which a transcript that strips digits leaves alone (`stadsdirektör kl`). */
export const CLOCK_WORDS = ['kl', 'kl.', 'klo', 'klo.', 'klockan'] as const;

/** Words after which a range of whole hours is the meeting's time: `möte 13-17`, `Tid: 13–16`. */
export const HOURS_AFTER_WORDS = ['tid', 'mötestid', 'sammanträdestid', 'möte', 'mötet', 'sammanträde', 'sammanträdet'] as const;
/** Units after a range of numbers that make it a count, not hours: `möte 10-12 gånger per år`. */
export const COUNT_UNITS = ['gång', 'gånger', 'ggr', 'dagar', 'veckor', 'timmar', 'tim', 'minuter', 'min', 'år', 'procent', 'st', 'personer', 'deltagare'] as const;

/** Certificate vocabulary (Zigned, Scrive, Visma Addo, …). */
export const CERTIFICATE = {
  signerMarkers: ['signer', 'undertecknare', 'signerare', 'signatory'],
  signedAt: ['signed at', 'signerat', 'signerad', 'undertecknat', 'signed', 'tidpunkt', 'datum', 'signeringstid', 'tid för signering'],
} as const;

/** Prepositions after which a capitalised word continues a title (`Information från Försäkringskassan`). */
export const TITLE_LINK_WORDS = [
  'från', 'till', 'med', 'om', 'av', 'för', 'i', 'hos', 'inom', 'mellan', 'och', 'samt', 'mot', 'vid', 'på', 'inför', 'under', 'kring', 'enligt', 'gällande', 'avseende',
] as const;

/**
 * The legal forms that end a company's name (`Sundby Energi AB`, `Norrvik Revision HB`,
 * `Vasa Bostäder Ab`): the capitalised words before one are the company's, not a new sentence.
 */
export const COMPANY_FORMS = ['AB', 'HB', 'KB', 'Ab', 'Oy', 'Oyj', 'Abp', 'AB:s', 'HB:s'] as const;

/** The words of a page's counter (`Sida 1 (4)`, `Sidan 2(30)`, `Sid 2 av 5`, `Blad 3`): never part of a name standing before them. */
export const PAGE_WORDS = ['sida', 'sidan', 'sid', 'sid.', 'blad', 'page'] as const;
/** The words between a page's number and the count of pages (`Sidan 2 av 30`, `Page 2 of 4`). */
export const PAGE_COUNT_WORDS = ['av', 'of'] as const;

/** The labels of a letterhead's contact footer (`Postadress  Besöksadress  Telefon / Fax  E-post`): no name's words. */
export const CONTACT_LABELS = [
  'postadress', 'besöksadress', 'adress', 'telefon', 'tel', 'tfn', 'fax', 'telefax', 'växel', 'e-post', 'epost', 'mail',
  'hemsida', 'webbplats', 'webb', 'organisationsnummer', 'organisationsnr', 'org.nr', 'orgnr', 'bankgiro', 'plusgiro', 'postgiro',
] as const;

/** Endings of a street's name (`Storgatan 4`, `Brandvägen 12 B`): an address in a letterhead's footer, never a person's entry. */
export const STREET_ENDINGS = [
  'gatan', 'vägen', 'gränd', 'gränden', 'torget', 'torg', 'stigen', 'backen', 'allén', 'leden', 'gata', 'väg', 'stråket', 'kajen', 'esplanaden',
] as const;

/** Words that end like a finite verb but are none (`Unga under 30`, `Vuxna över 25`): no sentence starts before them. */
export const NOT_FINITE_VERBS = ['efter', 'eller', 'under', 'inför', 'utanför', 'över'] as const;

/** Finite verbs that end in none of the tense endings (`Motionären vill …`, `Förvaltningen ska …`): modal and auxiliary verbs. */
export const MODAL_VERBS = ['vill', 'ska', 'skall', 'kan', 'bör', 'måste', 'får'] as const;

/**
 * Words a § text opens on before its verb, as Swedish puts the verb second (`Vid sitt sammanträde i oktober tillstyrkte
 * styrelsen …`, `På kort tid har förbundet …`, `Den 14 maj överlämnades …`): a phrase of time, place or ground.
 */
export const PHRASE_OPENERS = ['vid', 'på', 'i', 'under', 'efter', 'den', 'sedan', 'inför', 'enligt', 'genom', 'från', 'inom', 'med', 'mot', 'utifrån', 'redan', 'hittills'] as const;
/** Finite verbs with no tense ending that such a phrase leaves second (`På kort tid har …`). */
export const AUXILIARY_VERBS = ['har', 'hade', 'är', 'var', 'blev', 'fanns'] as const;

/** Verbs in the past that end in none of the tense endings (`Anna Ek föredrog …`, `Styrelsen antog …`): strong verbs minutes use. */
export const STRONG_PAST_VERBS = ['föredrog', 'antog', 'tog', 'gav', 'beslöt', 'fick', 'höll', 'drog', 'lät', 'bjöd'] as const;

/**
 * Finite verbs that end in no tense ending, after which a short line reads as a sentence (`Mötet ansågs behörigen
 * utlyst`, `Inga motioner fanns att behandla`, `Jan-Erik var adjungerad`): a § text without its stop, no title's rest.
 */
export const PLAIN_FINITE_VERBS = ['är', 'var', 'blir', 'blev', 'finns', 'fanns', 'har', 'hade', 'anses', 'ansågs', 'sågs', 'gick', 'kom', 'kunde', 'skulle'] as const;

/** Last words of a line that go on with the sentence on the next (`Styrelsen beslutar att`): no title, no page furniture ends so. */
export const SENTENCE_GOES_ON = [...TITLE_LINK_WORDS, 'att', 'som', 'den', 'det', 'de', 'en', 'ett', 'är', 'har', 'var', 'kan', 'ska'] as const;

/** Words that continue a suspended compound (`sjuk- och aktivitetsersättning`), never a hyphenated word. */
export const SUSPENDED_HYPHEN_NEXT = ['och', 'eller', 'samt', 'respektive', 'resp', 'till', 'som', 'eller/och'] as const;

/**
 * How a § was decided (issue 14): motions (yrkanden), votes, reservations, jäv, protocol
 * notes and the outcome. The readers in parse/process/ build their patterns from these.
 */
export const PROCESS = {
  /** Sub-headings inside a § body, by what stands under them. */
  headings: {
    motions: [
      'yrkanden', 'yrkande', 'förslag och yrkanden', 'yrkanden och förslag', 'tilläggsyrkande', 'tilläggsyrkanden', 'ändringsyrkande',
      // Finnish-Swedish minutes (`Behandling` / `Förslag om återremiss` / `Ledamoten X understödd av …`)
      'förslag om återremiss', 'förslag om bordläggning', 'motförslag', 'förkastelseförslag', 'hemställningskläm', 'hemställningsklämmar',
      // the plain-language templates' heading over the members' motions (a proposal heading to the decisions reader)
      'förslag till beslut på sammanträdet', 'förslag till beslut under sammanträdet', 'förslag på sammanträdet', 'förslag under sammanträdet',
      // the two joined by a slash (`Yrkanden/förslag till beslut på sammanträdet`)
      'yrkanden/förslag till beslut på sammanträdet', 'yrkande/förslag till beslut på sammanträdet', 'yrkanden/förslag till beslut', 'yrkanden/förslag',
    ],
    course: [
      'beslutsgång', 'propositionsordning', 'proposition', 'propositionsordning och beslut', 'överläggning', 'överläggning i kommunstyrelsen', 'behandling',
      'propositionsordning och beslutsgång', 'beslutsgång och propositionsordning', 'ordförandens förslag till beslutsgång',
      'behandling på sammanträdet', 'behandling under sammanträdet', 'sammanträdets behandling', 'ärendets behandling på sammanträdet',
    ],
    votes: ['omröstning', 'omröstningar', 'omröstningsresultat', 'votering', 'voteringsresultat', 'omröstningslista', 'voteringslista', 'omröstningsprotokoll'],
    reservations: ['reservation', 'reservationer', 'skriftlig reservation', 'skriftliga reservationer', 'avvikande mening', 'avvikande åsikt'],
    conflicts: ['jäv', 'anmälan om jäv', 'anmälan av jäv', 'jävsanmälan'],
    notes: ['protokollsanteckning', 'protokollsanteckningar'],
    statements: ['särskilt yttrande', 'särskilda yttranden', 'yttrande', 'yttranden'],
    /** What the case is about: its history, which may report other meetings' votes and reservations. */
    description: [
      'beskrivning av ärendet', 'ärendebeskrivning', 'sammanfattning', 'sammanfattning av ärendet', 'bakgrund', 'ärendet',
      'beslutsunderlag', 'underlag', 'handlingar', 'tjänsteskrivelse', 'förvaltningens bedömning', 'bedömning', 'motivering',
      'ekonomiska konsekvenser', 'konsekvenser', 'ärendets beredning', 'beredning', 'yttranden över ärendet', 'remissyttranden',
      'bakgrund och ärendebeskrivning', 'ärendebeskrivning och bakgrund', 'upplysningar om ärendet', 'skäl för beslutet', 'skäl för beslut',
      'beslutsmotivering', 'lagstöd', 'barnkonsekvensanalys', 'konsekvensanalys', 'beslutets genomförande',
    ],
  },
  /** Nouns of the documents a § handles: `I motionen yrkar …` reports the document, not the meeting. */
  documentNouns: [
    'motionen', 'motion', 'medborgarförslaget', 'e-förslaget', 'skrivelsen', 'interpellationen', 'ansökan', 'överklagandet',
    'yttrandet', 'begäran', 'remissen', 'framställan', 'initiativet', 'initiativärendet', 'budgetmotionen', 'förslaget',
  ],
  /** The same documents named without an article (`föreslår i ett medborgarförslag`). */
  documentIndefinite: ['medborgarförslag', 'e-förslag', 'skrivelse', 'interpellation', 'framställning', 'budgetmotion'],
  /** People whose asks a § reports: `Motionären yrkar att …`. */
  documentRoles: ['motionären', 'motionärerna', 'motionärer', 'förslagsställaren', 'förslagsställarna', 'sökanden', 'sökande', 'klaganden', 'klagande', 'interpellanten', 'frågeställaren'],
  /** A rule, not an event: a generic subject (`En ledamot som …`) with a modal verb, or `gäller`, `krävs`. */
  genericSubjects: ['en ledamot', 'ledamot', 'ledamöter', 'ledamoten', 'en ersättare', 'ersättare', 'den som', 'de som', 'var och en', 'varje ledamot', 'man', 'ordföranden', 'ett yrkande', 'en reservation', 'en protokollsanteckning', 'omröstning', 'en omröstning'],
  modalVerbs: ['får', 'ska', 'skall', 'kan', 'bör', 'måste', 'gäller', 'krävs', 'erfordras'],
  /** Preparing bodies whose votes and reservations a § reports (`I arbetsutskottet reserverade sig …`). */
  preparatoryStems: ['arbetsutskott', 'utskott', 'beredning', 'presidi'],
  preparatoryAbbreviations: ['au', 'ksau', 'kfau', 'ksu', 'rsau'],
  /** Finite forms of moving (`Anna Ek (S) yrkar bifall till …`). */
  moveVerbs: ['yrkar', 'yrkade'],
  /**
   * Moving as plain-language templates write it (`Anna Ek (S) föreslår att ärendet återremitteras`):
   * a motion only under a heading over the motions (`Yrkanden`, `Förslag till beslut på sammanträdet`).
   */
  proposeVerbs: ['föreslår', 'föreslog'],
  /** Passive moving with the movers after it (`Bifall yrkas av Anna Ek (S)`). */
  movePassive: ['yrkas av', 'yrkades av'],
  /** Nouns of a motion, after a verb of handing it in (`lämnar följande tilläggsyrkande: …`). */
  motionNouns: ['tilläggsyrkande', 'ändringsyrkande', 'tilläggsyrkanden', 'ändringsyrkanden', 'yrkande', 'motförslag'],
  motionNounVerbs: ['lämnar', 'lämnade', 'framställer', 'framställde', 'lägger', 'lade', 'har', 'hade'],
  /** Finnish-Swedish moving: `Ledamoten X understödd av ledamoten Y föreslog att …`. */
  secondedBy: ['understödd av', 'understödda av', 'understödd av ledamoten', 'med understöd av'],
  secondedVerbs: ['föreslog', 'föreslår', 'framställde', 'framställer'],
  /** The chair named by office alone (`Ordföranden yrkar bifall …`): the person who chairs the meeting. */
  chairReferences: ['ordföranden', 'mötesordföranden', 'ordförande'],
  /** The seconder of the motion just made, in a sentence of its own (`Förslaget understöddes av Lisa Sund.`). */
  secondedPassive: ['understöddes av', 'understöds av', 'blev understött av', 'blev understödd av'],
  /** Words that join the names of a list (`Anna Ek (S), Bo Al (V) och Eva Ström (MP)`). */
  listWords: ['och', 'samt', 'liksom', '&'],
  /** `Inga reservationer`, `Ingen anmäler jäv`, `Inget jäv anmäldes`: a statement of none. */
  none: ['inga', 'ingen', 'inget'],
  /** Words between a verb and a motion noun (`lämnar ett eget tilläggsyrkande`). */
  motionQualifiers: ['ett', 'en', 'följande', 'eget', 'ett eget', 'ett gemensamt', 'gemensamt'],
  /** Words between a verb and a note (`lämnar en gemensam protokollsanteckning`). */
  noteQualifiers: ['en', 'ett', 'följande', 'sin', 'sina', 'en gemensam', 'följande gemensamma'],
  /** Forms of deciding beside DECISION.decideVerbs, for a decision written mid-sentence; the present of them. */
  decideForms: ['beslutat', 'beslutades', 'beslöts'],
  presentDecision: ['beslutar', 'besluter'],
  /** Forms of proposing beside DECISION.proposalMarkers (`beslutar att föreslå fullmäktige …`). */
  proposeForms: ['föreslå'],
  /** Passive moving (`Bifall yrkas`), for telling a motion from a decision. */
  moveForms: ['yrkas', 'yrkades'],
  /** What a finding may point back to (`… tilläggsyrkande och finner att det avslås`). */
  backReferences: ['det', 'detta', 'dessa', 'den', 'denna', 'yrkandet', 'förslaget'],
  /**
   * Past forms of the process verbs. In the case's history (`Beskrivning av ärendet`,
   * `Beslutsunderlag`) only a statement in the present is this meeting's: `Anna Ek (S) yrkar
   * …` after the list of documents is, `Ledamöterna från SD reserverade sig …` is a report.
   */
  pastForms: [
    'yrkade', 'yrkades', 'reserverade', 'lämnade', 'lämnades', 'anmälde', 'anmäldes', 'avgav', 'inlämnade', 'inlämnades', 'deltog',
    'var', 'förklarade', 'framställde', 'lade', 'hade', 'har', 'anfördes', 'föreslog', 'gjorde', 'fick', 'beslutade', 'beslöt',
  ],
  /** Nouns of a meeting, for `föregående sammanträde`, `förra styrelsemötet`. */
  meetingNouns: ['möte', 'mötet', 'sammanträde', 'sammanträdet', 'sammanträden'],
  /** Joining a motion (`Anna Ek (KD) med instämmande av Bo Ek (L) yrkar …`). */
  joiners: ['med instämmande av', 'med instämmande från', 'med stöd av', 'understödd av', 'understödda av', 'tillsammans med'],
  /** Joining a motion made before (`Bo Ek (L) instämmer i Anna Eks yrkande`, `Eva Ås (C) instämmer.`). */
  joinVerbs: ['instämmer', 'instämde'],
  /** What a joiner may join without naming its mover: the motion just made (`instämmer i yrkandet`). */
  joinedLast: ['yrkandet', 'detta', 'det', 'detta yrkande', 'det yrkandet'],
  /** Reserving oneself, present and past, and the passive of the older minutes. */
  reserveVerbs: ['reserverar sig', 'reserverade sig', 'reserverar oss', 'reserverade oss'],
  /** `lämnar en skriftlig reservation`, `anmälde avvikande mening`: a verb, qualifiers, the noun. */
  reserveNounVerbs: ['lämnar', 'lämnade', 'anmäler', 'anmälde', 'avger', 'avgav', 'inlämnar', 'inlämnade'],
  reserveQualifiers: ['en', 'ett', 'sin', 'sina', 'följande', 'gemensam', 'gemensamma', 'skriftlig', 'skriftliga', 'muntlig'],
  reserveNouns: ['reservation', 'reservationer', 'reservationsmotivering', 'avvikande mening', 'avvikande åsikt'],
  /**
   * The passive with the reservers after it: `Reservation anfördes av …`, `Reservation mot beslutet anmäls av …`
   * (a noun, what it is against at most, a verb, `av`).
   */
  reservePassive: {
    nouns: ['reservation', 'reservationer', 'skriftlig reservation', 'skriftliga reservationer'],
    against: ['mot beslutet', 'emot beslutet', 'mot detta', 'mot detta beslut', 'mot förslaget'],
    verbs: ['anfördes', 'anförs', 'anmäldes', 'anmäls', 'lämnades', 'lämnas', 'inlämnades', 'inlämnas', 'avgavs', 'avges'],
  },
  /** Jäv: `anmäler jäv`, `är jävig`, `deltar inte … på grund av jäv`. */
  conflictVerbs: ['anmäler jäv', 'anmälde jäv', 'anmäler sig jävig', 'förklarar sig jävig', 'förklarade sig jävig', 'är jävig', 'är jäviga', 'var jävig', 'var jäviga', 'anmäler sig som jävig'],
  conflictPassive: ['jäv anmäls av', 'jäv anmäldes av', 'jäv anmäls från', 'jäv anmäldes från'],
  /** `deltar inte (i …) på grund av jäv`: the verbs of stepping aside, and the causes. */
  stepAside: ['deltar inte', 'deltog inte', 'deltar ej', 'deltog ej', 'lämnar lokalen', 'lämnade lokalen', 'lämnar sammanträdet', 'lämnade sammanträdet', 'lämnar rummet', 'lämnade rummet'],
  dueTo: ['på grund av', 'pga.', 'pga', 'p.g.a.', 'p g a', 'med anledning av'],
  /** Where a jäv announced in an opening § points: `anmäler jäv under paragraf 811`, `i ärende 12`. */
  conflictTargets: {
    prepositions: ['under', 'i', 'för', 'vid', 'avseende', 'gällande', 'inför', 'vid behandlingen av', 'i behandlingen av'],
    paragraph: ['paragraf', 'paragraferna', '§', '§§'],
    agendaItem: ['ärende', 'ärendena', 'punkt', 'punkterna', 'ärendepunkt'],
  },
  /** A protocol note: `Anna Ek (KD) lämnar följande protokollsanteckning: …`. */
  noteVerbs: ['lämnar', 'lämnade', 'får lämna', 'fick lämna', 'anmäler', 'anmälde', 'gör', 'gjorde', 'antecknar', 'avger', 'avgav'],
  noteNouns: ['protokollsanteckning', 'protokollsanteckningar', 'gemensam protokollsanteckning'],
  /** The secretary's note in the passive, what is noted in an `att` clause: `Till protokollet antecknas att Bo Ek (C) inte deltar i beslutet.` */
  notePassive: [
    'till protokollet antecknas att', 'till protokollet antecknades att', 'antecknas till protokollet att', 'antecknades till protokollet att', 'till protokollet noteras att', 'noteras till protokollet att',
    'det antecknas att', 'det antecknades att', 'det antecknas till protokollet att', 'det antecknades till protokollet att',
  ],
  /** Words before a name that say what the person is, not who (`Vice ordföranden Anna Ek`). */
  roleWords: [
    'ordföranden', 'ordförande', 'vice ordföranden', 'vice ordförande', 'förste vice ordföranden', 'andre vice ordföranden',
    '1:e vice ordföranden', '2:e vice ordföranden', 'förste vice ordförande', 'andre vice ordförande', 'ledamoten', 'ledamot',
    'ersättaren', 'tjänstgörande ersättaren', 'tjänstgörande ersättare', 'borgarrådet', 'kommunalrådet', 'oppositionsrådet',
    'regionrådet', 'gruppledaren', 'fullmäktigeledamoten', 'fullm.', 'fullm', 'stadsfullmäktigeledamoten', 'ordf.', 'ordf',
  ],
  /** Words for the members of a party group (`Ledamöterna från SD`, `SD-ledamöterna`). */
  groupWords: ['ledamöterna', 'ledamöter', 'ledamoten', 'ledamot', 'ersättarna', 'gruppen', 'grupp', 'företrädarna', 'företrädare', 'representanterna', 'representanter'],
  groupLinks: ['från', 'för', 'i', 'inom'],
  /** Words before a group word that add nothing (`samtliga ledamöter från SD`). */
  groupDeterminers: ['de', 'samtliga', 'alla', 'övriga', 'dess', 'partiets'],
  /** `Anna Ek (M) m.fl.`: the others the text does not name. */
  others: ['m.fl.', 'm.fl', 'm fl', 'med flera', 'mfl'],
  /** Party names written out → the abbreviation (`Socialdemokraterna reserverar sig` → S). */
  partyNames: {
    S: ['socialdemokraterna', 'socialdemokraternas', 'socialdemokratiska', 'socialdemokrater', 'socialdemokratisk'],
    M: ['moderaterna', 'moderaternas', 'moderata', 'moderater'],
    C: ['centerpartiet', 'centerpartiets', 'centerpartistiska', 'centerpartister'],
    L: ['liberalerna', 'liberalernas', 'liberala'],
    FP: ['folkpartiet', 'folkpartiets', 'folkpartistiska'],
    KD: ['kristdemokraterna', 'kristdemokraternas', 'kristdemokratiska', 'kristdemokrater'],
    V: ['vänsterpartiet', 'vänsterpartiets', 'vänsterpartistiska', 'vänsterpartister'],
    MP: ['miljöpartiet', 'miljöpartiets', 'miljöpartistiska', 'miljöpartister'],
    SD: ['sverigedemokraterna', 'sverigedemokraternas', 'sverigedemokratiska', 'sverigedemokrater'],
  } as Readonly<Record<string, readonly string[]>>,
  /** Lower-case words that may stand inside a name (`Ebba von Platen`, `Anna af Sillén`). */
  nameParticles: ['von', 'af', 'van', 'de', 'da', 'der', 'del', 'la', 'du', 'di'],
  /** Words that open a sentence whose subject follows the verb (`Mot beslutet reserverar sig …`). */
  openers: ['under', 'mot', 'emot', 'i', 'vid', 'efter', 'därefter', 'sedan', 'då', 'även', 'också', 'på', 'med', 'till', 'av', 'dessutom', 'slutligen', 'här', 'därvid'],
  /** Subjects that are never a person (`Ingen anmäler jäv`, `Den som är jävig …`). */
  notActors: ['ingen', 'inget', 'inga', 'den', 'det', 'de', 'denne', 'denna', 'var', 'vi', 'jag', 'man', 'alla', 'samtliga', 'någon', 'några', 'ledamot som', 'den som'],
  /** Vote counts: the words beside a number (`72 Ja mot 9 Nej`, `8 ja-röster`, `2 avstår`, `2 blanka`). */
  counts: {
    yes: ['ja', 'ja-röster', 'ja-röst', 'jaröster', 'jaröst', 'röster för'],
    no: ['nej', 'nej-röster', 'nej-röst', 'nejröster', 'nejröst', 'emot', 'röster emot'],
    abstain: [
      'avstår', 'avstod', 'avstående', 'avstår från att rösta', 'avstod från att rösta', 'ledamöter avstår', 'ledamöter som avstår',
      'ledamöter som avstår från att rösta', 'ledamot avstår', 'ledamot som avstår', 'blanka', 'blank', 'blankröster', 'blanka röster',
      'nedlagda', 'nedlagda röster', 'nedlagd röst', 'avstår från att delta', 'avstod från att delta', 'röstar inte', 'röstade inte',
    ],
    absent: ['frånvarande'],
  },
  /**
   * Counts written in words (`med sju ja-röster mot fyra nej-röster`), each at its value's index;
   * `en`/`ett` count only before a word of voting (`en ledamot avstår`), being articles elsewhere.
   */
  countWords: [
    'noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton',
    'sexton', 'sjutton', 'arton', 'nitton', 'tjugo',
  ],
  countArticles: ['en', 'ett'],
  countArticleBefore: ['ledamot', 'röst', 'ja-röst', 'nej-röst', 'jaröst', 'nejröst', 'blank', 'nedlagd'],
  /** Counts that are no vote of the meeting: surveys, referendums, elections to parliament. */
  notVotes: [
    'enkät', 'enkäten', 'svarade', 'svarande', 'respondent', 'undersökning', 'folkomröstning', 'medborgarpanel',
    'opinionsmätning', 'röstberättigade', 'valdeltagande', 'valresultat', 'riksdagsval', 'kommunval', 'regionval', 'valdistrikt',
  ],
  /** `med 8 röster mot 5`, `med rösterna 76–8`, `röstsiffrorna 23-21`. */
  votesAgainst: ['röster mot', 'röst mot'],
  /** Votes for one side, then the other's (`31 röster för kommunstyrelsens förslag och 18 röster för Eva Eks yrkande`). */
  votesFor: ['röster för', 'röst för'],
  voteTallyWords: [
    'med rösterna', 'röstsiffrorna', 'röstetalet', 'med röstsiffrorna', 'efter votering', 'efter omröstning', 'omröstningen slutade',
    'omröstningen utföll', 'omröstningen utfaller', 'voteringen slutade', 'voteringen utföll', 'votering', 'omröstning',
  ],
  /** The words a vote statement uses; one must stand in the sentence. */
  voteContext: ['omröstning', 'omröstningen', 'omröstningsresultat', 'votering', 'voteringen', 'röster', 'rösterna', 'röstsiffror', 'röstsiffrorna', 'ja-röster', 'nej-röster', 'röstade', 'röstar'],
  /** Units after a number that make it no vote count (`72 miljoner mot 9`). */
  notCounts: ['kr', 'kronor', 'tkr', 'mkr', 'mnkr', 'miljoner', 'miljarder', 'procent', 'st', 'stycken', 'timmar', 'år', 'dagar', 'invånare', 'personer', 'kvadratmeter', 'kvm', 'meter', 'km'],
  /** How the yes and no sides are named (`Ja-röst för arbetsutskottets förslag, nej-röst för …`). */
  // (`Den som vill bifalla … röstar ja, den som vill bifalla … röstar nej`; `Ja = bifall till …`)
  yesSide: [
    'ja-röst för', 'ja-röst innebär', 'ja för', 'ja-förslag', 'den som vill', 'den som bifaller', 'ja-röster för', 'ja innebär', 'ja =', 'ja - för', 'ja – för',
    // Finnish-Swedish minutes: `De som understödde stadsdirektörens förslag röstade ja, de som understödde X:s förslag röstade nej.`
    'den som understöder', 'de som understöder', 'den som understödde', 'de som understödde',
  ],
  noSide: ['nej-röst för', 'nej-röst innebär', 'nej för', 'nej-förslag', 'nej-röster för', 'nej innebär', 'röstar nej', 'röstade nej', 'nej =', 'nej - för', 'nej – för'],
  /** Column heads of a voteringslista, and what a mark under each means. */
  rollColumns: {
    yes: ['ja'],
    no: ['nej'],
    abstain: ['avstår', 'avstod', 'avst', 'avst.', 'avstående', 'blank', 'blanka'],
    absent: ['frånvarande', 'frånv', 'frånv.', 'ej närvarande'],
  },
  rollLabels: ['ledamot', 'ledamöter', 'namn', 'parti', 'ersättare', 'tjänstgörande', 'tjänstgörande ersättare', 'ledamot/ersättare', '§', 'nr', 'ers', 'ers.'],
  rollTotals: ['summa', 'totalt', 'resultat', 'antal', 'summa röster'],
  /** Named lists of a roll-call, `Ja röstar: Anna Ek (S), Bo Al (M)` / `Avstår: Eva Ek (L)`. */
  rollLists: {
    yes: ['ja', 'ja-röster', 'ja-röst', 'ja röstar', 'ja röstade', 'röstar ja', 'röstade ja'],
    no: ['nej', 'nej-röster', 'nej-röst', 'nej röstar', 'nej röstade', 'röstar nej', 'röstade nej'],
    abstain: ['avstår', 'avstod', 'avstår från att rösta', 'avstod från att rösta', 'blanka', 'blank'],
    absent: ['frånvarande'],
  },
  /** A column that holds the vote as a word (`Ledamot  Parti  Röst` / `Anna Ek  S  Ja`). */
  rollVoteHeads: ['röst', 'röstar', 'votering', 'omröstning'],
  /** The title of a roll-call table printed apart from its § (`Omröstningslista nr 2` / `§ 47`, `Voteringslista 1, § 12`). */
  rollTitles: ['omröstningslista', 'voteringslista', 'omröstningsprotokoll', 'voteringsprotokoll', 'röstlista'],
  rollMarks: ['x', 'X', '×', '1', '✓', '✔', 'ja', 'nej'],
  /** The outcome of a §, by the words that state it. */
  outcomes: {
    withdrawn: ['dras tillbaka', 'drogs tillbaka', 'återkallas', 'återkallades', 'återtas', 'återtogs', 'utgår', 'utgick', 'avförs', 'avfördes', 'dra tillbaka', 'avföra'],
    'referred-back': ['återremitteras', 'återremitterades', 'återremittera', 'återremitterar', 'återremitterade', 'återremiss'],
    tabled: ['bordläggs', 'bordlades', 'bordlägga', 'bordlägger', 'bordlade', 'bordläggning', 'skjuts upp', 'tas upp igen'],
    rejected: ['besvaras med nej', 'besvarades med nej', 'besvaras nekande', 'besvarades nekande', 'avslås', 'avslogs', 'avslå', 'avslår', 'avslog', 'avslag', 'förkastas', 'förkastades', 'förkasta', 'förkastar', 'förkastade'],
    approved: [
      'bifalls', 'bifölls', 'bifalla', 'bifaller', 'biföll', 'bifall', 'godkänns', 'godkändes', 'godkänna', 'godkänner', 'godkände',
      'antas', 'antogs', 'anta', 'antar', 'antog', 'fastställs', 'fastställdes', 'fastställa', 'fastställer', 'fastställde',
      'beviljas', 'beviljades', 'bevilja', 'beviljar', 'beviljade', 'tillstyrks', 'tillstyrktes', 'tillstyrka', 'tillstyrker', 'tillstyrkte',
      'ställer sig bakom', 'ställde sig bakom', 'ställa sig bakom',
      'godkännes', 'fastställes', 'antages', 'bifalles', 'tillstyrkes',
      'besvaras med ja', 'besvarades med ja', 'besvaras jakande', 'besvarades jakande',
    ],
    noted: [
      'antecknas', 'antecknades', 'anteckna', 'antecknar', 'antecknade', 'till handlingarna', 'läggs handlingarna', 'lägga handlingarna', 'noterar', 'noterade', 'noteras', 'noterades', 'notera', 'lägges till handlingarna',
      'tar del av', 'tog del av', 'ta del av', 'tagit del av', 'noterat', 'tas till protokollet', 'togs till protokollet',
      'tackar för informationen', 'tackar för redovisningen',
    ],
  } as Readonly<Record<'withdrawn' | 'referred-back' | 'tabled' | 'rejected' | 'approved' | 'noted', readonly string[]>>,
  /** Present passives a § states its own outcome with, near the start of a sentence (`Ärendet bordläggs.`). */
  selfPassive: [
    'bordläggs', 'återremitteras', 'antecknas', 'avslås', 'bifalls', 'godkänns', 'läggs till handlingarna', 'läggs handlingarna',
    'noteras', 'utgår', 'dras tillbaka', 'återkallas', 'avförs', 'förkastas', 'fastställs', 'antas', 'beviljas',
    'godkännes', 'fastställes', 'antages', 'bifalles', 'lägges till handlingarna',
  ],
  /** What such a sentence speaks of when it speaks of the § itself (`Delårsrapporten antecknas`). */
  selfSubjects: [
    'ärendet', 'frågan', 'motionen', 'medborgarförslaget', 'e-förslaget', 'informationen', 'redovisningen', 'rapporten', 'anmälan',
    'ansökan', 'förslaget', 'punkten', 'protokollet', 'dagordningen', 'föredragningslistan', 'besluten', 'meddelandena', 'skrivelsen',
    'uppföljningen', 'planen', 'yttrandet', 'avtalet', 'budgeten', 'bokslutet', 'anteckningarna', 'minnesanteckningarna', 'interpellationen',
  ],
  /** Endings of an organ that opens a sentence in its own name (`Kommunstyrelsen noterar informationen`). */
  organEndings: ['styrelsen', 'nämnden', 'fullmäktige', 'utskottet', 'mötet', 'sammanträdet', 'direktionen', 'presidiet', 'rådet', 'samrådet', 'beredningen', 'medlemmarna', 'ledamöterna'],
  /** `beslutar enligt arbetsutskottets förslag`, `Enligt kommunstyrelsens förslag`: decided as proposed. */
  asProposed: ['enligt', 'i enlighet med', 'i enlighet med vad som föreslås i'],
  proposalWords: ['förslag', 'förslaget', 'förslagen', 'yrkande', 'beslutsförslag', 'tjänsteskrivelse'],
  /** A decision that leaves the question unanswered either way (`Motionen anses besvarad`). */
  /** What answers an annual meeting's question (`Fråga om ansvarsfrihet besvaras med ja`): an outcome, unlike a motion answered. */
  answeredWith: ['med ja', 'med nej', 'med ett ja', 'med ett nej', 'jakande', 'nekande'],
  noOutcome: ['anses besvarad', 'anses besvarat', 'anses besvarade', 'besvaras', 'besvarades', 'förklaras besvarad', 'besvarad', 'besvarat', 'slutbehandlad'],
  /** Where the chair states what was decided (`Ordföranden … finner att kommunstyrelsen …`). */
  findings: ['finner att', 'fann att', 'finner ordföranden att', 'fann ordföranden att', 'konstaterar att', 'konstaterade att'],
  /** A procedural motion as the object of a finding (`finner att återremissyrkandet avslås`): not the § itself. */
  procedural: ['förslaget om återremiss', 'förslag om återremiss', 'förslaget om bordläggning', 'förslag om bordläggning', 'återremissförslaget', 'bordläggningsförslaget', 'yrkande', 'yrkandet', 'yrkanden', 'yrkandena', 'återremissyrkandet', 'bordläggningsyrkandet', 'avslagsyrkandet', 'tilläggsyrkandet', 'ändringsyrkandet', 'frågan om återremiss', 'frågan om bordläggning', 'avgöras idag', 'avgöras i dag', 'avgöras vid dagens sammanträde', 'propositionsordning', 'propositionsordningen', 'beslutsgången'],
} as const;

/** Abbreviations that keep their full stop at the end of a title (`Planbesked för Lövnäs 1:40 m.fl.`). */
export const TITLE_END_ABBREVIATIONS = ['m.fl.', 'm.m.', 'etc.', 'o.d.', 'm.a.a.', 'mfl.', 'mm.'] as const;

/**
 * A decision a flattened page runs on after the item's text, with no full stop between (`… Dnr 412/2019 Nämnden
 * beslutar att …`): the words before the organ that make it part of the sentence instead (`… innan Nämnden
 * beslutar`, `… föreslår att Nämnden beslutar`), and the words of proposing in the text before it, which make the
 * clause a proposal (`Arbetsutskottets förslag till kommunstyrelsen Kommunstyrelsen beslutar att …`).
 */
export const RUN_ON_DECISION = {
  joiningWords: ['att', 'och', 'samt', 'eller', 'om', 'som', 'när', 'då', 'innan', 'sedan', 'eftersom', 'där', 'men', 'ifall', 'tills', 'än'],
  /** A heading of a proposal the clause runs on after (`Arbetsutskottets förslag`, `… förslag till kommunfullmäktige`). */
  proposalHeads: ['förslag', 'förslaget'],
} as const;

/**
 * The proceedings some minutes tell under the decision heading, before the decision (Finland-Swedish ones most):
 * that a member's motion fell (`Förslaget fick inget understöd och förföll.`, `Förslaget understöddes inte.`).
 */
export const MOTION_FELL = ['inget understöd', 'utan understöd', 'understöddes inte', 'understöddes ej', 'blev inte understött', 'blev ej understött', 'förföll', 'förfaller'] as const;
/** A motion or proposal the same sentence tells was adopted (`… föreslår att ärendet bordläggs, vilket styrelsen godkänner.`): a decision. */
export const MOTION_ADOPTED = ['vilket'] as const;

/**
 * Labels of a minutes' front page that a notice does not print (`Paragrafer`, `Protokolljustering`, `Justering`):
 * under a participants' heading after a notice's points, they say the minutes' own front page has begun.
 */
export const MINUTES_FRONT_PAGE_LABELS = [
  'paragrafer', 'protokolljustering', 'protokollsjustering', 'justering', 'justeringens', 'utses att justera', 'underskrifter',
] as const;

/**
 * The head of a participant table's column of names (`Namn   Titel`, `Namn   Verksamhet`): the row it opens beside a
 * list's heading heads columns, whatever the others are called.
 */
export const NAMES_COLUMN_HEADS = ['namn', 'namn:'] as const;

/**
 * Signers' labels as a signature row may write them in their definite form, after the name before them
 * (`Sekreterare Eva Berg Ordföranden Per Lind`): each with the label it is.
 */
export const SIGNER_LABELS_DEFINITE = [
  ['ordföranden', 'ordförande'],
  ['sekreteraren', 'sekreterare'],
] as const;

/**
 * Words before an attachment that a sentence of the item's text names (`enligt bilaga 2`, `se bilaga 4`,
 * `bifogas som bilaga 3`, `framgår i bilaga 2`).
 */
export const ATTACHMENT_REFERENCE_WORDS = ['enligt', 'se', 'som', 'i'] as const;
/** What an attachment `till` may belong to and still be the minutes' own (`bilaga 2 till protokollet`); `bilaga 2 till avtalet` is another document's. */
export const ATTACHMENT_OWN_DOCUMENTS = ['protokoll', 'protokollet', 'detta protokoll', 'paragrafen', 'denna paragraf', 'ärendet', 'beslutet'] as const;

/**
 * The nouns of a sub-heading over the people some bodies send, which a council's roll writes between the names
 * (`… Eva Sand (C) Representanter från funktionshinderorganisationerna Maja Ek (DF) …`), alone or last in a compound
 * (`Föreningsrepresentanter`, `Handikapporganisationerna`): a heading, never the organisation of the name before it.
 */
export const GROUP_HEADING_NOUNS = ['representanter', 'representanterna', 'företrädare', 'företrädarna', 'organisationer', 'organisationerna', 'föreningar', 'föreningarna'] as const;

/** The small words after the first of a description before a list's names (`Ordföranden i nämnderna …`, `Representanter för …`). */
export const DESCRIPTION_LINKS = ['i', 'för', 'från', 'inom', 'vid'] as const;

/**
 * The nouns that make a place's name an organisation after it, which templates also capitalise (`Skara Kommun`,
 * `Borås Stad`): the place before them is the organisation's, as before the lower-case noun (`Marks kommun`).
 */
export const PLACE_ORGANISATION_NOUNS = ['kommun', 'stad', 'staden'] as const;

/** An agenda table's head cell over a column of what is proposed on each point (`Ärende   Beteckning   Förslag`). */
export const PROPOSAL_COLUMN_HEADS = ['förslag', 'förslag till beslut', 'beslutsförslag'] as const;

/**
 * The labels of MINUTES_FRONT_PAGE_LABELS that only minutes print (`Paragrafer 21-22`, `Underskrifter`,
 * `Protokolljustering`): a notice may name its adjusting (`Justering`, `Utses att justera`), never these.
 */
export const MINUTES_ONLY_FRONT_PAGE_LABELS = ['paragrafer', 'protokolljustering', 'protokollsjustering', 'underskrifter'] as const;

/**
 * A committee's letters after its board's in an organ of two words (`KS AU § 145`, `Ks au § 12`, `SN AU 147`): the
 * arbetsutskott, personalutskott and individutskott, written in capitals, small letters or capitalised.
 */
export const COMMITTEE_ABBREVIATIONS = ['au', 'pu', 'iu'] as const;

/**
 * The heading a document-sharing site writes over its transcript of a PDF, whose every page it opens with the page's
 * number (`Transkript` / `1 …` / `2 …`): under it, the number that counts on from the last page starts a page.
 */
export const TRANSCRIPT_HEADINGS = ['transkript', 'transcript'] as const;

/**
 * What opens a sentence after a decision's clauses that says what the decision means (`Detta beslut innebär att de var
 * för sig får företräda förbundet.`): an explanation, no clause of it.
 */
export const DECISION_EXPLAINED = ['detta beslut innebär', 'beslutet innebär', 'detta innebär'] as const;

/** The positions in a participants' list that say who signs as chair and as secretary (`Eva Dahl (S), ordförande`, `Bo Lind, utredare, sekreterare`). */
export const LISTED_SIGNER_POSITIONS = { chair: 'ordförande', secretary: 'sekreterare' } as const;

/**
 * The positions in a participants' list that make the person the meeting's secretary where nothing signed says who is
 * (`Lena Sjö, sekreterare`, `Bo Lind, utredare, sekreterare`): the meeting's own offices. An official's title
 * (`kommunsekreterare`, `nämndsekreterare`, `politisk sekreterare`, `utredningssekreterare`) is not one: a
 * kommunsekreterare present may sit beside the secretary who signs.
 */
export const MEETING_SECRETARY_POSITIONS = ['sekreterare', 'mötessekreterare', 'protokollsekreterare', 'protokollförare', 'sekreterare för mötet'] as const;

/** The words between the ends of a range of §§ written out (`Paragrafer 1 t.o.m. 12`, `§§ 13 t o m 21`, `§ 4 till och med § 9`). */
export const RANGE_THROUGH = ['till och med', 't o m', 't.o.m.', 't.o.m', 'till'] as const;

/**
 * What opens a sentence after a decision that gives its reason (`Skälet till beslutet är att …`, `Anledningen är att …`,
 * `Beslutet motiveras av …`), read as DECISION_EXPLAINED's openings are: an explanation, no clause of the decision.
 */
export const DECISION_REASONS = [
  'det innebär', 'beslutet motiveras', 'detta beslut motiveras', 'motiveringen är', 'motiveringen till beslutet', 'motivet är',
  'skälet är', 'skälen är', 'skälet till beslutet', 'skälen till beslutet', 'anledningen är', 'anledningen till beslutet',
] as const;

/**
 * Heads of the column printed beside a meeting's place (the attendance marks, the list of matters): a page flattened
 * to one line runs them on after the place (`Kommunkansliet, Åby Närv.`, `Kommunkansliet i Åby Ärenden;`); and the heads
 * of an agenda's table under it, or its first section's heading (`Konferensrum 2 Mötesformalia Ärende Föredragande`).
 */
export const COLUMN_HEADS_AFTER_PLACE = ['närv', 'närvaro', 'ärenden', 'ärende', 'föredragande', 'föredragare', 'bilaga', 'bilagor', 'mötesformalia', 'formalia'] as const;

/** The column heads over a notice page's points (`Ärendets nr   Ärende`, Finnish and Åland KALLELSESIDA), run on after its place. */
export const NOTICE_COLUMN_HEADS = ['ärendets nummer ärende', 'ärendets nr ärende', 'ärendets nr. ärende', 'ärendets nummer', 'ärendets nr', 'ärendets nr.'] as const;

/**
 * What opens a sentence run on after a decision in its line that says what the decision brings about (`Styrelsen
 * beslutar att godkänna rapporten. Detta underlättar uppföljningen …`), read as DECISION_EXPLAINED's openings are: a
 * pronoun for the decision, then a verb of consequence; an explanation, no part of the decision.
 */
export const DECISION_CONSEQUENCES = ['detta', 'det'].flatMap((subject) =>
  ['förbättrar', 'underlättar', 'möjliggör', 'medför', 'leder till', 'bidrar till', 'säkerställer', 'stärker', 'betyder', 'gör att'].map((verb) => `${subject} ${verb}`),
);

/**
 * Read past in the line under an election point that names the elected (`Val av justerare` / `Justerare: Vera Holm`,
 * `Ordinarie: …` / `Ersättare: …`, `Vera Holm jämte ordföranden`): labels of the elected's role besides the offices
 * (DECISION.adjusterTitles, meetingOffices, electedOffices), and the chair named beside them.
 */
export const ELECTED_UNDER_TITLE = {
  roleLabels: ['ordinarie'],
  besideChair: ['jämte ordföranden', 'jämte ordförande', 'jämte mötesordföranden', 'jämte mötesordförande'],
} as const;

/**
 * A föredragningslista's remarks column beside its points (`extra utskick`, `handl på bordet`, `bilaga kommer`): how
 * a point's papers come, which a transcript runs onto the title's end; no part of the title.
 */
export const AGENDA_REMARKS = [
  'extra utskick', 'separat utskick', 'eget utskick',
  'handl på bordet', 'handl. på bordet', 'handling på bordet', 'handlingar på bordet', 'handlingen på bordet',
  'bilaga kommer', 'bilagor kommer', 'bilaga kommer senare', 'bilagor kommer senare', 'handling kommer', 'handlingar kommer',
  'handling kommer senare', 'handlingar kommer senare', 'handlingar eftersänds', 'handling eftersänds', 'bilaga eftersänds',
] as const;

/**
 * Words of a point about a party's case (`Bygglov Norrby 1:23, Anna Ek`, `Delegationsbeslut, Karin Sund`): a name after a
 * comma in its title is the applicant's, the holder's or the delegate's, never who presents the point.
 */
export const CASE_PARTY_TITLE_WORDS = [
  'bygglov', 'rivningslov', 'marklov', 'förhandsbesked', 'strandskyddsdispens', 'dispens', 'planbesked', 'nybyggnad', 'tillbyggnad',
  'serveringstillstånd', 'tillstånd', 'föreläggande', 'tillsyn', 'sanktionsavgift', 'klagomål', 'överklagande', 'delegationsbeslut',
  'bostadsanpassning', 'färdtjänst', 'personärende',
] as const;

/**
 * The label of the day a notice was issued, on the notice page of Åland's and Swedish-language Finnish minutes
 * (`KALLELSESIDA   Utfärdad 14.01.2015`, `KALLELSE   Utfärdat den 2.2.2026`): another column's label after the kind's
 * word, no part of the title.
 */
export const NOTICE_ISSUED_LABELS = ['utfärdad', 'utfärdat'] as const;

/**
 * The notice that such a label names as its subject where it opens the notice page (`Kallelsen utfärdad den …`
 * over the page's hours and points): the page's head, its kind's word the first.
 */
export const NOTICE_ISSUED_SUBJECTS = ['kallelsen', 'möteskallelsen', 'sammanträdeskallelsen'] as const;

/**
 * How the sentence opens that says where a notice was posted, after its signer (`Eva Strand, förbundsstyrelsens
 * ordförande Denna möteskallelse har utfärdats samt anslagits …`, Åland's notices run on in one line); lower case.
 */
export const NOTICE_POSTED_OPENINGS = ['denna möteskallelse', 'denna kallelse'] as const;

/** The words before the one who signs a notice on the chair's behalf (`Ordförande Eva Strand enligt uppdrag Olle Berg, kom.dir.`); lower case. */
// (and as the signer's line opens with them: `Enligt uppdrag: Anna Ek, nämndsekreterare`, `På uppdrag av ordföranden Anna Ek`)
export const ON_BEHALF_WORDS = ['enligt uppdrag', 'på uppdrag av ordföranden', 'på ordförandens uppdrag', 'på uppdrag', 'enl. uppdrag'] as const;

/** The words that bind a signer's role to the organ after it (`ordförande i kommunstyrelsen`, `sekreterare för nämnden`). */
export const ROLE_ORGAN_LINKS = ['i', 'för'] as const;

/**
 * Active verbs that adopt a proposal after MOTION_ADOPTED, the meeting or organ between (`…, vilket mötet godkände.`,
 * `…, vilket styrelsen bifaller.`); the passive ones are DECISION.passive (`…, vilket godkändes.`).
 */
export const MOTION_ADOPTING_VERBS = ['godkänner', 'godkände', 'bifaller', 'biföll', 'antar', 'antog', 'fastställer', 'fastställde', 'beslutar', 'beslutade', 'beslöt'] as const;

/**
 * What a name runs into before an organ of its own (`Helsingfors stadsstyrelse`, `Tallmo kommunfullmäktige`,
 * `Ekby läns landstingsstyrelse`): the organisation is the name and this word.
 */
export const ORGAN_OWNERS = ['kommun', 'stad', 'läns landsting'] as const;

/** Headings of a contents page an extractor flattened onto one line with its entries (`… (12) ÄRENDELISTA 14 Information 3 15 …`). */
export const ONE_LINE_CONTENTS_HEADINGS = ['innehåll', 'innehållsförteckning', 'ärendelista'] as const;

/**
 * A contents heading written as a phrase (`Förteckning över styrelsens ärenden`, `Förteckning över behandlade ärenden`):
 * its opening words, then its noun a word or two after them; flattened onto one line, the entries follow the noun.
 */
export const ONE_LINE_CONTENTS_PHRASE = { opening: ['förteckning', 'över'], noun: 'ärenden', between: 2 } as const;

/**
 * Headings that may head a notice's only agenda as well as the §§ of minutes (`Ärenden 1 Val av justerare 2 …`):
 * flattened onto one line, a contents list only where its numbers count on from an earlier meeting's (`Ärenden 60 …`).
 */
export const ONE_LINE_COUNTING_ON_HEADINGS = ['ärenden'] as const;

/**
 * The head of a contents list's page column, the last word of its heading (`Ärenden som skall behandlas Sida`,
 * `FÖRTECKNING ÖVER BEHANDLADE ÄRENDEN Sida`, `Ärenderubrik Sida`): flattened onto one line, the entries follow it.
 */
export const PAGE_COLUMN_HEAD = 'Sida';
