package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readFixture(t *testing.T) []KINDDocument {
	t.Helper()
	b, err := testdataFile("kind_fixture.tsv")
	require.NoError(t, err)
	docs, err := ReadKIND(strings.NewReader(b), "kind_fixture.tsv")
	require.NoError(t, err)
	return docs
}

func TestReadKINDGrouping(t *testing.T) {
	b, err := testdataFile("kind_fixture.tsv")
	require.NoError(t, err)
	docs, err := ReadKIND(strings.NewReader(b), "kind_fixture.tsv", KINDGrouping{Sentences: 100, Sep: "\n"})
	require.NoError(t, err)
	require.Len(t, docs, 1)
	assert.Contains(t, docs[0].Text, "Lucca.\n«Andiamo", "the older grouping: newlines")
	docs, err = ReadKIND(strings.NewReader(b), "kind_fixture.tsv", KINDGrouping{Sentences: 1})
	require.NoError(t, err)
	require.Len(t, docs, 2, "one sentence a document")
	assert.Equal(t, "LOC:Lucca", docs[0].Gold[2].Type+":"+docs[0].Text[docs[0].Gold[2].Start:docs[0].Gold[2].End])
}

func TestReadKINDDetokenizes(t *testing.T) {
	docs := readFixture(t)
	require.Len(t, docs, 1)
	d := docs[0]
	assert.Equal(t, "Il sindaco Anna Bianchi ha incontrato il Comitato di Quartiere a Lucca. "+
		"«Andiamo all'Aquila (in Abruzzo)», ha detto Marco Verdi Rosa Neri.", d.Text)
	var got []string
	for _, g := range d.Gold {
		got = append(got, g.Type+":"+d.Text[g.Start:g.End])
	}
	assert.Equal(t, []string{"PER:Anna Bianchi", "ORG:Comitato di Quartiere", "LOC:Lucca",
		"LOC:Aquila", "LOC:Abruzzo", "PER:Marco Verdi", "PER:Rosa Neri"}, got)
	assert.Len(t, d.Sentences, 2)
	assert.Equal(t, 30, d.Tokens)
}

// spanFinder finds the given strings with the given types, first occurrence.
func spanFinder(pairs ...string) KINDFinder {
	return func(text string) []TypedSpan {
		var out []TypedSpan
		for i := 0; i+1 < len(pairs); i += 2 {
			if k := strings.Index(text, pairs[i+1]); k >= 0 {
				out = append(out, TypedSpan{k, k + len(pairs[i+1]), pairs[i]})
			}
		}
		return out
	}
}

func TestEvaluateKINDScores(t *testing.T) {
	b, err := testdataFile("kind_fixture.tsv")
	require.NoError(t, err)
	for _, tc := range []struct {
		name                 string
		find                 KINDFinder
		system, correct, per int
	}{
		{"nothing", spanFinder(), 0, 0, 0},
		{"exact spans", spanFinder("PER", "Anna Bianchi", "LOC", "Lucca", "ORG", "Comitato di Quartiere"), 3, 3, 1},
		{"wrong type and partial span", spanFinder("LOC", "Anna Bianchi", "ORG", "Comitato"), 2, 0, 0},
		{"split names", spanFinder("PER", "Marco Verdi", "PER", "Rosa Neri", "PER", "Marco Verdi Rosa Neri"), 3, 2, 2},
		{"other types ignored", spanFinder("MISC", "Lucca"), 0, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := EvaluateKIND(strings.NewReader(b), "fixture", tc.find)
			require.NoError(t, err)
			assert.Equal(t, 7, res.Overall.Gold)
			assert.Equal(t, tc.system, res.Overall.System)
			assert.Equal(t, tc.correct, res.Overall.Correct)
			assert.Equal(t, tc.per, res.ByType["PER"].Correct)
			assert.Equal(t, 3, res.ByType["PER"].Gold)
			assert.Len(t, res.Missed, 7-tc.correct)
			assert.Contains(t, res.String(), "fixture: 2 sentences, 30 tokens")
		})
	}
}

func TestReadKINDErrorsNameTheLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Roma\tLOC\nnotab\n", "f.tsv:2: want token<TAB>tag"},
		{"Roma\tLOC\n\nX\tB-\n", "f.tsv:3: bad tag"},
		{"a\tb\tc\n", "f.tsv:1: want token<TAB>tag"},
	} {
		_, err := ReadKIND(strings.NewReader(tc.in), "f.tsv")
		require.Error(t, err)
		assert.Contains(t, err.Error(), tc.want)
	}
}

func TestSpaceBefore(t *testing.T) {
	for _, tc := range []struct {
		prev, cur string
		want      bool
	}{
		{"Roma", ",", false}, {"dell'", "Ucraina", false}, {"dell’", "Ucraina", false},
		{"«", "Noi", false}, {"(", "CO", false}, {"CO", ")", false}, {"Roma", "e", true},
		{"'", "Roma", true}, {"detto", "»", false},
	} {
		assert.Equal(t, tc.want, spaceBefore(tc.prev, tc.cur), "%q %q", tc.prev, tc.cur)
	}
}

func TestReadKINDGroupsDocuments(t *testing.T) {
	var b strings.Builder
	for i := 0; i < KINDDocSentences+3; i++ {
		b.WriteString("Roma\tLOC\n.\tO\n\n")
	}
	docs, err := ReadKIND(strings.NewReader(b.String()), "x")
	require.NoError(t, err)
	require.Len(t, docs, 2)
	assert.Len(t, docs[0].Sentences, KINDDocSentences)
	assert.Len(t, docs[1].Gold, 3)
}
