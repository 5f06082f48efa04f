package stem

import (
	"strings"
	"testing"
)

func totalBytes(words []string) int {
	n := 0
	for _, w := range words {
		n += len(w)
	}
	return n
}

// benchWords stems words over and over, one word per iteration, and reports
// words per second.
func benchWords(b *testing.B, words []string, stem func(string) string) {
	b.ReportAllocs()
	b.SetBytes(int64(totalBytes(words) / len(words)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		stem(words[i%len(words)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkStemVocabulary(b *testing.B) {
	words, _ := vocabulary(b)
	benchWords(b, words, func(w string) string { return Stem(w, true) })
}

func BenchmarkStemArticle(b *testing.B) {
	benchWords(b, articleWords(), func(w string) string { return Stem(w, false) })
}

func BenchmarkStemUpperCaseAndElided(b *testing.B) {
	words := articleWords()
	for i, w := range words {
		if i%2 == 0 {
			words[i] = strings.ToUpper(w)
		} else {
			words[i] = "dell’" + w
		}
	}
	benchWords(b, words, func(w string) string { return Stem(w, true) })
}

func BenchmarkStemmerArticle(b *testing.B) {
	var s Stemmer
	benchWords(b, articleWords(), func(w string) string { return s.Stem(w, false) })
}

func BenchmarkStemmerVocabulary(b *testing.B) {
	words, _ := vocabulary(b)
	s := NewStemmer(2 * len(words)) // room for all: after the first pass every word is a hit
	benchWords(b, words, func(w string) string { return s.Stem(w, true) })
}

func BenchmarkStemmerArticleParallel(b *testing.B) {
	var s Stemmer
	words := articleWords()
	b.ReportAllocs()
	b.SetBytes(int64(totalBytes(words) / len(words)))
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			s.Stem(words[i%len(words)], false)
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkIsStopWord(b *testing.B) {
	benchWords(b, articleWords(), func(w string) string {
		if IsStopWord(w) {
			return w
		}
		return ""
	})
}
