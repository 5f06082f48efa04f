package aggregate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/internal/sample"
)

func sampleDoc(t *testing.T) *tribuna.Document {
	t.Helper()
	return tribuna.Analyze(sample.Article)
}

func TestFromDocumentSampleArticle(t *testing.T) {
	sp, en := FromDocument(sampleDoc(t))
	speakers := map[string]Speaker{}
	for _, s := range sp {
		speakers[s.Name] = s
	}
	// The article's gold quotes: nine by Xi (one shared with Putin), four by Putin.
	assert.Equal(t, 9, speakers["Xi Jinping"].Quotes)
	assert.Equal(t, 4, speakers["Vladimir Putin"].Quotes)
	assert.Equal(t, "Q15031", speakers["Xi Jinping"].ID)
	assert.Equal(t, 1, speakers["Yuri Ushakov"].Quotes)
	// «La relazione Cina-Russia oggi…», «La Cina è disposta…», «pronta a lavorare con la Russia…»
	assert.Equal(t, 2, speakers["Xi Jinping"].Entities["Cina"])
	assert.GreaterOrEqual(t, speakers["Xi Jinping"].Entities["Russia"], 2)

	ents := map[string]Entity{}
	for i, e := range en {
		if i > 0 {
			assert.Less(t, en[i-1].Name, e.Name, "sorted, one record per name")
		}
		assert.Equal(t, 1, e.Documents)
		ents[e.Name] = e
	}
	assert.Equal(t, "PER", ents["Xi Jinping"].Type)
	assert.Greater(t, ents["Xi Jinping"].Mentions, 5)
}

func TestFromJSONEqualsFromDocument(t *testing.T) {
	d := sampleDoc(t)
	js, err := d.MarshalJSON()
	require.NoError(t, err)
	sp1, en1 := FromDocument(d)
	sp2, en2, err := FromJSON(js)
	require.NoError(t, err)
	assert.Equal(t, sp1, sp2)
	assert.Equal(t, en1, en2)

	_, _, err = FromJSON([]byte(`{"entity":"Cina","documents":3}`))
	assert.ErrorIs(t, err, ErrNotDocument)
	_, _, err = FromJSON([]byte(`{"text":`))
	assert.Error(t, err)
}

func TestDemonymsAreNotMentions(t *testing.T) {
	d := tribuna.Analyze("«Gli italiani meritano rispetto», ha detto Giorgia Meloni.")
	sp, en := FromDocument(d)
	for _, e := range en {
		assert.NotEqual(t, "Italia", e.Name)
	}
	require.Len(t, sp, 1)
	assert.Equal(t, Speaker{Name: "Giorgia Meloni", ID: sp[0].ID, Quotes: 1, Entities: map[string]int{}}, sp[0])
}

func TestMergeIsOrderFree(t *testing.T) {
	a := Speaker{Name: "X", ID: "Q2", Quotes: 1, Entities: map[string]int{"Cina": 1}}
	b := Speaker{Name: "X", Quotes: 2, Entities: map[string]int{"Cina": 2, "Russia": 1}}
	c := Speaker{Name: "X", ID: "Q1", Quotes: 1}
	want := Speaker{Name: "X", ID: "Q1", Quotes: 4, Entities: map[string]int{"Cina": 3, "Russia": 1}}
	for _, order := range [][]Speaker{{a, b, c}, {c, b, a}, {b, a, c}} {
		got := Speaker{Name: "X"}
		for _, s := range order {
			s.Entities = copyMap(s.Entities)
			got.Merge(s)
		}
		assert.Equal(t, want, got)
	}
	e := Entity{Name: "Roma", Type: "LOC", Documents: 1, Mentions: 2}
	e.Merge(Entity{Name: "Roma", Type: "LOC", ID: "Q220", Documents: 2, Mentions: 3})
	assert.Equal(t, Entity{Name: "Roma", Type: "LOC", ID: "Q220", Documents: 3, Mentions: 5}, e)
}

func copyMap(m map[string]int) map[string]int {
	if m == nil {
		return nil
	}
	c := make(map[string]int, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// Many quotes and mentions in one document: counting stays linear.
func BenchmarkFromDocument(b *testing.B) {
	b.ReportAllocs()
	text := sample.Article
	d := tribuna.Analyze(text)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FromDocument(d)
	}
}

// The analysis the counts follow, for the ratio.
func BenchmarkAnalyzeForRatio(b *testing.B) {
	b.ReportAllocs()
	text := sample.Article
	an := tribuna.New()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		an.Analyze(text)
	}
}
