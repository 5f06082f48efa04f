package bench

import (
	"testing"

	"github.com/rivo/uniseg"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/internal/sample"
)

// BenchmarkPipeline runs the whole pipeline (tokens, sentences, stems,
// entities, quotes) on one news article per call, and in the same run
// rivo/uniseg's word segmentation of the same article, a well-known and
// much simpler task. Absolute speeds on these shared machines swing by ±40%
// from one minute to the next; the ratio holds, and converts the speed to
// any machine on which uniseg's speed is known. Each operation handles the
// article 16 times, so that even -benchtime 20x measures something. (The
// name matches none of the tokenizer comparisons' patterns: the gazetteer
// it loads would stay in the heap and slow their garbage collections.)
func BenchmarkPipeline(b *testing.B) {
	const rounds = 16
	text := sample.Article
	a := tribuna.New()
	a.Analyze(text) // the gazetteer loads outside the timing
	speed := map[string]float64{}
	b.Run("tribuna-Analyze", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(rounds * int64(len(text)))
		for range b.N {
			for range rounds {
				a.Analyze(text)
			}
		}
		speed["analyze"] = float64(b.N) / b.Elapsed().Seconds()
	})
	b.Run("uniseg-words", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(rounds * int64(len(text)))
		for range b.N {
			for range rounds {
				rest, state := text, -1
				for len(rest) > 0 {
					_, rest, state = uniseg.FirstWordInString(rest, state)
				}
			}
		}
		speed["uniseg"] = float64(b.N) / b.Elapsed().Seconds()
	})
	if speed["analyze"] == 0 || speed["uniseg"] == 0 {
		return // a -bench filter left one out
	}
	b.Run("ratio", func(b *testing.B) {
		for range b.N {
		}
		b.ReportMetric(speed["analyze"]/speed["uniseg"], "Analyze-vs-uniseg")
	})
}
