package word

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A key is the form in which a word is looked up: lower case, every
// apostrophe of the set written ', and composed (NFC) so that an e followed by
// a combining grave accent is the è of the word lists. Accents are kept:
// Italian tells words apart by them (e and è, papa and papà). Bytes that are
// not valid UTF-8 are kept as written. Fold is the only function that makes
// keys, so that the tokenizer, the stemmer, the gazetteer and the quote rules
// agree on them.

// Fold returns the key of s. It returns s itself, without allocating, when s
// is already a key (the common case: a lower-case ASCII word).
func Fold(s string) string {
	if isKey(s) {
		return s
	}
	var buf [64]byte
	return string(AppendFold(buf[:0], s))
}

// isKey reports whether s is ASCII with no upper-case letter and no `: a
// key as it is.
func isKey(s string) bool {
	for i := 0; i < len(s); i++ {
		if asciiInfo[s[i]]&aKeyChange != 0 {
			return false
		}
	}
	return true
}

// AppendFold appends the key of s to dst.
func AppendFold(dst []byte, s string) []byte {
	dst, _, changed, _ := Scan(dst, s)
	if !changed {
		dst = append(dst, s...)
	}
	return dst
}

// FoldHash appends the key of s to dst and returns the key's hash (Hash of
// it) and whether the key differs from s.
func FoldHash(dst []byte, s string) (out []byte, h uint64, changed bool) {
	out, h, changed, _ = Scan(dst, s)
	if !changed {
		out = append(out, s...)
	}
	return
}

// Per-byte facts of ASCII.
const (
	aLetter    = 1 << iota // a-z A-Z
	aUpper                 // A-Z
	aDigit                 // 0-9
	aJoin                  // - and ', which join letters (Cina-Russia, D'Alema)
	aKeyChange             // the key writes it otherwise: A-Z, `
)

var asciiInfo, asciiKey = func() (info, key [256]byte) {
	for c := 0; c < 256; c++ {
		key[c] = byte(c)
		switch {
		case 'A' <= c && c <= 'Z':
			info[c] = aLetter | aUpper | aKeyChange
			key[c] = byte(c) + 'a' - 'A'
		case 'a' <= c && c <= 'z':
			info[c] = aLetter
		case '0' <= c && c <= '9':
			info[c] = aDigit
		case c == '-' || c == '\'':
			info[c] = aJoin
		case c == '`':
			info[c] = aJoin | aKeyChange
			key[c] = '\''
		case c >= utf8.RuneSelf:
			info[c] = aKeyChange // decided rune by rune
		}
	}
	return
}()

// asciiCount counts letters (1) and upper-case letters (1<<32) by byte.
var asciiCount = func() (t [256]uint64) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
		t[c-'a'+'A'] = 1 | 1<<32
	}
	return t
}()

// Scan reads s once and returns the hash of its key, whether the key
// differs from s, and the shape of s (Flags, without SentStart). When the
// key differs it is appended to dst; when it does not, the key is s itself
// and dst is returned as it was: most tokens cost no copy.
func Scan(dst []byte, s string) (out []byte, h uint64, changed bool, f Flags) {
	h = hashOffset
	var seen byte    // the ASCII classes met
	var count uint64 // letters in the low 32 bits, upper-case letters in the high
	i := 0
	// ASCII: most tokens end here, their key being s or its lower case.
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			break
		}
		seen |= asciiInfo[c]
		count += asciiCount[c]
		h = (h ^ uint64(asciiKey[c])) * hashPrime
	}
	if i == len(s) {
		changed = seen&aKeyChange != 0
		if changed {
			for k := 0; k < len(s); k++ {
				dst = append(dst, asciiKey[s[k]])
			}
		}
		return dst, h, changed, asciiShape(s, seen, int(count&(1<<32-1)), int(count>>32))
	}
	return scanMixed(dst, s, i, h, seen, count)
}

// scanMixed is Scan for a token with a byte beyond ASCII at s[i], s[:i]
// being ASCII already hashed (h) and classified (seen, count).
func scanMixed(dst []byte, s string, i int, h uint64, seen byte, count uint64) (out []byte, _ uint64, changed bool, f Flags) {
	mark := len(dst)
	sh := shaper{letters: int(count & (1<<32 - 1)), upper: int(count >> 32)}
	if seen&aJoin != 0 {
		sh.f |= innerJoins(s[:i])
	}
	if seen&aDigit != 0 {
		sh.f |= Digit
	}
	if i > 0 {
		sh.prevLetter = asciiInfo[s[i-1]]&aLetter != 0
		sh.join = i > 1 && asciiInfo[s[i-1]]&aJoin != 0 && asciiInfo[s[i-2]]&aLetter != 0
	}
	for k := 0; k < i; k++ {
		dst = append(dst, asciiKey[s[k]])
	}
	for i < len(s) {
		k := len(dst)
		var n int
		var kind charKind
		dst, n, kind = foldChar(dst, s, i)
		for _, b := range dst[k:] {
			h = (h ^ uint64(b)) * hashPrime
		}
		sh.add(kind)
		i += n
	}
	if sh.combining {
		// Rare: compose, then hash what composing changed.
		composed := norm.NFC.String(string(dst[mark:]))
		dst = append(dst[:mark], composed...)
		h = Hash(string(dst[mark:]))
	}
	if string(dst[mark:]) == s {
		return dst[:mark], h, false, finishShape(s, sh.f, sh.letters, sh.upper)
	}
	return dst, h, true, finishShape(s, sh.f, sh.letters, sh.upper)
}

// charKind is what a character adds to a token's shape.
type charKind uint8

const (
	charOther  charKind = iota
	charLetter          // a lower-case or caseless letter
	charUpper           // an upper-case or title-case letter
	charDigit
	charJoin // an apostrophe or a hyphen, which joins letters (Cina-Russia)
	charMark // a combining mark, which continues its letter
)

// shaper accumulates the shape of a token character by character.
type shaper struct {
	f                Flags
	letters, upper   int
	prevLetter, join bool // the last character was a letter; a letter then a joiner
	combining        bool // a combining mark was met: the key must be composed
}

func (sh *shaper) add(kind charKind) {
	isLetter := false
	switch kind {
	case charLetter, charUpper:
		isLetter = true
		sh.letters++
		if kind == charUpper {
			sh.upper++
		}
	case charDigit:
		sh.f |= Digit
	case charMark:
		sh.combining = true
		isLetter = sh.prevLetter
	}
	if isLetter {
		if sh.join {
			sh.f |= Inner
		}
		sh.join = false
	} else {
		sh.join = sh.prevLetter && kind == charJoin
	}
	sh.prevLetter = isLetter
}

// foldChar appends the key of the character at s[i] to dst and returns its
// width and kind. Latin-1 letters, the punctuation of U+2000–U+203F and the
// signs of U+0080–U+00BF are read without Unicode's tables.
func foldChar(dst []byte, s string, i int) ([]byte, int, charKind) {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		a := asciiInfo[c]
		dst = append(dst, asciiKey[c])
		switch {
		case a&aUpper != 0:
			return dst, 1, charUpper
		case a&aLetter != 0:
			return dst, 1, charLetter
		case a&aDigit != 0:
			return dst, 1, charDigit
		case a&aJoin != 0:
			return dst, 1, charJoin
		}
		return dst, 1, charOther
	case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF && s[i+1] != 0x97 && s[i+1] != 0xB7:
		// U+00C0–U+00FF but × ÷: the accented letters of Italian and the
		// other Latin-1 languages; upper case below U+00DF.
		if b := s[i+1]; b < 0x9F {
			return append(dst, 0xC3, b+0x20), 2, charUpper
		}
		return append(dst, 0xC3, s[i+1]), 2, charLetter
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x80 && s[i+2] <= 0xBF:
		// U+2000–U+203F: spaces, dashes, quotation marks, … and the
		// apostrophes ’ ‘ ‛ ′. No letter, no case.
		switch s[i+2] {
		case 0x98, 0x99, 0x9B, 0xB2: // ‘ ’ ‛ ′
			return append(dst, '\''), 3, charJoin
		case 0x90, 0x91: // ‐ ‑
			return append(dst, s[i:i+3]...), 3, charJoin
		}
		return append(dst, s[i:i+3]...), 3, charOther
	case c == 0xC2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF:
		// U+0080–U+00BF: « » ° and other signs; ´ is an apostrophe; ª µ º
		// are lower-case letters.
		switch b := s[i+1]; b {
		case 0xB4:
			return append(dst, '\''), 2, charJoin
		case 0xAA, 0xB5, 0xBA:
			return append(dst, c, b), 2, charLetter
		}
		return append(dst, c, s[i+1]), 2, charOther
	}
	return foldRune(dst, s, i)
}

// foldRune is foldChar for any other character, through Unicode's tables.
func foldRune(dst []byte, s string, i int) ([]byte, int, charKind) {
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n == 1:
		return append(dst, s[i]), 1, charOther // invalid: kept as written
	case IsApostrophe(r):
		return append(dst, '\''), n, charJoin
	}
	lr := unicode.ToLower(r)
	if lr == r {
		dst = append(dst, s[i:i+n]...)
	} else {
		dst = utf8.AppendRune(dst, lr)
	}
	switch {
	case unicode.IsLetter(r):
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return dst, n, charUpper
		}
		return dst, n, charLetter
	case r >= 0x300 && unicode.Is(unicode.Mn, r):
		return dst, n, charMark
	case unicode.IsDigit(r):
		return dst, n, charDigit
	}
	return dst, n, charOther
}

// asciiShape is the shape of an ASCII token s given the classes of its
// bytes and its letter counts.
func asciiShape(s string, seen byte, letters, upper int) Flags {
	var f Flags
	if s == "" {
		return 0
	}
	if seen&aJoin != 0 {
		f |= innerJoins(s)
	}
	if a := asciiInfo[s[0]]; a&aLetter != 0 {
		f |= Letter
		if a&aUpper != 0 {
			f |= Cap
		}
		if c := s[len(s)-1]; c == '\'' || c == '`' {
			f |= Elided
		}
	}
	if letters >= 2 && upper == letters {
		f |= AllCaps
	}
	if seen&aDigit != 0 {
		f |= Digit
		if len(s) == 4 && IsYear(s) {
			f |= YearFlag
		}
	}
	return f
}

// innerJoins returns Inner when the ASCII s has a hyphen or an apostrophe
// between two letters.
func innerJoins(s string) Flags {
	for k := 1; k+1 < len(s); k++ {
		if asciiInfo[s[k]]&aJoin != 0 && asciiInfo[s[k-1]]&aLetter != 0 && asciiInfo[s[k+1]]&aLetter != 0 {
			return Inner
		}
	}
	return 0
}

// finishShape adds to f what the whole of s tells: Letter and Cap from its
// first character, AllCaps from its letter counts, Elided from its last,
// YearFlag.
func finishShape(s string, f Flags, letters, upper int) Flags {
	if s == "" {
		return f
	}
	if c := s[0]; c < utf8.RuneSelf {
		a := asciiInfo[c]
		if a&aLetter != 0 {
			f |= Letter
			if a&aUpper != 0 {
				f |= Cap
			}
		}
	} else if r, _ := utf8.DecodeRuneInString(s); unicode.IsLetter(r) && !IsApostrophe(r) {
		f |= Letter
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			f |= Cap
		}
	}
	if letters >= 2 && upper == letters {
		f |= AllCaps
	}
	if f&Letter != 0 {
		if c := s[len(s)-1]; c == '\'' || c == '`' {
			f |= Elided
		} else if c >= utf8.RuneSelf {
			if r, _ := utf8.DecodeLastRuneInString(s); IsApostrophe(r) {
				f |= Elided
			}
		}
	}
	if f&Digit != 0 && IsYear(s) {
		f |= YearFlag
	}
	return f
}

// FNV-1a, 64 bits, over the key's bytes.
const (
	hashOffset = 14695981039346656037
	hashPrime  = 1099511628211
)

// Hash returns the hash of key, as Scan computes it while folding.
func Hash(key string) uint64 {
	h := uint64(hashOffset)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint64(key[i])) * hashPrime
	}
	return h
}

// IsYear reports whether s is a year as news text writes one: four digits
// from 1900 to 2100.
func IsYear(s string) bool { return Year(s) != 0 }

// Year returns the year s names (1900–2100), or 0 when s is not one.
func Year(s string) int {
	if len(s) != 4 {
		return 0
	}
	n := 0
	for i := 0; i < 4; i++ {
		d := s[i] - '0'
		if d > 9 {
			return 0
		}
		n = 10*n + int(d)
	}
	if n < 1900 || n > 2100 {
		return 0
	}
	return n
}
