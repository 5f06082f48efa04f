//go:build tribuna_steps

package entities

import (
	"github.com/tribuna-nlp/tribuna/internal/word"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

// pathological are texts that once made Find or Roles super-linear: one
// name repeated (every mention a candidate for coreference), speech verbs
// between dashes, role phrases whose holder is mentioned, particles.
var pathological = []string{
	"Mario Rossi ", "– ha detto – ", "Il ministro Zanfrulli. ", "Di Pietro ", "Roma, ", "Zorro. ",
	"il presidente russo Putin ", "Vladimir Putin. Putin ", "Ministero della Salute e della Cultura ",
	"Antonio Di Pietro e ", "la delegazione ucraina ", "D'Alema ", "( CCT ) ",
	"il ministro dell'Agricoltura, della Sovranità alimentare e delle Foreste ", "e della Pesca ",
	"l'ex nuovo vice premier ", "il Cremlino, ", "è la nuova segretaria dem ", "al capogruppo di FdI alla Camera ",
	"Nel 2025 la premier ha parlato. ",
}

// findSteps runs Find on text and returns the finder's work counter.
func findSteps(g *Gazetteer, text string) int {
	f := newFinder(g, text, tokenize.Tokens(text))
	f.run()
	n := f.steps.N()
	f.release()
	return n
}

func roleSteps(g *Gazetteer, text string) int {
	toks := tokenize.Tokens(text)
	ms := g.Find(text, toks)
	rs := roleScan{g: g, text: text, toks: toks, us: makeUnits(text, toks), ms: ms}
	for k := range rs.us {
		g.index.classify(&rs.us[k], word.Lex())
	}
	for i := range rs.us {
		rs.roleAt(i)
	}
	return rs.steps.N() + len(rs.us)
}

// TestLinearWork checks that the work of Find (lookups, look-back and
// look-ahead steps) grows in proportion to the text: four times the text,
// at most about four times the steps.
func TestLinearWork(t *testing.T) {
	g := Default()
	for _, unit := range pathological {
		t.Run(unit, func(t *testing.T) {
			n := 10000 / len(unit)
			small := strings.Repeat(unit, n)
			big := strings.Repeat(unit, 4*n)
			s, b := findSteps(g, small), findSteps(g, big)
			assert.LessOrEqual(t, float64(b), 4.1*float64(s)+100, "Find steps %d for n, %d for 4n", s, b)
			rs, rb := roleSteps(g, small), roleSteps(g, big)
			assert.LessOrEqual(t, float64(rb), 4.1*float64(rs)+100, "Roles steps %d for n, %d for 4n", rs, rb)
		})
	}
}

// BenchmarkFindPathological runs Find and Roles on 1 MB of each
// pathological text.
func BenchmarkFindPathological(b *testing.B) {
	g := Default()
	for _, unit := range pathological {
		text := strings.Repeat(unit, (1<<20)/len(unit))
		toks := tokenize.Tokens(text)
		b.Run(strings.TrimSpace(unit), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				g.Roles(text, toks, g.Find(text, toks))
			}
		})
	}
}

// TestAllocsPerToken checks that Find allocates nothing per token: a text
// four times longer, with the same mentions, costs the same allocations.
func TestAllocsPerToken(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector drops pooled finders at random")
	}
	g := Default()
	prose := "il governo ha detto che la proposta della maggioranza è stata approvata dopo una lunga discussione, "
	for _, tc := range []struct{ name, head string }{
		{"lower case", ""},
		{"with names", "Mario Draghi e Giorgia Meloni a Roma con l'ONU. Draghi parla. "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			small := tc.head + strings.Repeat(prose, 20)
			big := tc.head + strings.Repeat(prose, 80)
			st, bt := tokenize.Tokens(small), tokenize.Tokens(big)
			g.Find(big, bt) // warm the pool with the larger buffers
			a := testing.AllocsPerRun(20, func() { g.Find(small, st) })
			b := testing.AllocsPerRun(20, func() { g.Find(big, bt) })
			assert.Equal(t, a, b, "allocations for n and 4n tokens")
		})
	}
}
