package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

// isApostrophe reports the apostrophe variants Italian text uses for elision.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '`', '´':
		return true
	}
	return false
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// fold is the matching form of a string: lower case, apostrophe variants
// unified to ', accents kept. It returns s itself when nothing changes.
func fold(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') || c == '`' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isApostrophe(r) {
			r = '\''
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// unit is a token, or a part of one split at a hyphen or after an internal
// apostrophe, so that Cina-Russia and dell’Ucraina match whatever the tokenizer
// did with them.
type unit struct {
	start, end int
	key        string // fold of the text
	word       bool   // starts with a letter
	cap        bool   // first letter upper case
	upper      bool   // at least two letters, all upper case (ONU, USA)
	elided     bool   // ends with an apostrophe (dell’, l’)
	sentStart  bool   // first word of a sentence, a paragraph or a quotation
}

// makeUnits splits tokens into units and computes their shapes.
func makeUnits(text string, toks []tokenize.Token) []unit {
	us := make([]unit, 0, len(toks)+len(toks)/8)
	for _, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			continue
		}
		us = splitToken(us, text, t.Start, t.End)
	}
	prevEnd := 0
	start := true
	for i := range us {
		u := &us[i]
		if strings.ContainsAny(text[prevEnd:u.start], "\n") {
			start = true
		}
		if u.word {
			u.sentStart = start
			start = false
		} else {
			switch u.key {
			case ".", "!", "?", "…", ":", ";", "«", "“", "\"", "(", "[", "—", "–", "-", "•", "*", "‘":
				start = true
			}
		}
		prevEnd = u.end
	}
	return us
}

// splitToken appends the units of text[start:end].
func splitToken(us []unit, text string, start, end int) []unit {
	s := text[start:end]
	from := 0
	for i, r := range s {
		switch {
		case isApostrophe(r) && i > from:
			n := i + utf8.RuneLen(r)
			if n < len(s) && startsLetter(s[n:]) && endsLetter(s[from:i]) {
				us = append(us, newUnit(text, start+from, start+n))
				from = n
			}
		case isHyphen(r) && i > from:
			n := i + utf8.RuneLen(r)
			if n < len(s) && startsLetter(s[n:]) && endsLetter(s[from:i]) {
				us = append(us, newUnit(text, start+from, start+i))
				us = append(us, newUnit(text, start+i, start+n))
				from = n
			}
		}
	}
	return append(us, newUnit(text, start+from, end))
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func endsLetter(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func newUnit(text string, start, end int) unit {
	s := text[start:end]
	u := unit{start: start, end: end, key: fold(s)}
	r, _ := utf8.DecodeRuneInString(s)
	u.word = unicode.IsLetter(r)
	u.cap = unicode.IsUpper(r) || unicode.IsTitle(r)
	last, _ := utf8.DecodeLastRuneInString(s)
	u.elided = u.word && isApostrophe(last)
	letters, upper := 0, 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			letters++
			if unicode.IsUpper(c) {
				upper++
			}
		}
	}
	u.upper = letters >= 2 && upper == letters
	return u
}

// nameUnits splits a name from a data file into its units' keys, using the
// same tokenizer as running text so that both sides agree.
func nameUnits(name string) []string {
	toks := tokenize.Tokens(name)
	us := make([]unit, 0, len(toks))
	for _, t := range toks {
		us = splitToken(us, name, t.Start, t.End)
	}
	keys := make([]string, len(us))
	for i, u := range us {
		keys[i] = u.key
	}
	return keys
}
