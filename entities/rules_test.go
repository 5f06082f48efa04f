package entities

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

// ruleCase is a sentence where a rule decides: decision is the rule's name
// and the text it decided on ("org-head:Fondazione Zorbani"; for a decision
// that no name starts, the word's text), want what Find returns as brief
// writes it (nil: nothing).
type ruleCase struct {
	text, decision string
	want           []string
	opts           options
}

var (
	metonymy = options{Metonymy: true}
	generic  = options{Generic: true}
)

// ruleCases holds, for every named rule, sentences written for it (names
// made up where the rule is about names no list holds).
var ruleCases = map[string][]ruleCase{
	"elided-surname": {
		{text: "Lo ha detto O'Zorby ieri sera.", decision: "elided-surname:O'Zorby", want: []string{"O'Zorby/PER/O'Zorby/rule"}},
	},
	"sant-place": {
		{text: "Vivono a Sant'Ubaldesco da anni.", decision: "sant-place:Sant'Ubaldesco", want: []string{"Sant'Ubaldesco/LOC/Sant'Ubaldesco/rule"}},
	},
	"acronym-in-brackets": {
		{text: "Lo ha detto la Zorbatex Holding (ZTH) ieri.", decision: "acronym-in-brackets:ZTH",
			want: []string{"Zorbatex Holding/ORG/Zorbatex Holding/rule", "ZTH/ORG/Zorbatex Holding/coref"}},
	},
	"web-domain": {
		{text: "Lo scrive Zorbanews.it da giorni.", decision: "web-domain:Zorbanews.it", want: []string{"Zorbanews.it/ORG/Zorbanews.it/rule"}},
	},
	"split-office": {
		{text: "Indaga la Procura di Napoli da mesi.", decision: "split-office:Procura",
			want: []string{"Procura/ORG/Procura di Napoli/name", "Napoli/LOC/Napoli/name"}},
		{text: "Lo ha assolto la Corte d'appello di Venezia nel 2005.", decision: "split-office:Corte d'appello",
			want: []string{"Corte d'appello/ORG/Corte d'appello di Venezia/name", "Venezia/LOC/Venezia/name"}},
		{text: "La Corte Suprema degli Stati Uniti d'America ha deciso.", decision: "split-office:Corte Suprema",
			want: []string{"Corte Suprema/ORG/Corte suprema degli Stati Uniti/name", "Stati Uniti d'America/LOC/Stati Uniti/alias"}},
	},
	"seat-as-place": {
		{text: "Meloni è arrivata alla Casa Bianca ieri.", decision: "seat-as-place:Casa Bianca",
			want: []string{"Meloni/PER/Giorgia Meloni/alias", "Casa Bianca/LOC/Casa Bianca/name"}},
		{text: "Lo fanno sapere fonti di Palazzo Chigi.", decision: "", want: []string{"Palazzo Chigi/ORG/Palazzo Chigi/name"}},
	},
	"place-compound": {
		{text: "Atterrato a Milano-Linate ieri.", decision: "place-compound:Milano-Linate", want: []string{"Milano-Linate/LOC/Milano-Linate/rule"}},
		{text: "Il treno Roma-Zorbetta è partito.", decision: "place-compound:Roma-Zorbetta", want: []string{"Roma-Zorbetta/LOC/Roma-Zorbetta/rule"}},
	},
	"event-head": {
		{text: "Durante la Guerra Fredda nessuno parlava.", decision: "event-head:Guerra Fredda"},
		{text: "Ha cantato al Festival di Sanremo ieri.", decision: "event-head:Festival", want: []string{"Sanremo/LOC/Sanremo/name"}},
	},
	"don-name": {
		{text: "Don Zorbisciotte cavalca ancora.", decision: "don-name:Don Zorbisciotte", want: []string{"Don Zorbisciotte/PER/Zorbisciotte/rule"}},
	},
	"lower-particle-surname": {
		{text: "Lo ha detto de Zorblasio ieri.", decision: "lower-particle-surname:de Zorblasio", want: []string{"de Zorblasio/PER/de Zorblasio/rule"}},
		{text: "Ha vinto il Tour de Zorbance ieri.", decision: ""},
	},
	"word-before-person": {
		{text: "Lo ha detto il presidente della commissione Bilancio Mario Zorbetti ieri.", decision: "word-before-person:Bilancio",
			want: []string{"Mario Zorbetti/PER/Mario Zorbetti/rule"}},
		{text: "Lo ha detto Murray James Zorbones ieri.", decision: "person-shaped:Murray James Zorbones",
			want: []string{"Murray James Zorbones/PER/Murray James Zorbones/rule"}},
	},
	"of-relative": {
		{text: "Un logorroico intervento di Zorbetti ha chiuso la serata.", decision: "of-relative:Zorbetti", want: []string{"Zorbetti/PER/Zorbetti/rule"}},
		{text: "È morto nella sua casa di Zorbolo ieri.", decision: "", want: []string{}},
	},
	"namesake": {
		{text: "Il premio è andato a Samuele Bersani ieri.", decision: "namesake:Samuele Bersani", want: []string{"Samuele Bersani/PER/Samuele Bersani/rule"}},
		{text: "Un attacco alla Finanziaria Prodi ieri.", decision: "", want: []string{"Prodi/PER/Romano Prodi/alias"}},
	},
	"lower-don-name": {
		{text: "Lo ha detto don Zorbetti ieri.", decision: "lower-don-name:don Zorbetti", want: []string{"don Zorbetti/PER/Zorbetti/rule"}},
		{text: "Lo ha fondato don Luigi Sturzo nel 1919.", decision: "lower-don-name:don Luigi Sturzo", want: []string{"don Luigi Sturzo/PER/Luigi Sturzo/name"}},
	},
	"god": {
		{text: "Credono in Dio e nella patria.", decision: "god:Dio", want: []string{"Dio/PER/Dio/rule"}},
	},
	"office-title": {
		{text: "Ha parlato la presidente del Consiglio Zorba Zanfrulli.", decision: "office-title:Consiglio",
			want: []string{"Zorba Zanfrulli/PER/Zorba Zanfrulli/rule"}},
		{text: "Lo ha firmato il presidente della Repubblica.", decision: "office-title:Repubblica"},
		{text: "Il presidente del Consiglio dei ministri è arrivato.", decision: "office-title:Consiglio dei ministri"},
		{text: "Lo ha firmato il presidente della Repubblica.", decision: "org-head:Repubblica", want: []string{"Repubblica/ORG/Repubblica/rule"},
			opts: options{TitleInstitutions: true}},
	},
	"org-head": {
		{text: "Lo ha detto la Commissione Juncker ieri.", decision: "org-head:Commissione",
			want: []string{"Commissione/ORG/Commissione europea/rule", "Juncker/PER/Jean-Claude Juncker/alias"}},
		{text: "Lo studio della Fondazione Zorbani è uscito.", decision: "org-head:Fondazione Zorbani", want: []string{"Fondazione Zorbani/ORG/Fondazione Zorbani/rule"}},
		{text: "Lo ha deciso la Corte suprema di Narnia.", decision: "org-head:Corte suprema di Narnia", want: []string{"Corte suprema di Narnia/ORG/Corte suprema di Narnia/rule"}},
		{text: "Dopo la Scuola, a casa.", decision: "org-head:Scuola"},
		{text: "Lo ha deciso il Consiglio superiore delle acque ieri.", decision: "org-head:Consiglio superiore delle acque",
			want: []string{"Consiglio superiore delle acque/ORG/Consiglio superiore delle acque/rule"}},
		{text: "Chiese alla Commissione dei ministri di esprimersi.", decision: "org-head:Commissione dei ministri",
			want: []string{"Commissione dei ministri/ORG/Commissione dei ministri/rule"}},
		{text: "La Nazionale degli anni Settanta vinse.", decision: "org-head:Nazionale", want: []string{"Nazionale/ORG/Nazionale/rule"}},
		{text: "Lo ha deciso la Camera austriaca ieri.", decision: "org-head:Camera austriaca", want: []string{"Camera austriaca/ORG/Camera austriaca/rule"}},
		{text: "Lo ha deciso il Consiglio europeo straordinario ieri.", decision: "", want: []string{"Consiglio europeo/ORG/Consiglio europeo/name"}},
		{text: "Lo ha detto in un'intervista a Repubblica ieri.", decision: "org-head:Repubblica",
			want: []string{"Repubblica/ORG/la Repubblica (quotidiano)/alias"}},
		{text: "Lo ha firmato il presidente della Repubblica.", decision: "office-title:Repubblica"},
		{text: "Lo ha deciso il Tribunale del Riesame di Genova ieri.", decision: "org-head:Tribunale del Riesame",
			want: []string{"Tribunale del Riesame/ORG/Tribunale del Riesame/rule", "Genova/LOC/Genova/name"}},
	},
	"holy-father": {
		{text: "Lo ha detto il Santo Padre ieri.", decision: "holy-father:Santo Padre"},
	},
	"loc-head": {
		{text: "Hanno scalato il Monte Zorbino ieri.", decision: "loc-head:Monte Zorbino", want: []string{"Monte Zorbino/LOC/Monte Zorbino/rule"}},
		{text: "Hanno chiuso la Piazza per lavori.", decision: "loc-head:Piazza"},
		{text: "Il volo è atterrato all'Aeroporto di Roma-Fiumicino alle 4.", decision: "loc-head:Aeroporto di Roma-Fiumicino",
			want: []string{"Aeroporto di Roma-Fiumicino/LOC/Aeroporto di Roma-Fiumicino/rule"}},
		{text: "Era ricoverata presso il San Raffaele di Milano.", decision: "", want: []string{"San Raffaele/ORG/San Raffaele/name", "Milano/LOC/Milano/name"}},
	},
	"newspaper-article": {
		{text: "Lo scrive Il Fatto Quotidiano oggi.", decision: "newspaper-article:Il Fatto Quotidiano", want: []string{"Il Fatto Quotidiano/ORG/Il Fatto Quotidiano/name"}},
		{text: "Ieri La Fiat ha chiuso.", decision: "", want: []string{"Fiat/ORG/FIAT/name"}},
	},
	"club-prefix": {
		{text: "Ha battuto lo Sporting Lisbona ieri.", decision: "club-prefix:Sporting Lisbona", want: []string{"Sporting Lisbona/ORG/Sporting Lisbona/rule"}},
	},
	"particle-surname": {
		{text: "Lo ha detto ieri De Zorbis in aula.", decision: "particle-surname:De Zorbis", want: []string{"De Zorbis/PER/De Zorbis/rule"}},
	},
	"generic-capitalized": {
		{text: "Lo ha deciso il Governo ieri.", decision: "generic-capitalized:Governo", want: []string{"Governo/ORG/Governo/rule"}, opts: generic},
	},
	"capitalized-government": {
		{text: "Lo ha approvato il Governo ieri.", decision: "capitalized-government:Governo", want: []string{"Governo/ORG/Governo/rule"}},
		{text: "Lo ha deciso il Governo federale.", decision: "capitalized-government:Governo federale", want: []string{"Governo federale/ORG/Governo federale/rule"}},
		{text: "Lo ha deciso il governo ieri.", decision: "", want: nil},
	},
	"closed-class": {
		{text: "Ieri ha piovuto molto.", decision: "closed-class:Ieri"},
	},
	"portfolio": {
		{text: "Il ministro degli Affari Esteri Zorzo Zanfrulli ha parlato.", decision: "portfolio:Affari Esteri", want: []string{"Zorzo Zanfrulli/PER/Zorzo Zanfrulli/rule"}},
		// a portfolio word that opens a listed name ends the portfolio (Marina: the Marina mercantile's)
		{text: "Lo dice la ministra della Salute Marina Calderone.", decision: "portfolio:Salute", want: []string{"Marina Calderone/PER/Marina Calderone/name"}},
	},
	"sentence-start-common": {
		{text: "Zampe sporche ovunque. Le zampe del cane.", decision: "sentence-start-common:Zampe"},
	},
	"given-after-article": {
		{text: "Giocano nello stadio il Mario Zorbetti.", decision: "given-after-article:Mario Zorbetti"},
	},
	"given-name": {
		{text: "Un quarantenne, Leopoldo R., ha colpito il padre.", decision: "given-name:Leopoldo R", want: []string{"Leopoldo R./PER/Leopoldo R/rule"}},
		{text: "Ha parlato Dmitrij Zorbanov. Poi Zorbanov ha taciuto.", decision: "given-name:Dmitrij Zorbanov",
			want: []string{"Dmitrij Zorbanov/PER/Dmitrij Zorbanov/rule", "Zorbanov/PER/Dmitrij Zorbanov/coref"}},
		// after a sentence's capitalized first function word, a given name still opens a name
		{text: "Ieri Marco Piantedosi ha parlato.", decision: "given-name:Marco Piantedosi",
			want: []string{"Marco Piantedosi/PER/Marco Piantedosi/rule"}},
		// a listed surname after another first name than its person's: another person
		{text: "Lo ha detto la ministra Ornella Piantedosi.", decision: "given-name:Ornella Piantedosi",
			want: []string{"Ornella Piantedosi/PER/Ornella Piantedosi/rule"}},
	},
	"titled": {
		{text: "Lo ha detto il ministro Zanfrulli, poi Zanfrulli è uscito.", decision: "titled:Zanfrulli",
			want: []string{"Zanfrulli/PER/Zanfrulli/rule", "Zanfrulli/PER/Zanfrulli/coref"}},
		// a first name before a listed surname that is not its person's first name: another person
		{text: "Lo ha detto la ministra Elvira Piantedosi.", decision: "titled:Elvira Piantedosi",
			want: []string{"Elvira Piantedosi/PER/Elvira Piantedosi/rule"}},
		// after a portfolio, the minister's name
		{text: "Lo ha detto la ministra della Difesa Ornella Piantedosi.", decision: "titled:Ornella Piantedosi",
			want: []string{"Ornella Piantedosi/PER/Ornella Piantedosi/rule"}},
		{text: "Lo ha detto il ministro dell'Interno Matteo Zanfrulli.", decision: "titled:Matteo Zanfrulli",
			want: []string{"Matteo Zanfrulli/PER/Matteo Zanfrulli/rule"}},
		// the rest of a ministry's name is no minister's name
		{text: "Lo ha detto Ugo Zanfrulli, ministro per la Pubblica Sicurezza.", decision: "",
			want: []string{"Ugo Zanfrulli/PER/Ugo Zanfrulli/rule"}},
	},
	"org-noun": {
		{text: "Lo ha annunciato l'azienda Zorbatex ieri.", decision: "org-noun:Zorbatex", want: []string{"Zorbatex/ORG/Zorbatex/rule"}},
		{text: "Lo scrive il quotidiano Zorba Sera.", decision: "org-noun:Zorba Sera", want: []string{"Zorba Sera/ORG/Zorba Sera/rule"}},
	},
	"person-noun": {
		{text: "Ha cantato il cantautore Zorbi ieri.", decision: "person-noun:Zorbi", want: []string{"Zorbi/PER/Zorbi/rule"}},
		{text: "È passata la riforma Zorbi ieri.", decision: "person-noun:Zorbi", want: []string{"Zorbi/PER/Zorbi/rule"}},
		{text: "È morto il cantautore Mango ieri.", decision: "person-noun:Mango", want: []string{"Mango/PER/Mango/rule"}},
		{text: "Le relazioni fra Europa e Asia.", decision: "", want: []string{"Europa/LOC/Europa/name", "Asia/LOC/Asia/name"}},
	},
	"org-suffix": {
		{text: "Ha comprato Zorbatex S.p.A. ieri.", decision: "org-suffix:Zorbatex S.p.A.", want: []string{"Zorbatex S.p.A./ORG/Zorbatex S.p.A./rule"}},
	},
	"acronym": {
		{text: "Lo ha chiesto la ZRT ieri.", decision: "acronym:ZRT", want: []string{"ZRT/ORG/ZRT/rule"}},
	},
	"place-cue": {
		{text: "Sono arrivati a Zorbolo ieri.", decision: "place-cue:Zorbolo", want: []string{"Zorbolo/LOC/Zorbolo/rule"}},
		{text: "Ospite a Zorbreju, la festa dei giovani, ha parlato.", decision: "place-cue:Zorbreju", want: nil},
		{text: "Sono arrivati a Zorbolo, il paese dei nonni.", decision: "place-cue:Zorbolo", want: []string{"Zorbolo/LOC/Zorbolo/rule"}},
		{text: "La città di Zorbolo è piccola.", decision: "place-cue:Zorbolo", want: []string{"Zorbolo/LOC/Zorbolo/rule"}},
		{text: "È morto in Alta Zorbovia ieri.", decision: "place-cue:Alta Zorbovia", want: []string{"Alta Zorbovia/LOC/Alta Zorbovia/rule"}},
	},
	"quoted-title": {
		{text: "Ieri è andato in onda «Zorbazero» su Rai 2.", decision: "quoted-title:Zorbazero", want: []string{"Rai 2/ORG/Rai 2/name"}},
	},
	"sentence-start": {
		{text: "Zorbetti ha vinto la gara.", decision: "sentence-start:Zorbetti", want: []string{"Zorbetti/PER/Zorbetti/rule"}},
		{text: "Successivamente aveva allenato altre squadre.", decision: "sentence-start:Successivamente", want: nil},
		{text: "Zorbetti vinse. Poi ha parlato Zorbetti.", decision: "sentence-start:Zorbetti",
			want: []string{"Zorbetti/PER/Zorbetti/coref", "Zorbetti/PER/Zorbetti/rule"}},
	},
	"person-shaped": {
		{text: "Lo ha detto ieri Kay Louise Zorbon in aula.", decision: "person-shaped:Kay Louise Zorbon", want: []string{"Kay Louise Zorbon/PER/Kay Louise Zorbon/rule"}},
		{text: "Ieri ha parlato Zorbo Zanfrulli in aula.", decision: "person-shaped:Zorbo Zanfrulli", want: []string{"Zorbo Zanfrulli/PER/Zorbo Zanfrulli/rule"}},
		{text: "Ha vinto la Zorbo Zanfrulli in casa.", decision: "person-shaped:Zorbo Zanfrulli", want: []string{"Zorbo Zanfrulli/ORG/Zorbo Zanfrulli/rule"}},
	},
	"unshaped-run": {
		{text: "Ha letto Zorbo Nazionalizzazione ieri.", decision: "unshaped-run:Zorbo Nazionalizzazione"},
	},
	"lone-word": {
		{text: "Lo ha detto Zorbetti ieri.", decision: "lone-word:Zorbetti", want: []string{"Zorbetti/PER/Zorbetti/rule"}},
		{text: "Ha cantato insieme a Zorbetti ieri.", decision: "lone-word:Zorbetti", want: []string{"Zorbetti/PER/Zorbetti/rule"}},
		{text: "Il segretario risponde a Zorbetti ieri.", decision: "lone-word:Zorbetti", want: []string{"Zorbetti/PER/Zorbetti/rule"}},
		{text: "Parla di Cultura e Zorbismo oggi.", decision: "", want: nil},
	},
	"club-suffix": {
		{text: "Ha vinto il Pavia Calcio ieri.", decision: "club-suffix:Pavia Calcio", want: []string{"Pavia Calcio/ORG/Pavia Calcio/rule"}},
	},
	"geo-adjective": {
		{text: "Nell'Italia settentrionale piove.", decision: "geo-adjective:Italia settentrionale", want: []string{"Italia settentrionale/LOC/Italia/name"}},
	},
	"state-actor": {
		{text: "L'Italia ha votato contro.", decision: "state-actor:Italia", want: []string{"Italia/ORG/Italia/name"}, opts: metonymy},
		{text: "La Terra sta attraversando una scia di polveri.", decision: "", want: []string{"Terra/LOC/Terra/name"}, opts: metonymy},
	},
	"lower-loc-head": {
		{text: "Abitano in via Zorbetti da anni.", decision: "lower-loc-head:via Zorbetti", want: []string{"via Zorbetti/LOC/via Zorbetti/rule"}},
		{text: "Hanno chiuso la campagna in piazza del Popolo ieri.", decision: "lower-loc-head:piazza del Popolo", want: []string{"piazza del Popolo/LOC/Piazza del Popolo/name"}},
	},
	"partito-adjective": {
		{text: "Il partito zorbista ha vinto.", decision: "partito-adjective:partito zorbista", want: []string{"partito zorbista/ORG/partito zorbista/rule"}},
	},
	"generic-phrase": {
		{text: "Sono arrivati i vigili del fuoco.", decision: "generic-phrase:vigili del fuoco", want: []string{"vigili del fuoco/ORG/vigili del fuoco/rule"}, opts: generic},
	},
	"generic-institution": {
		{text: "Lo ha deciso il governo ieri.", decision: "generic-institution:governo", want: []string{"governo/ORG/governo/rule"}, opts: generic},
		{text: "Lo ha deciso la polizia locale.", decision: "generic-institution:polizia locale", want: []string{"polizia locale/ORG/polizia locale/rule"}, opts: generic},
	},
}

// allRules lists the rule tables.
func allRules() []nameRule {
	return slices.Concat(elidedRules, capRules, runRules, listedRules, listedPlaceRules, lowerRules)
}

// traced runs Find on text with the trace hook and returns the mentions
// and the decisions, each "rule:text of the units decided on".
func traced(g *Gazetteer, text string) ([]Mention, []string) {
	f := newFinder(g, text, tokenize.Tokens(text))
	var ds []string
	f.trace = func(rule string, i int, m *ruleMatch) {
		end := f.us[i].end
		if m.n > 0 {
			end = f.us[i+m.n-1].end
		}
		ds = append(ds, rule+":"+text[f.us[i].start:end])
	}
	f.run()
	ms := slices.Clone(f.out)
	f.release()
	return ms, ds
}

// TestRules runs every rule's cases: the rule decides where it should, and
// Find returns what it should, with Find's own invariants.
func TestRules(t *testing.T) {
	for _, r := range allRules() {
		t.Run(r.name, func(t *testing.T) {
			cases := ruleCases[r.name]
			assert.NotEmpty(t, cases, "every rule has cases")
			for _, tc := range cases {
				ms, ds := traced(Default().withOptions(tc.opts), tc.text)
				if tc.decision != "" {
					assert.Contains(t, ds, tc.decision, tc.text)
				}
				if tc.want == nil {
					assert.Empty(t, brief(ms), tc.text)
				} else {
					assert.Equal(t, tc.want, brief(ms), tc.text)
				}
				assert.Equal(t, brief(ms), brief(Default().withOptions(tc.opts).Find(tc.text, nil)), "the hook changes nothing")
				checkMentions(t, tc.text, ms)
			}
		})
	}
	for name := range ruleCases {
		assert.True(t, slices.ContainsFunc(allRules(), func(r nameRule) bool { return r.name == name }), "cases of an unknown rule %q", name)
	}
}

// TestRuleNamesUnique keeps the names usable as keys.
func TestRuleNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range allRules() {
		assert.False(t, seen[r.name], r.name)
		seen[r.name] = true
	}
}
