package entities

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTaggerKIND trains a tagger on nine tenths of KIND's Wikinews train
// split and scores it on the other tenth (every tenth run of 100 sentences),
// when the shared data is present: a regression gate for the tagger and for
// the features Find gives it (82.68 when written; the rules alone score
// 76.52 on the same tenth). Nothing trained here is kept.
func TestTaggerKIND(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("trains on 230,000 words")
	}
	fh, err := os.Open(filepath.Join("..", "..", "shared", "data", "kind", "wikinews_train.tsv"))
	if err != nil {
		t.Skip("KIND data not available:", err)
	}
	defer fh.Close()
	docs, err := ReadAnnotated(fh, "wikinews_train.tsv")
	require.NoError(t, err)
	var train, test []Annotated
	for i, d := range docs { // documents of 10 sentences: blocks of 10 documents
		if i/10%10 == 9 {
			test = append(test, d)
		} else {
			train = append(train, d)
		}
	}
	tg, err := TrainTagger(nil, train, nil, TrainOptions{Seed: 1, Iterations: 10})
	require.NoError(t, err)
	s := spanScore(Default().WithTagger(tg), test)
	t.Logf("held-out tenth: P %.2f R %.2f F1 %.2f (gold %d)", 100*s.Precision(), 100*s.Recall(), 100*s.F1(), s.Gold)
	require.GreaterOrEqual(t, s.F1(), 0.80)
}
