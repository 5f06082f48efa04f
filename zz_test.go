package tribuna_test

import (
	"testing"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/internal/sample"
)

func BenchmarkZZArticle(b *testing.B) {
	a := tribuna.New()
	a.Analyze(sample.Article)
	b.ReportAllocs()
	b.SetBytes(int64(len(sample.Article)))
	for range b.N {
		a.Analyze(sample.Article)
	}
}

func BenchmarkZZTiny(b *testing.B) {
	a := tribuna.New()
	t := "Il presidente ha detto: «Andiamo avanti»."
	a.Analyze(t)
	b.ReportAllocs()
	b.SetBytes(int64(len(t)))
	for range b.N {
		a.Analyze(t)
	}
}
