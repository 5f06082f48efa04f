package stem

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/sample"
)

// Stems of words of the sample article, worked out by hand from the
// algorithm (and the same as Snowball's output.txt for the words it lists).
var articleStems = []struct{ word, stem string }{
	{"nazioni", "nazion"},     // azioni not in R2, so step 3a drops i
	{"colloqui", "colloqu"},   // qu is marked qU; final i in RV
	{"legami", "legam"},       // mi is a pronoun but lega is no gerund
	{"rigenerare", "rigener"}, // verb suffix are in RV
	{"sanzioni", "sanzion"},   // zioni is no standard suffix
	{"banche", "banc"},        // e in RV, then ch → c
	{"statunitense", "statunitens"},
	{"cinese", "cines"},
	{"cinesi", "cines"},
	{"promesso", "promess"},
	{"lavorare", "lavor"},
	{"pressione", "pression"},
	{"distruttiva", "distrutt"}, // iva in R2
	{"approfondire", "approfond"},
	{"sostenuto", "sosten"},
	{"invasione", "invasion"},
	{"russa", "russ"},
	{"russo", "russ"},
	{"presidente", "president"},
	{"omologo", "omolog"},
	{"giornata", "giorn"},
	{"affermando", "afferm"},
	{"statali", "statal"},
	{"arrivato", "arriv"},
	{"includerà", "includ"},
	{"dettagliati", "dettagl"},
	{"commercio", "commerc"},
	{"potente", "potent"},
	{"sostenitore", "sostenitor"},
	{"politico", "polit"},       // ico in R2
	{"geopolitico", "geopolit"}, // ico in R2
	{"relazione", "relazion"},   // azione starts before R2
	{"apprezzarla", "apprezz"},  // la after ar → apprezzare, then are
	{"coltivarla", "coltiv"},    // the same
	{"incontravano", "incontr"}, // avano in RV
	{"inaugurale", "inaugural"},
	{"disposta", "dispost"},
	{"raggiungere", "raggiung"},
	{"congiuntamente", "congiunt"}, // amente in R1
	{"sviluppo", "svilupp"},
	{"rigenerazione", "rigener"}, // azione in R2
	{"rispettivi", "rispett"},    // ivi in R2
	{"equità", "equit"},
	{"giustizia", "giustiz"}, // a then i, both in RV
	{"rimangono", "rimang"},
	{"dichiarato", "dichiar"},
	{"fiducia", "fiduc"},
	{"reciproca", "reciproc"},
	{"giovedì", "gioved"},
	{"paesi", "paes"},
	{"ucraina", "ucrain"},
	{"pechino", "pechin"},
	{"putin", "putin"},
}

func TestStemArticleWords(t *testing.T) {
	for _, tc := range articleStems {
		t.Run(tc.word, func(t *testing.T) {
			assert.Equal(t, tc.stem, Stem(tc.word, true))
			require.Contains(t, strings.ToLower(sample.Article), tc.word, "the table is built on the sample article")
		})
	}
}

func TestStemAlgorithmCases(t *testing.T) {
	tests := []struct{ word, stem, why string }{
		{"divano", "divan", "RV after divan"},
		{"divani", "divan", "RV after divan"},
		{"diva", "div", "no exception for diva"},
		{"guardandogli", "guard", "gli after ando is deleted"},
		{"accomodarci", "accomod", "ci after ar becomes e"},
		{"abbandonò", "abbandon", "verb ending"},
		{"abbandono", "abband", "ono is a verb suffix in RV"},
		{"qualità", "qualit", "ità not in R2; final à in RV"},
		{"città", "citt", "final à in RV"},
		{"perché", "perc", "é becomes è, then ch → c"},
		{"né", "nè", "acute accents become grave even in short words"},
		{"acqua", "acqua", "qu is a consonant: RV is empty"},
		{"aiuole", "aiuol", "i between vowels is a consonant"},
		{"logica", "logic", "ica not in R2"},
		{"metodologia", "metodolog", "logia → log in R2"},
		{"psicologia", "psicolog", "logia before R2; a, then i, in RV"},
		{"funghi", "fung", "i in RV, then gh → g"},
		{"soluzione", "soluzion", "uzione starts before R2; e in RV"},
		{"distribuzione", "distribu", "uzione → u in R2"},
		{"pazienza", "pazienz", "enza not in R2"},
		{"esistenza", "esistent", "enza → ente in R2, then e in RV"},
		{"cambiamento", "camb", "amento in RV, then i in RV"},
		{"abilmente", "abil", "mente in R2"},
		{"praticabilità", "pratic", "ità then abil in R2"},
		{"attivamente", "attiv", "amente in R1"},
		{"creativo", "creat", "ivo in R2, at not in R2"},
		{"a", "a", "one letter"},
		{"", "", "empty"},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			assert.Equal(t, tc.stem, Stem(tc.word, true), tc.why)
		})
	}
}

func TestStemRealInput(t *testing.T) {
	tests := []struct{ in, want string }{
		{"CITTÀ", "citt"},
		{"NAZIONI", "nazion"},
		{"Nazioni", "nazion"},
		{"citta\u0300", "citt"},     // decomposed à
		{"perche\u0301", "perc"},    // decomposed é
		{"  nazioni\n", "nazion"},   // surrounding space
		{"\u00a0legami\t", "legam"}, // no-break space
		{"dell’Ucraina", "ucrain"},  // typographic apostrophe
		{"dell'Ucraina", "ucrain"},  // typewriter apostrophe
		{"l'amico", "amic"},
		{"L’AMICO", "amic"},
		{"un'idea", "ide"},
		{"all'interno", "intern"},
		{"quest'anno", "anno"},
		{"d'un'altra", "altra"},        // two elisions; RV of altra is empty
		{"l' amico", "amic"},           // space after the apostrophe
		{"po'", "po"},                  // truncation, not elision
		{"'ndrangheta", "ndranghet"},   // aphaeresis
		{"sant'antonio", "sant'anton"}, // both parts carry meaning
		{"dell'", "dell"},              // a tokenizer's separate elided article
		{"l'", "l"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, Stem(tc.in, true))
		})
	}
}

func TestStemInvalidUTF8(t *testing.T) {
	tests := []string{"\xff", "citt\xe0", "naz\xc3ioni", "\xed\xa0\x80", "a\x00b"}
	for _, in := range tests {
		out := Stem(in, true)
		assert.True(t, utf8.ValidString(out), "Stem(%q) = %q", in, out)
	}
	assert.Equal(t, "citt\uFFFD", Stem("citt\xe0", true), "a Latin-1 byte is replaced, not guessed")
}

func TestStemStopWords(t *testing.T) {
	tests := []struct {
		in               string
		stemmed, skipped string
	}{
		{"della", "dell", "della"},
		{"Della", "dell", "della"},
		{"sono", "son", "sono"},
		{"È", "è", "è"},
		{"perché", "perc", "perché"},
		{"dell'", "dell", "dell"},
		{"nazioni", "nazion", "nazion"}, // not a stop word: stemmed either way
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.stemmed, Stem(tc.in, true))
			assert.Equal(t, tc.skipped, Stem(tc.in, false))
		})
	}
}

// TestStemWholeArticle stems every word of the sample article: the result is
// never empty for a word and never longer than the word.
func TestStemWholeArticle(t *testing.T) {
	words := articleWords()
	require.Greater(t, len(words), 600)
	for _, w := range words {
		s := Stem(w, true)
		assert.NotEmpty(t, s, w)
		assert.LessOrEqual(t, len([]rune(s)), len([]rune(strings.ToLower(w))), w)
	}
}

// articleWords splits the sample article into words (letters and
// apostrophes), the way a simple tokenizer would.
func articleWords() []string {
	return strings.FieldsFunc(sample.Article, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	})
}
