package stem

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIsStopWord(t *testing.T) {
	tests := []struct {
		word string
		stop bool
	}{
		{"della", true}, {"Della", true}, {"DELLA", true},
		{"dell", true}, {"dell'", true}, {"dell’", true},
		{"è", true}, {"È", true}, {"e\u0300", true}, // decomposed è
		{"perché", true}, {"più", true}, {"sono", true}, {"stessimo", true},
		{" il ", true}, {"l'", true}, {"c'è", true},
		{"hanno", true}, {"contro", true}, {"tra", true},
		{"Putin", false}, {"Cina", false}, {"nazioni", false}, {"detto", false},
		{"dell'Ucraina", false}, {"", false}, {"\xff", false},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			assert.Equal(t, tc.stop, IsStopWord(tc.word))
		})
	}
}

func TestStopWords(t *testing.T) {
	words := StopWords()
	require.Len(t, words, 279)
	seen := map[string]bool{}
	for _, w := range words {
		assert.False(t, seen[w], "duplicate %q", w)
		seen[w] = true
		assert.True(t, IsStopWord(w), w)
		assert.Equal(t, w, normalize(w), "listed in normal form")
	}
	words[0] = "changed"
	assert.Equal(t, "ad", StopWords()[0], "StopWords returns a copy")
}

// TestStopWordsInArticle: the article's function words are stop words and
// its content words are not.
func TestStopWordsInArticle(t *testing.T) {
	stops := 0
	for _, w := range articleWords() {
		if IsStopWord(w) {
			stops++
		}
	}
	words := len(articleWords())
	assert.Greater(t, stops, words/4, "Italian news text is at least a quarter function words")
	assert.Less(t, stops, words*2/3)
}
