package entities

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/internal/word"
)

// The word tables of role phrases (roles_phrase.go reads them). Each row is a
// fact of Italian usage or of the offices named, not of any one text.

// rolePhrases maps the folded words of a role noun phrase to the roles of the
// data files it may name, most likely first. leader and omologo stand for
// whoever leads the place.
var rolePhrases = map[string][]string{
	"presidente":                   {"presidente", "presidente della Regione"}, // il presidente piemontese: the region's
	"presidentessa":                {"presidente", "presidente della Regione"},
	"capo dello stato":             {"presidente", "re", "regina"},
	"capo di stato":                {"presidente", "re", "regina"},
	"leader":                       leaderRoles,
	"numero uno":                   leaderRoles,
	"capo":                         leaderRoles,
	"omologo":                      leaderRoles,
	"omologa":                      leaderRoles,
	"controparte":                  leaderRoles,
	"premier":                      headOfGovernment,
	"primo ministro":               {"primo ministro", "presidente del Consiglio"},
	"prima ministra":               {"primo ministro", "presidente del Consiglio"},
	"capo del governo":             headOfGovernment,
	"presidente del consiglio":     {"presidente del Consiglio"},
	"cancelliere":                  {"cancelliere"},
	"cancelliera":                  {"cancelliere"},
	"re":                           {"re"},
	"regina":                       {"regina"},
	"sovrano":                      {"re", "regina"},
	"sovrana":                      {"regina", "re"},
	"capo della diplomazia":        {"ministro degli Esteri", "alto rappresentante"}, // the EU's is its High Representative
	"segretario generale":          {"segretario generale", "segretario"},            // a union's is its secretary
	"segretaria generale":          {"segretario generale", "segretario"},
	"guida suprema":                {"leader supremo"}, // Iran's
	"amministratore delegato":      {"amministratore delegato"},
	"amministratrice delegata":     {"amministratore delegato"},
	"direttore":                    {"direttore", "direttore generale"},
	"direttrice":                   {"direttore", "direttore generale"},
	"segretario di stato":          {"segretario di Stato"},
	"segretario":                   {"segretario", "leader"}, // of a party
	"segretaria":                   {"segretario", "leader"},
	"portavoce":                    {"portavoce"},
	"capogruppo":                   {"capogruppo alla Camera", "capogruppo al Senato", "capogruppo"},
	"sindaco":                      {"sindaco"},
	"sindaca":                      {"sindaco"},
	"primo cittadino":              {"sindaco"}, // the usual periphrasis of a mayor
	"prima cittadina":              {"sindaco"},
	"governatore":                  {"governatore", "presidente della Regione"},
	"governatrice":                 {"governatore", "presidente della Regione"},
	"papa":                         {"papa"},
	"pontefice":                    {"papa"},
	"santo padre":                  {"papa"},
	"vicepresidente":               {"vicepresidente"},
	"vicepremier":                  {"vicepresidente del Consiglio"},
	"vicepresidente del consiglio": {"vicepresidente del Consiglio"},
	"presidente della camera":      {"presidente della Camera"},
	"presidente del senato":        {"presidente del Senato"},
	"presidente di palazzo madama": {"presidente del Senato"},   // Palazzo Madama is the Senate's seat
	"presidente di montecitorio":   {"presidente della Camera"}, // Montecitorio, the Chamber's
	"presidente della regione":     {"presidente della Regione"},
	"presidente della repubblica":  {"presidente"},
	"guardasigilli":                {"ministro della Giustizia"}, // the keeper of the seals: Italy's minister of justice
	"alto rappresentante":          {"alto rappresentante"},      // the EU's High Representative for foreign affairs
	"alta rappresentante":          {"alto rappresentante"},
	"inquilino":                    nil, // l'inquilino della Casa Bianca: only of a seat
	"inquilina":                    nil,
	"titolare":                     nil, // il titolare della Farnesina, dell'Economia: of a seat or a portfolio
	"prefetto":                     {"prefetto"},
	"questore":                     {"questore"},
	"rettore":                      {"rettore"},
	"rettrice":                     {"rettore"},
	"ambasciatore":                 {"ambasciatore"},
	"ambasciatrice":                {"ambasciatore"},
}

var leaderRoles = []string{"presidente", "leader supremo", "presidente del Consiglio", "primo ministro", "cancelliere",
	"segretario generale", "segretario", "leader", "amministratore delegato"}

// counterparts are the offices of other countries that match an office
// (l'omologo of Italy's prime minister is another prime minister).
var counterparts = map[string][]string{
	"presidente del Consiglio": {"primo ministro", "cancelliere", "presidente del Consiglio"},
	"primo ministro":           {"primo ministro", "presidente del Consiglio", "cancelliere"},
	"cancelliere":              {"cancelliere", "primo ministro", "presidente del Consiglio"},
}

// counterpartPhrases are the role nouns of another's counterpart (il suo
// omologo francese).
var counterpartPhrases = map[string]bool{"omologo": true, "omologa": true, "controparte": true}

// headOfGovernment are the offices premier names: Italy's, then others'.
var headOfGovernment = []string{"presidente del Consiglio", "primo ministro", "cancelliere"}

// partyOffices are the offices of a party or a union that a bare phrase
// names in a document about one (partyBefore).
var partyOffices = map[string]bool{"segretario": true, "segretaria": true, "segretario generale": true, "segretaria generale": true}

// roleDefaultPlaces are the role phrases that name one office with no place
// given, and its place: Italy's for the offices Italian news names alone
// (la premier, il Guardasigilli), the Holy See's for the pope ("" is any
// place: the data's papa@Santa Sede), the EU's High Representative.
var roleDefaultPlaces = map[string]string{
	"premier":                      "Italia",
	"presidente del consiglio":     "Italia",
	"capo del governo":             "Italia",
	"capo dello stato":             "Italia",
	"presidente della repubblica":  "Italia",
	"presidente della camera":      "Italia",
	"presidente del senato":        "Italia",
	"presidente di palazzo madama": "Italia",
	"presidente di montecitorio":   "Italia",
	"vicepremier":                  "Italia",
	"vicepresidente del consiglio": "Italia",
	"guardasigilli":                "Italia",
	"papa":                         "",
	"pontefice":                    "",
	"santo padre":                  "",
	"alto rappresentante":          "Unione europea",
	"alta rappresentante":          "Unione europea",
}

// notRoles are a role noun and the word after it that make no role: il
// premier time (the Prime Minister's questions in Parliament).
var notRoles = map[string]bool{"premier time": true, "premier league": true, "question time": true}

// partyFiltered are the offices of states that a party's adjective
// qualifies by the holder's party (il premier laburista, il presidente
// repubblicano): the office is the state's, its holder the party's.
var partyFiltered = map[string]bool{"premier": true, "primo ministro": true, "prima ministra": true, "capo del governo": true,
	"cancelliere": true, "cancelliera": true, "presidente": true, "presidentessa": true}

// nationalityOnly are the offices of no country: a demonym after them is the
// holder's nationality (il pontefice argentino), not the office's place.
var nationalityOnly = map[string]bool{"papa": true, "pontefice": true, "santo padre": true}

// seatHeads are the role phrases that, before of and an organization that
// stands for an office (il capo del Cremlino, il titolare della Farnesina,
// l'inquilino della Casa Bianca), name that office's holder.
var seatHeads = map[string]bool{"leader": true, "numero uno": true, "capo": true, "titolare": true, "inquilino": true, "inquilina": true,
	"presidente": true, "presidentessa": true, "governatore": true, "governatrice": true}

// portfolioHeads are the titles a ministry's name follows (il ministro
// dell'Interno, la ministra per le Riforme, il titolare dell'Economia, il
// sottosegretario alla Presidenza del Consiglio), and the office they name.
var portfolioHeads = map[string]string{
	"ministro": "ministro", "ministra": "ministro", "titolare": "ministro",
	"sottosegretario": "sottosegretario", "sottosegretaria": "sottosegretario",
	"viceministro": "viceministro", "viceministra": "viceministro",
}

// portfolioSynonyms are a ministry's official names that news shortens, as
// the data names the office: the Ministero degli Affari esteri is the Esteri.
var portfolioSynonyms = map[string]string{
	"degli affari esteri":      "degli Esteri",
	"degli affari interni":     "dell'Interno",
	"delle politiche agricole": "dell'Agricoltura", // Ministero delle Politiche agricole alimentari e forestali, 2013–2022
}

// rolePremods are the words before a role noun that say when its holder
// held it: ex, allora, già (before the date, not at it), nuovo, neo (the
// latest holder), attuale (at it), futuro (after it). vice makes the vice's
// office of the noun after it (il vice premier).
var rolePremods = map[string]roleTense{
	"ex": tenseFormer, "allora": tenseFormer, "già": tenseFormer,
	"nuovo": tenseNew, "nuova": tenseNew, "neo": tenseNew, "neoeletto": tenseNew, "neoeletta": tenseNew,
	"attuale": tenseNow, "futuro": tenseFuture, "futura": tenseFuture, "prossimo": tenseFuture, "prossima": tenseFuture,
	"vice": tenseNow,
}

// isPremod: k is a key of rolePremods (a switch: no map lookup for the
// words of every window).
func isPremod(k string) bool {
	switch k {
	case "ex", "allora", "già", "nuovo", "nuova", "neo", "neoeletto", "neoeletta", "attuale", "futuro", "futura",
		"prossimo", "prossima", "vice":
		return true
	}
	return false
}

// rolePostmods are the same after the noun (il governatore uscente, il
// papa emerito, il premier incaricato, il presidente eletto).
var rolePostmods = map[string]roleTense{
	"uscente": tenseNow, "attuale": tenseNow,
	"emerito": tenseFormer, "emerita": tenseFormer,
	"designato": tenseFuture, "designata": tenseFuture, "incaricato": tenseFuture, "incaricata": tenseFuture,
	"eletto": tenseNew, "eletta": tenseNew,
}

// partyAdjectives are the adjectives Italian news names parties by (la
// segretaria dem, il leader leghista, il premier laburista), and the party.
var partyAdjectives = map[string]string{
	"dem":           "Partito Democratico",
	"leghista":      "Lega",
	"forzista":      "Forza Italia",
	"pentastellato": "Movimento 5 Stelle", "pentastellata": "Movimento 5 Stelle",
	"grillino": "Movimento 5 Stelle", "grillina": "Movimento 5 Stelle",
	"laburista": "Partito Laburista", // the British Labour Party
}

// capitals are capitals that Italian news names a country's leadership by
// (il leader di Kiev, il capo di Mosca): the capital's canonical name and its
// country's.
var capitals = map[string]string{
	"Kiev": "Ucraina", "Mosca": "Russia", "Washington": "Stati Uniti", "Pechino": "Cina", "Parigi": "Francia",
	"Berlino": "Germania", "Londra": "Regno Unito", "Madrid": "Spagna", "Ankara": "Turchia", "Teheran": "Iran",
	"Budapest": "Ungheria", "Varsavia": "Polonia", "Tokyo": "Giappone", "Nuova Delhi": "India", "Ottawa": "Canada",
	"Atene": "Grecia", "Lisbona": "Portogallo", "Vienna": "Austria", "Damasco": "Siria", "Il Cairo": "Egitto",
	"Riad": "Arabia Saudita", "Pyongyang": "Corea del Nord", "Seul": "Corea del Sud", "Minsk": "Bielorussia",
	"Kabul": "Afghanistan", "Caracas": "Venezuela", "Brasilia": "Brasile", "Buenos Aires": "Argentina",
	"Canberra": "Australia", "Tirana": "Albania", "Belgrado": "Serbia", "Bucarest": "Romania",
	"Stoccolma": "Svezia", "Helsinki": "Finlandia", "Oslo": "Norvegia", "Copenaghen": "Danimarca",
	"Dublino": "Irlanda", "Praga": "Repubblica Ceca", "Bratislava": "Slovacchia", "Zagabria": "Croazia",
	"Lubiana": "Slovenia", "L'Avana": "Cuba", "Baghdad": "Iraq", "Beirut": "Libano",
	"Tbilisi": "Georgia", "Erevan": "Armenia", "Baku": "Azerbaigian",
}

// chambers name the chamber of a group leader (il capogruppo di FdI alla
// Camera): the folded name of the chamber's entry, or its seat's, and the
// office.
var chambers = map[string]string{
	"camera dei deputati": "capogruppo alla Camera", "montecitorio": "capogruppo alla Camera",
	"senato della repubblica": "capogruppo al Senato", "senato": "capogruppo al Senato", "palazzo madama": "capogruppo al Senato",
}

// copulas are the verbs after which a role phrase is a predicate (è la nuova
// sindaca, è il nuovo pontefice), not a mention of a person; stato and stata
// count after an auxiliary (è stato).
var copulas = set(`è é e' era erano sarà sarebbe fu sia fosse resta rimane restava rimaneva diventa diventerà
diventato diventata divenuto divenuta diventò torna tornato tornata`)

// The grammar the role phrases read, from the word layer's closed classes:
// the auxiliary essere, the singular articulated prepositions a bare role
// noun may follow (al capo dello Stato, della premier, dal presidente del
// Senato), the plural articles that make a plural (i leader), the
// articulated forms of a (il sottosegretario alla Presidenza del
// Consiglio, il ministro agli Esteri), the words after which a noun phrase
// opens a clause, where a seat that stands for an office is its subject
// (…, e il Cremlino frena; ha detto che la Casa Bianca valuta).
var (
	auxiliaries      = setOf(word.GrammarWords(word.AuxEssere))
	singularArticled = filterWords(word.GrammarWords(word.ArticulatedPrep), singularForm)
	pluralArticles   = filterWords(word.GrammarWords(word.DefArticle), func(w string) bool { return !singularForm(w) })
	toPrepositions   = filterWords(word.GrammarWords(word.ArticulatedPrep), func(w string) bool { return w[0] == 'a' })
	clauseOpeners    = func() map[string]bool {
		m := setOf(word.GrammarWords(word.Coordinator | word.Subordinator | word.Relative))
		for _, w := range strings.Fields(`anche intanto ora poi oggi ieri invece infatti`) {
			m[w] = true
		}
		return m
	}()
)

// singularForm: an article, or an articulated preposition, is singular (il,
// l', della, nell'; not i, gli, le, dei, sulle).
func singularForm(w string) bool {
	return !strings.HasSuffix(w, "i") && !strings.HasSuffix(w, "le")
}

func filterWords(ws []string, keep func(string) bool) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		if keep(w) {
			m[w] = true
		}
	}
	return m
}

// nonOpeners are first words of role phrases too frequent to open the
// windows Roles reads (prima di, alta tensione): their phrases are found in
// the window that their second word opens (openerOnly).
var nonOpeners = set(`primo prima alto alta`)

// openerOnly are the second words of those phrases.
var openerOnly = set(`rappresentante cittadino cittadina`)

// neoRoles are the role nouns written with neo- as one word (la
// neosegretaria, il neopresidente), the latest holder.
var neoRoles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`segretario segretaria presidente sindaco sindaca premier ministro ministra
cancelliere governatore governatrice pontefice papa capogruppo portavoce`) {
		if len("neo"+w) <= 16 {
			m["neo"+w] = true
		}
	}
	return m
}()

// roleStarts are the words that open a role phrase: the first word of each
// of rolePhrases, the titles of portfolios, the neo- forms, and the words
// that open a window for phrases that start with a non-opener.
var roleStarts = func() map[string]bool {
	m := map[string]bool{}
	for p := range rolePhrases {
		first, _, _ := strings.Cut(p, " ")
		m[first] = true
	}
	for w := range portfolioHeads {
		m[w] = true
	}
	for w := range neoRoles {
		m[w] = true
	}
	for w := range openerOnly {
		m[w] = true
	}
	return m
}()

// The words that open a role phrase join the lexicon's Shared column
// (word.RoleOpener), for the packages that read role mentions.
var _ = word.DefineFunc(word.Shared, word.RoleOpener, func() []string {
	var out []string
	for w := range roleStarts {
		if !nonOpeners[w] {
			out = append(out, w)
		}
	}
	return out
})
