package tokenize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGroupSharesTheTokens(t *testing.T) {
	tk := New()
	text := "Il sen. Rossi è arrivato. «Basta», ha detto. Poi?"
	toks := tk.Tokens(text)
	sents := tk.Group(text, toks)
	require.Equal(t, tk.Sentences(text), sents)
	n := 0
	for _, s := range sents {
		require.Same(t, &toks[n], &s.Tokens[0])
		n += len(s.Tokens)
	}
	assert.Equal(t, len(toks), n)
}
