package tribuna

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/stem"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// TestEveryApostrophe checks that every apostrophe of the word layer's set
// gives the same answers in every package: two tokens for an elided
// preposition and its noun, the noun's stem, the entity.
func TestEveryApostrophe(t *testing.T) {
	for _, r := range word.Apostrophes() {
		text := "La guerra dell" + string(r) + "Ucraina continua."
		toks := tokenize.Tokens(text)
		require.GreaterOrEqual(t, len(toks), 4, "%U", r)
		assert.Equal(t, "dell"+string(r), toks[2].Text, "%U", r)
		assert.Equal(t, "Ucraina", toks[3].Text, "%U", r)
		assert.Equal(t, "ucrain", stem.Stem("dell"+string(r)+"Ucraina", true), "%U", r)
		assert.Equal(t, "ucrain", stem.Stem(toks[3].Text, true), "%U", r)
		d := Analyze(text)
		var names []string
		for _, m := range d.Entities {
			names = append(names, m.Text+"/"+m.Entry.Name)
		}
		assert.Equal(t, []string{"Ucraina/Ucraina"}, names, "%U", r)
		ms := entities.Default().Find(text, nil)
		require.Len(t, ms, 1, "%U", r)
		assert.Equal(t, "Ucraina", ms[0].Text, "%U", r)
		assert.Equal(t, "dell'", tokenize.Normalize(toks[2].Text), "%U", r)
	}
}
