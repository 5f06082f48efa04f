package stem

import (
	"bufio"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// vocabulary reads Snowball's official Italian sample vocabulary and its
// stems (testdata/voc.txt and output.txt, BSD-licensed, see
// testdata/COPYING).
func vocabulary(tb testing.TB) (words, stems []string) {
	tb.Helper()
	return readLines(tb, "testdata/voc.txt"), readLines(tb, "testdata/output.txt")
}

func readLines(tb testing.TB, path string) []string {
	tb.Helper()
	f, err := os.Open(path)
	require.NoError(tb, err)
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	require.NoError(tb, sc.Err())
	return lines
}

func TestVocabulary(t *testing.T) {
	words, stems := vocabulary(t)
	require.Len(t, words, 35495)
	require.Len(t, stems, len(words))
	wrong := 0
	for i, w := range words {
		if got := Stem(w, true); got != stems[i] {
			wrong++
			if wrong <= 20 {
				t.Errorf("Stem(%q) = %q, want %q", w, got, stems[i])
			}
		}
	}
	t.Logf("%d / %d words stem as Snowball's output.txt", len(words)-wrong, len(words))
	require.Zero(t, wrong)
}

func TestVocabularyStemmer(t *testing.T) {
	words, stems := vocabulary(t)
	s := NewStemmer(4096) // smaller than the vocabulary: eviction is exercised
	for pass := 0; pass < 2; pass++ {
		for i, w := range words {
			if got := s.Stem(w, true); got != stems[i] {
				t.Fatalf("pass %d: Stemmer.Stem(%q) = %q, want %q", pass, w, got, stems[i])
			}
		}
	}
}

// TestArticleStemsAgreeWithVocabulary checks the hand-derived stems of the
// article's words against Snowball's output.txt wherever it lists the word.
func TestArticleStemsAgreeWithVocabulary(t *testing.T) {
	words, stems := vocabulary(t)
	official := make(map[string]string, len(words))
	for i, w := range words {
		official[w] = stems[i]
	}
	listed := 0
	for _, tc := range articleStems {
		if want, ok := official[tc.word]; ok {
			listed++
			assert.Equal(t, want, tc.stem, tc.word)
		}
	}
	assert.Greater(t, listed, len(articleStems)/2)
}
