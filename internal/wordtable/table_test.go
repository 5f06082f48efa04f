package wordtable

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

func TestBuild(t *testing.T) {
	text := "Il presidente dell’Ucraina, Zelensky, ha detto: «Nel 2022 l'ONU tacque».\nMosca-Kiev per e-mail."
	var tb Table
	tb.Build(text, tokenize.Tokens(text))
	require.Len(t, tb.Words, len(tb.Tokens))
	type row struct {
		key   string
		flags word.Flags
	}
	var got []row
	for i, w := range tb.Words {
		got = append(got, row{tb.Keys[i], w.Flags})
	}
	L, C, S := word.Letter, word.Cap, word.SentStart
	assert.Equal(t, []row{
		{"il", L | C | S}, {"presidente", L}, {"dell'", L | word.Elided}, {"ucraina", L | C}, {",", 0},
		{"zelensky", L | C}, {",", 0}, {"ha", L}, {"detto", L}, {":", 0}, {"«", 0}, {"nel", L | C | S},
		{"2022", word.Digit | word.YearFlag}, {"l'", L | word.Elided}, {"onu", L | C | word.AllCaps}, {"tacque", L},
		{"»", 0}, {".", 0}, {"mosca", L | C | S}, {"-", 0}, {"kiev", L | C | S}, {"per", L}, {"e-mail", L | word.Inner}, {".", 0},
	}, got)
	for i, w := range tb.Words {
		assert.Equal(t, word.Hash(tb.Keys[i]), w.Hash, tb.Keys[i])
		assert.Equal(t, word.Fold(tb.Tokens[i].Text), tb.Keys[i])
		assert.Equal(t, word.Lookup(tb.Keys[i], w.Hash), w.ID, tb.Keys[i])
	}
	assert.True(t, word.ClassesOf(tb.Words[0].ID).Has(word.Grammar, word.DefArticle))
	assert.Equal(t, word.NoID, tb.Words[1].ID)
	assert.Equal(t, []int{2022}, tb.Years())
}

func TestBuildReuse(t *testing.T) {
	var tb Table
	text := sample.Article
	toks := tokenize.Tokens(text)
	tb.Build(text, toks)
	first := append([]word.Word(nil), tb.Words...)
	firstKeys := append([]string(nil), tb.Keys...)
	tb.Build("Roma", tokenize.Tokens("Roma"))
	require.Len(t, tb.Words, 1)
	tb.Build(text, toks)
	assert.Equal(t, first, tb.Words)
	assert.Equal(t, firstKeys, tb.Keys)
	allocs := testing.AllocsPerRun(20, func() { tb.Build(text, toks) })
	assert.LessOrEqual(t, allocs, 1.0, "one string for the document's keys")
	tb.Release()
	assert.Empty(t, tb.Words)
	assert.Empty(t, tb.Text)
}

func BenchmarkBuild(b *testing.B) {
	text := sample.Article
	toks := tokenize.Tokens(text)
	var tb Table
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for range b.N {
		tb.Build(text, toks)
	}
	b.ReportMetric(float64(len(toks)), "tokens")
}
