package stem

import "github.com/kljensen/snowball/snowballword"

// Step 3b: ch and gh (second half of Snowball's vowel_suffix).
//
// Replace a final ch with c, or gh with g, if the c or g is in RV, so that
// banche → banch → banc meets banca → banc.
func step3b(w *snowballword.SnowballWord) {
	n := len(w.RS)
	if n >= 2 && w.RS[n-1] == 'h' && (w.RS[n-2] == 'c' || w.RS[n-2] == 'g') && w.FitsInRV(2) {
		w.RemoveLastNRunes(1)
	}
}
