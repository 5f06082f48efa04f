package tokenize

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type span struct{ Start, End int }

func sentenceSpans(sents []Sentence) []span {
	out := make([]span, len(sents))
	for i, s := range sents {
		out[i] = span{s.Start, s.End}
	}
	return out
}

func TestSentencesSampleArticle(t *testing.T) {
	var gold struct {
		Sentences []struct {
			Start, End int
			Text       string
		}
	}
	b, err := os.ReadFile("../testdata/gold/article.sentences.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &gold))
	require.Len(t, gold.Sentences, 22)
	text := articleText(t)
	var nilTokenizer *Tokenizer
	for _, sents := range [][]Sentence{Sentences(text), nilTokenizer.Sentences(text), New().Sentences(text), New(WithStrongBreaksOnly()).Sentences(text)} {
		want := make([]span, len(gold.Sentences))
		for i, g := range gold.Sentences {
			want[i] = span{g.Start, g.End}
			require.Equal(t, g.Text, text[g.Start:g.End])
		}
		assert.Equal(t, want, sentenceSpans(sents))
		checkSentences(t, text, sents, nilTokenizer.Tokens(text))
	}
}

// sentenceTexts returns the text of each sentence.
func sentenceTexts(text string, sents []Sentence) []string {
	out := make([]string, len(sents))
	for i, s := range sents {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestSentencesRules(t *testing.T) {
	tests := []struct {
		name, in     string
		want, strong []string // strong: WithStrongBreaksOnly, when it differs
	}{
		{"period", "Piove. Domani sole.", []string{"Piove.", "Domani sole."}, nil},
		{"question and exclamation", "Chi è? Non so! Va bene.", []string{"Chi è?", "Non so!", "Va bene."}, nil},
		{"closing quote stays", "Disse: “Siamo innovativi.” Si prevede pioggia.",
			[]string{"Disse:", "“Siamo innovativi.”", "Si prevede pioggia."},
			[]string{"Disse: “Siamo innovativi.”", "Si prevede pioggia."}},
		{"guillemets continue the sentence", "Ha detto «Basta. Ora» e se ne è andato.", []string{"Ha detto «Basta. Ora» e se ne è andato."}, nil},
		{"quoted question goes on", "«Chi è?» chiese lui. Poi uscì.", []string{"«Chi è?» chiese lui.", "Poi uscì."}, nil},
		{"guillemets end the sentence", "Ha detto «Basta. Ora basta.» Poi è uscito.",
			[]string{"Ha detto «Basta.", "Ora basta.»", "Poi è uscito."}, nil},
		{"abbreviations", "Ha parlato il sen. Monti. Poi il dott. Rossi.", []string{"Ha parlato il sen. Monti.", "Poi il dott. Rossi."}, nil},
		{"initials", "Lo disse J. F. Kennedy a Berlino. Poi tornò.", []string{"Lo disse J. F. Kennedy a Berlino.", "Poi tornò."}, nil},
		{"acronym", "La Fiat S.p.A. ha chiuso. Bene.", []string{"La Fiat S.p.A. ha chiuso.", "Bene."}, nil},
		{"ellipsis inside", "È disposta a… raggiungere lo sviluppo. Fine.", []string{"È disposta a… raggiungere lo sviluppo.", "Fine."}, nil},
		{"ellipsis ends", "Vedremo... Intanto aspettiamo.", []string{"Vedremo...", "Intanto aspettiamo."}, nil},
		{"colon and semicolon", "Due cose: la pace; la guerra.", []string{"Due cose:", "la pace;", "la guerra."}, []string{"Due cose: la pace; la guerra."}},
		{"time is no colon", "Alle 10:30 parte.", []string{"Alle 10:30 parte."}, nil},
		{"paragraph break", "Titolo senza punto\n\nIl testo.", []string{"Titolo senza punto", "Il testo."}, nil},
		{"no text", "", []string{}, nil},
		{"list end", "Treni, bus ecc. Il resto no.", []string{"Treni, bus ecc.", "Il resto no."}, nil},
		{"lower case after period", "Basta. poi vediamo.", []string{"Basta.", "poi vediamo."}, nil},
		{"numbered heading", "Fine. 1028. Nozione dell'utilità.", []string{"Fine.", "1028. Nozione dell'utilità."}, nil},
		{"label and value", "Scuole materne: 20 aprile. Elementari: 5 giugno.", []string{"Scuole materne: 20 aprile.", "Elementari: 5 giugno."}, nil},
		{"numbered list after colon", "Ecco: 1) uno; 2) due.", []string{"Ecco:", "1) uno;", "2) due."}, []string{"Ecco: 1) uno; 2) due."}},
		{"list of entries", "Terni, azioni 300; Ilva, azioni 500; fine.", []string{"Terni, azioni 300; Ilva, azioni 500; fine."}, nil},
		{"quote then period", "Disse \"basta ...\". Poi uscì.", []string{"Disse \"basta ...\".", "Poi uscì."}, nil},
		{"tags close the post", "Buongiorno a tutti. Prova! #elezioni @user http://t.co/x 👍", []string{"Buongiorno a tutti.", "Prova! #elezioni @user http://t.co/x 👍"}, nil},
		{"tags before more text", "Prova! #elezioni Poi basta.", []string{"Prova!", "#elezioni Poi basta."}, nil},
		{"tags before a paragraph", "Prova! #elezioni\n\nAltro.", []string{"Prova! #elezioni", "Altro."}, nil},
		{"colon after a mention", "RT @user: Va bene. Grazie.", []string{"RT @user: Va bene.", "Grazie."}, nil},
		{"long unclosed quote", "Disse \"una cosa. Poi un'altra. E basta.", []string{"Disse \"una cosa.", "Poi un'altra.", "E basta."}, nil},
	}
	strong := New(WithStrongBreaksOnly())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sentenceTexts(tt.in, Sentences(tt.in)))
			want := tt.strong
			if want == nil {
				want = tt.want
			}
			assert.Equal(t, want, sentenceTexts(tt.in, strong.Sentences(tt.in)), "strong breaks only")
		})
	}
}

func TestTokenizerIsSafeForConcurrentUse(t *testing.T) {
	text := articleText(t)
	tok := New(WithAbbreviations("amb."), WithStrongBreaksOnly())
	want := tok.Sentences(text)
	var zero Tokenizer
	wantZero := Sentences(text)
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			ok := true
			for i := 0; i < 20; i++ {
				ok = ok && assert.Equal(t, want, tok.Sentences(text)) && assert.Equal(t, wantZero, zero.Sentences(text))
			}
			done <- ok
		}()
	}
	for g := 0; g < 4; g++ {
		assert.True(t, <-done)
	}
}

func TestQuotedSentencesKept(t *testing.T) {
	tk := New(WithStrongBreaksOnly(), WithQuotedSentencesKept())
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ha detto: «Basta. Ora si cambia. Non torneremo indietro, mai più, lo giuro a tutti voi che mi avete votato e a quelli che non lo hanno fatto.» Poi se n'è andato.",
			[]string{"Ha detto: «Basta. Ora si cambia. Non torneremo indietro, mai più, lo giuro a tutti voi che mi avete votato e a quelli che non lo hanno fatto.»", "Poi se n'è andato."}},
		{"«Siamo pronti. [Applausi» ha detto. Poi è uscito.", []string{"«Siamo pronti. [Applausi» ha detto.", "Poi è uscito."}},
		{"Uno. Due: tre; quattro.", []string{"Uno.", "Due: tre; quattro."}},
	} {
		var got []string
		for _, s := range tk.Sentences(c.text) {
			got = append(got, c.text[s.Start:s.End])
		}
		assert.Equal(t, c.want, got, c.text)
	}
	// By default a long quotation's sentences, and the colon, end sentences, as in the treebanks.
	text := "Ha detto: «Basta. Ora si cambia. Non torneremo indietro, mai più, lo giuro a tutti voi che mi avete votato e a quelli che non lo hanno fatto.» Poi se n'è andato."
	assert.Len(t, Sentences(text), 5)
}
