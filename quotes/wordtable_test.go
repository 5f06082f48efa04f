package quotes

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// TestClassify: the word table's key and lexicon entry give every token
// the lower-case form, speech verb form and word classes that the word
// lists give it.
func TestClassify(t *testing.T) {
	texts := []string{sample.Article,
		"L’Italia DICE, l’ha Definita: Presidente PREMIER ǅemal Ἀθῆναι İstanbul ÀÉ ha detto dicendolo definirla Fa Sapere \xff\xfeX Perché 1899 1900 2024 2100 2101 19a0",
		strings.ToUpper(sample.Article[:2000]),
		"Dell’Italia d’altronde l’ D’ E' è E’ c'è Gliel’ha detto, DELL'ONU: «il quale» cui Perché, Ambedue DEGLI",
	}
	if docs, err := devTexts(); err == nil {
		texts = append(texts, docs...)
	}
	for _, text := range texts {
		toks := tokenize.Tokens(text)
		d := analyze(text, toks, nil, nil)
		for i, tok := range toks {
			low := word.Fold(tok.Text)
			if !assert.Equal(t, low, d.low[i], tok.Text) {
				continue
			}
			f, isForm := speechForm(low)
			switch {
			case tok.Kind != tokenize.Word || len(low) <= 2:
				assert.Equal(t, int32(-1), d.verb[i], tok.Text)
			case isForm:
				got, ok := d.formAt(i)
				assert.True(t, ok, tok.Text)
				assert.Equal(t, f, got, tok.Text)
			case periphrasisHeads[low]:
				assert.Equal(t, int32(maybeVerb), d.verb[i], tok.Text)
			default:
				assert.Equal(t, int32(-1), d.verb[i], tok.Text)
			}
			assert.Equal(t, tok.Kind == tokenize.Word && word.ColumnOf(word.Lookup(low, word.Hash(low)), word.Shared)&word.RoleOpener != 0, d.bits[i]&wRoleHead != 0, tok.Text)
			assert.Equal(t, capitalFunctionWords[low], d.bits[i]&wCapFunction != 0, tok.Text)
			assert.Equal(t, roleNouns[low], d.bits[i]&wRoleNoun != 0, tok.Text)
			assert.Equal(t, word.Shape(tok.Text)&word.Cap != 0, d.bits[i]&wUpper != 0, tok.Text)
			assert.Equal(t, word.IsYear(tok.Text), d.bits[i]&wYear != 0, tok.Text)
			for _, c := range classSets {
				assert.Equal(t, c.m[low] && tok.Kind == tokenize.Word, d.in(i, c.c), "%q in class %b", tok.Text, c.c)
			}
		}
		d.release()
	}
}

// TestEncliticEnd: the two-letter gate lets every enclitic through, and the
// enclitic forms are still found.
func TestEncliticEnd(t *testing.T) {
	for _, c := range enclitics {
		assert.True(t, encliticEnd(c[len(c)-2], c[len(c)-1]), c)
	}
	for _, w := range []string{"definendolo", "dicendogli", "definirla", "spiegargli", "ricordandolo"} {
		_, ok := encliticForm(w)
		assert.True(t, ok, w)
	}
	_, ok := encliticForm("presidente")
	assert.False(t, ok)
}
