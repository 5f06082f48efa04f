package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/internal/sample"
)

// BenchmarkBatch measures `tribuna analyze -in jsonl -format jsonl -j N` on
// 64 copies of the sample article with 1 and 2 workers, and reports the
// speedup (j2-vs-j1) measured in the same run.
func BenchmarkBatch(b *testing.B) {
	var in strings.Builder
	text, _ := json.Marshal(sample.Article)
	for i := range 64 {
		fmt.Fprintf(&in, `{"id":%d,"text":%s}`+"\n", i, text)
	}
	tribuna.Analyze("") // load the gazetteer outside the timing
	tuneGC()            // as main does
	speed := map[int]float64{}
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j=%d", j), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(64 * len(sample.Article)))
			for range b.N {
				e := env{stdin: strings.NewReader(in.String()), stdout: io.Discard, stderr: io.Discard, stdinIsData: true}
				if code := run([]string{"analyze", "-in", "jsonl", "-format", "jsonl", "-j", fmt.Sprint(j)}, e); code != 0 {
					b.Fatalf("exit status %d", code)
				}
			}
			speed[j] = float64(b.N) / b.Elapsed().Seconds()
		})
	}
	if speed[1] > 0 && speed[2] > 0 {
		b.Run("speedup", func(b *testing.B) {
			for range b.N {
			}
			b.ReportMetric(speed[2]/speed[1], "j2-vs-j1")
		})
	}
}
