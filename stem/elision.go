package stem

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	switch s {
	case "l", "gl", "un", "nessun", "quest", "quell",
		"d", "dell", "degl",
		"all", "agl", "dall", "dagl", "nell", "negl", "sull", "sugl",
		"coll", "pell",
		"c", "m", "t", "s", "v", "n":
		return true
	}
	return false
}

// isApostrophe reports whether r is an apostrophe as Italian text writes it:
// the typewriter ' or the typographic ’ (and the modifier letter ʼ).
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ'
}

// stripElision removes elided function words from the front of a
// lower-case word (d'un'altra → altra), then apostrophes and spaces left at
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
