package word

// The closed classes of Italian grammar (the Grammar column). Each row cites
// the part of speech it lists; forms are keys (lower case, apostrophe ').
// Elided forms keep their apostrophe (l', dell', c'), as the tokenizer cuts
// them.
const (
	DefArticle      uint64 = 1 << iota // articolo determinativo: il lo la l' i gli le
	IndefArticle                       // articolo indeterminativo: un uno una un'
	Preposition                        // preposizione semplice: di a da in con su per tra fra
	ArticulatedPrep                    // preposizione articolata: del, alla, nell', sui …
	OfPreposition                      // di and its articulated forms (il ministro dell'Interno)
	LongPreposition                    // preposizione impropria: verso, presso, contro, secondo …
	Possessive                         // aggettivo/pronome possessivo: suo, nostra, loro, proprio …
	Demonstrative                      // dimostrativo: questo, quella, quel, quest' …
	SubjectPronoun                     // pronome personale soggetto: io, lui, lei, egli, essi …
	Clitic                             // pronome atono: lo, gli, ne, ci, si, c', s' …
	Relative                           // pronome relativo: che, cui, quale, quali
	AuxAvere                           // forms of avere, the auxiliary of compound tenses
	AuxEssere                          // forms of essere, auxiliary of compound tenses and of the passive
	AuxVenire                          // forms of venire as the auxiliary of the passive (viene detto)
	Coordinator                        // congiunzione coordinante: e, ed, o, ma, però, né …
	Subordinator                       // congiunzione subordinante: se, quando, mentre, perché, benché …
	Negation                           // non, né, mai
	Numeral                            // numerale cardinale in letters: uno, due … mille
	Month                              // months: gennaio … dicembre
	Weekday                            // days of the week: lunedì … domenica
)

// Article is either kind of article.
const Article = DefArticle | IndefArticle

// AnyPreposition is any preposition, simple, articulated or "improper".
const AnyPreposition = Preposition | ArticulatedPrep | LongPreposition

var (
	_ = Define(Grammar, DefArticle, "il", "lo", "la", "l'", "i", "gli", "le")
	_ = Define(Grammar, IndefArticle, "un", "uno", "una", "un'")
	_ = Define(Grammar, Preposition, "di", "d'", "a", "ad", "da", "in", "con", "su", "per", "tra", "fra")
	_ = Define(Grammar, ArticulatedPrep,
		"del", "dello", "della", "dell'", "dei", "degli", "delle",
		"al", "allo", "alla", "all'", "ai", "agli", "alle",
		"dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle",
		"nel", "nello", "nella", "nell'", "nei", "negli", "nelle",
		"sul", "sullo", "sulla", "sull'", "sui", "sugli", "sulle",
		"col", "coi", "coll'", "pel", "pei")
	_ = Define(Grammar, OfPreposition, "di", "d'", "del", "dello", "della", "dell'", "dei", "degli", "delle")
	_ = Define(Grammar, LongPreposition, "verso", "presso", "contro", "durante", "dopo", "prima", "oltre",
		"secondo", "circa", "riguardo", "tramite", "senza", "sotto", "sopra", "fino", "entro", "dentro", "fuori",
		"lungo", "mediante", "malgrado", "nonostante", "eccetto", "salvo", "tranne")
	_ = Define(Grammar, Possessive, "mio", "mia", "miei", "mie", "tuo", "tua", "tuoi", "tue", "suo", "sua", "suoi", "sue",
		"nostro", "nostra", "nostri", "nostre", "vostro", "vostra", "vostri", "vostre", "loro",
		"proprio", "propria", "propri", "proprie")
	_ = Define(Grammar, Demonstrative, "questo", "questa", "questi", "queste", "quest'", "quello", "quella", "quelli",
		"quelle", "quel", "quei", "quegli", "quell'", "codesto", "codesta", "stesso", "stessa", "stessi", "stesse")
	_ = Define(Grammar, SubjectPronoun, "io", "tu", "lui", "lei", "egli", "ella", "esso", "essa", "noi", "voi",
		"essi", "esse", "loro")
	_ = Define(Grammar, Clitic, "mi", "ti", "si", "ci", "vi", "lo", "la", "li", "le", "gli", "ne", "l'",
		"m'", "t'", "s'", "c'", "v'", "glielo", "gliela", "glieli", "gliele", "gliene", "gliel'", "me", "te", "se", "ce", "ve")
	_ = Define(Grammar, Relative, "che", "cui", "quale", "quali")
	_ = Define(Grammar, AuxAvere, "ho", "hai", "ha", "abbiamo", "avete", "hanno",
		"avevo", "avevi", "aveva", "avevamo", "avevate", "avevano",
		"ebbi", "avesti", "ebbe", "avemmo", "aveste", "ebbero",
		"avrò", "avrai", "avrà", "avremo", "avrete", "avranno",
		"avrei", "avresti", "avrebbe", "avremmo", "avreste", "avrebbero",
		"abbia", "abbiano", "abbiate", "avessi", "avesse", "avessimo", "aveste", "avessero",
		"avere", "aver", "avendo", "avuto")
	_ = Define(Grammar, AuxEssere, "sono", "sei", "è", "e'", "siamo", "siete",
		"ero", "eri", "era", "eravamo", "eravate", "erano",
		"fui", "fosti", "fu", "fummo", "foste", "furono",
		"sarò", "sarai", "sarà", "saremo", "sarete", "saranno",
		"sarei", "saresti", "sarebbe", "saremmo", "sareste", "sarebbero",
		"sia", "siano", "siate", "fossi", "fosse", "fossimo", "fossero",
		"essere", "esser", "essendo", "stato", "stata", "stati", "state")
	_ = Define(Grammar, AuxVenire, "viene", "vengono", "veniva", "venivano", "venne", "vennero", "verrà", "verranno",
		"verrebbe", "verrebbero", "venga", "vengano", "venisse", "venissero")
	_ = Define(Grammar, Coordinator, "e", "ed", "o", "od", "oppure", "ma", "però", "anzi", "eppure", "né", "bensì",
		"tuttavia", "quindi", "dunque", "perciò")
	_ = Define(Grammar, Subordinator, "se", "quando", "mentre", "perché", "poiché", "siccome", "benché", "sebbene",
		"nonostante", "affinché", "qualora", "purché", "giacché", "come", "dove", "finché")
	_ = Define(Grammar, Negation, "non", "né", "mai")
	_ = Define(Grammar, Numeral, "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci",
		"undici", "dodici", "venti", "trenta", "quaranta", "cinquanta", "cento", "mille", "mila")
	_ = Define(Grammar, Month, "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
		"settembre", "ottobre", "novembre", "dicembre")
	_ = Define(Grammar, Weekday, "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
)
