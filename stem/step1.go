package stem

import "github.com/kljensen/snowball/snowballword"

// Step 1: standard suffix removal (Snowball's standard_suffix).
//
// The longest of the suffixes below is found first; then its region is
// checked. If the check fails nothing is removed and step 2 runs instead.
//
//	anza anze ico ici ica ice iche ichi ismo ismi abile abili ibile ibili
//	ista iste isti istà istè istì oso osi osa ose mente atrice atrici
//	ante anti                       delete if in R2
//	azione azioni atore atori       delete if in R2; then a preceding ic
//	                                if in R2
//	logia logie                     replace with log if in R2
//	uzione uzioni usione usioni     replace with u if in R2
//	enza enze                       replace with ente if in R2
//	amento amenti imento imenti     delete if in RV
//	amente                          delete if in R1; then a preceding iv
//	                                in R2 (and an at before it in R2), or
//	                                a preceding os, ic or abil in R2
//	ità                             delete if in R2; then a preceding abil,
//	                                ic or iv in R2
//	ivo ivi iva ive                 delete if in R2; then a preceding at in
//	                                R2, and an ic before that in R2

const (
	deleteInR2 uint8 = iota
	ationSuffix
	logySuffix
	utionSuffix
	enceSuffix
	mentNounSuffix
	adverbSuffix
	itySuffix
	iveSuffix
)

var standardSuffixes = newSuffixTrie(map[uint8][]string{
	deleteInR2: {
		"anza", "anze", "ico", "ici", "ica", "ice", "iche", "ichi", "ismo",
		"ismi", "abile", "abili", "ibile", "ibili", "ista", "iste", "isti",
		"istà", "istè", "istì", "oso", "osi", "osa", "ose", "mente",
		"atrice", "atrici", "ante", "anti",
	},
	ationSuffix:    {"azione", "azioni", "atore", "atori"},
	logySuffix:     {"logia", "logie"},
	utionSuffix:    {"uzione", "uzioni", "usione", "usioni"},
	enceSuffix:     {"enza", "enze"},
	mentNounSuffix: {"amento", "amenti", "imento", "imenti"},
	adverbSuffix:   {"amente"},
	itySuffix:      {"ità"},
	iveSuffix:      {"ivo", "ivi", "iva", "ive"},
})

var (
	runesLog  = []rune("log")
	runesU    = []rune("u")
	runesEnte = []rune("ente")
)

// step1 reports whether a suffix was removed or replaced.
func step1(w *snowballword.SnowballWord) bool {
	n, class, ok := standardSuffixes.longest(w.RS, len(w.RS), 0)
	if !ok {
		return false
	}
	switch class {
	case deleteInR2:
		return removeIfInR2(w, n)
	case ationSuffix:
		if !removeIfInR2(w, n) {
			return false
		}
		removeEndingIfInR2(w, "ic")
	case logySuffix:
		return replaceIfInR2(w, n, runesLog)
	case utionSuffix:
		return replaceIfInR2(w, n, runesU)
	case enceSuffix:
		return replaceIfInR2(w, n, runesEnte)
	case mentNounSuffix:
		if !w.FitsInRV(n) {
			return false
		}
		w.RemoveLastNRunes(n)
	case adverbSuffix:
		if !w.FitsInR1(n) {
			return false
		}
		w.RemoveLastNRunes(n)
		// Snowball does not undo the iv deletion when no at follows.
		if removeEndingIfInR2(w, "iv") {
			removeEndingIfInR2(w, "at")
		} else if !removeEndingIfInR2(w, "os") && !removeEndingIfInR2(w, "ic") {
			removeEndingIfInR2(w, "abil")
		}
	case itySuffix:
		if !removeIfInR2(w, n) {
			return false
		}
		if !removeEndingIfInR2(w, "abil") && !removeEndingIfInR2(w, "ic") {
			removeEndingIfInR2(w, "iv")
		}
	case iveSuffix:
		if !removeIfInR2(w, n) {
			return false
		}
		if removeEndingIfInR2(w, "at") {
			removeEndingIfInR2(w, "ic")
		}
	}
	return true
}

// removeIfInR2 deletes the last n runes if they lie in R2.
func removeIfInR2(w *snowballword.SnowballWord, n int) bool {
	if !w.FitsInR2(n) {
		return false
	}
	w.RemoveLastNRunes(n)
	return true
}

// replaceIfInR2 replaces the last n runes with repl if they lie in R2.
func replaceIfInR2(w *snowballword.SnowballWord, n int, repl []rune) bool {
	if !w.FitsInR2(n) {
		return false
	}
	replaceSuffix(w, n, repl)
	return true
}

// removeEndingIfInR2 deletes the ASCII ending s if the word ends with it and
// it lies in R2.
func removeEndingIfInR2(w *snowballword.SnowballWord, s string) bool {
	if !endsWith(w.RS, s) || !w.FitsInR2(len(s)) {
		return false
	}
	w.RemoveLastNRunes(len(s))
	return true
}
