package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word scans a token that starts with a letter: a word, an elided article
// or preposition with its apostrophe (dell’), an abbreviation with its
// period (sen.), a dotted acronym (S.p.A.), an initial (J.), a URL or an
// e-mail address.
func (s *scanner) word(i int) (int, Kind) { return s.wordFrom(i, i) }

// wordFrom is word when text[i:j] is known to be letters and digits. Its
// switch has one case per character that may continue a word, in the order
// the scanner meets them: a table of cases, read top to bottom.
func (s *scanner) wordFrom(i, j int) (int, Kind) {
	text := s.text
	if end := urlEnd(text, i); end > i {
		return end, URL
	}
	j = lettersEnd(text, j)
	for j < len(text) {
		c := text[j]
		switch {
		case c == '\'' || c == '`' || c >= utf8.RuneSelf && apostropheAt(text, j) > 0:
			aw := apostropheAt(text, j)
			k := j + aw
			if isAlnumAt(text, k) {
				if text[k] == 's' && !isAlnumAt(text, k+1) {
					return k + 1, Word // English possessive: King's
				}
				if apostropheName(text[i:j], text, k) {
					j = lettersEnd(text, k)
					continue
				}
				return k, Word // elision: dell’ + Ucraina
			}
			if !s.inSingleQuote(j) && finalApostropheAt(text, j) > 0 {
				return k, Word // po’, perche'
			}
			return j, Word
		case c == '.':
			if end := dottedEmailEnd(text, i, j); end > 0 {
				return end, Email
			}
			if end := domainEnd(text, j); end > 0 {
				return end, URL
			}
			if end := truncatedBeforeURL(text, j); end > 0 {
				return end, Word
			}
			return s.period(i, j)
		case c == 0xE2 && j+2 < len(text) && text[j+1] == 0x80 && text[j+2] == 0xA6: // …
			if end := truncatedBeforeURL(text, j); end > 0 {
				return end, Word
			}
		case c == '/' && j+1 < len(text) && asciiClass[text[j+1]]&clLetter != 0 && !isAlnumAt(text, j+2):
			// e/o, quelle/i: alternatives of one letter stay in the word.
			return j + 2, Word
		case c == '@':
			if end := emailEnd(text, i, j); end > 0 {
				return end, Email
			}
		case c == '_' && isAlnumAt(text, j+1):
			j = lettersEnd(text, j+1)
			continue
		case c == '-' && isLetterAt(text, j+1) && s.t.keepHyphen(text[i:j], text, j+1):
			j = lettersEnd(text, j+1)
			continue
		case (c == '-' || c == '/') && isCodePart(text, segStart(text, i, j), j) && isAlnumAt(text, j+1):
			// Codes made of single letters and digits: g-1, h/2, a-b-c.
			j = lettersEnd(text, j+1)
			continue
		}
		break
	}
	return j, Word
}

// segStart returns where the last segment of a code (after its last - or
// /) starts, within the word text[i:j].
func segStart(text string, i, j int) int {
	for k := j - 1; k > i; k-- {
		if text[k] == '-' || text[k] == '/' {
			return k + 1
		}
	}
	return i
}

// isCodePart reports whether text[start:j] is one ASCII letter.
func isCodePart(text string, start, j int) bool {
	return j-start == 1 && asciiClass[text[start]]&clLetter != 0
}

// lettersEnd returns the end of the run of letters, marks and digits at i.
func lettersEnd(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if asciiClass[c]&(clLetter|clDigit) == 0 {
				break
			}
			j++
			continue
		}
		if c == 0xC3 && j+1 < len(text) && isLatin1Letter(text[j+1]) {
			j += 2
			continue
		}
		if c == 0xE2 && j+1 < len(text) && text[j+1] == 0x80 {
			break // U+2000–U+203F: spaces and punctuation (’ ” …)
		}
		if c == 0xCA && j+1 < len(text) && text[j+1] == 0xBC {
			break // ʼ, a letter for Unicode, an apostrophe for Italian
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !(unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)) {
			break
		}
		j += n
	}
	return j
}

// apostropheName reports whether an apostrophe between prefix and the word
// at text[k:] is part of a name, as the UD Italian treebanks keep
// D'Alema, Sant'Egidio and L'Aquila in one token.
func apostropheName(prefix, text string, k int) bool {
	if !isUpperAt(text, k) {
		return false
	}
	switch prefix {
	case "D", "Sant":
		return true
	case "L":
		return hasPrefixWord(text[k:], "Aquila")
	}
	return false
}

// hasPrefixWord reports whether s starts with the word w.
func hasPrefixWord(s, w string) bool {
	return len(s) >= len(w) && s[:len(w)] == w && !isAlnumAt(s, len(w))
}

// keepHyphen decides whether a hyphen between two words joins them. The
// treebanks split compounds of Italian words (Cina - Russia, Emilia -
// Romagna) but keep borrowed compounds that are single words (e-mail,
// by-pass, bloc-notes) and the prefixes ex- and super-.
func (t *Tokenizer) keepHyphen(left, text string, k int) bool {
	if len(left) > 8 {
		return false
	}
	var buf [8]byte
	for n := 0; n < len(left); n++ {
		c := left[n]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
	}
	rights, ok := hyphenCompounds[string(buf[:len(left)])]
	if !ok {
		return false
	}
	if rights == "" {
		return true // a prefix: ex-presidente
	}
	right := text[k:lettersEnd(text, k)]
	for len(rights) > 0 {
		var r string
		r, rights, _ = strings.Cut(rights, " ")
		if strings.EqualFold(r, right) {
			return true
		}
	}
	return false
}

// hyphenCompounds maps the left part of a hyphenated compound that stays
// one token to its right parts; "" means any right part.
var hyphenCompounds = map[string]string{
	"e": "mail book commerce", "ex": "", "super": "", "by": "pass", "bloc": "notes",
	"leit": "motiv", "king": "size", "word": "processing", "check": "up",
	"fair": "play", "know": "how", "self": "service", "talk": "show",
	"part": "time", "full": "time", "week": "end", "make": "up", "play": "off",
	"hot": "dog", "start": "up", "spin": "off", "pay": "tv", "call": "center",
	"hi": "fi", "new": "economy", "sit": "in", "pop": "up",
}

// maxDottedLen bounds the look-ahead over dotted acronyms and domain names,
// so that a long chain such as a.b.c.d… costs linear time.
const maxDottedLen = 64

// domainEnd recognizes a bare domain name such as repubblica.it or
// bit.ly/abc whose first period is at j, returning its end or 0.
func domainEnd(text string, j int) int {
	k := j
	for k < len(text) && text[k] == '.' {
		if k-j > maxDottedLen {
			return 0 // keeps a chain of periods from being rescanned at every label
		}
		m := k + 1
		for m < len(text) && (text[m]-'a' < 26 || text[m]-'0' < 10) {
			m++
		}
		if m == k+1 {
			return 0
		}
		if m < len(text) && text[m] == '.' && m+1 < len(text) && text[m+1]-'a' < 26 {
			k = m
			continue
		}
		if isAlnumAt(text, m) || !isTLD(text[k+1:m]) {
			return 0
		}
		if m < len(text) && text[m] == '/' {
			return urlTail(text, m)
		}
		return m
	}
	return 0
}

func isTLD(s string) bool {
	switch s {
	case "it", "com", "org", "net", "eu", "gov", "edu", "info", "biz", "tv", "ly", "mx",
		"uk", "de", "fr", "es", "ch", "me", "io", "co", "us", "ru", "cn", "news":
		return true
	}
	return false
}

// truncatedBeforeURL keeps the ellipsis of a headline cut short before a
// link (è stato ricevu... http://…) in the word, as PoSTWITA does.
func truncatedBeforeURL(text string, j int) int {
	k := j
	if text[k] == '.' {
		for k < len(text) && text[k] == '.' {
			k++
		}
		if k-j < 2 {
			return 0
		}
	} else {
		k += len("…")
	}
	if k+1 < len(text) && text[k] == ' ' && (hasPrefixFold(text[k+1:], "http://") || hasPrefixFold(text[k+1:], "https://")) {
		return k
	}
	return 0
}

// period handles a period right after the letters text[i:j].
func (s *scanner) period(i, j int) (int, Kind) {
	text := s.text
	// Dotted acronyms and abbreviations: S.p.A., U.S.A., a.C., dott.ssa, d.lgs.
	if isLetterAt(text, j+1) {
		k, groups, short := j, 1, j-i <= 2
		for k < len(text) && text[k] == '.' && isLetterAt(text, k+1) && k-i <= maxDottedLen {
			m := lettersEnd(text, k+1)
			if m-k-1 > 3 {
				break
			}
			if m-k-1 > 2 {
				short = false
			}
			k = m
			groups++
		}
		if groups >= 2 && (short || s.t.isAbbrev(text[i:k])) {
			if k < len(text) && text[k] == '.' {
				k++
			}
			return k, Word
		}
		return j, Word
	}
	if j+1 < len(text) && text[j+1] == '.' {
		// "ecc.." is the abbreviation and the final period; a longer
		// run is an ellipsis.
		if (j+2 >= len(text) || text[j+2] != '.') && s.t.isAbbrev(text[i:j]) {
			return j + 1, Word
		}
		return j, Word
	}
	k := j + 1
	for k < len(text) && text[k] == ' ' {
		k++
	}
	nextUpper := k > j+1 && isUpperAt(text, k)
	if s.t.isAbbrev(text[i:j]) {
		// ecc. and etc. end a list, and often the sentence: the treebanks
		// then split the period off.
		if nextUpper && isListEnd(text[i:j]) {
			return j, Word
		}
		return j + 1, Word
	}
	// An initial: one upper-case letter and a period before a capitalized
	// word, after a name (John F. Kennedy) or before another initial
	// (disse J. F. Kennedy), but not ending a sentence (di serie B. È).
	if j-i == 1 && asciiClass[text[i]]&clUpper != 0 && nextUpper {
		// I, V and X after a name are Roman numerals: Re Giacomo I.
		roman := text[i] == 'I' || text[i] == 'V' || text[i] == 'X'
		if (prevWordCapitalized(text, i) && !roman) || isInitialAt(text, k) {
			return j + 1, Word
		}
	}
	return j, Word
}

func isListEnd(w string) bool {
	return len(w) == 3 && (hasPrefixFold(w, "ecc") || hasPrefixFold(w, "etc"))
}

// prevWordCapitalized reports whether the word before i starts with a
// capital letter; the start of the text or punctuation count as capital.
func prevWordCapitalized(text string, i int) bool {
	k := i
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t' || text[k-1] == '\n') {
		k--
	}
	if k == 0 {
		return true
	}
	if !isLetterBefore(text, k) {
		return true
	}
	for k > 0 && isLetterBefore(text, k) {
		_, n := utf8.DecodeLastRuneInString(text[:k])
		k -= n
	}
	return isUpperAt(text, k)
}

func isLetterBefore(text string, k int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:k])
	return unicode.IsLetter(r)
}

// isInitialAt reports whether an initial (J.) starts at k.
func isInitialAt(text string, k int) bool {
	return k+1 < len(text) && asciiClass[text[k]]&clUpper != 0 && text[k+1] == '.'
}

// number scans a token that starts with an ASCII digit: 1.000.000, 3,5,
// 24/02/2022, 10:30, 2°, 1ª, 43' or a word that starts with digits (10mila).
func (s *scanner) number(i int) (int, Kind) {
	text := s.text
	if k := keycapEnd(text, i+1); k > 0 {
		return k, Emoji
	}
	j := digitsEnd(text, i+1)
	for j+1 < len(text) {
		switch text[j] {
		case '.', ',', ':', '/', 'x': // 1.000,5 24/02/2022 10:30 60x60
			if isDigitAt(text, j+1) {
				j = digitsEnd(text, j+2)
				continue
			}
		}
		break
	}
	if j+1 < len(text) && text[j] == 0xC2 && (text[j+1] == 0xB0 || text[j+1] == 0xAA || text[j+1] == 0xBA) {
		return j + 2, Number // 2° 1ª 1º
	}
	if j+2 < len(text) && text[j] == 0xE1 && text[j+1] == 0xB5 && (text[j+2] == 0x83 || text[j+2] == 0x92) {
		return j + 3, Number // 1ᵃ 2ᵒ, with modifier letters
	}
	// Letters after digits are a token of their own in the treebanks:
	// 12 mld, 100 mila.
	if aw := apostropheAt(text, j); aw > 0 && !s.inSingleQuote(j) && !isAlnumAt(text, j+aw) {
		return j + aw, Number // 43' (minutes)
	}
	return j, Number
}

func digitsEnd(text string, i int) int {
	for i < len(text) && text[i]-'0' < 10 {
		i++
	}
	return i
}

// urlEnd returns the end of a URL starting at i (http://, https://, ftp://,
// www.), or i. Trailing punctuation that ends a sentence or closes a
// bracket is left out.
func urlEnd(text string, i int) int {
	c := text[i] | 0x20
	if c != 'h' && c != 'w' && c != 'f' {
		return i
	}
	rest := text[i:]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") ||
		hasPrefixFold(rest, "ftp://") || (hasPrefixFold(rest, "www.") && isAlnumAt(rest, 4))) {
		return i
	}
	return urlTail(text, i)
}

// urlTail returns the end of the URL characters from i on, leaving out
// trailing punctuation that ends a sentence or closes a bracket.
func urlTail(text string, i int) int {
	j := i
	parens := 0
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if asciiClass[c]&clSpace != 0 || c == '"' || c == '<' || c == '>' {
				break
			}
			if c == '(' {
				parens++
			} else if c == ')' {
				if parens == 0 {
					break
				}
				parens--
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsSpace(r) || r == byteOrderMark || r == '«' || r == '»' || r == '“' || r == '”' || r == '…' || r == utf8.RuneError {
			break
		}
		j += n
	}
	for j > i {
		switch text[j-1] {
		case '.', ',', ';', ':', '!', '?', '\'':
			j--
			continue
		}
		break
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// dottedEmailEnd recognizes an e-mail address whose local part has
// periods (mario.rossi@example.it): j is the first period.
func dottedEmailEnd(text string, i, j int) int {
	for k := j; k < len(text) && k-i < 64; k++ {
		c := text[k]
		switch {
		case c == '@':
			if k > j+1 && text[k-1] != '.' {
				return emailEnd(text, i, k)
			}
			return 0
		case c == '.' || c == '_' || c == '-' || c == '+' || (c < utf8.RuneSelf && asciiClass[c]&(clLetter|clDigit) != 0):
		default:
			return 0
		}
	}
	return 0
}

// emailEnd returns the end of an e-mail address whose local part starts at
// i and whose '@' is at at, or 0.
func emailEnd(text string, i, at int) int {
	j := at + 1
	dots := 0
	for j < len(text) {
		c := text[j]
		if asciiClass[c]&(clLetter|clDigit) != 0 || c == '-' {
			j++
			continue
		}
		if c == '.' && isAlnumAt(text, j+1) && text[j+1] < utf8.RuneSelf {
			dots++
			j++
			continue
		}
		break
	}
	if dots == 0 || j == at+1 {
		return 0
	}
	return j
}
