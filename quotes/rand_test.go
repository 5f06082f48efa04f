package quotes

import (
	"math/rand"
	"strings"
	"testing"
)

// TestRandomText runs the extractor on random mixtures of quotation marks,
// dashes, speech verbs and names, checking the invariants.
func TestRandomText(t *testing.T) {
	pieces := []string{"«", "»", "“", "”", "\"", "‘", "’", "'", " – ", " - ", ", ", ". ", ": ", "; ", "\n\n", "\n",
		"ha detto", "Rossi", "Mario Rossi", "che", "di", "secondo", "il presidente", "I due leader", "e", "a Putin",
		"dichiarando", "ha aggiunto", "Per", "il ministro", "lui", "la", "non", "è", "\xff", "dell’", "l'", "Il"}
	r := rand.New(rand.NewSource(1))
	e := New()
	for i := 0; i < 3000; i++ {
		var sb strings.Builder
		n := r.Intn(60)
		for j := 0; j < n; j++ {
			sb.WriteString(pieces[r.Intn(len(pieces))])
			if r.Intn(2) == 0 {
				sb.WriteByte(' ')
			}
		}
		text := sb.String()
		checkInvariants(t, text, e.Extract(text))
	}
}
