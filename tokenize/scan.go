package tokenize

import (
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/internal/word"
)

// scanner produces one token at a time. Its only state besides the position
// is where a single quotation mark (' or ‘) was last opened, which decides
// whether an apostrophe after a word belongs to the word (po', perche') or
// closes the quotation.
type scanner struct {
	t          *Tokenizer
	text       string
	pos        int
	openSingle int // offset after the open single quotation mark, 0 if none
}

// maxSingleQuote bounds how far a single quotation mark stays open: one
// left unclosed must not strip the apostrophes of the rest of the text.
const maxSingleQuote = 300

// inSingleQuote reports whether a single quotation mark is open at i.
func (s *scanner) inSingleQuote(i int) bool {
	return s.openSingle > 0 && i-s.openSingle < maxSingleQuote
}

// next returns the next token, or false at the end of the text.
func (s *scanner) next() (Token, bool) {
	start, end, kind, ok := s.nextSpan()
	if !ok {
		return Token{}, false
	}
	return Token{Text: s.text[start:end], Start: start, End: end, Kind: kind}, true
}

// nextSpan returns the offsets and kind of the next token, or false at
// the end of the text.
func (s *scanner) nextSpan() (start, end int, kind Kind, ok bool) {
	text := s.text
	i := s.pos
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&clSpace == 0 {
				break
			}
			i++
			continue
		}
		if c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF {
			break // no other lead byte starts white space or a byte order mark
		}
		if c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] > 0x8A && text[i+2] != 0xA8 && text[i+2] != 0xA9 && text[i+2] != 0xAF {
			break // U+200B–U+203F but the spaces among them: punctuation
		}
		sp, n := isSpaceAt(text, i)
		if !sp {
			break
		}
		i += n
	}
	if i >= len(text) {
		s.pos = len(text)
		return 0, 0, 0, false
	}
	// Fast path: a plain word of ASCII and Latin-1 letters followed by white
	// space or punctuation that needs no decision.
	if asciiClass[text[i]]&clLetter != 0 {
		j := i + 1
		for j < len(text) {
			b := text[j]
			if asciiClass[b]&(clLetter|clDigit) != 0 {
				j++
				continue
			}
			if b == 0xC3 && j+1 < len(text) && isLatin1Letter(text[j+1]) {
				j += 2
				continue
			}
			break
		}
		if j == len(text) || asciiClass[text[j]]&clWordEnd != 0 {
			s.pos = j
			return i, j, Word, true
		}
		// A period, an apostrophe…: decide from where the letters end.
		end, kind = s.wordFrom(i, j)
		s.pos = end
		return i, end, kind, true
	}
	if text[i] == ',' && (i+1 == len(text) || (text[i+1] != '.' && text[i+1] != 0xE2)) {
		s.pos = i + 1
		return i, i + 1, Punct, true // not ,... nor ,…
	}
	end, kind = s.scan(i)
	s.pos = end
	return i, end, kind, true
}

// scan returns the end and kind of the token that starts at i.
func (s *scanner) scan(i int) (int, Kind) {
	text := s.text
	c := text[i]
	if c < utf8.RuneSelf {
		cl := asciiClass[c]
		switch {
		case cl&clLetter != 0:
			return s.word(i)
		case cl&clDigit != 0:
			return s.number(i)
		}
		return s.asciiPunct(i, c)
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch {
	case r == utf8.RuneError && n == 1:
		return i + 1, Symbol // an invalid byte is a token of its own
	case word.IsApostrophe(r):
		return s.singleQuote(i, n)
	case r == '…':
		return runOf(text, i, "…"), Punct
	case r >= 0x2010 && r <= 0x203A: // dashes and quotation marks: “ ” – —
		return i + n, Punct
	case r == '«' || r == '»':
		return i + n, Punct
	case unicode.IsLetter(r):
		return s.word(i)
	case isPictographic(r) || isRegionalIndicator(r):
		return s.emoji(i, r, n)
	case unicode.IsDigit(r) || unicode.IsMark(r):
		return s.word(i)
	case unicode.IsPunct(r):
		return i + n, Punct
	}
	return i + n, Symbol
}

// emoji returns one emoji sequence; a run of the same single-code-point
// emoji (❤❤❤) stays one token as in PoSTWITA.
func (s *scanner) emoji(i int, r rune, n int) (int, Kind) {
	j := emojiEnd(s.text, i, r, n)
	if j == i+n && !isRegionalIndicator(r) {
		for j < len(s.text) {
			r2, n2 := utf8.DecodeRuneInString(s.text[j:])
			if r2 != r {
				break
			}
			j += n2
		}
	}
	return j, Emoji
}

// runOf returns the end of the run of repeated unit at i.
func runOf(text string, i int, unit string) int {
	j := i + len(unit)
	for j+len(unit) <= len(text) && text[j:j+len(unit)] == unit {
		j += len(unit)
	}
	return j
}

// asciiPunct handles tokens that start with ASCII punctuation or symbols.
func (s *scanner) asciiPunct(i int, c byte) (int, Kind) {
	text := s.text
	switch c {
	case '.':
		return runOf(text, i, "."), Punct
	case '!', '?':
		j := i + 1
		for j < len(text) && (text[j] == '!' || text[j] == '?') {
			j++
		}
		return dotsAfter(text, j), Punct
	case ',':
		return dotsAfter(text, i+1), Punct
	case '"':
		if i+1 < len(text) && text[i+1] == '"' {
			return i + 2, Punct
		}
	case '#':
		if j := wordCharsEnd(text, i+1); j > i+1 {
			return j, Hashtag
		}
		if k := keycapEnd(text, i+1); k > 0 {
			return k, Emoji
		}
	case '*':
		if k := keycapEnd(text, i+1); k > 0 {
			return k, Emoji
		}
	case '@':
		if j := wordCharsEnd(text, i+1); j > i+1 {
			return j, Mention
		}
	case '\'':
		if i+1 < len(text) && text[i+1] == '\'' {
			return i + 2, Punct // '' used as a double quotation mark
		}
		return s.singleQuote(i, 1)
	case '`':
		return s.singleQuote(i, 1)
	case ':', ';', '=', '<', '^':
		if j := emoticonEnd(text, i); j > 0 {
			return j, Emoji
		}
	}
	if asciiClass[c]&clPunct != 0 {
		return i + 1, Punct
	}
	return i + 1, Symbol
}

// dotsAfter extends punctuation glued to an ellipsis (?... ,…), one token
// in tweets.
func dotsAfter(text string, j int) int {
	if j+1 < len(text) && text[j] == '.' && text[j+1] == '.' {
		return runOf(text, j, ".")
	}
	if len(text) >= j+3 && text[j:j+3] == "…" {
		return j + 3
	}
	return j
}

// singleQuote handles a ' ‘ or ’ that does not follow a word: an elided
// year ('90), an English clitic ('s) or a quotation mark.
func (s *scanner) singleQuote(i, n int) (int, Kind) {
	text := s.text
	j := i + n
	if finalApostropheAt(text, i) > 0 { // ' ’ ʼ ´, not an opening ‘
		if isDigitAt(text, j) && isDigitAt(text, j+1) && !isAlnumAt(text, j+2) {
			return j + 2, Number
		}
		if j < len(text) && text[j] == 's' && !isAlnumAt(text, j+1) && i > 0 && isAlnumAt(text, i-1) {
			return j + 1, Word
		}
	}
	// An opening mark follows white space or an opening bracket and
	// precedes a word; anything else closes.
	if isLetterAt(text, j) && (i == 0 || text[i-1] == ' ' || text[i-1] == '\n' || text[i-1] == '\t' || text[i-1] == '(' || text[i-1] == '"') {
		s.openSingle = j
	} else {
		s.openSingle = 0
	}
	return j, Punct
}

// wordCharsEnd returns the end of a run of letters, digits and '_' at i.
func wordCharsEnd(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if asciiClass[c]&(clLetter|clDigit) != 0 || c == '_' {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) {
			break
		}
		j += n
	}
	return j
}

// keycapEnd returns the end of a keycap emoji (1️⃣) whose base ends at i, or 0.
func keycapEnd(text string, i int) int {
	const vs16, keycap = "\uFE0F", "\u20E3"
	j := i
	if len(text) >= j+len(vs16) && text[j:j+len(vs16)] == vs16 {
		j += len(vs16)
	}
	if len(text) >= j+len(keycap) && text[j:j+len(keycap)] == keycap {
		return j + len(keycap)
	}
	return 0
}

// emoticonEnd recognizes ASCII emoticons of tweets (:) :-( ;D <3 ^^ =)),
// returning their end or 0.
func emoticonEnd(text string, i int) int {
	c := text[i]
	j := i + 1
	switch c {
	case '<':
		if j < len(text) && text[j] == '3' {
			j++
		} else {
			return 0
		}
	case '^':
		if j < len(text) && text[j] == '^' {
			j++
		} else {
			return 0
		}
	default: // : ; =
		if j < len(text) && text[j] == '-' {
			j++
		}
		if j >= len(text) {
			return 0
		}
		switch text[j] {
		case ')', '(', 'D', 'P', 'p', '3', '*', '/', 'c', '|', 'O', 'o':
		default:
			return 0
		}
		m := text[j]
		j++
		for j < len(text) && text[j] == m && m != '/' {
			j++
		}
	}
	// An emoticon stands alone: white space, end or punctuation follows.
	if j < len(text) && isAlnumAt(text, j) {
		return 0
	}
	if j < len(text) && text[j] == '/' {
		return 0
	}
	return j
}
