package entities

import (
	"os"
	"testing"
)

// BenchmarkTag measures Find with a tagger on the sample article (four
// times, as BenchmarkFind); run them together (go test -bench 'Find$|Tag$')
// to compare them in the same run. TRIBUNA_NER_MODEL names a model file to
// measure (one trained on KIND, say) instead of the test fixture's: the
// speed depends on the size of the model.
func BenchmarkTag(b *testing.B) { benchFind(b, Default().WithTagger(benchTagger(b))) }

func benchTagger(b *testing.B) *Tagger {
	name := os.Getenv("TRIBUNA_NER_MODEL")
	if name == "" {
		return testTagger(b)
	}
	fh, err := os.Open(name)
	if err != nil {
		b.Fatal(err)
	}
	defer fh.Close()
	t, err := LoadTagger(fh)
	if err != nil {
		b.Fatal(err)
	}
	return t
}

// BenchmarkTrain measures training on the fixture: 14 documents, 140
// sentences, 20 passes at most.
func BenchmarkTrain(b *testing.B) {
	docs := readTaggerFixture(b)
	b.ReportAllocs()
	n := 0
	for _, d := range docs[:14] {
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		if _, err := TrainTagger(nil, docs[:14], docs[14:15], TrainOptions{Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
