package stem

// Letter classes of the Snowball Italian groupings, for runes below 256
// (every letter the algorithm knows is there). The prelude's marked
// semivowels U and I are in neither.
const (
	vowel uint8 = 1 << iota // v: a e i o u à è ì ò ù
	aeio                    // AEIO: a e i o à è ì ò (final vowels step 3a removes)
)

var letterClass = func() (t [256]uint8) {
	for _, r := range "aeiouàèìòù" {
		t[r] |= vowel
	}
	for _, r := range "aeioàèìò" {
		t[r] |= aeio
	}
	return t
}()

// isVowel reports whether r is in the Snowball Italian grouping v.
func isVowel(r rune) bool {
	return uint32(r) < 256 && letterClass[r]&vowel != 0
}

// isAEIO reports whether r is in the grouping AEIO used by step 3a.
func isAEIO(r rune) bool {
	return uint32(r) < 256 && letterClass[r]&aeio != 0
}
