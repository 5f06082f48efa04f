package entities

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// bigGazetteer is the default plus 100,000 user entries of one to three words.
var bigGazetteer = sync.OnceValue(func() *Gazetteer {
	es := make([]Entry, 0, 100000)
	for i := 0; i < 100000; i++ {
		switch i % 3 {
		case 0:
			es = append(es, Entry{ID: fmt.Sprintf("x:p%d", i), Type: PER, Name: fmt.Sprintf("Nome%d Cognome%d", i, i), Aliases: []string{fmt.Sprintf("Cognome%d", i)}})
		case 1:
			es = append(es, Entry{ID: fmt.Sprintf("x:o%d", i), Type: ORG, Name: fmt.Sprintf("Società Zeta%d di Servizi", i)})
		default:
			es = append(es, Entry{ID: fmt.Sprintf("x:l%d", i), Type: LOC, Name: fmt.Sprintf("Borgo%d", i)})
		}
	}
	return Default().With(es...)
})

// TestDefaultHeap bounds the heap the default gazetteer holds (30 MB).
func TestDefaultHeap(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	g, err := loadDefault()
	require.NoError(t, err)
	runtime.GC()
	runtime.ReadMemStats(&after)
	held := int64(after.HeapAlloc) - int64(before.HeapAlloc)
	t.Logf("heap held by the default gazetteer: %.1f MB (%d entries)", float64(held)/(1<<20), g.Len())
	assert.Less(t, held, int64(30<<20), "heap held by the default gazetteer")
	runtime.KeepAlive(g)
}

// TestBigGazetteerSameMentions checks that 100,000 extra entries that do not
// occur in the text change nothing, and are found when they do.
func TestBigGazetteerSameMentions(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 100,000-entry gazetteer")
	}
	g := bigGazetteer()
	assert.Equal(t, brief(Default().Find(sample.Article, nil)), brief(g.Find(sample.Article, nil)))
	assert.Equal(t, []string{"Nome78 Cognome78/PER/Nome78 Cognome78/name", "Borgo5/LOC/Borgo5/name"},
		brief(g.Find("Lo ha detto Nome78 Cognome78 a Borgo5.", nil)))
	// The work per text does not grow with the gazetteer: one map access per
	// token and trie step, and the same allocations.
	if raceEnabled {
		return // the race detector drops pooled finders at random
	}
	toks := tokenize.Tokens(sample.Article)
	small := testing.AllocsPerRun(20, func() { Default().Find(sample.Article, toks) })
	big := testing.AllocsPerRun(20, func() { g.Find(sample.Article, toks) })
	assert.Equal(t, small, big, "allocations per Find")
}

func benchFind(b *testing.B, g *Gazetteer) {
	text := strings.Repeat(sample.Article+"\n\n", 4)
	toks := tokenize.Tokens(text)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		g.Find(text, toks)
	}
	reportCPUSpeed(b, int64(len(text)), cpu)
}

// BenchmarkFind measures matching on pre-tokenized text (the sample article).
func BenchmarkFind(b *testing.B) { benchFind(b, Default()) }

// BenchmarkFind100k is BenchmarkFind with 100,000 more entries.
func BenchmarkFind100k(b *testing.B) {
	g := bigGazetteer()
	benchFind(b, g)
}

// BenchmarkFindAndTokenize includes tokenization.
func BenchmarkFindAndTokenize(b *testing.B) {
	g := Default()
	b.ReportAllocs()
	b.SetBytes(int64(len(sample.Article)))
	for i := 0; i < b.N; i++ {
		g.Find(sample.Article, nil)
	}
}

// BenchmarkRoles measures role resolution on the sample article.
func BenchmarkRoles(b *testing.B) {
	g := Default()
	toks := tokenize.Tokens(sample.Article)
	ms := g.Find(sample.Article, toks)
	b.ReportAllocs()
	b.SetBytes(int64(len(sample.Article)))
	for i := 0; i < b.N; i++ {
		g.Roles(sample.Article, toks, ms)
	}
}

// BenchmarkLoadDefault measures building the default gazetteer from the
// embedded files (what Default does once).
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(gazetteerTSV)))
	for i := 0; i < b.N; i++ {
		if _, err := loadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
