package stem

import "github.com/kljensen/snowball/snowballword"

// postlude turns the semivowels marked by the prelude back into i and u.
func postlude(w *snowballword.SnowballWord) {
	for i, r := range w.RS {
		switch r {
		case 'I':
			w.RS[i] = 'i'
		case 'U':
			w.RS[i] = 'u'
		}
	}
}
