package stem

// stopWordList is the Snowball Italian stop-word list
// (snowballstem.org/algorithms/italian/stop.txt): articles, prepositions and
// their fusions, pronouns, possessives, common conjunctions and adverbs, and
// the forms of avere, essere, fare and stare. Elided forms appear without
// their apostrophe (dell, dov, c, l).
var stopWordList = []string{
	// prepositions and articulated prepositions
	"ad", "al", "allo", "ai", "agli", "all", "agl", "alla", "alle",
	"con", "col", "coi",
	"da", "dal", "dallo", "dai", "dagli", "dall", "dagl", "dalla", "dalle",
	"di", "del", "dello", "dei", "degli", "dell", "degl", "della", "delle",
	"in", "nel", "nello", "nei", "negli", "nell", "negl", "nella", "nelle",
	"su", "sul", "sullo", "sui", "sugli", "sull", "sugl", "sulla", "sulle",
	"per", "tra", "contro",
	// pronouns and possessives
	"io", "tu", "lui", "lei", "noi", "voi", "loro",
	"mio", "mia", "miei", "mie", "tuo", "tua", "tuoi", "tue",
	"suo", "sua", "suoi", "sue", "nostro", "nostra", "nostri", "nostre",
	"vostro", "vostra", "vostri", "vostre",
	"mi", "ti", "ci", "vi", "lo", "la", "li", "le", "gli", "ne",
	// articles, conjunctions, adverbs
	"il", "un", "uno", "una", "ma", "ed", "se", "perché", "anche", "come",
	"dov", "dove", "che", "chi", "cui", "non", "più", "quale",
	"quanto", "quanti", "quanta", "quante",
	"quello", "quelli", "quella", "quelle",
	"questo", "questi", "questa", "queste",
	"si", "tutto", "tutti",
	// single letters
	"a", "c", "e", "i", "l", "o",
	// avere
	"ho", "hai", "ha", "abbiamo", "avete", "hanno", "abbia", "abbiate",
	"abbiano", "avrò", "avrai", "avrà", "avremo", "avrete", "avranno",
	"avrei", "avresti", "avrebbe", "avremmo", "avreste", "avrebbero",
	"avevo", "avevi", "aveva", "avevamo", "avevate", "avevano",
	"ebbi", "avesti", "ebbe", "avemmo", "aveste", "ebbero",
	"avessi", "avesse", "avessimo", "avessero",
	"avendo", "avuto", "avuta", "avuti", "avute",
	// essere
	"sono", "sei", "è", "siamo", "siete", "sia", "siate", "siano",
	"sarò", "sarai", "sarà", "saremo", "sarete", "saranno",
	"sarei", "saresti", "sarebbe", "saremmo", "sareste", "sarebbero",
	"ero", "eri", "era", "eravamo", "eravate", "erano",
	"fui", "fosti", "fu", "fummo", "foste", "furono",
	"fossi", "fosse", "fossimo", "fossero", "essendo",
	// fare
	"faccio", "fai", "facciamo", "fanno", "faccia", "facciate", "facciano",
	"farò", "farai", "farà", "faremo", "farete", "faranno",
	"farei", "faresti", "farebbe", "faremmo", "fareste", "farebbero",
	"facevo", "facevi", "faceva", "facevamo", "facevate", "facevano",
	"feci", "facesti", "fece", "facemmo", "faceste", "fecero",
	"facessi", "facesse", "facessimo", "facessero", "facendo",
	// stare
	"sto", "stai", "sta", "stiamo", "stanno", "stia", "stiate", "stiano",
	"starò", "starai", "starà", "staremo", "starete", "staranno",
	"starei", "staresti", "starebbe", "staremmo", "stareste", "starebbero",
	"stavo", "stavi", "stava", "stavamo", "stavate", "stavano",
	"stetti", "stesti", "stette", "stemmo", "steste", "stettero",
	"stessi", "stesse", "stessimo", "stessero", "stando",
}

var stopWordSet = func() map[string]struct{} {
	m := make(map[string]struct{}, len(stopWordList))
	for _, w := range stopWordList {
		m[w] = struct{}{}
	}
	return m
}()

// IsStopWord reports whether word is in the Snowball Italian stop-word list.
// The word is normalized as Stem does first, so "Della", " è " and "dell'"
// are stop words.
func IsStopWord(word string) bool {
	_, ok := stopWordSet[normalize(word)]
	return ok
}

// StopWords returns the Snowball Italian stop-word list, in the list's own
// order; the slice is a fresh copy the caller may keep or change.
func StopWords() []string {
	return append([]string(nil), stopWordList...)
}

// isStopNormalized is IsStopWord for a word normalize already returned.
func isStopNormalized(word string) bool {
	_, ok := stopWordSet[word]
	return ok
}
