package bench

import (
	"strings"
	"testing"

	"github.com/rivo/uniseg"

	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// newsText is the sample article repeated to about 1 MB.
var newsText = func() string {
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(sample.Article)
		b.WriteString("\n\n")
	}
	return b.String()
}()

func BenchmarkTokenizeTokens(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(newsText)))
	for i := 0; i < b.N; i++ {
		if len(tokenize.Tokens(newsText)) == 0 {
			b.Fatal("no tokens")
		}
	}
}

// BenchmarkTokenizeAppendTokens reuses one slice across calls, as a
// caller that tokenizes a stream of documents would.
func BenchmarkTokenizeAppendTokens(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(newsText)))
	var toks []tokenize.Token
	for i := 0; i < b.N; i++ {
		toks = tokenize.AppendTokens(toks[:0], newsText)
		if len(toks) == 0 {
			b.Fatal("no tokens")
		}
	}
}

func BenchmarkTokenizeAll(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(newsText)))
	for i := 0; i < b.N; i++ {
		n := 0
		for range tokenize.All(newsText) {
			n++
		}
		if n == 0 {
			b.Fatal("no tokens")
		}
	}
}

func BenchmarkTokenizeSentences(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(newsText)))
	for i := 0; i < b.N; i++ {
		if len(tokenize.Sentences(newsText)) == 0 {
			b.Fatal("no sentences")
		}
	}
}

// BenchmarkUnisegWords iterates the Unicode word boundaries of the same
// text with github.com/rivo/uniseg.
func BenchmarkUnisegWords(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(newsText)))
	for i := 0; i < b.N; i++ {
		n := 0
		rest, state := newsText, -1
		var word string
		for len(rest) > 0 {
			word, rest, state = uniseg.FirstWordInString(rest, state)
			if word != "" {
				n++
			}
		}
		if n == 0 {
			b.Fatal("no words")
		}
	}
}

func BenchmarkStringsFields(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(newsText)))
	for i := 0; i < b.N; i++ {
		if len(strings.Fields(newsText)) == 0 {
			b.Fatal("no fields")
		}
	}
}
