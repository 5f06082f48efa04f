package stem

import (
	"strings"
	"unicode/utf8"

	italian "github.com/tribuna-nlp/tribuna/internal/word"
)

// normalize prepares a word as it comes from real text: surrounding space
// trimmed, invalid UTF-8 replaced by U+FFFD, folded as the word layer folds
// every key (lower case, NFC so that a decomposed e + U+0300 is the è the
// algorithm knows, every apostrophe written '), and an elided article or
// preposition removed. A word already in that form, the common case, is
// returned untouched.
func normalize(word string) string {
	if isPlainLowerWord(word) {
		return word
	}
	return normalizeSlowly(word)
}

// normalizeSlowly is normalize without the fast path.
func normalizeSlowly(word string) string {
	if !utf8.ValidString(word) {
		word = strings.ToValidUTF8(word, "\uFFFD")
	}
	// Elision first, on the word as written, so that dell’intelligenza
	// needs no folded copy.
	return italian.Fold(stripElision(word))
}

// isPlainLowerWord reports whether s has only lower-case ASCII letters and
// precomposed lower-case Latin-1 letters (à, è, é, ì, ò, ù …): such a word
// is valid, NFC and lower-case, with no space or apostrophe to handle.
func isPlainLowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x9F && s[i+1] <= 0xBF && s[i+1] != 0xB7:
			i++ // U+00DF..U+00FF: ß and the lower-case accented letters, not ÷
		default:
			return false
		}
	}
	return true
}
