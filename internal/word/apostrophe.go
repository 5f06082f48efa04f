package word

import "unicode/utf8"

// Italian elides articles, prepositions and pronouns onto the next word with
// an apostrophe (dell'Ucraina, l'ha detto, c'è) and writes some words with a
// final one (po', perche' for perché on keyboards without accents). The same
// apostrophe reaches us typed in many ways: the typewriter ', the typographic
// ’ that word processors put in its place, the ‘ an autocorrect puts after a
// letter by mistake, the modifier letter ʼ, and the grave ` and acute ´
// accents of keyboards without an apostrophe key. Every package reads the
// apostrophe through this one set, so that each of them gives the same tokens,
// stems and names whichever was typed.
//
// apostrophes lists the set, with what each is.
var apostrophes = [...]struct {
	r    rune
	name string
}{
	{'\'', "U+0027 APOSTROPHE (typewriter)"},
	{'’', "U+2019 RIGHT SINGLE QUOTATION MARK (typographic apostrophe)"},
	{'‘', "U+2018 LEFT SINGLE QUOTATION MARK (autocorrect after a letter)"},
	{'ʼ', "U+02BC MODIFIER LETTER APOSTROPHE"},
	{'‛', "U+201B SINGLE HIGH-REVERSED-9 QUOTATION MARK"},
	{'`', "U+0060 GRAVE ACCENT (keyboards without an apostrophe)"},
	{'´', "U+00B4 ACUTE ACCENT (keyboards without an apostrophe)"},
	{'′', "U+2032 PRIME (fonts that draw it like an apostrophe)"},
}

// Apostrophes returns the apostrophes of the set, ' first.
func Apostrophes() []rune {
	out := make([]rune, len(apostrophes))
	for i, a := range apostrophes {
		out[i] = a.r
	}
	return out
}

// IsApostrophe reports whether r is one of the apostrophes of the set.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', '‛', '`', '´', '′':
		return true
	}
	return false
}

// ApostropheAt returns the width in bytes of the apostrophe that starts
// s[i:], or 0 when none does.
func ApostropheAt(s string, i int) int {
	if i < 0 || i >= len(s) {
		return 0
	}
	switch c := s[i]; {
	case c == '\'' || c == '`':
		return 1
	case c < utf8.RuneSelf:
		return 0
	case c == 0xE2 || c == 0xC2 || c == 0xCA:
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsApostrophe(r) {
			return n
		}
	}
	return 0
}

// IsQuoteMark reports whether r, an apostrophe of the set, also serves as a
// single quotation mark (‘pace’), so that whether it is an apostrophe depends
// on the letters around it.
func IsQuoteMark(r rune) bool { return r == '’' || r == '‘' || r == '‛' || r == '\'' }
