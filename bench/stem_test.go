package bench

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/italian"

	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/stem"
)

// stemVocabulary is Snowball's Italian sample vocabulary: 35,495 unique
// words, each stemmed once per pass.
func stemVocabulary(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open("../stem/testdata/voc.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	return words
}

// stemArticleWords is the running text of the sample article, split into
// words (letters and apostrophes), as they come: capitals, elisions and all.
func stemArticleWords() []string {
	return strings.FieldsFunc(sample.Article, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	})
}

// stemUDWords is the running text of the UD Italian ISDT dev treebank (word
// forms in order), or nil when the evaluation data is absent.
func stemUDWords() []string {
	f, err := os.Open("../../shared/data/ud/it_isdt-ud-dev.conllu")
	if err != nil {
		return nil
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 || strings.ContainsAny(cols[0], "-.") || !strings.ContainsFunc(cols[1], unicode.IsLetter) {
			continue // comments, multiword ranges, empty nodes, punctuation
		}
		words = append(words, cols[1])
	}
	return words
}

type stemFunc func(b *testing.B) func(string) string

// stemmers are the contenders: a fresh state per benchmark run.
var stemmers = []struct {
	name string
	make stemFunc
}{
	{"tribuna-Stem", func(*testing.B) func(string) string {
		return func(w string) string { return stem.Stem(w, true) }
	}},
	{"tribuna-Stemmer", func(*testing.B) func(string) string {
		s := stem.NewStemmer(1 << 16)
		return func(w string) string { return s.Stem(w, true) }
	}},
	{"blevesearch-reused-Env", func(*testing.B) func(string) string {
		env := snowballstem.NewEnv("")
		return func(w string) string {
			env.SetCurrent(w)
			italian.Stem(env)
			return env.Current()
		}
	}},
}

// runStem stems words in order, one word per iteration, cycling through
// them, and reports words per second.
func runStem(b *testing.B, words []string, stem func(string) string) {
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.ReportAllocs()
	b.SetBytes(int64(n / len(words)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		stem(words[i%len(words)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkStem compares the stemmers over unique words (the vocabulary) and
// over running text (the sample article, and UD ISDT dev when present), then
// reports the speed-ups that issue 3 asks for, all in one run.
func BenchmarkStem(b *testing.B) {
	corpora := []struct {
		name  string
		words []string
	}{
		{"vocabulary", stemVocabulary(b)},
		{"article", stemArticleWords()},
	}
	if ud := stemUDWords(); ud != nil {
		corpora = append(corpora, struct {
			name  string
			words []string
		}{"ud-isdt-dev", ud})
	}
	speed := map[string]float64{} // corpus/stemmer → words/s
	for _, c := range corpora {
		for _, s := range stemmers {
			name := c.name + "/" + s.name
			var wps float64
			b.Run(name, func(b *testing.B) {
				runStem(b, c.words, s.make(b))
				wps = float64(b.N) / b.Elapsed().Seconds()
			})
			speed[name] = wps
		}
	}
	bleveVoc := speed["vocabulary/blevesearch-reused-Env"]
	if bleveVoc == 0 {
		return // a -bench filter left the baseline out
	}
	b.Run("ratios", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
		}
		b.ReportMetric(speed["vocabulary/tribuna-Stem"]/bleveVoc, "Stem-vs-bleve-vocabulary")
		b.ReportMetric(speed["article/tribuna-Stemmer"]/bleveVoc, "Stemmer-article-vs-bleve-vocabulary")
		if v := speed["ud-isdt-dev/tribuna-Stemmer"]; v > 0 {
			b.ReportMetric(v/bleveVoc, "Stemmer-ud-vs-bleve-vocabulary")
		}
	})
}

// TestStemAgreesWithPeerOnVocabulary checks the comparison is fair: both
// stemmers implement Snowball Italian, and differ only where the current
// algorithm changed (divano and its family).
func TestStemAgreesWithPeerOnVocabulary(t *testing.T) {
	env := snowballstem.NewEnv("")
	differ := 0
	for _, w := range stemVocabulary(t) {
		env.SetCurrent(w)
		italian.Stem(env)
		if env.Current() != stem.Stem(w, true) {
			differ++
			t.Logf("%s: tribuna %s, blevesearch %s", w, stem.Stem(w, true), env.Current())
		}
	}
	if differ > 10 {
		t.Errorf("%d vocabulary words differ from blevesearch", differ)
	}
}

// TestStemAllocations: at most one allocation per word for Stem, none for a
// word the Stemmer has seen.
func TestStemAllocations(t *testing.T) {
	words := stemVocabulary(t)
	i := 0
	if a := testing.AllocsPerRun(len(words), func() { stem.Stem(words[i%len(words)], true); i++ }); a > 1 {
		t.Errorf("Stem: %.2f allocations per word", a)
	}
	text := stemArticleWords()
	var s stem.Stemmer
	for _, w := range text {
		s.Stem(w, true)
	}
	if a := testing.AllocsPerRun(len(text), func() { s.Stem(text[i%len(text)], true); i++ }); a != 0 {
		t.Errorf("Stemmer, cached word: %.2f allocations per word", a)
	}
}
