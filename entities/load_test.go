package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func loadFile(t *testing.T, name string) *Gazetteer {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	require.NoError(t, err)
	defer f.Close()
	g, err := Load(f)
	require.NoError(t, err)
	return g
}

func TestLoadTSV(t *testing.T) {
	g := loadFile(t, "small.tsv")
	assert.Equal(t, 7, g.Len())
	e := g.Lookup("bianchi")
	require.NotNil(t, e)
	assert.Equal(t, "Anna Bianchi", e.Name)
	assert.Equal(t, []Role{{Name: "sindaco", Place: "Lucca", From: 2020}}, e.Roles)
	assert.Equal(t, []Role{{Name: "sindaco", Place: "Lucca", Metonym: true}}, g.Lookup("Palazzo Orsetti").Roles)
	assert.Equal(t, []string{FlagExact}, g.ByID("x:italia-viva").Flags)
	assert.Equal(t, "Banca d'Italia", g.Lookup("banca d’italia").Name, "apostrophes folded")
	assert.Nil(t, g.Lookup("Roma"))
}

func TestLoadJSONLAndMerge(t *testing.T) {
	tsv, jl := loadFile(t, "small.tsv"), loadFile(t, "small.jsonl")
	assert.Equal(t, 2, jl.Len())
	m := tsv.Merge(jl)
	assert.Equal(t, 8, m.Len(), "x:lucca merged")
	lucca := m.ByID("x:lucca")
	assert.Equal(t, []string{"Luca"}, lucca.Aliases)
	assert.Equal(t, []string{"lucchese", "lucchesi"}, lucca.Demonyms)
	assert.Empty(t, tsv.ByID("x:lucca").Aliases, "Merge leaves its inputs unchanged")
}

func TestLoadErrorsNameTheLine(t *testing.T) {
	header := "id\ttype\tname\taliases\tdemonyms\troles\tflags\n"
	for _, tc := range []struct{ name, in, want string }{
		{"columns", header + "x:a\tLOC\tA\n", "line 2: want 7 columns, got 3"},
		{"type", header + "# c\nx:a\tXYZ\tA\t\t\t\t\n", "line 3: type \"XYZ\""},
		{"flag", header + "x:a\tLOC\tA\t\t\t\tbold\n", "line 2: unknown flag"},
		{"role", header + "x:a\tPER\tA\t\t\tsindaco\t\n", "line 2: role \"sindaco\""},
		{"years", header + "x:a\tPER\tA\t\t\tsindaco@Roma:2020-2010\t\n", "line 2: role"},
		{"header", "id\tname\n", "line 1: want the header"},
		{"json", "{\"id\": \"x\", \"type\": \"LOC\", \"name\": \"A\"}\n{\"id\": 3}\n", "line 2: bad JSON"},
		{"json field", "{\"id\": \"x\", \"type\": \"LOC\", \"name\": \"A\", \"color\": 1}\n", "line 1: bad JSON"},
		{"empty name", "{\"id\": \"x\", \"type\": \"LOC\", \"name\": \" \"}\n", "line 1: empty name"},
		{"utf8", header + "x:a\tLOC\t\xff\t\t\t\t\n", "line 2: invalid UTF-8"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tc.in))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestLoadEmpty(t *testing.T) {
	g, err := Load(strings.NewReader("# nothing\n\n"))
	require.NoError(t, err)
	assert.Equal(t, 0, g.Len())
	for _, m := range g.Find("Roma e Lucca", nil) {
		assert.Equal(t, ViaRule, m.Via, "only rules find names")
	}
}

func TestDefaultDataLoadsCleanly(t *testing.T) {
	_, err := loadDefault()
	require.NoError(t, err)
	g := Default()
	assert.Greater(t, g.Len(), 1000)
	assert.Same(t, g, Default(), "loaded once")
	for _, id := range []string{"Q7747", "Q15031"} {
		assert.NotNil(t, g.ByID(id), id)
	}
}

func TestNewMergesDuplicates(t *testing.T) {
	g := New(
		Entry{ID: "x:a", Type: LOC, Name: "Alfa", Aliases: []string{"A1"}},
		Entry{ID: "Q1", Type: LOC, Name: "alfa", Aliases: []string{"A2"}},
		Entry{ID: "Q1", Type: LOC, Name: "Alpha"},
		Entry{Type: ORG, Name: "Alfa"},
	)
	require.Equal(t, 2, g.Len())
	e := g.ByID("Q1")
	require.NotNil(t, e)
	assert.Equal(t, "Alfa", e.Name)
	assert.Equal(t, []string{"A1", "A2", "Alpha"}, e.Aliases)
	assert.Same(t, e, g.ByID("x:a"))
}

func TestLoadGender(t *testing.T) {
	g, err := Load(strings.NewReader("id\ttype\tname\tgender\nx:eva\tPER\tEva Blu\tf\nx:ugo\tPER\tUgo Rossi\t\n"))
	require.NoError(t, err)
	assert.Equal(t, GenderFemale, g.Entries()[0].Gender)
	assert.Equal(t, "", g.Entries()[1].Gender)
	var b strings.Builder
	require.NoError(t, g.WriteJSONL(&b))
	assert.Contains(t, b.String(), `"gender":"f"`)
	back, err := Load(strings.NewReader(b.String()))
	require.NoError(t, err)
	assert.Equal(t, GenderFemale, back.Entries()[0].Gender)
	_, err = Load(strings.NewReader("id\ttype\tname\tgender\nx:eva\tPER\tEva Blu\tF\n"))
	assert.ErrorContains(t, err, "gender")
}
