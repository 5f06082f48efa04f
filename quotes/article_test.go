package quotes

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tribuna-nlp/tribuna/internal/eval"
	"github.com/tribuna-nlp/tribuna/internal/sample"
)

// TestArticle checks the 14 quotes of the sample article: span, kind and speakers.
func TestArticle(t *testing.T) {
	tests := []struct {
		start, end int
		kind       Kind
		speakers   []string
		cue        string
	}{
		{134, 154, Partial, []string{"Vladimir Putin", "Xi Jinping"}, "hanno definito"},
		{319, 329, Partial, []string{"Xi Jinping"}, "ha promesso"},
		{417, 445, Partial, []string{"Xi Jinping"}, "affermando"},
		{728, 830, Direct, []string{"Xi Jinping"}, "ha detto"},
		{954, 1135, Direct, []string{"Xi Jinping"}, ""},
		{1182, 1335, Indirect, []string{"Xi Jinping"}, "ha detto"},
		{1380, 1469, Partial, []string{"Xi Jinping"}, "ha dichiarato"},
		{1630, 1701, Partial, []string{"Xi Jinping"}, "ha aggiunto"},
		{1757, 1769, Partial, []string{"Cina", "Russia"}, "hanno dichiarato"},
		{2240, 2441, Direct, []string{"Vladimir Putin"}, "ha detto"},
		{2465, 2719, Direct, []string{"Vladimir Putin"}, ""},
		{3009, 3089, Indirect, []string{"Yuri Ushakov"}, "ha detto"},
		{3239, 3251, Partial, []string{"Vladimir Putin", "Xi Jinping"}, "hanno dichiarato"},
		{4445, 4660, Indirect, []string{"Dipartimento del Tesoro"}, "ha annunciato"},
	}
	got := Extract(sample.Article)
	require.Len(t, got, len(tests))
	for i, tt := range tests {
		q := got[i]
		assert.Equal(t, tt.start, q.Start, "quote %d start", i)
		assert.Equal(t, tt.end, q.End, "quote %d end", i)
		assert.Equal(t, sample.Article[q.Start:q.End], q.Text)
		assert.Equal(t, tt.kind, q.Kind, "quote %d kind", i)
		var names []string
		for _, s := range q.Speakers {
			names = append(names, s.Name)
		}
		assert.True(t, eval.SpeakersMatch(tt.speakers, names), "quote %d speakers %v, want %v", i, names, tt.speakers)
		if tt.cue != "" {
			assert.Equal(t, tt.cue, q.Cue, "quote %d cue", i)
		}
	}
	// Details the reference gives.
	assert.Equal(t, "Putin", got[3].Addressee)
	assert.Equal(t, "Vladimir Putin", got[5].Addressee)
	assert.Equal(t, "i media statali cinesi", got[2].Source)
	assert.Contains(t, got[6].Source, "China Central Television")
	require.NotNil(t, got[12].Mention)
	assert.Equal(t, "I due leader", got[12].Mention.Text)
	assert.Nil(t, got[4].Mention, "a quote alone in its paragraph has no mention")
}

// TestArticleGold scores the sample article against its gold file.
func TestArticleGold(t *testing.T) {
	f, err := os.Open("../testdata/gold/article.quotes.json")
	require.NoError(t, err)
	defer f.Close()
	d, err := eval.ReadQuoteDoc(f, "article.quotes.json", sample.Article)
	require.NoError(t, err)
	sc := eval.ScoreQuotes([]eval.QuoteDoc{d}, systemQuotes)
	for _, e := range sc.Errors {
		t.Log(e)
	}
	assert.Equal(t, 1.0, sc.DirectPartial.F1())
	assert.Equal(t, 1.0, sc.Indirect.F1())
	assert.Equal(t, 1.0, sc.SpeakerAccuracy())
	assert.Equal(t, 1.0, sc.IndirectSpeakerAccuracy())
}
