package quotes

import "github.com/tribuna-nlp/tribuna/internal/word"

// Closed word classes of Italian that the attribution rules look at. All
// lower case, apostrophes as ASCII '.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

var articles = set(word.GrammarWords(word.Article)...)

// prepositions, simple and articulated.
var prepositions = set(append(word.GrammarWords(word.Preposition|word.ArticulatedPrep),
	"verso", "presso", "contro", "durante", "dopo", "prima", "oltre", "secondo", "circa", "riguardo", "tramite", "senza", "sotto", "sopra", "fino", "entro",
	"attraverso", "mediante")...)

// determiners that make the next word a noun: la replica, sua accusa.
var determiners = set("il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "un'",
	"del", "dello", "della", "dell'", "dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle",
	"dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle", "nel", "nello", "nella", "nell'", "nei", "negli", "nelle",
	"sul", "sulla", "sull'", "sui", "sulle", "questo", "questa", "questi", "queste", "quel", "quella", "quello", "quelle", "quei", "quegli", "quelli", "ogni", "sua", "suo", "sue", "suoi",
	"mio", "mia", "tuo", "tua", "nostra", "nostro", "loro", "cui", "tale", "tali", "prima", "nuova", "nuovo", "ultima", "ultimo",
	"di", "a", "da", "in", "con", "su", "per", "tra", "fra")

// auxiliaries of compound tenses (avere) and of the passive (essere).
var avere = set("ha", "hanno", "ho", "hai", "abbiamo", "avete", "aveva", "avevano", "avevo", "avrebbe", "avrebbero",
	"avrà", "avranno", "ebbe", "ebbero", "abbia", "abbiano", "avesse", "avessero", "avendo", "aver", "avere", "avrei")

var essere = set("è", "e'", "sono", "era", "erano", "sarà", "saranno", "sarebbe", "sarebbero", "sia", "siano",
	"fosse", "fossero", "fu", "furono", "stato", "stata", "stati", "state", "essendo", "essere", "esser", "viene", "vengono", "venne")

// clitics that sit between a subject and its verb (lo ha paragonato, l'ha definita).
var clitics = set("lo", "la", "l'", "li", "le", "gli", "ne", "ci", "vi", "si", "mi", "ti", "glielo", "gliel'", "c'", "s'", "m'", "t'", "v'")

// adverbs that may sit inside a verb phrase or between it and the complementizer.
var adverbs = set("anche", "poi", "invece", "inoltre", "ancora", "già", "subito", "sempre", "infine", "quindi",
	"comunque", "però", "pure", "oggi", "ieri", "stamani", "stamattina", "stasera", "domani", "ora", "adesso", "intanto",
	"non", "mai", "più", "così", "appunto", "infatti", "dunque", "allora", "altresì", "tuttavia", "perfino", "persino",
	"spesso", "più", "volte", "soltanto", "solo", "proprio", "chiaramente", "esplicitamente", "duramente",
	"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "stamane", "nuovamente", "pubblicamente",
	"tra", "l'altro", "bene", "peraltro", "addirittura", "testualmente", "in", "seguito", "giorni", "fa")

// conjunctions that may open a clause before its subject.
var conjunctions = set("e", "ed", "ma", "mentre", "però", "o", "anzi", "eppure", "infatti", "quindi", "dunque", "intanto", "inoltre", "anche", "pure", "così", "poi", "infine", "oggi", "ieri", "proprio")

// subordinators that open a fronted subordinate clause: its che-clause ends at the first comma.
var subordinators = set("nonostante", "sebbene", "benché", "malgrado", "se", "quando", "dopo", "poiché", "siccome", "mentre", "anche", "qualora")

// relative pronouns that stand for the subject before them.
var relatives = set("che", "il quale", "la quale", "i quali", "le quali", "cui")

// personal pronouns that can be the subject of a speech verb.
// First and second persons are left out: io in the narrator's text is the
// author (or a name such as Radio anch'io).
var pronouns = set("lui", "lei", "egli", "ella", "esso", "essa", "essi", "esse")

// capitalized words that open sentences and are no names.
var capitalFunctionWords = set("il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una", "un'", "e", "ed", "ma", "o",
	"per", "secondo", "in", "a", "da", "di", "con", "su", "tra", "fra", "del", "della", "dei", "degli", "delle", "dell'",
	"al", "alla", "ai", "agli", "alle", "all'", "dal", "dalla", "dai", "dagli", "dalle", "nel", "nella", "nei", "negli", "nelle", "nell'",
	"anche", "poi", "come", "così", "se", "quando", "mentre", "dopo", "prima", "oggi", "ieri", "intanto", "infatti", "inoltre",
	"questo", "questa", "questi", "queste", "quel", "quella", "quello", "quelli", "non", "si", "ci", "ne", "che", "chi", "cosa",
	"io", "tu", "lui", "lei", "noi", "voi", "loro", "egli", "ella", "essi", "è", "ha", "hanno", "sono", "era", "fu",
	"nonostante", "sebbene", "benché", "proprio", "già", "ora", "adesso", "infine", "quindi", "dunque", "però", "tuttavia",
	"stando", "sul", "sulla", "sui", "sulle", "ciò", "tutto", "tutti", "ogni", "alcuni", "molti", "numerose", "numerosi",
	"dopo", "verso", "contro", "durante", "fino", "oltre", "sempre", "mai", "ancora", "appunto", "certo", "forse", "soddisfatto",
	"soddisfatta", "intervistato", "intervistata", "ecco", "allora", "qui", "là", "lì", "sì", "no", "il", "ad", "alcune")

// role nouns: heads of noun phrases that name a person by office (plurals added).
var roleNouns = withPlurals("presidente", "presidenti", "premier", "ministro", "ministra", "ministri", "segretario", "segretaria",
	"leader", "portavoce", "sindaco", "sindaca", "governatore", "governatrice", "capo", "capogruppo", "deputato", "deputata",
	"senatore", "senatrice", "parlamentare", "sottosegretario", "sottosegretaria", "vicepresidente", "vicepremier",
	"cancelliere", "cancelliera", "re", "regina", "papa", "pontefice", "consigliere", "consigliera", "assessore", "assessora",
	"direttore", "direttrice", "ambasciatore", "ambasciatrice", "procuratore", "procuratrice", "questore", "prefetto",
	"commissario", "commissaria", "comandante", "generale", "segretari", "esponente", "esponenti", "responsabile",
	"fondatore", "fondatrice", "amministratore", "ad", "on.", "onorevole", "sen.", "dott.", "prof.", "avvocato", "magistrato",
	"giudice", "pm", "titolare", "numero", "capitano", "allenatore", "tecnico", "coordinatore", "coordinatrice",
	"candidato", "candidata", "editorialista", "giornalista", "attivista", "rappresentante", "dirigente",
	// people named by what they are
	"cardinale", "vescovo", "arcivescovo", "parroco", "sacerdote", "prete", "imam", "rabbino", "colonnello", "maresciallo",
	"medico", "dottore", "dottoressa", "primario", "infermiere", "infermiera", "avvocata", "sindacalista", "imprenditore",
	"imprenditrice", "economista", "professore", "professoressa", "docente", "esperto", "esperta", "scrittore", "scrittrice",
	"regista", "attore", "attrice", "cantante", "calciatore", "giocatore", "atleta", "campione", "campionessa", "testimone",
	"vittima", "padre", "madre", "figlio", "figlia", "moglie", "marito", "fratello", "sorella", "donna", "uomo", "ragazzo",
	"ragazza", "cittadino", "cittadina", "studente", "studentessa", "lavoratore", "lavoratrice", "operaio", "operaia",
	"agricoltore", "commerciante", "residente", "abitante", "pensionato", "pensionata", "manifestante", "sopravvissuto",
	"sopravvissuta", "analista", "scienziato", "scienziata", "ricercatore", "ricercatrice", "inquirente", "investigatore",
	"militare", "soldato", "ufficiale", "agente", "poliziotto", "carabiniere", "pompiere", "alpinista", "pilota", "autore",
	"autrice", "relatore", "relatrice", "oratore", "delegato", "delegata", "inviato", "inviata", "corrispondente", "storico",
	"filosofo", "teologo", "giurista", "guida", "magistrata", "pm", "gip", "procuratrice", "ministra", "leader", "capitana", "mister")

// titleNouns announce a name or title in quotation marks, not speech.
var titleNouns = set("programma", "trasmissione", "libro", "romanzo", "film", "serie", "canzone", "brano", "album",
	"slogan", "motto", "lista", "gruppo", "partito", "movimento", "associazione", "giornale", "quotidiano", "settimanale",
	"rivista", "testata", "frase", "parola", "parole", "termine", "espressione", "legge", "decreto", "lodo", "riforma",
	"piano", "progetto", "operazione", "campagna", "titolo", "intitolato", "intitolata", "intitolati", "titolato", "titolata",
	"cosiddetto", "cosiddetta", "cosiddetti", "cosiddette", "denominato", "denominata", "chiamato", "chiamata",
	"soprannominato", "soprannominata", "noto", "nota", "hashtag", "tema", "traccia", "saggio", "opera", "rubrica",
	"marchio", "sigla", "etichetta", "spettacolo", "mostra", "festival", "premio", "inchiesta", "manifesto", "documento",
	"nome", "nomignolo", "soprannome", "appellativo", "definizione", "dicitura", "formula", "voce", "coalizione", "alleanza",
	"emittente", "canale", "sito", "blog", "pagina", "capitolo", "articolo", "editoriale", "poesia", "commedia", "dramma")

// sourceVerbs transmit rather than utter: after the quote they name its source.
var sourceVerbs = set("riferire", "riportare", "scrivere", "annunciare", "comunicare", "rivelare", "svelare")

// speechNouns name what someone said: le parole di X, la replica di X, il
// monito di X frame a quote as a speech verb does.
var speechNouns = withPlurals("parole", "dichiarazione", "commento", "replica", "risposta", "giudizio", "monito", "appello",
	"messaggio", "annuncio", "accusa", "attacco", "affondo", "critica", "sfogo", "battuta", "frase", "lettera", "tweet", "post",
	"sms", "comunicato", "intervento", "discorso", "parere", "richiesta", "invito", "promessa", "avvertimento", "motivazione",
	"spiegazione", "ammissione", "confessione", "racconto", "testimonianza", "denuncia", "grido", "auspicio", "augurio",
	"chiosa", "versione", "reazione", "pensiero", "opinione", "commiato", "saluto", "ringraziamento", "rimprovero",
	"ammonimento", "esortazione", "preghiera", "sentenza", "nota", "dichiarazioni", "parola")

// frameNouns after esprimere: ha espresso il desiderio che …
var frameNouns = set("desiderio", "auspicio", "speranza", "convinzione", "certezza", "timore", "preoccupazione", "augurio", "appello", "invito", "richiesta", "parere", "opinione", "idea", "rammarico")

// withPlurals adds the regular plurals of the nouns in a set: presidente →
// presidenti, ministro → ministri, deputata → deputate.
func withPlurals(words ...string) map[string]bool {
	m := set(words...)
	for _, w := range words {
		if len(w) < 4 || w[len(w)-1] == '.' {
			continue
		}
		stem := w[:len(w)-1]
		switch w[len(w)-1] {
		case 'e', 'o':
			m[stem+"i"] = true
		case 'a':
			m[stem+"e"] = true
		}
	}
	return m
}

// months name the time before a subject (Il 28 giugno il ministro …).
var months = set("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
	"novembre", "dicembre")

// commonVerbs are finite forms of frequent verbs that are not speech verbs
// (modals, stare, fare, andare, sembrare …): a noun phrase read forward
// ends at them (i due possono iniziare → i due).
var commonVerbs = set("può", "possono", "potrebbe", "potrebbero", "poteva", "potevano", "potrà", "potranno",
	"deve", "devono", "dovrebbe", "dovrebbero", "doveva", "dovevano", "dovrà", "dovranno",
	"vuole", "vogliono", "vorrebbe", "vorrebbero", "voleva", "volevano", "vorrà", "vorranno",
	"sta", "stanno", "stava", "stavano", "fa", "fanno", "faceva", "facevano", "va", "vanno", "andava", "andavano",
	"sembra", "sembrano", "sembrava", "pare", "resta", "restano", "rimane", "rimangono", "appare", "appaiono",
	"sa", "sanno", "sapeva", "tiene", "tengono", "diventa", "diventano", "torna", "tornano", "basta", "significa",
	"faccio", "dite", "volle", "esiste", "esistono", "conta", "vale", "valgono", "servono", "resta", "restano", "manca",
	"mancano")

// verbEndings are endings of finite forms that nouns and adjectives hardly
// have: conditional, future, imperfect and passato remoto plurals.
var verbEndings = []string{"ebbe", "ebbero", "ranno", "avano", "evano", "ivano", "arono", "erono", "irono"}

// otherVerb: the word at t is a finite verb of another kind than the speech
// verbs (a frequent form, or one with a verb's ending).
func (d *analysis) otherVerb(t int) bool {
	if d.in(t, cCommonVerb) {
		return true
	}
	w := d.low[t]
	for _, e := range verbEndings {
		if len(w) > len(e)+2 && hasSuffix(w, e) {
			return true
		}
	}
	return false
}

// weekdays name the days of the week (giovedì 7 aprile).
var weekdays = set("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")
