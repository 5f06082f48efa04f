package quotes

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tribuna-nlp/tribuna/internal/eval"
	"github.com/tribuna-nlp/tribuna/internal/sample"
)

func TestArticleDebug(t *testing.T) {
	for _, q := range Extract(sample.Article) {
		b, _ := json.Marshal(q)
		t.Log(string(b))
	}
}

func readArticleGold(t *testing.T) eval.QuoteDoc {
	f, err := os.Open("../testdata/gold/article.quotes.json")
	require.NoError(t, err)
	defer f.Close()
	d, err := eval.ReadQuoteDoc(f, "article.quotes.json", sample.Article)
	require.NoError(t, err)
	return d
}

var _ = assert.Equal
