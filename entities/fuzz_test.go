package entities

import (
	"testing"
	"time"

	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// FuzzFind checks that Find never panics and that its mentions have valid,
// ordered, non-overlapping offsets with text[Start:End] == Text, on any
// input, including invalid UTF-8; and that role mentions are valid spans.
func FuzzFind(f *testing.F) {
	for _, s := range []string{sample.Article, "", "l’", "dell'Ucraina", "Cina-Russia", "\xff\xfeRoma",
		"Il presidente cinese Xi", "S.p.A. (CCT)", "Di Pietro", "il ministro degli Esteri",
		"L'ex-premier portoghese", "il ministro dell'Istruzione e del Merito Giuseppe Valditara, ", "Il Cremlino frena.",
		"la segretaria dem", "il capogruppo di FdI alla Camera", "Il titolare del Mef", "il leader di Kiev"} {
		f.Add(s)
	}
	g := Default()
	f.Fuzz(func(t *testing.T, text string) {
		ms := g.Find(text, nil)
		checkMentions(t, text, ms)
		for _, m := range append(g.Roles(text, nil, ms), g.RolesAt(text, nil, ms, time.Time{})...) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text || m.Entry == nil {
				t.Fatalf("bad role mention %+v", m)
			}
		}
	})
}

// FuzzUnits checks that units, whether whole tokens read from the word
// table or parts of split tokens folded on their own, have the key, hash,
// lexicon entry and shape of their text, and are in order inside the text.
func FuzzUnits(f *testing.F) {
	for _, s := range []string{sample.Article, "", "L’Aquila", "Mu'ammar Gheddafi", "ÀÉÌ Ⱥ straße", "Cina-Russia", "\xff\xfeRoma", "`x´y", "e-mail d’Italia-Francia"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := tokenize.Tokens(text)
		end := 0
		for _, u := range makeUnits(text, toks) {
			if u.start < end || u.start >= u.end || u.end > len(text) {
				t.Fatalf("bad unit %d-%d after %d", u.start, u.end, end)
			}
			end = u.end
			s := text[u.start:u.end]
			if u.key != fold(s) {
				t.Fatalf("key %q, fold %q", u.key, fold(s))
			}
			if u.h != keyHash(u.key) {
				t.Fatalf("hash of %q", u.key)
			}
			if u.lex != word.Lookup(u.key, u.h) {
				t.Fatalf("lexicon entry of %q", u.key)
			}
			sh := word.Shape(s)
			if u.word != (sh&word.Letter != 0) || u.cap != (sh&word.Cap != 0) || u.upper != (sh&word.AllCaps != 0) || u.elided != (sh&word.Elided != 0) {
				t.Fatalf("shape of %q: %+v, word.Shape %b", s, u, sh)
			}
		}
	})
}
