package entities

import (
	"testing"

	"github.com/tribuna-nlp/tribuna/internal/sample"
)

// FuzzTag checks that Find with a tagger never panics and that its mentions
// are valid, ordered and never overlap (text[Start:End] == Text), on any
// input, including invalid UTF-8.
func FuzzTag(f *testing.F) {
	for _, s := range []string{sample.Article, "", "l’", "Il sindaco Mario Zanfrulli", "\xff\xfeRoma", "La Zorbatex S.p.A. di Vigevano.",
		"A. B. C. D.", "«Roma» — Roma-Milano, 3-1", "zorbatex ZORBATEX Zorbatex"} {
		f.Add(s)
	}
	g := Default().WithTagger(testTagger(f))
	f.Fuzz(func(t *testing.T, text string) {
		checkMentions(t, text, g.Find(text, nil))
	})
}
