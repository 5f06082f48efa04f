package entities

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRoleDates(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Role
	}{
		{"sindaco@Lucca", Role{Name: "sindaco", Place: "Lucca"}},
		{"sindaco@Lucca:2020-", Role{Name: "sindaco", Place: "Lucca", From: 2020}},
		{"sindaco@Lucca:2010-2019", Role{Name: "sindaco", Place: "Lucca", From: 2010, To: 2019}},
		{"sindaco@Lucca:2010-06-01/2019-05", Role{Name: "sindaco", Place: "Lucca", From: 2010, To: 2019, Start: 20100601, End: 20190500}},
		{"sindaco@Lucca:2010-06-01/", Role{Name: "sindaco", Place: "Lucca", From: 2010, Start: 20100601}},
		{"sindaco@Lucca:/2019-05-03", Role{Name: "sindaco", Place: "Lucca", To: 2019, End: 20190503}},
		{"metonym@sindaco@Lucca", Role{Name: "sindaco", Place: "Lucca", Metonym: true}},
	} {
		r, err := parseRole(tc.in)
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, r, tc.in)
		assert.Equal(t, tc.in, roleString(r), "written back")
	}
	for _, in := range []string{"sindaco@Lucca:2019-06-01/2019-05-31", "sindaco@Lucca:2019-6-1/", "sindaco@Lucca:x-"} {
		_, err := parseRole(in)
		assert.Error(t, err, in)
	}
}

func TestLoadNewColumns(t *testing.T) {
	in := "id\ttype\tname\troles\tparty\tsource\n" +
		"x:a\tPER\tAnna Bianchi\tsindaco@Lucca:2020-09-21/\tPartito Democratico\tmine|ondata/sindaci\n"
	g, err := Load(strings.NewReader(in))
	require.NoError(t, err)
	e := g.Lookup("Anna Bianchi")
	require.NotNil(t, e)
	assert.Equal(t, "Partito Democratico", e.Party)
	assert.Equal(t, []string{"mine", "ondata/sindaci"}, e.Sources)
	assert.Equal(t, []Role{{Name: "sindaco", Place: "Lucca", From: 2020, Start: 20200921}}, e.Roles)
	_, err = Load(strings.NewReader("id\ttype\tname\tcolor\n"))
	assert.ErrorContains(t, err, "line 1: want the header")
	_, err = Load(strings.NewReader("id\tname\ttype\tname\n"))
	assert.ErrorContains(t, err, "line 1: want the header", "a column twice")
	_, err = Load(strings.NewReader("id\ttype\tname\tparty\nx:a\tPER\tA\n"))
	assert.ErrorContains(t, err, "line 2: want 4 columns, got 3")
	j := `{"id": "x:a", "type": "PER", "name": "A", "party": "Lega", "source": ["mine"], "roles": ["sindaco@Lucca:2020-09-21/"]}`
	g, err = Load(strings.NewReader(j))
	require.NoError(t, err)
	assert.Equal(t, "Lega", g.ByID("x:a").Party)
	assert.Equal(t, []string{"mine"}, g.ByID("x:a").Sources)
}

// TestWriteReadBack writes the default gazetteer and a small one in both
// formats and checks that Load gives the same entries back.
func TestWriteReadBack(t *testing.T) {
	small := loadFile(t, "small.tsv").Merge(loadFile(t, "small.jsonl")).With(Entry{
		ID: "x:z", Type: PER, Name: "Zeno Zeta", Party: "Lega", Sources: []string{"test"},
		Roles: []Role{{Name: "sindaco", Place: "Lucca", From: 2020, Start: 20200921}},
	})
	gs := []*Gazetteer{small, Default()}
	if raceEnabled {
		gs = gs[:1] // 31,000 entries written and read back twice: minutes under the race detector
	}
	for _, g := range gs {
		for name, write := range map[string]func(*Gazetteer, *bytes.Buffer) error{
			"jsonl": func(g *Gazetteer, b *bytes.Buffer) error { return g.WriteJSONL(b) },
			"tsv":   func(g *Gazetteer, b *bytes.Buffer) error { return g.WriteTSV(b) },
		} {
			var b bytes.Buffer
			require.NoError(t, write(g, &b), name)
			back, err := Load(&b)
			require.NoError(t, err, name)
			require.Equal(t, g.Len(), back.Len(), name)
			backs := back.Entries()
			for i, e := range g.Entries() {
				if !assert.Equal(t, normalized(e), normalized(backs[i]), name) {
					break
				}
			}
		}
	}
}

// normalized is e with nil and empty lists alike.
func normalized(e *Entry) Entry {
	c := *e.clone()
	for _, p := range []*[]string{&c.Aliases, &c.Demonyms, &c.Flags, &c.Sources} {
		if len(*p) == 0 {
			*p = nil
		}
	}
	if len(c.Roles) == 0 {
		c.Roles = nil
	}
	return c
}

func TestWriteTSVRefusesWhatItCannotHold(t *testing.T) {
	g := New(Entry{ID: "x:a", Type: ORG, Name: "A|B", Aliases: []string{"x|y"}})
	var b bytes.Buffer
	assert.ErrorContains(t, g.WriteTSV(&b), `alias "x|y"`)
	g = New(Entry{ID: "x:a", Type: ORG, Name: "A\tB"})
	assert.ErrorContains(t, g.WriteTSV(&b), "name")
}

// TestSimpleNamesSplitAsTokenized checks that the index's fast path for
// names of plain words gives the units the tokenizer gives, on every form
// of the default gazetteer.
func TestSimpleNamesSplitAsTokenized(t *testing.T) {
	n := 0
	for _, e := range Default().Entries() {
		for _, form := range append(append([]string{e.Name}, e.Aliases...), e.Demonyms...) {
			if !simpleName(form) {
				continue
			}
			n++
			var want []string
			for _, w := range strings.Split(form, " ") {
				want = append(want, fold(w))
			}
			require.Equal(t, nameUnits(form), want, form)
		}
	}
	assert.Greater(t, n, 1000)
	for _, s := range []string{"", " a", "a ", "a  b", "D'Alema", "Emilia-Romagna", "G7", "S.p.A.", "Ⅻ"} {
		assert.False(t, simpleName(s), s)
	}
}

// TestDefaultIsMerged checks that the generated data needs no merging:
// loading it through the merging builder gives the same entries.
func TestDefaultIsMerged(t *testing.T) {
	es, err := parse(gazetteerTSV, false)
	require.NoError(t, err)
	b := newBuilder()
	for _, e := range es {
		b.add(e)
	}
	assert.Equal(t, len(b.entries), Default().Len())
}
