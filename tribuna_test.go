package tribuna_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/sample"
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

func TestDocumentRoles(t *testing.T) {
	d := tribuna.Analyze(sample.Article)
	var got []string
	for _, m := range d.Roles {
		require.Equal(t, sample.Article[m.Start:m.End], m.Text)
		assert.Equal(t, "role", m.Via.String())
		got = append(got, m.Text+" → "+m.Entry.Name)
	}
	assert.Equal(t, []string{
		"Il presidente cinese → Xi Jinping",
		"il suo omologo russo → Vladimir Putin",
		"il leader russo → Vladimir Putin",
		"Il leader cinese → Xi Jinping",
	}, got)
	for _, m := range d.Entities {
		assert.NotEqual(t, "role", m.Via.String(), "roles are not entities")
	}
	assert.Nil(t, tribuna.New(tribuna.WithSteps(tribuna.StepEntities)).Analyze(sample.Article).Roles)
	only := tribuna.New(tribuna.WithSteps(tribuna.StepRoles)).Analyze(sample.Article)
	assert.Nil(t, only.Entities)
	assert.Equal(t, d.Roles, only.Roles)
}

// TestSurnamesLinkedByRoles: a surname no list holds names the person a role
// of the document resolves to, whichever steps run.
func TestSurnamesLinkedByRoles(t *testing.T) {
	text := "Costa convoca un vertice straordinario. Il presidente del Consiglio europeo vuole un accordo."
	date := time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC)
	for _, steps := range []tribuna.Steps{tribuna.StepEntities, tribuna.AllSteps} {
		d := tribuna.New(tribuna.WithSteps(steps)).AnalyzeAt(text, date)
		require.NotEmpty(t, d.Entities)
		assert.Equal(t, "Costa", d.Entities[0].Text)
		assert.Equal(t, "António Costa", d.Entities[0].Entry.Name, "steps %v", steps)
	}
}

// TestRolesAtDate: a role goes to whoever held it at the document's date,
// given per call or for the Analyzer; per call wins.
func TestRolesAtDate(t *testing.T) {
	text := "Giuseppe Conte e Mario Draghi erano a Palazzo Chigi. Il premier ha parlato."
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		require.NoError(t, err)
		return d
	}
	holder := func(d *tribuna.Document) string {
		require.Len(t, d.Roles, 1)
		return d.Roles[0].Entry.Name
	}
	a := tribuna.New()
	assert.Equal(t, "Giuseppe Conte", holder(a.AnalyzeAt(text, day("2020-03-01"))))
	assert.Equal(t, "Mario Draghi", holder(a.AnalyzeAt(text, day("2022-03-01"))))
	in2020 := tribuna.New(tribuna.WithDate(day("2020-03-01")))
	assert.Equal(t, "Giuseppe Conte", holder(in2020.Analyze(text)))
	assert.Equal(t, day("2020-03-01"), in2020.Analyze(text).Date)
	assert.Equal(t, "Mario Draghi", holder(in2020.AnalyzeAt(text, day("2022-03-01"))))
	assert.True(t, a.Analyze(text).Date.IsZero())
}

func TestMentionsAndCounts(t *testing.T) {
	d := tribuna.Analyze("Xi Jinping è a Mosca. Il presidente cinese ha visto Putin; Xi ha parlato alla stampa russa e a quella cinese.")
	brief := func(ms []entities.Mention) []string {
		var out []string
		for _, m := range ms {
			out = append(out, m.Text+"/"+m.Via.String())
		}
		return out
	}
	assert.Equal(t, []string{"Xi Jinping/name", "Mosca/name", "Putin/alias", "Xi/alias"}, brief(d.Mentions(0)))
	assert.Equal(t, []string{"Xi Jinping/name", "Mosca/name", "cinese/demonym", "Putin/alias", "Xi/alias", "russa/demonym", "cinese/demonym"},
		brief(d.Mentions(tribuna.IncludeDemonyms)))
	assert.Equal(t, []string{"Xi Jinping/name", "Mosca/name", "Il presidente cinese/role", "cinese/demonym", "Putin/alias", "Xi/alias", "russa/demonym", "cinese/demonym"},
		brief(d.Mentions(tribuna.IncludeDemonyms|tribuna.IncludeRoles)), "a role mention comes before the mentions inside it")

	counts := func(inc tribuna.Include) []string {
		var out []string
		for _, c := range d.Counts(inc) {
			out = append(out, fmt.Sprintf("%s %d@%d", c.Entry.Name, c.Mentions, c.First))
		}
		return out
	}
	assert.Equal(t, []string{"Xi Jinping 2@0", "Mosca 1@16", "Vladimir Putin 1@53"}, counts(0))
	assert.Equal(t, []string{"Xi Jinping 3@0", "Mosca 1@16", "Vladimir Putin 1@53"}, counts(tribuna.IncludeRoles))
	assert.Equal(t, []string{"Xi Jinping 2@0", "Cina 2@37", "Mosca 1@16", "Vladimir Putin 1@53", "Russia 1@86"}, counts(tribuna.IncludeDemonyms))
}

func TestStemStopWords(t *testing.T) {
	text := "Il governo della Repubblica"
	assert.Equal(t, []string{"il", "govern", "dell", "repubbl"}, tribuna.Analyze(text).Stems)
	d := tribuna.New(tribuna.WithStemStopWords(false)).Analyze(text)
	assert.Equal(t, []string{"il", "govern", "della", "repubbl"}, d.Stems)
}

func TestUnresolvedRolesAreNotCounted(t *testing.T) {
	d := tribuna.New().AnalyzeAt("Il presidente burkinabé ha parlato con Giorgia Meloni.", time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	require.NotEmpty(t, d.Roles)
	assert.Empty(t, d.Roles[0].Entry.ID, "no holder known")
	for _, c := range d.Counts(tribuna.IncludeRoles) {
		assert.NotEmpty(t, c.Entry.ID, c.Entry.Name)
	}
}
