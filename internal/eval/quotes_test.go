package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const quoteFixture = `{"id": "a", "text": "«Ciao a tutti», ha detto Rossi. Bianchi ha detto che piove.", "quotes": [` +
	`{"text": "Ciao a tutti", "start": 2, "end": 14, "kind": "direct", "speaker": ["Mario Rossi"]},` +
	`{"text": "piove", "start": 55, "end": 60, "kind": "indirect", "speaker": ["Bianchi"]}]}
{"id": "b", "text": "Il libro «Cuore» e il «cosiddetto» caso.", "quotes": []}
`

func TestReadQuoteDocs(t *testing.T) {
	docs, err := ReadQuoteDocs(strings.NewReader(quoteFixture), "fix.jsonl")
	require.NoError(t, err)
	require.Len(t, docs, 2)
	assert.Equal(t, "a", docs[0].ID)
	assert.Equal(t, []string{"Mario Rossi"}, docs[0].Quotes[0].Speakers)
}

func TestReadQuoteDocsErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"broken json", "{\"id\": \"a\"\n", "fix.jsonl:1"},
		{"bad offsets", quoteFixture + `{"id": "c", "text": "abc", "quotes": [{"text": "x", "start": 1, "end": 9, "kind": "direct"}]}` + "\n", "fix.jsonl:3"},
		{"text mismatch", `{"id": "c", "text": "abc", "quotes": [{"text": "x", "start": 0, "end": 1, "kind": "direct"}]}`, "fix.jsonl:1"},
		{"invalid utf-8", "\n\n{\"id\": \"\xff\"}\n", "fix.jsonl:3: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadQuoteDocs(strings.NewReader(tt.input), "fix.jsonl")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestReadQuoteDoc(t *testing.T) {
	text := "«Sì», ha detto Rossi."
	d, err := ReadQuoteDoc(strings.NewReader(`{"doc": "x.txt", "quotes": [{"text": "Sì", "start": 2, "end": 5, "kind": "direct", "speaker": ["Rossi"]}]}`), "x.quotes.json", text)
	require.NoError(t, err)
	assert.Equal(t, text, d.Text)
	_, err = ReadQuoteDoc(strings.NewReader(`{"quotes": [{"text": "No", "start": 2, "end": 5}]}`), "x.quotes.json", text)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "x.quotes.json")
}

func TestNamesMatch(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Putin", "Vladimir Putin", true},
		{"Xi", "Xi Jinping", true},
		{"il premier", "Il premier", true},
		{"Degasperi", "Alcide De Gasperi", true},
		{"Rossi", "Mario Bianchi", false},
		{"Mario", "Mario Rossi", true},
		{"", "Rossi", false},
		{"gli esponenti del centro-destra", "esponenti del centro-destra", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, NamesMatch(tt.a, tt.b), "%q vs %q", tt.a, tt.b)
	}
	assert.True(t, SpeakersMatch([]string{"Putin", "Xi"}, []string{"Xi Jinping", "Vladimir Putin"}))
	assert.False(t, SpeakersMatch([]string{"Putin", "Xi"}, []string{"Vladimir Putin"}))
	assert.True(t, SpeakersMatch(nil, nil))
}

func TestSpanOverlap(t *testing.T) {
	assert.InDelta(t, 1.0, SpanOverlap(0, 10, 0, 10), 1e-9)
	assert.InDelta(t, 0.8, SpanOverlap(0, 10, 0, 8), 1e-9)
	assert.InDelta(t, 0.0, SpanOverlap(0, 10, 10, 20), 1e-9)
	assert.InDelta(t, 0.5, SpanOverlap(0, 10, 5, 15), 1e-9)
}

func TestScoreQuotes(t *testing.T) {
	docs, err := ReadQuoteDocs(strings.NewReader(quoteFixture), "fix.jsonl")
	require.NoError(t, err)
	// A fake extractor: the direct quote with a surname, a partial title, no indirect.
	extract := func(text string) []SystemQuote {
		if strings.HasPrefix(text, "«Ciao") {
			return []SystemQuote{{Start: 2, End: 14, Kind: "direct", Speakers: []string{"Rossi"}}}
		}
		return []SystemQuote{{Start: 11, End: 16, Kind: "partial"}}
	}
	sc := ScoreQuotes(docs, extract)
	assert.Equal(t, PRF{Gold: 1, System: 2, Correct: 1}, sc.DirectPartial)
	assert.Equal(t, PRF{Gold: 1, System: 0, Correct: 0}, sc.Indirect)
	assert.Equal(t, PRF{Gold: 1, System: 1, Correct: 1}, *sc.ByKind["direct"])
	assert.Equal(t, 1.0, sc.SpeakerAccuracy())
	assert.NotEmpty(t, sc.Errors)

	spans, err := ReadNonSpeech(strings.NewReader(`{"id": "b", "text": "Cuore", "start": 11, "end": 16, "type": "title"}`+"\n"), "ns.jsonl")
	require.NoError(t, err)
	bad := CheckNonSpeech(docs, spans, extract)
	require.Len(t, bad, 1)
	assert.Equal(t, "Cuore", bad[0].Text)
}
