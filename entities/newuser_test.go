package entities

import "testing"

// TestNewUserCases are the sentences of issue 10 "tried as a new user
// would", each with variants of the same construction: common-word
// surnames opening a sentence, offices' titles, an institution named by its
// president, party acronyms written as words.
func TestNewUserCases(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"common-word surname opening a sentence, verb after", "Conte ha chiesto le dimissioni del ministro.",
			[]string{"Conte/PER/Giuseppe Conte/alias"}},
		{"inside a sentence", "Ieri Conte ha chiesto le dimissioni.", []string{"Conte/PER/Giuseppe Conte/alias"}},
		{"named in full later", "Conte, dopo giorni di silenzio. Poi Giuseppe Conte ha parlato.",
			[]string{"Conte/PER/Giuseppe Conte/coref", "Giuseppe Conte/PER/Giuseppe Conte/name"}},
		{"no evidence: a common word", "Conte e marchesi ballavano.", nil},
		{"party opening a sentence", "Lega attacca il governo.", []string{"Lega/ORG/Lega/name"}},
		{"a headline's verb", "Azione apre al dialogo.", []string{"Azione/ORG/Azione/name"}},
		{"a noun phrase is no subject", "Massa critica raggiunta.", nil},
		{"no verb, no party", "Azione immediata, disse.", nil},
		{"office title: no ORG Consiglio", "La presidente del Consiglio Giorgia Meloni ha parlato.",
			[]string{"Giorgia Meloni/PER/Giorgia Meloni/name"}},
		{"office title: no ORG Repubblica", "Il presidente della Repubblica ha firmato.", nil},
		{"office title: the whole council", "Il presidente del Consiglio dei ministri ha parlato.", nil},
		{"the council itself", "Si è riunito il Consiglio dei ministri.",
			[]string{"Consiglio dei ministri/ORG/Consiglio dei ministri/name"}},
		{"a longer name is one", "Il presidente della Repubblica Ceca è arrivato.",
			[]string{"Repubblica Ceca/LOC/Repubblica Ceca/name"}},
		{"head of state", "Il capo dello Stato ha firmato.", nil},
		{"commission named by its president", "Lo ha detto la Commissione von der Leyen.",
			[]string{"Commissione/ORG/Commissione europea/rule", "von der Leyen/PER/Ursula von der Leyen/alias"}},
		{"party acronym as a word", "Il voto di Iv è decisivo.", []string{"Iv/ORG/Italia Viva/alias"}},
		{"opening a sentence", "Iv e Azione divisi in Senato.", []string{"Iv/ORG/Italia Viva/alias", "Azione/ORG/Azione/name", "Senato/ORG/Senato della Repubblica/alias"}},
		{"listed casing", "Il voto di IV è decisivo.", []string{"IV/ORG/Italia Viva/alias"}},
		{"coordinated acronyms", "Pd e Iv hanno votato contro.",
			[]string{"Pd/ORG/Partito Democratico/alias", "Iv/ORG/Italia Viva/alias"}},
		{"a seat as a place", "Il presidente della Camera ha ricevuto a Montecitorio una delegazione.",
			[]string{"Camera/ORG/Camera dei deputati/alias", "Montecitorio/LOC/Montecitorio/name"}},
		{"an institution is no building", "Il voto all'ONU è atteso.", []string{"ONU/ORG/ONU/name"}},
		{"a portfolio is no seat", "Il sottosegretario alla Presidenza del Consiglio ha riferito.",
			[]string{"Presidenza del Consiglio/ORG/Palazzo Chigi/alias"}},
		{"la Regione alone", "Bucci è il nuovo presidente della Regione.", []string{"Bucci/PER/Marco Bucci/alias"}},
		{"a law opening a headline", "Legge di Bilancio, il governo tratta.", nil},
		{"a headline's verb after a head word", "Su Zorbarepubblica replica il capogruppo.", nil},
		{"a portfolio's adjective is no demonym", "Fitto, finora ministro per gli Affari europei, lascia.", nil},
		{"the minister's country is", "Ha parlato il ministro degli Esteri russo.", []string{"russo/LOC/Russia/demonym"}},
		{"a headline's speaker", "Zorbetti: «Mai così tanti occupati».", []string{"Zorbetti/PER/Zorbetti/rule"}},
	} {
		t.Run(tc.name, func(t *testing.T) { assertFinds(t, tc.text, tc.want) })
	}
}
