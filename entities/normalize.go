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

// appendFold appends fold(s) to buf.
func appendFold(buf []byte, s string) []byte {
	for _, r := range s {
		if isApostrophe(r) {
			r = '\''
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// unit is a token, or a part of one split at a hyphen or after an internal
// apostrophe, so that Cina-Russia and dell’Ucraina match whatever the tokenizer
// did with them.
type unit struct {
	start, end int
	key        string // fold of the text
	h          uint64 // hash of key (keyHash)
	id         int32  // the key's word in the gazetteer's vocabulary, or -1
	word       bool   // starts with a letter
	cap        bool   // first letter upper case
	upper      bool   // at least two letters, all upper case (ONU, USA)
	elided     bool   // ends with an apostrophe (dell’, l’)
	sentStart  bool   // first word of a sentence, a paragraph or a quotation
	cls        uint64 // word classes (clsLowerCue …), set by newFinder and Roles
}

// unitBuilder splits tokens into units. Its buffers are reused between
// documents: the folded keys of a document cost one string allocation.
type unitBuilder struct {
	us   []unit
	buf  []byte     // folded keys that differ from the text, back to back
	offs [][2]int32 // per unit: offset and length of its key in buf; length -1 when the key is the text
}

// makeUnits splits tokens into units and computes their shapes.
func makeUnits(text string, toks []tokenize.Token) []unit {
	var b unitBuilder
	return b.build(text, toks)
}

func (b *unitBuilder) build(text string, toks []tokenize.Token) []unit {
	us := b.us[:0]
	if cap(us) < len(toks) {
		us = make([]unit, 0, len(toks)+len(toks)/8)
	}
	b.buf, b.offs = b.buf[:0], b.offs[:0]
	for _, t := range toks {
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End {
			continue
		}
		if n := len(us); n > 0 && us[n-1].end == t.Start && us[n-1].elided && innerApostrophe(text, us[n-1].start, us[n-1].end, t.Start, t.End) {
			// Mu' + ammar: an apostrophe inside a foreign name, one unit.
			from := us[n-1].start
			us = us[:n-1]
			b.offs = b.offs[:n-1]
			us = b.splitToken(us, text, from, t.End)
			continue
		}
		us = b.splitToken(us, text, t.Start, t.End)
	}
	// One string for every folded key that differs from its text.
	keys := string(b.buf)
	for i := range us {
		if o := b.offs[i]; o[1] >= 0 {
			us[i].key = keys[o[0] : o[0]+o[1]]
		}
	}
	prevEnd := 0
	start := true
	for i := range us {
		u := &us[i]
		if strings.IndexByte(text[prevEnd:u.start], '\n') >= 0 {
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
	b.us = us
	return us
}

// splitToken appends the units of text[start:end].
func (b *unitBuilder) splitToken(us []unit, text string, start, end int) []unit {
	if us, ok := b.asciiUnit(us, text, start, end); ok {
		return us
	}
	s := text[start:end]
	from := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\'' && c != '-' && c != '`' && c < utf8.RuneSelf {
			continue // ASCII fast path
		}
		if c >= utf8.RuneSelf && !utf8.RuneStart(c) {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isApostrophe(r) && i > from:
			n := i + size
			if n < len(s) && startsLetter(s[n:]) && endsLetter(s[from:i]) && !innerApostrophe(text, start+from, start+n, start+n, end) {
				us = b.newUnit(us, text, start+from, start+n)
				from = n
			}
		case isHyphen(r) && i > from:
			n := i + size
			if n < len(s) && startsLetter(s[n:]) && endsLetter(s[from:i]) {
				us = b.newUnit(us, text, start+from, start+i)
				us = b.newUnit(us, text, start+i, start+n)
				from = n
			}
		}
		i += size - 1
	}
	return b.newUnit(us, text, start+from, end)
}

func startsLetter(s string) bool {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return isASCIILetter(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func endsLetter(s string) bool {
	if len(s) > 0 && s[len(s)-1] < utf8.RuneSelf {
		return isASCIILetter(s[len(s)-1])
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r)
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// FNV-1a, over the folded key as it is written.
const (
	hashOffset = 14695981039346656037
	hashPrime  = 1099511628211
)

// keyHash is the hash of a folded key, as newUnit computes it.
func keyHash(k string) uint64 {
	h := uint64(hashOffset)
	for i := 0; i < len(k); i++ {
		h = (h ^ uint64(k[i])) * hashPrime
	}
	return h
}

// nextUnit appends a unit for text[start:end] with its position set and
// the fields found while scanning zeroed; the caller sets word, cap, upper,
// elided, h and the key. The slot is reused in place: appending a literal
// would also overwrite the stale key, a pointer store that the collector's
// write barrier pays for while it marks.
func nextUnit(us []unit, start, end int) ([]unit, *unit) {
	n := len(us)
	if n < cap(us) {
		us = us[:n+1]
	} else {
		us = append(us, unit{})
	}
	u := &us[n]
	u.start, u.end, u.id, u.cls, u.sentStart = start, end, -1, 0, false
	return us, u
}

// newUnit appends the unit of text[start:end], folded in one pass that
// computes its hash and shape; the folded key goes to b.buf only when it
// differs from the text.
func (b *unitBuilder) newUnit(us []unit, text string, start, end int) []unit {
	s := text[start:end]
	us, u := nextUnit(us, start, end)
	if c := s[0]; c < utf8.RuneSelf {
		u.word = asciiKind[c]&kindLetter != 0
		u.cap = asciiKind[c]&kindUpper != 0
	} else {
		r, _ := utf8.DecodeRuneInString(s)
		u.word = unicode.IsLetter(r)
		u.cap = unicode.IsUpper(r) || unicode.IsTitle(r)
	}
	// ASCII fast path: hash, letter counts and whether folding changes anything.
	h := uint64(hashOffset)
	letters, upper := 0, 0
	changed := false
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			break
		}
		k := asciiKind[c]
		letters += int(k & kindLetter)
		upper += int(k&kindUpper) >> 1
		lc := asciiLower[c]
		changed = changed || lc != c
		h = (h ^ uint64(lc)) * hashPrime
	}
	mark := len(b.buf)
	if i < len(s) || changed {
		// Fold into b.buf: the ASCII prefix, then the rest rune by rune.
		for k := 0; k < i; k++ {
			b.buf = append(b.buf, asciiLower[s[k]])
		}
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				k := asciiKind[c]
				letters += int(k & kindLetter)
				upper += int(k&kindUpper) >> 1
				lc := asciiLower[c]
				changed = changed || lc != c
				b.buf = append(b.buf, lc)
				h = (h ^ uint64(lc)) * hashPrime
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			lr := r
			switch {
			case r == utf8.RuneError && size == 1:
				// an invalid byte is kept as written
			case isApostrophe(r):
				lr = '\''
			case unicode.IsLetter(r):
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
				lr = unicode.ToLower(r)
			}
			n := len(b.buf)
			if lr == r {
				b.buf = append(b.buf, s[i:i+size]...)
			} else {
				changed = true
				b.buf = utf8.AppendRune(b.buf, lr)
			}
			for _, c := range b.buf[n:] {
				h = (h ^ uint64(c)) * hashPrime
			}
			i += size
		}
	}
	u.h = h
	if changed {
		b.offs = append(b.offs, [2]int32{int32(mark), int32(len(b.buf) - mark)}) // the key is set in build
	} else {
		b.buf = b.buf[:mark]
		b.offs = append(b.offs, [2]int32{0, -1})
		u.key = s
	}
	last := s[len(s)-1]
	if last < utf8.RuneSelf {
		u.elided = u.word && (last == '\'' || last == '`')
	} else {
		lr, _ := utf8.DecodeLastRuneInString(s)
		u.elided = u.word && isApostrophe(lr)
	}
	u.upper = letters >= 2 && upper == letters
	return us
}

// asciiUnit appends the unit of text[start:end] in one pass when the token
// is ASCII without apostrophes or hyphens, which is one unit (most tokens);
// it reports false, appending nothing, for any other token. The unit is the
// one newUnit would make.
func (b *unitBuilder) asciiUnit(us []unit, text string, start, end int) ([]unit, bool) {
	s := text[start:end]
	h := uint64(hashOffset)
	letters, upper := 0, 0
	changed := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '\'' || c == '-' || c == '`' {
			return us, false
		}
		k := asciiKind[c]
		letters += int(k & kindLetter)
		upper += int(k&kindUpper) >> 1
		lc := asciiLower[c]
		changed = changed || lc != c
		h = (h ^ uint64(lc)) * hashPrime
	}
	us, u := nextUnit(us, start, end)
	u.h = h
	u.word = asciiKind[s[0]]&kindLetter != 0
	u.cap = asciiKind[s[0]]&kindUpper != 0
	u.elided = false // no apostrophe
	u.upper = letters >= 2 && upper == letters
	if changed {
		mark := len(b.buf)
		for i := 0; i < len(s); i++ {
			b.buf = append(b.buf, asciiLower[s[i]])
		}
		b.offs = append(b.offs, [2]int32{int32(mark), int32(len(s))}) // the key is set in build
	} else {
		b.offs = append(b.offs, [2]int32{0, -1})
		u.key = s
	}
	return us, true
}

// ASCII tables of newUnit.
const (
	kindLetter = 1
	kindUpper  = 2
)

var asciiLower, asciiKind = func() (low, kind [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		low[c] = byte(c)
		switch {
		case 'A' <= c && c <= 'Z':
			low[c] = byte(c) + 'a' - 'A'
			kind[c] = kindLetter | kindUpper
		case 'a' <= c && c <= 'z':
			kind[c] = kindLetter
		case c == '`':
			low[c] = '\''
		}
	}
	return
}()

// innerApostrophe reports an apostrophe that is part of a name rather than
// an elision: text[ps:pe] ends with the apostrophe and text[ns:ne] follows it,
// the part before it is capitalized and no Italian word that elides (Mu'ammar,
// Xi'an, Sana'a; not Dell', Quest', Sant', D').
func innerApostrophe(text string, ps, pe, ns, ne int) bool {
	if ns >= ne || !startsLetter(text[ns:ne]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[ps:pe])
	if !unicode.IsUpper(r) {
		return false
	}
	last, size := utf8.DecodeLastRuneInString(text[ps:pe])
	if !isApostrophe(last) || pe-size <= ps {
		return false
	}
	prefix := text[ps : pe-size]
	if len(prefix) > 12 {
		return true
	}
	var buf [16]byte
	k := 0
	for i := 0; i < len(prefix); i++ {
		c := prefix[i]
		if c >= utf8.RuneSelf {
			return true // no elidable Italian word has a non-ASCII letter before the apostrophe
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
		k++
	}
	return !elidingWords[string(buf[:k])]
}

// elidingWords are the Italian words that drop their final vowel before an
// apostrophe (dell', quest', sant', dov'), without it; O' of Irish names is
// left to the rules too.
var elidingWords = set(`l d c m t s v n o un dell all dall nell sull coll pell gl agl dagl degl negl sugl
quest quell sant bell buon grand tutt mezz senz anch neanch nemmen fors dov com cos quand ch perch
qual quant tant nient null alcun nessun qualcun ciascun ogn prim cent vent trent quarant cinquant sessant
settant ottant novant mill sott tr fin pover dev pu mo po`)

// nameUnits splits a name from a data file into its units' keys, using the
// same tokenizer as running text so that both sides agree.
func nameUnits(name string) []string {
	us := makeUnits(name, tokenize.Tokens(name))
	keys := make([]string, len(us))
	for i, u := range us {
		keys[i] = u.key
	}
	return keys
}

// is reports whether the unit's word is in the word list of class c.
func (u unit) is(c uint64) bool { return u.cls&c != 0 }
