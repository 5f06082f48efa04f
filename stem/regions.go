package stem

import (
	"github.com/kljensen/snowball/romance"
	"github.com/kljensen/snowball/snowballword"
)

// markRegions sets RV, R1 and R2 (as rune indexes where each region starts;
// the length of the word when the region is empty).
//
// R1 is the region after the first non-vowel following a vowel, R2 the same
// rule applied again inside R1: romance.VnvSuffix computes both.
//
// RV is Italian's (and Spanish's) own region:
//   - if the second letter is a consonant, RV starts after the next vowel;
//   - if the first two letters are vowels, RV starts after the next consonant;
//   - otherwise (consonant then vowel) RV starts after the third letter;
//   - RV is empty if no such position exists.
//
// The current algorithm has one exception, tried before the consonant-first
// cases: a word starting with "divan" has RV after those five letters, so that
// divano stems to divan rather than colliding with diva as div.
func markRegions(w *snowballword.SnowballWord) {
	w.RVstart = rvStart(w.RS)
	w.R1start = romance.VnvSuffix(w, isVowel, 0)
	w.R2start = romance.VnvSuffix(w, isVowel, w.R1start)
}

func rvStart(rs []rune) int {
	n := len(rs)
	if n < 2 {
		return n
	}
	first, second := isVowel(rs[0]), isVowel(rs[1])
	switch {
	case first && !second:
		return afterNext(rs, 2, true)
	case first && second:
		return afterNext(rs, 2, false)
	case isDivan(rs):
		return len("divan")
	case !second:
		return afterNext(rs, 2, true)
	case n >= 3:
		return 3
	}
	return n
}

// afterNext returns the index just after the first rune at or after from
// that is a vowel (or a non-vowel when vowel is false), or len(rs).
func afterNext(rs []rune, from int, vowel bool) int {
	for i := from; i < len(rs); i++ {
		if isVowel(rs[i]) == vowel {
			return i + 1
		}
	}
	return len(rs)
}

func isDivan(rs []rune) bool {
	return len(rs) >= 5 && rs[0] == 'd' && rs[1] == 'i' && rs[2] == 'v' && rs[3] == 'a' && rs[4] == 'n'
}
