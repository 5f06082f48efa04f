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
		switch rs[i] {
		case 'á':
			rs[i] = 'à'
		case 'é':
			rs[i] = 'è'
		case 'í':
			rs[i] = 'ì'
		case 'ó':
			rs[i] = 'ò'
		case 'ú':
			rs[i] = 'ù'
		case 'q':
			if i+1 < len(rs) && rs[i+1] == 'u' {
				rs[i+1] = 'U'
				i++ // Snowball moves past the replaced pair
			}
		}
	}
	// Left to right, so a semivowel just marked is no longer a vowel for its
	// right neighbour (Snowball's repeat goto restarts at the same place).
	for i := 1; i+1 < len(rs); i++ {
		if !isVowel(rs[i-1]) || !isVowel(rs[i+1]) {
			continue
		}
		switch rs[i] {
		case 'u':
			rs[i] = 'U'
		case 'i':
			rs[i] = 'I'
		}
	}
}
