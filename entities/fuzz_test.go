package entities

import (
	"testing"

	"github.com/tribuna-nlp/tribuna/internal/sample"
)

// FuzzFind checks that Find never panics and that its mentions have valid,
// ordered, non-overlapping offsets with text[Start:End] == Text, on any
// input, including invalid UTF-8; and that role mentions are valid spans.
func FuzzFind(f *testing.F) {
	for _, s := range []string{sample.Article, "", "l’", "dell'Ucraina", "Cina-Russia", "\xff\xfeRoma",
		"Il presidente cinese Xi", "S.p.A. (CCT)", "Di Pietro", "il ministro degli Esteri"} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, text string) {
		ms := g.Find(text, nil)
		checkMentions(t, text, ms)
		for _, m := range g.Roles(text, nil, ms) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text || m.Entry == nil {
				t.Fatalf("bad role mention %+v", m)
			}
		}
	})
}
