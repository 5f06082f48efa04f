package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/internal/word"
)

// Byte classes of the ASCII fast path.
const (
	clSpace uint8 = 1 << iota
	clLetter
	clDigit
	clUpper
	clPunct   // ASCII punctuation (as opposed to symbols such as % $ + =)
	clWordEnd // ends a word with nothing more to decide (space, comma…)
)

// asciiClass classifies bytes; bytes from 0x80 on, which start or continue
// multi-byte characters, have no class.
var asciiClass = func() (t [256]uint8) {
	for _, c := range " \t\n\v\f\r" {
		t[c] = clSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clLetter
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = clLetter | clUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = clDigit
	}
	for _, c := range `!"'(),-./:;?[]{}_*\` + "`" + "#@&" {
		t[c] = clPunct
	}
	for _, c := range " \t\n\v\f\r,;()!?\"[]{}*&%+=<>|#" {
		t[c] |= clWordEnd
	}
	return t
}()

// isLatin1Letter reports whether the continuation byte b after 0xC3 makes a
// letter (U+00C0–U+00FF: à è é ì ò ù…), except × and ÷.
func isLatin1Letter(b byte) bool {
	return b >= 0x80 && b <= 0xBF && b != 0x97 && b != 0xB7
}

// isLetterAt reports whether a letter (or a combining mark) starts text[i:].
func isLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&clLetter != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// isAlnumAt reports whether a letter or a digit starts text[i:].
func isAlnumAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&(clLetter|clDigit) != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// isUpperAt reports whether an upper-case letter starts text[i:].
func isUpperAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&clUpper != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// isDigitAt reports whether an ASCII digit starts text[i:].
func isDigitAt(text string, i int) bool {
	return i < len(text) && text[i]-'0' < 10
}

// isSpaceAt reports whether white space starts text[i:] and returns its width.
// A byte order mark counts as white space: it is no part of the text (a file
// saved by a Windows editor starts with one).
func isSpaceAt(text string, i int) (bool, int) {
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&clSpace != 0, 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return r != utf8.RuneError && (unicode.IsSpace(r) || r == byteOrderMark), n
}

// byteOrderMark is U+FEFF, which tokens leave out like white space.
const byteOrderMark = '\uFEFF'

// apostropheAt returns the width of an apostrophe of the word layer's set
// at text[i:], or 0.
func apostropheAt(text string, i int) int { return word.ApostropheAt(text, i) }

// finalApostropheAt is apostropheAt for an apostrophe that may end a word
// (po’, perche'): not ‘ ‛ ′, which open quotations or mark minutes.
func finalApostropheAt(text string, i int) int {
	n := word.ApostropheAt(text, i)
	if n == 3 && text[i+1] == 0x80 && (text[i+2] == 0x98 || text[i+2] == 0x9B || text[i+2] == 0xB2) {
		return 0
	}
	return n
}

// isPictographic approximates Unicode's Extended_Pictographic property with
// the blocks where emoji live; exactness matters less than one token per
// sequence.
func isPictographic(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF:
		return !(r >= 0x1F1E6 && r <= 0x1F1FF) && !(r >= 0x1F3FB && r <= 0x1F3FF)
	case r >= 0x2600 && r <= 0x27BF:
		return true
	case r >= 0x1FC00 && r <= 0x1FFFD:
		return true
	case r >= 0x2190 && r <= 0x21FF, r >= 0x2300 && r <= 0x23FF, r >= 0x25A0 && r <= 0x25FF,
		r >= 0x2B00 && r <= 0x2BFF, r >= 0x2900 && r <= 0x297F:
		return true
	}
	switch r {
	case 0x203C, 0x2049, 0x2122, 0x2139, 0x24C2, 0x3030, 0x303D, 0x3297, 0x3299:
		return true
	}
	return false
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// isEmojiModifier reports the code points that extend an emoji: variation
// selectors, skin tones, the keycap mark and tag characters.
func isEmojiModifier(r rune) bool {
	return r == 0xFE0F || r == 0xFE0E || r == 0x20E3 ||
		(r >= 0x1F3FB && r <= 0x1F3FF) || (r >= 0xE0020 && r <= 0xE007F)
}

// emojiEnd returns the end of the emoji sequence that starts at i with rune
// r of width n.
func emojiEnd(text string, i int, r rune, n int) int {
	j := i + n
	if isRegionalIndicator(r) {
		if r2, n2 := utf8.DecodeRuneInString(text[j:]); isRegionalIndicator(r2) {
			j += n2
		}
		return j
	}
	for j < len(text) {
		r2, n2 := utf8.DecodeRuneInString(text[j:])
		if isEmojiModifier(r2) {
			j += n2
			continue
		}
		if r2 == 0x200D { // zero-width joiner
			if r3, n3 := utf8.DecodeRuneInString(text[j+n2:]); isPictographic(r3) {
				j += n2 + n3
				continue
			}
		}
		break
	}
	return j
}
