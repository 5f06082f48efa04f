package entities

import "testing"

// TestSpans covers where names end: an unpunctuated headline runs into the
// next sentence, particles and numerals inside people's names, a place
// after a building's or a body's name, hyphens, exclamation marks.
func TestSpans(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"headline into an article", "Ieri ha parlato Zorbo Zanfrulli Il ciclista è morto.",
			[]string{"Zorbo Zanfrulli/PER/Zorbo Zanfrulli/rule"}},
		{"headline into a verb", "Si è dimessa la Fondazione Zorbani È la terza volta.",
			[]string{"Fondazione Zorbani/ORG/Fondazione Zorbani/rule"}},
		{"particle before a surname", "Lo ha ucciso Abu Musab Al Zorqawi ieri.",
			[]string{"Abu Musab Al Zorqawi/PER/Abu Musab Al Zorqawi/rule"}},
		{"particle ending a name", "Ieri ha cantato Lucio Dalla con noi.", []string{"Lucio Dalla/PER/Lucio Dalla/rule"}},
		{"numeral surname", "Il verde Arturo Cento denuncia.", []string{"Arturo Cento/PER/Arturo Cento/rule"}},
		{"ordinal inside a body's name", "La Università della Terza Età chiude.",
			[]string{"Università della Terza Età/ORG/Università della Terza Età/rule"}},
		{"place after a building", "La partita allo Stadio Zorbolino di Roma.",
			[]string{"Stadio Zorbolino/LOC/Stadio Zorbolino/rule", "Roma/LOC/Roma/name"}},
		{"place inside a body's name", "Lo studio dell'Università di Zorbolo.",
			[]string{"Università di Zorbolo/ORG/Università di Zorbolo/rule"}},
		{"place after a or in", "Ha vinto la Nazionale olimpica argentina a Tokyo.",
			[]string{"Nazionale olimpica argentina/ORG/Nazionale olimpica argentina/rule", "Tokyo/LOC/Tokyo/name"}},
		{"località is no part of the name", "Un incidente in località Zorbetta.", []string{"Zorbetta/LOC/Zorbetta/rule"}},
		{"two places with demonyms", "La relazione Cina-Russia.", []string{"Cina/LOC/Cina/name", "Russia/LOC/Russia/name"}},
		{"a lone word after a listed name is part of a longer one", "Sono arrivati a Venezia Zorbestre ieri.",
			[]string{"Venezia/LOC/Venezia/name"}},
		{"a lone word before di and a capital", "Il treno per Zorbia del Zorbolle è fermo.", nil},
		{"a lone word after a number", "Ha comprato due Zorbi ieri.", nil},
		{"donna as a title", "Lo ha detto donna Zorbetta.", []string{"Zorbetta/PER/Zorbetta/rule"}},
		{"exclamation mark in a name", "Lo dice Zorbahoo! da anni.", []string{"Zorbahoo!/PER/Zorbahoo/rule"}},
		{"exclamation mark ending a sentence", "Viva Zorbetti! Lo dice.", []string{"Viva Zorbetti/PER/Viva Zorbetti/rule"}},
	} {
		t.Run(tc.name, func(t *testing.T) { assertFinds(t, tc.text, tc.want) })
	}
}
