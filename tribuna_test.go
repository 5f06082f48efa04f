package tribuna_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/quotes"
)

func TestAnalyzeSampleArticle(t *testing.T) {
	d := tribuna.Analyze(sample.Article)
	require.Len(t, d.Sentences, 22)
	require.NotEmpty(t, d.Tokens)
	n := 0
	for _, s := range d.Sentences {
		require.NotEmpty(t, s.Tokens)
		assert.Equal(t, s.Tokens[0].Start, s.Start)
		assert.Equal(t, s.Tokens[len(s.Tokens)-1].End, s.End)
		n += len(s.Tokens)
	}
	assert.Equal(t, len(d.Tokens), n, "sentences partition the tokens")
	for i, tk := range d.Tokens {
		require.Equal(t, sample.Article[tk.Start:tk.End], tk.Text)
		if i > 0 {
			require.LessOrEqual(t, d.Tokens[i-1].End, tk.Start)
		}
	}
	for _, m := range d.Entities {
		require.Equal(t, sample.Article[m.Start:m.End], m.Text)
		require.NotNil(t, m.Entry)
	}
}

func TestStepsCanBeTurnedOff(t *testing.T) {
	a := tribuna.New(tribuna.WithSteps(0))
	d := a.Analyze(sample.Article)
	assert.Len(t, d.Sentences, 22)
	assert.Nil(t, d.Stems)
	assert.Nil(t, d.Entities)
}

func TestDocumentJSON(t *testing.T) {
	d := tribuna.Analyze("Xi Jinping è arrivato a Mosca.")
	b, err := json.Marshal(d)
	require.NoError(t, err)
	var m map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(b, &m))
	for _, k := range []string{"text", "sentences", "tokens", "entities", "quotes"} {
		assert.Contains(t, m, k)
	}
	assert.NotContains(t, m, "id", "no id unless one is set")
	assert.Contains(t, string(m["tokens"]), `{"text":"Xi","start":0,"end":2,"kind":"word"`)
	assert.Contains(t, string(m["sentences"]), `[{"start":0,"end":31}]`)
}

func TestAnalyzeEdgeCases(t *testing.T) {
	for _, text := range []string{"", " \n\t ", "\xff\xfe«««", strings.Repeat("“", 1000), "a\x00b"} {
		d := tribuna.Analyze(text)
		for _, tk := range d.Tokens {
			require.Equal(t, text[tk.Start:tk.End], tk.Text)
		}
	}
}

func TestAnalyzerIsSafeForConcurrentUse(t *testing.T) {
	a := tribuna.New()
	want, err := json.Marshal(a.Analyze(sample.Article))
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				got, err := json.Marshal(a.Analyze(sample.Article))
				assert.NoError(t, err)
				assert.Equal(t, string(want), string(got))
			}
		}()
	}
	wg.Wait()
}

func BenchmarkAnalyze(b *testing.B) {
	text := strings.Repeat(sample.Article+"\n\n", 20)
	a := tribuna.New()
	a.Analyze(text) // load the gazetteer outside the timing
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		a.Analyze(text)
	}
}

// BenchmarkAnalyzeArticle analyzes one news article (the 4.6 KB sample) per
// call, as a service analyzing articles one by one does.
func BenchmarkAnalyzeArticle(b *testing.B) {
	a := tribuna.New()
	a.Analyze(sample.Article)
	b.ReportAllocs()
	b.SetBytes(int64(len(sample.Article)))
	b.ResetTimer()
	for range b.N {
		a.Analyze(sample.Article)
	}
}

// BenchmarkAnalyzeNews runs Analyze on real news: the texts of the quotes
// development set in ../shared/data (Italian Wikinews by way of KIND, CC BY
// 2.5), one document each, as a batch would. It is skipped where the shared
// data is absent; the repeated sample article of BenchmarkAnalyze is denser
// in names and quotes than most news.
func BenchmarkAnalyzeNews(b *testing.B) {
	f, err := os.Open("../shared/data/quotes/dev.jsonl")
	if err != nil {
		b.Skip(err)
	}
	defer f.Close()
	var texts []string
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var doc struct{ Text string }
		require.NoError(b, json.Unmarshal(sc.Bytes(), &doc))
		texts = append(texts, doc.Text)
		size += len(doc.Text)
	}
	require.NoError(b, sc.Err())
	a := tribuna.New()
	a.Analyze(texts[0])
	b.ReportAllocs()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, t := range texts {
			a.Analyze(t)
		}
	}
}

// BenchmarkAnalyzeSteps shows what each step costs: tokens and sentences
// only, then with stems, entities, and everything.
func BenchmarkAnalyzeSteps(b *testing.B) {
	text := strings.Repeat(sample.Article+"\n\n", 20)
	for _, c := range []struct {
		name  string
		steps tribuna.Steps
	}{
		{"tokens", 0},
		{"stems", tribuna.StepStems},
		{"entities", tribuna.StepEntities},
		{"quotes", tribuna.StepEntities | tribuna.StepQuotes},
		{"all", tribuna.AllSteps},
	} {
		b.Run(c.name, func(b *testing.B) {
			a := tribuna.New(tribuna.WithSteps(c.steps))
			a.Analyze(text)
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			b.ResetTimer()
			for range b.N {
				a.Analyze(text)
			}
		})
	}
}

// FuzzAnalyze checks the invariants of the whole pipeline on any input:
// every span is a slice of the text, tokens are in order and do not overlap,
// entities are in order and do not overlap, quotes are in bounds.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{sample.Article, "", "«««", "l’a", "\xff“ha detto”\xfe", "Xi: «A – ha detto – B»"} {
		f.Add(s)
	}
	a := tribuna.New()
	f.Fuzz(func(t *testing.T, text string) {
		d := a.Analyze(text)
		for i, tk := range d.Tokens {
			require.Equal(t, text[tk.Start:tk.End], tk.Text)
			if i > 0 {
				require.LessOrEqual(t, d.Tokens[i-1].End, tk.Start)
			}
		}
		for i, m := range d.Entities {
			require.Equal(t, text[m.Start:m.End], m.Text)
			if i > 0 {
				require.LessOrEqual(t, d.Entities[i-1].End, m.Start)
			}
		}
		for _, q := range d.Quotes {
			require.Equal(t, text[q.Start:q.End], q.Text)
			if q.Mention != nil {
				require.Equal(t, text[q.Mention.Start:q.Mention.End], q.Mention.Text)
			}
		}
		_, err := json.Marshal(d)
		require.NoError(t, err)
	})
}

// TestAppendJSONMatchesEncodingJSON checks the hand-written encoder against
// encoding/json on the sample article and on strings that need escaping.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	for _, text := range []string{sample.Article, "a\"b\\c\n\t\r\x01<>&\u2028\u2029 «Putin» \xff\xfe fine", ""} {
		d := tribuna.Analyze(text)
		d.ID = "doc \"1\""
		got, err := d.AppendJSON(nil)
		require.NoError(t, err)
		require.True(t, json.Valid(got))

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
			ID        string          `json:"id"`
			Text      string          `json:"text"`
			Sentences []span          `json:"sentences"`
			Tokens    []tok           `json:"tokens"`
			Entities  []ent           `json:"entities"`
			Quotes    json.RawMessage `json:"quotes"`
		}
		ref.ID, ref.Text = d.ID, d.Text
		ref.Sentences, ref.Tokens, ref.Entities = []span{}, []tok{}, []ent{}
		for _, s := range d.Sentences {
			ref.Sentences = append(ref.Sentences, span{s.Start, s.End})
		}
		for i, tk := range d.Tokens {
			ref.Tokens = append(ref.Tokens, tok{tk.Text, tk.Start, tk.End, tk.Kind.String(), d.Stems[i]})
		}
		for _, m := range d.Entities {
			ref.Entities = append(ref.Entities, ent{m.Text, m.Start, m.End, string(m.Type), m.Entry.Name, m.Entry.ID, m.Via})
		}
		qs := d.Quotes
		if qs == nil {
			qs = []quotes.Quote{}
		}
		ref.Quotes, err = json.Marshal(qs)
		require.NoError(t, err)
		want, err := json.Marshal(ref)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got))
	}
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
