//go:build tribuna_steps

package quotes

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/tribuna-nlp/tribuna/internal/sample"
)

// work runs the extraction of text and returns its loop steps.
func work(e *Extractor, text string) int {
	toks := e.tok.Tokens(text)
	d := analyze(text, toks, e.gaz.Find(text, toks), e.gaz)
	marked, speech := d.directQuotes()
	d.resolve(d.allQuotes(marked, d.indirectQuotes(speech)))
	w := d.work.N()
	d.release()
	return w
}

// TestLinearWork: four times the text costs about four times the work (loop
// steps counted, not time), on news text and on pathological repetitions.
func TestLinearWork(t *testing.T) {
	units := map[string]string{
		"openers":            "«",
		"interruptions":      "– ha detto – ",
		"che clauses":        "ha detto che ",
		"headlines":          "X: «a» ",
		"closers":            "» ",
		"dropped subjects":   "«a», ha aggiunto. ",
		"names and surnames": "Xi Jinping ha detto: «a». Xi ha detto: «b».\n\n",
		"roles":              "Vladimir Putin e Xi Jinping. Il presidente russo ha detto che il leader cinese ha detto che ",
		"appositions":        "il ministro il ministro ha detto: «a» ",
		"no punctuation":     "Mario Rossi ha detto che il governo il ministro lui ",
		"described persons":  "Mario Rossi è arrivato. «Sono qui», ha detto il ventiquattrenne. ",
		"article":            sample.Article + "\n\n",
	}
	if testing.Short() {
		t.Skip("slow")
	}
	e := New()
	for name, unit := range units {
		t.Run(name, func(t *testing.T) {
			small := strings.Repeat(unit, 40000/len(unit)+1)
			large := strings.Repeat(unit, 4*(40000/len(unit)+1))
			ws, wl := work(e, small), work(e, large)
			ratio := float64(wl) / float64(max(ws, 1))
			t.Logf("%d steps for %d bytes, %d for %d: ×%.2f", ws, len(small), wl, len(large), ratio)
			assert.LessOrEqual(t, ratio, 4.4)
			assert.LessOrEqual(t, wl, 200*len(large), "steps per byte")
		})
	}
}
