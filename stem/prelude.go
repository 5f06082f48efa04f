package stem

import "github.com/kljensen/snowball/snowballword"

// prelude prepares the word as Snowball's Italian prelude does:
//   - every acute accent becomes grave (á é í ó ú → à è ì ò ù), so both
//     spellings of a stressed final vowel give one stem;
//   - u after q is marked U, a consonant (qu is one sound);
//   - u and i between two vowels are marked U and I, semivowels that count
//     as consonants when the regions are found.
//
// The marks are undone by the postlude.
func prelude(w *snowballword.SnowballWord) {
	rs := w.RS
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == 'q':
			if i+1 < len(rs) && rs[i+1] == 'u' {
				rs[i+1] = 'U'
				i++ // Snowball moves past the replaced pair
			}
		case r >= 'á' && r <= 'ú':
			rs[i] = graveFor(r)
		}
	}
	if len(rs) < 3 {
		return
	}
	// Left to right, so a semivowel just marked is no longer a vowel for its
	// right neighbour (Snowball's repeat goto restarts at the same place).
	before, here := isVowel(rs[0]), isVowel(rs[1])
	for i := 1; i+1 < len(rs); i++ {
		after := isVowel(rs[i+1])
		if before && after {
			switch rs[i] {
			case 'u':
				rs[i], here = 'U', false
			case 'i':
				rs[i], here = 'I', false
			}
		}
		before, here = here, after
	}
}

// graveFor returns the grave-accented vowel for an acute one, and r itself
// for any other rune.
func graveFor(r rune) rune {
	switch r {
	case 'á':
		return 'à'
	case 'é':
		return 'è'
	case 'í':
		return 'ì'
	case 'ó':
		return 'ò'
	case 'ú':
		return 'ù'
	}
	return r
}
