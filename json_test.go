package tribuna_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/quotes"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// jsonTexts are texts whose JSON needs every kind of escaping, and characters
// of one, two, three and four UTF-8 bytes (four: two UTF-16 units).
var jsonTexts = []string{
	sample.Article,
	"a\"b\\c\n\t\r\x01<>&\u2028\u2029 «Putin» \xff\xfe fine",
	"",
	"😀 «Siamo pronti 🇮🇹», ha detto Giorgia Meloni a Bruxelles. La premier è già a Roma. 𝔸 Xi Jinping e il presidente cinese.",
}

// reference is the document's JSON as encoding/json writes it from plain
// structs: the hand-written encoder must give the same bytes.
func reference(t *testing.T, d *tribuna.Document) string {
	type tok struct {
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Kind  string `json:"kind"`
		Stem  string `json:"stem,omitempty"`
	}
	type ent struct {
		Text  string `json:"text"`
		Start int    `json:"start"`
		End   int    `json:"end"`
		Type  string `json:"type"`
		Name  string `json:"name"`
		ID    string `json:"id,omitempty"`
		Via   string `json:"via"`
	}
	type span struct {
		Start int `json:"start"`
		End   int `json:"end"`
	}
	var ref struct {
		ID        string         `json:"id,omitempty"`
		Date      string         `json:"date,omitempty"`
		Text      string         `json:"text"`
		Sentences []span         `json:"sentences"`
		Tokens    []tok          `json:"tokens"`
		Entities  []ent          `json:"entities"`
		Roles     []ent          `json:"roles"`
		Quotes    []quotes.Quote `json:"quotes"`
	}
	ref.ID, ref.Text = d.ID, d.Text
	if !d.Date.IsZero() {
		ref.Date = d.Date.Format(time.DateOnly)
	}
	ref.Sentences, ref.Tokens, ref.Entities, ref.Roles, ref.Quotes = []span{}, []tok{}, []ent{}, []ent{}, []quotes.Quote{}
	for _, s := range d.Sentences {
		ref.Sentences = append(ref.Sentences, span{s.Start, s.End})
	}
	for i, tk := range d.Tokens {
		ref.Tokens = append(ref.Tokens, tok{tk.Text, tk.Start, tk.End, tk.Kind.String(), d.Stems[i]})
	}
	for _, m := range d.Entities {
		ref.Entities = append(ref.Entities, ent{m.Text, m.Start, m.End, string(m.Type), m.Entry.Name, m.Entry.ID, m.Via.String()})
	}
	for _, m := range d.Roles {
		ref.Roles = append(ref.Roles, ent{m.Text, m.Start, m.End, string(m.Type), m.Entry.Name, m.Entry.ID, m.Via.String()})
	}
	for _, q := range d.Quotes {
		if q.Speakers == nil {
			q.Speakers = []quotes.Speaker{} // the encoder writes [] for none
		}
		ref.Quotes = append(ref.Quotes, q)
	}
	want, err := json.Marshal(ref)
	require.NoError(t, err)
	return string(want)
}

func TestJSONMatchesEncodingJSON(t *testing.T) {
	for _, text := range jsonTexts {
		d := tribuna.New().AnalyzeAt(text, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
		d.ID = "doc \"1\""
		got, err := d.AppendJSON(nil)
		require.NoError(t, err)
		require.True(t, json.Valid(got))
		assert.Equal(t, reference(t, d), string(got))
		viaMarshal, err := json.Marshal(d)
		require.NoError(t, err)
		assert.Equal(t, string(got), string(viaMarshal))
	}
}

func TestJSONFields(t *testing.T) {
	d := tribuna.Analyze("«Siamo pronti», ha detto la premier Giorgia Meloni a Bruxelles.")
	for _, c := range []struct {
		fields string
		keys   []string
	}{
		{"all", []string{"text", "sentences", "tokens", "entities", "roles", "quotes"}},
		{"entities,quotes", []string{"entities", "quotes"}},
		{"stems", []string{"tokens"}},
		{" text , roles", []string{"text", "roles"}},
	} {
		t.Run(c.fields, func(t *testing.T) {
			fs, err := tribuna.ParseFields(c.fields)
			require.NoError(t, err)
			var m map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(tribuna.JSONFormat{Fields: fs}.Append(nil, d), &m))
			var keys []string
			for k := range m {
				keys = append(keys, k)
			}
			assert.ElementsMatch(t, c.keys, keys)
		})
	}
	fs, _ := tribuna.ParseFields("tokens")
	assert.NotContains(t, string(tribuna.JSONFormat{Fields: fs}.Append(nil, d)), `"stem"`)
	fs, _ = tribuna.ParseFields("stems")
	assert.Contains(t, string(tribuna.JSONFormat{Fields: fs}.Append(nil, d)), `"stem":"pront"`)
	_, err := tribuna.ParseFields("entities,speakers")
	assert.EqualError(t, err, `unknown field "speakers" (want some of text, sentences, tokens, stems, entities, roles, quotes, all)`)
	assert.Equal(t, tribuna.StepEntities|tribuna.StepQuotes, (tribuna.FieldEntities | tribuna.FieldQuotes).Steps())
}

// TestJSONOffsets checks every span of the JSON by slicing the text as
// Python (code points) and JavaScript (UTF-16 units) would. An invalid UTF-8
// byte is one code point and one UTF-16 unit: the U+FFFD that replaces it.
func TestJSONOffsets(t *testing.T) {
	type span struct {
		Text       string
		Start, End int
	}
	type quote struct {
		span
		Mention *span `json:"speaker_mention"`
	}
	var doc struct {
		Text      string
		Sentences []span
		Tokens    []span
		Entities  []span
		Roles     []span
		Quotes    []quote
	}
	for _, text := range []string{jsonTexts[1], jsonTexts[3]} {
		d := tribuna.Analyze(text)
		for _, unit := range []tribuna.Offsets{tribuna.ByteOffsets, tribuna.RuneOffsets, tribuna.UTF16Offsets} {
			if unit == tribuna.ByteOffsets && !utf8.ValidString(text) {
				continue // the JSON text has U+FFFD, three bytes, for each invalid byte
			}
			require.NoError(t, json.Unmarshal(tribuna.JSONFormat{Offsets: unit}.Append(nil, d), &doc))
			slice := func(s, e int) string { return doc.Text[s:e] }
			switch unit {
			case tribuna.RuneOffsets:
				rs := []rune(doc.Text)
				slice = func(s, e int) string { return string(rs[s:e]) }
			case tribuna.UTF16Offsets:
				us := utf16.Encode([]rune(doc.Text))
				slice = func(s, e int) string { return string(utf16.Decode(us[s:e])) }
			}
			spans := append(append(append([]span{}, doc.Tokens...), doc.Entities...), doc.Roles...)
			for _, q := range doc.Quotes {
				spans = append(spans, q.span)
				if q.Mention != nil {
					spans = append(spans, *q.Mention)
				}
			}
			require.NotEmpty(t, spans)
			for _, s := range spans {
				assert.Equal(t, s.Text, slice(s.Start, s.End), "%s %+v", unit, s)
			}
			for i, s := range doc.Sentences {
				assert.Equal(t, strings.TrimSpace(slice(s.Start, s.End)), slice(s.Start, s.End), "%s sentence %d", unit, i)
			}
		}
	}
}

// TestJSONOffsetsLongText goes back and forth over a text longer than the
// offset counter's checkpoints (quotes' speaker mentions before the quote).
func TestJSONOffsetsLongText(t *testing.T) {
	text := strings.Repeat("È già “così” 😀, ha detto Giorgia Meloni: «Avanti». ", 500)
	d := tribuna.Analyze(text)
	var doc struct {
		Text   string
		Quotes []struct {
			Text       string
			Start, End int
			Mention    *struct {
				Text       string
				Start, End int
			} `json:"speaker_mention"`
		}
	}
	require.NoError(t, json.Unmarshal(tribuna.JSONFormat{Offsets: tribuna.UTF16Offsets}.Append(nil, d), &doc))
	us := utf16.Encode([]rune(doc.Text))
	require.Len(t, doc.Quotes, 500)
	for _, q := range doc.Quotes {
		require.Equal(t, q.Text, string(utf16.Decode(us[q.Start:q.End])))
		require.NotNil(t, q.Mention)
		require.Equal(t, q.Mention.Text, string(utf16.Decode(us[q.Mention.Start:q.Mention.End])))
	}
}

func TestParseOffsets(t *testing.T) {
	for _, s := range []string{"bytes", "runes", "utf16"} {
		o, err := tribuna.ParseOffsets(s)
		require.NoError(t, err)
		assert.Equal(t, s, o.String())
	}
	_, err := tribuna.ParseOffsets("utf8")
	assert.EqualError(t, err, `unknown offsets "utf8" (want bytes, runes or utf16)`)
}

func BenchmarkMarshalJSON(b *testing.B) {
	d := tribuna.Analyze(sample.Article)
	b.ReportAllocs()
	b.SetBytes(int64(len(sample.Article)))
	var buf []byte
	for range b.N {
		buf, _ = d.AppendJSON(buf[:0])
	}
}

func TestAppendInt(t *testing.T) {
	for _, n := range []int{0, 7, 9, 10, 42, 99, 100, 101, 999, 1000, 12345, 999999999, 1e9, 1234567890123, -1, -42} {
		fd, _ := json.Marshal(map[string]int{"n": n})
		got := tribuna.JSONFormat{Fields: tribuna.FieldSentences}.Append(nil, &tribuna.Document{Sentences: []tokenize.Sentence{{Start: n, End: n}}})
		assert.Contains(t, string(got), strings.TrimSuffix(strings.TrimPrefix(string(fd), `{"n":`), "}")+`,"end":`, n)
	}
}
