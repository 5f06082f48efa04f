package entities

import "testing"

// TestOneNameOneType covers what the whole document decides: a name typed
// by stronger evidence elsewhere, a name found with evidence and written
// again where no rule takes it, a sentence-initial surname of a person
// named in full, a sentence-initial listed word bound to a name of the
// document (a party, the place of an office).
func TestOneNameOneType(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a place cue outweighs a surname's shape", "Sono arrivati a Zorbolo ieri. Il sindaco ha lodato Zorbolo per l'accoglienza.",
			[]string{"Zorbolo/LOC/Zorbolo/rule", "Zorbolo/LOC/Zorbolo/rule"}},
		{"a title outweighs di after a common noun", "La vittoria di Zorbetti è netta. Lo ha detto il tecnico Zorbetti.",
			[]string{"Zorbetti/PER/Zorbetti/rule", "Zorbetti/PER/Zorbetti/rule"}},
		{"the subject of a verb outweighs di after a common noun", "La vittoria di Zorbetti è netta. Zorbetti ha dichiarato di essere felice.",
			[]string{"Zorbetti/PER/Zorbetti/rule", "Zorbetti/PER/Zorbetti/rule"}},
		{"the mayor of a place", "Lo ha detto il sindaco di Zorbolo. Ha parlato con Zorbolo ieri.",
			[]string{"Zorbolo/LOC/Zorbolo/rule", "Zorbolo/LOC/Zorbolo/rule"}},
		{"a head word abbreviates an organization of the document", "Ursula von der Leyen ha presentato la nuova Commissione.",
			[]string{"Ursula von der Leyen/PER/Ursula von der Leyen/name", "Commissione/ORG/Commissione europea/rule"}},
		{"a head word in a text about the EU", "La Commissione ha proposto nuove regole agli Stati dell'Ue.",
			[]string{"Commissione/ORG/Commissione europea/rule", "Ue/ORG/Unione europea/alias"}},
		{"one entity", "L'azienda Zorbatex cresce. I conti di Zorbatex sono buoni.",
			[]string{"Zorbatex/ORG/Zorbatex/rule", "Zorbatex/ORG/Zorbatex/rule"}},
		{"found again after an article", "L'azienda Zorbatex cresce. La Zorbatex assume.",
			[]string{"Zorbatex/ORG/Zorbatex/rule", "Zorbatex/ORG/Zorbatex/coref"}},
		{"a surname after an article", "Ha parlato Sonia Zorbamayor. Tuttavia la Zorbamayor ha raccolto consensi.",
			[]string{"Sonia Zorbamayor/PER/Sonia Zorbamayor/rule", "Zorbamayor/PER/Sonia Zorbamayor/coref"}},
		{"a sentence-initial surname of a member of a party the document names", "Lupi porta Noi Moderati all'assemblea.",
			[]string{"Lupi/PER/Maurizio Lupi/coref", "Noi Moderati/ORG/Noi Moderati/name"}},
		{"a sentence-initial region of an office of a person the document names", "Marche, Francesco Acquaroli confermato alla guida della Regione.",
			[]string{"Marche/LOC/Marche/coref", "Francesco Acquaroli/PER/Francesco Acquaroli/name"}},
		{"a sentence-initial common word with no bond", "Lupi nel bosco vicino a Milano.", []string{"Milano/LOC/Milano/name"}},
		{"a title makes a listed town's name a surname in all the document", "Addio a Mango. Il cantautore Mango è morto ieri.",
			[]string{"Mango/PER/Mango/coref", "Mango/PER/Mango/rule"}},
		{"a town written as a place keeps its type", "Il treno arriva a Iseo. La direttrice Iseo ha parlato.",
			[]string{"Iseo/LOC/Iseo/name", "Iseo/PER/Iseo/rule"}},
		{"a guess is not echoed", "Lo ha detto Zorbetti ieri. Hanno scritto su Zorbetti.", []string{"Zorbetti/PER/Zorbetti/rule"}},
	} {
		t.Run(tc.name, func(t *testing.T) { assertFinds(t, tc.text, tc.want) })
	}
}
