package stem

import "github.com/kljensen/snowball/snowballword"

// Step 3a: a final vowel (first half of Snowball's vowel_suffix).
//
// Delete a final a, e, i, o, à, è, ì or ò if it is in RV, and then a
// preceding i if it is in RV too (amici → amic, ufficio → uffic).
func step3a(w *snowballword.SnowballWord) {
	n := len(w.RS)
	if n == 0 || !isAEIO(w.RS[n-1]) || !w.FitsInRV(1) {
		return
	}
	w.RemoveLastNRunes(1)
	if n >= 2 && w.RS[n-2] == 'i' && w.FitsInRV(1) {
		w.RemoveLastNRunes(1)
	}
}
