package tribuna_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/entities"
)

// TestWithTagger trains a tagger on the entities fixture (sentences written
// for the tests) and checks that the Analyzer finds entities with it.
func TestWithTagger(t *testing.T) {
	fh, err := os.Open(filepath.Join("entities", "testdata", "tagger_train.tsv"))
	require.NoError(t, err)
	defer fh.Close()
	docs, err := entities.ReadAnnotated(fh, "tagger_train.tsv")
	require.NoError(t, err)
	tg, err := entities.TrainTagger(nil, docs, nil, entities.TrainOptions{Iterations: 8})
	require.NoError(t, err)

	// The Analyzer finds what the gazetteer with the tagger finds, and the
	// quotes' speakers come from those mentions. The company is a name of
	// the fixture, which the tagger learned and no list holds.
	text := "«Resteremo a Vigevano», ha detto Franco Brambati, presidente della Zorbatex."
	d := tribuna.New(tribuna.WithTagger(tg)).Analyze(text)
	var got []string
	for _, m := range d.Entities {
		got = append(got, m.Text+"/"+string(m.Type)+"/"+m.Via.String())
	}
	var want []string
	for _, m := range entities.Default().WithTagger(tg).Find(text, nil) {
		want = append(want, m.Text+"/"+string(m.Type)+"/"+m.Via.String())
	}
	assert.Equal(t, want, got)
	assert.Contains(t, got, "Zorbatex/ORG/model")
	require.Len(t, d.Quotes, 1)
	require.NotEmpty(t, d.Quotes[0].Speakers)
	assert.Equal(t, "Franco Brambati", d.Quotes[0].Speakers[0].Name)

	// Without the option, the pipeline is the one of old.
	plain := tribuna.New().Analyze(text)
	assert.Equal(t, tribuna.Analyze(text).Entities, plain.Entities)
}
