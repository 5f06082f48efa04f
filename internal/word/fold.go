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
	mark := len(dst)
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
	letters, upper := int(count&(1<<32-1)), int(count>>32)
	if i == len(s) {
		changed = seen&aKeyChange != 0
		if changed {
			for k := 0; k < len(s); k++ {
				dst = append(dst, asciiKey[s[k]])
			}
		}
		return dst, h, changed, asciiShape(s, seen, letters, upper)
	}
	var prevLetter, join bool
	if seen&aJoin != 0 {
		f |= innerJoins(s[:i])
	}
	if seen&aDigit != 0 {
		f |= Digit
	}
	if i > 0 {
		prevLetter = asciiInfo[s[i-1]]&aLetter != 0
		join = i > 1 && asciiInfo[s[i-1]]&aJoin != 0 && asciiInfo[s[i-2]]&aLetter != 0
	}
	for k := 0; k < i; k++ {
		dst = append(dst, asciiKey[s[k]])
	}
	combining := false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			a := asciiInfo[c]
			dst = append(dst, asciiKey[c])
			h = (h ^ uint64(asciiKey[c])) * hashPrime
			i++
			switch {
			case a&aLetter != 0:
				letters++
				upper += int(a&aUpper) >> 1
				if join {
					f |= Inner
				}
				prevLetter, join = true, false
				continue
			case a&aDigit != 0:
				f |= Digit
			}
			join = prevLetter && a&aJoin != 0
			prevLetter = false
			continue
		}
		k := len(dst)
		isLetter, isJoin := false, false
		n := 2
		switch {
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF && s[i+1] != 0x97 && s[i+1] != 0xB7:
			// U+00C0–U+00FF but × ÷: the accented letters of Italian and
			// the other Latin-1 languages; upper case below U+00DF.
			isLetter = true
			letters++
			if b := s[i+1]; b < 0x9F {
				upper++
				dst = append(dst, 0xC3, b+0x20)
			} else {
				dst = append(dst, 0xC3, b)
			}
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0x80 && s[i+2] <= 0xBF:
			// U+2000–U+203F: spaces, dashes, quotation marks, … and the
			// apostrophes ’ ‘ ‛ ′. No letter, no case.
			n = 3
			switch s[i+2] {
			case 0x98, 0x99, 0x9B, 0xB2: // ‘ ’ ‛ ′
				dst = append(dst, '\'')
				isJoin = true
			case 0x90, 0x91: // ‐ ‑
				dst = append(dst, s[i:i+3]...)
				isJoin = true
			default:
				dst = append(dst, s[i:i+3]...)
			}
		case c == 0xC2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0xBF:
			// U+0080–U+00BF: « » ° and other signs; ´ is an apostrophe;
			// ª µ º are lower-case letters.
			switch b := s[i+1]; b {
			case 0xB4:
				dst = append(dst, '\'')
				isJoin = true
			case 0xAA, 0xB5, 0xBA:
				isLetter = true
				letters++
				dst = append(dst, c, b)
			default:
				dst = append(dst, c, b)
			}
		default:
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n == 1:
				dst = append(dst, c) // invalid: kept as written
			case IsApostrophe(r):
				dst = append(dst, '\'')
				isJoin = true
			default:
				lr := unicode.ToLower(r)
				if lr == r {
					dst = append(dst, s[i:i+n]...)
				} else {
					dst = utf8.AppendRune(dst, lr)
				}
				switch {
				case unicode.IsLetter(r):
					isLetter = true
					letters++
					if lr != r || unicode.IsTitle(r) {
						upper++
					}
				case r >= 0x300 && unicode.Is(unicode.Mn, r):
					combining = true
					isLetter = prevLetter // a mark continues its letter
				case unicode.IsDigit(r):
					f |= Digit
				}
			}
		}
		for _, b := range dst[k:] {
			h = (h ^ uint64(b)) * hashPrime
		}
		if isLetter {
			if join {
				f |= Inner
			}
			join = false
		} else {
			join = prevLetter && isJoin
		}
		prevLetter = isLetter
		i += n
	}
	if combining {
		// Rare: compose, then hash what composing changed.
		composed := norm.NFC.String(string(dst[mark:]))
		dst = append(dst[:mark], composed...)
		h = Hash(string(dst[mark:]))
	}
	if string(dst[mark:]) == s {
		return dst[:mark], h, false, finishShape(s, f, letters, upper)
	}
	return dst, h, true, finishShape(s, f, letters, upper)
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
