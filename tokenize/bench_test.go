package tokenize

import (
	"strings"
	"testing"
)

// oneLine returns the sample article on one line, repeated to n bytes.
func oneLine(tb testing.TB, n int) string {
	art := strings.ReplaceAll(articleText(tb), "\n\n", " ")
	var b strings.Builder
	b.Grow(n + len(art))
	for b.Len() < n {
		b.WriteString(art)
		b.WriteByte(' ')
	}
	return b.String()[:n]
}

func benchTokens(b *testing.B, text string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Tokens(text)
	}
}

func benchAppendTokens(b *testing.B, text string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	toks := AppendTokens(nil, text)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		toks = AppendTokens(toks[:0], text)
	}
}

func benchAll(b *testing.B, text string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for range All(text) {
		}
	}
}

func benchSentences(b *testing.B, text string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Sentences(text)
	}
}

// The 1 MB and 10 MB benchmarks show linear time: their MB/s should agree.
func BenchmarkTokens1MB(b *testing.B)       { benchTokens(b, oneLine(b, 1<<20)) }
func BenchmarkTokens10MB(b *testing.B)      { benchTokens(b, oneLine(b, 10<<20)) }
func BenchmarkAppendTokens1MB(b *testing.B) { benchAppendTokens(b, oneLine(b, 1<<20)) }
func BenchmarkAll1MB(b *testing.B)          { benchAll(b, oneLine(b, 1<<20)) }
func BenchmarkAll10MB(b *testing.B)         { benchAll(b, oneLine(b, 10<<20)) }
func BenchmarkSentences1MB(b *testing.B)    { benchSentences(b, oneLine(b, 1<<20)) }
func BenchmarkSentences10MB(b *testing.B)   { benchSentences(b, oneLine(b, 10<<20)) }

// Unpaired quotation marks must not make sentence splitting quadratic.
func BenchmarkSentencesUnpairedQuotes(b *testing.B) {
	benchSentences(b, strings.Repeat("« ", 50000)+strings.Repeat("“a. ", 50000))
}

func BenchmarkTokensUnpairedQuotes(b *testing.B) {
	benchTokens(b, strings.Repeat("'", 100000))
}

func BenchmarkSentencesSample(b *testing.B) { benchSentences(b, articleText(b)) }

func BenchmarkAllUnpairedQuotes(b *testing.B) {
	benchAll(b, strings.Repeat("'", 100000))
}

// Chains of periods must not be rescanned at every label.
func BenchmarkTokensDottedChain(b *testing.B) {
	benchTokens(b, strings.Repeat("abc.", 250000))
}

func BenchmarkTokensDomainChain(b *testing.B) {
	benchTokens(b, strings.Repeat("abcd.", 200000)+"it")
}
