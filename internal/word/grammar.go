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

// grammar lists the words of each Grammar class.
var grammar = map[uint64][]string{
	DefArticle:      {"il", "lo", "la", "l'", "i", "gli", "le"},
	IndefArticle:    {"un", "uno", "una", "un'"},
	Preposition:     {"di", "d'", "a", "ad", "da", "in", "con", "su", "per", "tra", "fra"},
	ArticulatedPrep: {"del", "dello", "della", "dell'", "dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle", "dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle", "nel", "nello", "nella", "nell'", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sull'", "sui", "sugli", "sulle", "col", "coi", "coll'", "pel", "pei"},
	OfPreposition:   {"di", "d'", "del", "dello", "della", "dell'", "dei", "degli", "delle"},
	LongPreposition: {"verso", "presso", "contro", "durante", "dopo", "prima", "oltre", "secondo", "circa", "riguardo", "tramite", "senza", "sotto", "sopra", "fino", "entro", "dentro", "fuori", "lungo", "mediante", "malgrado", "nonostante", "eccetto", "salvo", "tranne"},
	Possessive:      {"mio", "mia", "miei", "mie", "tuo", "tua", "tuoi", "tue", "suo", "sua", "suoi", "sue", "nostro", "nostra", "nostri", "nostre", "vostro", "vostra", "vostri", "vostre", "loro", "proprio", "propria", "propri", "proprie"},
	Demonstrative:   {"questo", "questa", "questi", "queste", "quest'", "quello", "quella", "quelli", "quelle", "quel", "quei", "quegli", "quell'", "codesto", "codesta", "stesso", "stessa", "stessi", "stesse"},
	SubjectPronoun:  {"io", "tu", "lui", "lei", "egli", "ella", "esso", "essa", "noi", "voi", "essi", "esse", "loro"},
	Clitic:          {"mi", "ti", "si", "ci", "vi", "lo", "la", "li", "le", "gli", "ne", "l'", "m'", "t'", "s'", "c'", "v'", "glielo", "gliela", "glieli", "gliele", "gliene", "gliel'", "me", "te", "se", "ce", "ve"},
	Relative:        {"che", "cui", "quale", "quali"},
	AuxAvere:        {"ho", "hai", "ha", "abbiamo", "avete", "hanno", "avevo", "avevi", "aveva", "avevamo", "avevate", "avevano", "ebbi", "avesti", "ebbe", "avemmo", "aveste", "ebbero", "avrò", "avrai", "avrà", "avremo", "avrete", "avranno", "avrei", "avresti", "avrebbe", "avremmo", "avreste", "avrebbero", "abbia", "abbiano", "abbiate", "avessi", "avesse", "avessimo", "aveste", "avessero", "avere", "aver", "avendo", "avuto"},
	AuxEssere:       {"sono", "sei", "è", "e'", "siamo", "siete", "ero", "eri", "era", "eravamo", "eravate", "erano", "fui", "fosti", "fu", "fummo", "foste", "furono", "sarò", "sarai", "sarà", "saremo", "sarete", "saranno", "sarei", "saresti", "sarebbe", "saremmo", "sareste", "sarebbero", "sia", "siano", "siate", "fossi", "fosse", "fossimo", "fossero", "essere", "esser", "essendo", "stato", "stata", "stati", "state"},
	AuxVenire:       {"viene", "vengono", "veniva", "venivano", "venne", "vennero", "verrà", "verranno", "verrebbe", "verrebbero", "venga", "vengano", "venisse", "venissero"},
	Coordinator:     {"e", "ed", "o", "od", "oppure", "ma", "però", "anzi", "eppure", "né", "bensì", "tuttavia", "quindi", "dunque", "perciò"},
	Subordinator:    {"se", "quando", "mentre", "perché", "poiché", "siccome", "benché", "sebbene", "nonostante", "affinché", "qualora", "purché", "giacché", "come", "dove", "finché"},
	Negation:        {"non", "né", "mai"},
	Numeral:         {"uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici", "venti", "trenta", "quaranta", "cinquanta", "cento", "mille", "mila"},
	Month:           {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
	Weekday:         {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"},
}

// The Grammar classes join the lexicon.
var _ = func() bool {
	for c := uint64(1); c != 0; c <<= 1 {
		if ws, ok := grammar[c]; ok {
			Define(Grammar, c, ws...)
		}
	}
	return true
}()

// GrammarWords returns the keys of the words in the Grammar classes c, in
// the order the lists give them, without building the lexicon: packages
// derive their own sets from the one list of the language's closed classes.
func GrammarWords(c uint64) []string {
	var out []string
	seen := map[string]bool{}
	for bit := uint64(1); bit != 0; bit <<= 1 {
		if c&bit == 0 {
			continue
		}
		for _, w := range grammar[bit] {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}
