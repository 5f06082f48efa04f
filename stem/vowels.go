package stem

// isVowel reports whether r is in the Snowball Italian grouping v:
// a e i o u à è ì ò ù. The prelude's marked semivowels U and I are not vowels.
func isVowel(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'à', 'è', 'ì', 'ò', 'ù':
		return true
	}
	return false
}

// isAEIO reports whether r is in the grouping AEIO used by step 3a:
// a e i o à è ì ò (u and ù are not removed as vowel suffixes).
func isAEIO(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'à', 'è', 'ì', 'ò':
		return true
	}
	return false
}
