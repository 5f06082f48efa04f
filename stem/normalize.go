package stem

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize prepares a word as it comes from real text: surrounding space
// trimmed, invalid UTF-8 replaced by U+FFFD, lower case, NFC (so a decomposed
// e + U+0300 is the è the algorithm knows), and an elided article or
// preposition removed. A word that is already plain lower-case ASCII
// letters, the common case, is returned untouched.
func normalize(word string) string {
	if isLowerASCIILetters(word) {
		return word
	}
	word = strings.TrimSpace(word)
	if !utf8.ValidString(word) {
		word = strings.ToValidUTF8(word, "\uFFFD")
	}
	word = strings.ToLower(word)
	word = norm.NFC.String(word)
	return stripElision(word)
}

func isLowerASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
