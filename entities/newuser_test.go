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
		{"named in full later", "Conte tace. Poi Giuseppe Conte ha parlato.",
			[]string{"Conte/PER/Giuseppe Conte/coref", "Giuseppe Conte/PER/Giuseppe Conte/name"}},
		{"no evidence: a common word", "Conte e marchesi ballavano.", nil},
		{"party opening a sentence", "Lega attacca il governo.", []string{"Lega/ORG/Lega/name"}},
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
		{"listed casing", "Il voto di IV è decisivo.", []string{"IV/ORG/Italia Viva/alias"}},
		{"coordinated acronyms", "Pd e Iv hanno votato contro.",
			[]string{"Pd/ORG/Partito Democratico/alias", "Iv/ORG/Italia Viva/alias"}},
	} {
		t.Run(tc.name, func(t *testing.T) { assertFinds(t, tc.text, tc.want) })
	}
}
