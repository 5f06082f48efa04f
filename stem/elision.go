package stem

import (
	"strings"
	"unicode"
	"unicode/utf8"

	italian "github.com/tribuna-nlp/tribuna/internal/word"
)

// Italian writes an article, an articulated preposition or a clitic pronoun
// elided onto the next word: l'amico, dell'Ucraina, un'idea, c'è, s'è.
// A search engine indexes the word, not the pair, so the elided part is
// dropped before stemming. Only function words are dropped: where both parts
// carry meaning (sant'Antonio, tutt'altro) the word is left whole.
//
// isElidedWord reports whether s, the part before an apostrophe, is one of
// those function words.
func isElidedWord(s string) bool {
	if len(s) > 6 {
		return false
	}
	var buf [6]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	switch string(buf[:len(s)]) {
	case "l", "gl", "un", "nessun", "quest", "quell",
		"d", "dell", "degl",
		"all", "agl", "dall", "dagl", "nell", "negl", "sull", "sugl",
		"coll", "pell",
		"c", "m", "t", "s", "v", "n":
		return true
	}
	return false
}

// isApostrophe reports whether r is an apostrophe of the word layer's set.
func isApostrophe(r rune) bool { return italian.IsApostrophe(r) }

// stripElision removes elided function words from the front of a word (d'un'altra → altra), then apostrophes and spaces left at
// either end (dell' → dell, po' → po, 'ndrangheta → ndrangheta).
func stripElision(word string) string {
	word = strings.TrimFunc(word, isSpaceOrApostrophe)
	for {
		i := strings.IndexFunc(word, isApostrophe)
		if i < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(word[i:])
		rest := strings.TrimFunc(word[i+size:], isSpaceOrApostrophe) // l' amico
		if rest == "" || !isElidedWord(word[:i]) {
			break
		}
		word = rest
	}
	return word
}

func isSpaceOrApostrophe(r rune) bool {
	return unicode.IsSpace(r) || isApostrophe(r)
}
