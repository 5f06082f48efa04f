package entities

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/sample"
)

type goldEntities struct {
	Entities []struct {
		Text       string `json:"text"`
		Start, End int
		Type       Type   `json:"type"`
		Name       string `json:"name"`
	} `json:"entities"`
	Demonyms []struct {
		Text       string `json:"text"`
		Start, End int
		RefersTo   string `json:"refers_to"`
	} `json:"demonyms"`
}

func readGold(t *testing.T) goldEntities {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "gold", "article.entities.json"))
	require.NoError(t, err)
	var g goldEntities
	require.NoError(t, json.Unmarshal(b, &g))
	require.Len(t, g.Entities, 59)
	require.Len(t, g.Demonyms, 8)
	return g
}

// TestArticleGold checks every entity mention and demonym of the sample
// article's gold, with type and canonical name, and that nothing else is found.
func TestArticleGold(t *testing.T) {
	gold := readGold(t)
	ms := Default().Find(sample.Article, nil)
	type key struct{ start, end int }
	got := map[key]Mention{}
	for _, m := range ms {
		got[key{m.Start, m.End}] = m
	}
	for _, g := range gold.Entities {
		t.Run(g.Text, func(t *testing.T) {
			m, ok := got[key{g.Start, g.End}]
			require.True(t, ok, "missing %q at %d", g.Text, g.Start)
			assert.Equal(t, g.Text, m.Text)
			assert.Equal(t, g.Type, m.Type)
			assert.Equal(t, g.Name, m.Entry.Name)
			assert.NotEqual(t, ViaDemonym, m.Via)
		})
	}
	for _, g := range gold.Demonyms {
		t.Run("demonym "+g.Text, func(t *testing.T) {
			m, ok := got[key{g.Start, g.End}]
			require.True(t, ok, "missing demonym %q at %d", g.Text, g.Start)
			assert.Equal(t, ViaDemonym, m.Via)
			assert.Equal(t, g.RefersTo, m.Entry.Name)
		})
	}
	assert.Len(t, ms, len(gold.Entities)+len(gold.Demonyms), "no mention beyond the gold")
}

func TestVia(t *testing.T) {
	for v, name := range map[Via]string{ViaName: "name", ViaAlias: "alias", ViaDemonym: "demonym", ViaRole: "role", ViaRule: "rule", ViaCoref: "coref"} {
		assert.Equal(t, name, v.String())
		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, name, string(b))
		var back Via
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, v, back)
	}
	assert.Equal(t, "", Via(0).String())
	_, err := Via(0).MarshalText()
	assert.Error(t, err)
	var v Via
	assert.Error(t, v.UnmarshalText([]byte("guess")))
	out, err := json.Marshal(struct{ Via Via }{ViaDemonym})
	require.NoError(t, err)
	assert.JSONEq(t, `{"Via":"demonym"}`, string(out))
}

func TestReading(t *testing.T) {
	g := Default()
	kind := g.Reading(Metonymy(true), Generic(true))
	assert.Equal(t, options{Metonymy: true, Generic: true}, kind.opts)
	assert.Equal(t, options{}, g.opts, "g is unchanged")
	assert.Equal(t, options{Generic: true}, kind.Reading(Metonymy(false)).opts)
	text := "Il governo ha deciso."
	assert.Empty(t, g.Find(text, nil))
	ms := kind.Find(text, nil)
	require.Len(t, ms, 1)
	assert.Equal(t, "governo", ms[0].Text)
}
