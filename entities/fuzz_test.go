package entities

import (
	"testing"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/tokenize"
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

// FuzzUnits checks that the one-pass folding of units agrees with fold and
// keyHash, and that units are in order and inside the text.
func FuzzUnits(f *testing.F) {
	for _, s := range []string{sample.Article, "", "L’Aquila", "Mu'ammar Gheddafi", "ÀÉÌ Ⱥ straße", "Cina-Russia", "\xff\xfeRoma", "`x´y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := tokenize.Tokens(text)
		for _, tk := range toks {
			// The one-pass path makes the unit newUnit makes.
			var fast, slow unitBuilder
			fu, ok := fast.asciiUnit(nil, text, tk.Start, tk.End)
			if !ok {
				continue
			}
			su := slow.newUnit(nil, text, tk.Start, tk.End)
			if fast.offs[0][1] < 0 {
				if su[0].key != fu[0].key || slow.offs[0][1] >= 0 {
					t.Fatalf("%q: keys differ", tk.Text)
				}
			} else if string(fast.buf) != string(slow.buf) || fast.offs[0] != slow.offs[0] {
				t.Fatalf("%q: folded keys differ", tk.Text)
			}
			if fu[0] != su[0] {
				t.Fatalf("%q: %+v, newUnit %+v", tk.Text, fu[0], su[0])
			}
		}
		end := 0
		for _, u := range makeUnits(text, toks) {
			if u.start < end || u.start >= u.end || u.end > len(text) {
				t.Fatalf("bad unit %d-%d after %d", u.start, u.end, end)
			}
			end = u.end
			if s := text[u.start:u.end]; utf8.ValidString(s) && u.key != fold(s) {
				t.Fatalf("key %q, fold %q", u.key, fold(s))
			}
			if u.h != keyHash(u.key) {
				t.Fatalf("hash of %q", u.key)
			}
		}
	})
}
