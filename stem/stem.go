package stem

import (
	"unicode/utf8"

	"github.com/kljensen/snowball/snowballword"
)

// Stem returns the Snowball Italian stem of word.
//
// The word is first normalized: surrounding space trimmed, invalid UTF-8
// replaced, lower-cased, composed to NFC and stripped of an elided article or
// preposition (dell'Ucraina → ucraina). When stemStopWords is false and the
// normalized word is a stop word (see IsStopWord), it is returned as is,
// unstemmed. The signature is that of github.com/kljensen/snowball's
// languages, so Italian can sit next to them.
//
// Stem is safe for concurrent use. For running text, where the same words
// come back again and again, a Stemmer remembers the stems it has computed.
func Stem(word string, stemStopWords bool) string {
	word = normalize(word)
	if !stemStopWords && isStopNormalized(word) {
		return word
	}
	return stemNormalized(word)
}

// stackRunes is the longest word stemmed without a heap buffer; longer
// words are still stemmed, with one allocation more.
const stackRunes = 48

// stemNormalized runs the algorithm on a word that normalize returned.
func stemNormalized(word string) string {
	var buf [stackRunes]rune
	w := snowballword.SnowballWord{RS: buf[:0]}
	for _, r := range word {
		w.RS = append(w.RS, r)
	}
	prelude(&w)
	markRegions(&w)
	step0(&w)
	if !step1(&w) {
		step2(&w)
	}
	step3a(&w)
	step3b(&w)
	postlude(&w)
	return result(word, w.RS)
}

// result returns the stem rs as a string. Most stems are a prefix of the word
// they come from: then the word's own bytes are returned, with no allocation.
func result(word string, rs []rune) string {
	i := 0
	for _, r := range rs {
		if i >= len(word) {
			return string(rs)
		}
		if r < utf8.RuneSelf {
			if word[i] != byte(r) {
				return string(rs)
			}
			i++
			continue
		}
		wr, size := utf8.DecodeRuneInString(word[i:])
		if wr != r {
			return string(rs)
		}
		i += size
	}
	return word[:i]
}
