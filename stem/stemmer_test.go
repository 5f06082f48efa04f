package stem

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	italian "github.com/tribuna-nlp/tribuna/internal/word"
)

func TestStemmerMatchesStem(t *testing.T) {
	words := append(articleWords(), "CITTÀ", "dell’Ucraina", " della ", "\xff", "")
	var s Stemmer
	for pass := 0; pass < 2; pass++ { // the second pass is answered from memory
		for _, w := range words {
			for _, stop := range []bool{true, false} {
				require.Equal(t, Stem(w, stop), s.Stem(w, stop), "%q stemStopWords=%v pass %d", w, stop, pass)
			}
		}
	}
}

func TestStemmerBounded(t *testing.T) {
	tests := []struct{ capacity, words int }{
		{1, 100},
		{64, 10000},
		{1000, 5000},
		{0, DefaultCapacity * 3},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.capacity), func(t *testing.T) {
			s := NewStemmer(tc.capacity)
			for i := 0; i < tc.words; i++ {
				s.Stem(fmt.Sprintf("parola%dzioni", i), true)
			}
			capacity := tc.capacity
			if capacity <= 0 {
				capacity = DefaultCapacity
			}
			held := s.remembered()
			// Two generations of capacity words, and the words waiting to
			// be published (an eighth of a generation, or a few).
			assert.LessOrEqual(t, held, 2*capacity+max(min(minPublish, capacity), capacity/8))
			assert.Greater(t, held, 0)
		})
	}
}

func TestStemmerLongWordsNotRemembered(t *testing.T) {
	var s Stemmer
	long := strings.Repeat("ab", maxCachedLen) + "azioni"
	assert.Equal(t, Stem(long, true), s.Stem(long, true))
	assert.Zero(t, s.remembered())
}

func TestStemmerDoesNotKeepInput(t *testing.T) {
	var s Stemmer
	text := []byte("nazioni")
	got := s.Stem(string(text), true)
	text[0] = 'X' // the caller reuses its buffer
	assert.Equal(t, "nazion", got)
	assert.Equal(t, "nazion", s.Stem("nazioni", true))
}

func TestStemmerConcurrent(t *testing.T) {
	words := articleWords()
	s := NewStemmer(128) // small: eviction races with lookups
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := range words {
				w := words[(i*7+g)%len(words)]
				if got, want := s.Stem(w, g%2 == 0), Stem(w, g%2 == 0); got != want {
					t.Errorf("Stem(%q) = %q, want %q", w, got, want)
					return
				}
			}
		}(g)
	}
	wg.Wait()
}

func TestStemmerNoAllocationWhenCached(t *testing.T) {
	words := articleWords()
	var s Stemmer
	for _, w := range words {
		s.Stem(w, false)
	}
	i := 0
	allocs := testing.AllocsPerRun(1000, func() {
		s.Stem(words[i%len(words)], i%2 == 0)
		i++
	})
	assert.Zero(t, allocs)
}

func TestStemAllocations(t *testing.T) {
	words, _ := vocabulary(t)
	i := 0
	allocs := testing.AllocsPerRun(len(words), func() {
		Stem(words[i%len(words)], true)
		i++
	})
	assert.LessOrEqual(t, allocs, 1.0)
	t.Logf("%.3f allocations per vocabulary word", allocs)

	prefix := testing.AllocsPerRun(100, func() { Stem("nazioni", true) })
	assert.Zero(t, prefix, "a stem that is a prefix of its word is not copied")

	// Running text as written: capitals and elisions cost one allocation
	// (the lower-cased copy), no more.
	for _, w := range append(articleWords(), "CITTÀ", "L'AMICO", "ACCOMODARCI") {
		assert.LessOrEqual(t, testing.AllocsPerRun(10, func() { Stem(w, true) }), 1.0, w)
	}
}

// TestStemmerPublishesRepeatedWords checks that a few words asked for again
// and again end up in the table read without locking, even though too few new
// words arrive to fill a publication.
func TestStemmerPublishesRepeatedWords(t *testing.T) {
	var s Stemmer
	words := []string{"presidente", "ha", "detto", "andiamo", "avanti"}
	for range minPublish + 1 {
		for _, w := range words {
			s.Stem(w, true)
		}
	}
	read := s.read.Load()
	require.NotNil(t, read)
	for _, w := range words {
		assert.NotNil(t, read.find(w, italian.Hash(w)), w)
	}
}
