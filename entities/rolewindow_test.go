package entities

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// rolesFullScan is Roles reading every token, as it did before it read only
// the windows around role words: the two must agree.
func rolesFullScan(g *Gazetteer, text string, toks []tokenize.Token, ms []Mention, at *atState) []Mention {
	rs := roleScan{g: g, text: text, toks: toks, us: makeUnits(text, toks), ms: ms, at: at}
	for k := range rs.us {
		g.index.classify(&rs.us[k], word.Lex())
	}
	for i := 0; i < len(rs.us); i++ {
		if _, n := rs.roleAt(i); n > 0 {
			i += n - 1
		}
	}
	return rs.found
}

// TestRolesWindowsLoseNothing checks that reading only the windows around
// role words finds what reading every token finds, on the sample article,
// on role phrases of every shape and, when ../shared/data is there, on the
// quotes development set and KIND's Wikinews and De Gasperi sentences.
func TestRolesWindowsLoseNothing(t *testing.T) {
	texts := []string{
		sample.Article,
		"Il Cremlino ha negato. La premier Giorgia Meloni ha parlato; poi l’ex-premier ha votato. La prima ministra Giorgia Meloni. " +
			"Il ministro degli Esteri Antonio Tajani e il capo del Cremlino sono arrivati. Il presidente francese Emmanuel Macron, " +
			"il suo omologo russo, il presidente della Repubblica Sergio Mattarella e il capo dello Stato. Xi Jinping e il presidente della Cina.",
	}
	if b, err := os.ReadFile("../../shared/data/quotes/dev.jsonl"); err == nil {
		for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var doc struct{ Text string }
			require.NoError(t, json.Unmarshal([]byte(l), &doc))
			texts = append(texts, doc.Text)
		}
	}
	for _, name := range []string{"wikinews_train.tsv", "degasperi_train.tsv"} {
		texts = append(texts, kindTexts(t, "../../shared/data/kind/"+name)...)
	}
	g := Default()
	found := 0
	for _, text := range texts {
		toks := tokenize.Tokens(text)
		ms := g.Find(text, toks)
		want := rolesFullScan(g, text, toks, ms, nil)
		found += len(want)
		assert.Equal(t, brief(want), brief(g.Roles(text, toks, ms)), text)
		day := time.Date(2019, 6, 1, 0, 0, 0, 0, time.UTC)
		want = rolesFullScan(g, text, toks, ms, &atState{date: DateOf(day)})
		assert.Equal(t, brief(want), brief(g.RolesAt(text, toks, ms, day)), text)
	}
	t.Logf("%d texts, %d role mentions", len(texts), found)
	if len(texts) > 2 {
		assert.Greater(t, found, 15)
	} else {
		assert.Greater(t, found, 8, "without ../shared/data: the sample article and the phrases above")
	}
}

// kindTexts joins the tokens of a KIND file into texts of 20 sentences;
// none when the file is absent.
func kindTexts(t *testing.T, path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var texts []string
	var sb strings.Builder
	n := 0
	for _, l := range strings.Split(string(b), "\n") {
		tok, _, _ := strings.Cut(l, "\t")
		if tok == "" {
			if n++; n%20 == 0 {
				texts = append(texts, sb.String())
				sb.Reset()
			}
			continue
		}
		sb.WriteString(tok + " ")
	}
	require.NotEmpty(t, texts)
	return append(texts, sb.String())
}

func TestOpensRole(t *testing.T) {
	for w, want := range map[string]bool{
		"presidente": true, "Presidente": true, "PREMIER": true, "ex-premier": true, "omologo": true,
		"ministra": true, "re": true, "capo": true,
		"primo": false, "prima": false, "presidenti": false, "capò": false, "èpresidente": false,
		"presidenteè": false, "ex‑premier": true, "vice-Presidente": true, "Roma": false, "": false, "a": false, "vicepresidentessa": false,
	} {
		assert.Equal(t, want, opensRole(w), w)
	}
	for w := range roleStarts {
		assert.Equal(t, !nonOpeners[w], opensRole(w), w)
		assert.LessOrEqual(t, len(w), 16, "roleOpeners holds words of up to 16 letters")
	}
}

func BenchmarkRoleWindows(b *testing.B) {
	text := strings.Repeat(sample.Article+"\n\n", 20)
	toks := tokenize.Tokens(text)
	ms := Default().Find(text, toks)
	var win []tokenize.Token
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for range b.N {
		win = roleWindows(text, toks, ms, win[:0])
	}
	b.ReportMetric(float64(len(win))/float64(len(toks)), "kept/token")
}
