package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/internal/wordtable"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// fold is the matching form of a string: the word layer's key (lower case,
// every apostrophe ', accents kept).
func fold(s string) string { return word.Fold(s) }

// unit is a token, or a part of one split at a hyphen or after an internal
// apostrophe, so that Cina-Russia and dell’Ucraina match whatever the tokenizer
// did with them. Most units are whole tokens, whose key, hash and shape come
// from the document's word table.
type unit struct {
	start, end int
	key        string  // the word layer's key of the text
	h          uint64  // hash of key (word.Hash)
	lex        word.ID // the key's lexicon entry, word.NoID
	id         int32   // the key's word in the gazetteer's vocabulary, or -1
	word       bool    // starts with a letter
	cap        bool    // first letter upper case
	upper      bool    // at least two letters, all upper case (ONU, USA)
	elided     bool    // ends with an apostrophe (dell’, l’)
	sentStart  bool    // first word of a sentence, a paragraph or a quotation
	cls        uint64  // word classes (clsLowerCue …): the lexicon's Entities column and the gazetteer's own
}

// unitBuilder makes the units of a document from its word table. Its
// buffers are reused between documents; the keys of split tokens cost one
// string allocation a document.
type unitBuilder struct {
	tb   wordtable.Table // the table of a document Find was given without one
	us   []unit
	buf  []byte       // keys of the parts of split tokens, back to back
	pend []pendingKey // the units whose key is in buf
}

type pendingKey struct{ unit, off, n int32 }

// makeUnits splits tokens into units and computes their shapes.
func makeUnits(text string, toks []tokenize.Token) []unit {
	var b unitBuilder
	return b.build(text, toks)
}

// build makes the word table of text and then its units.
func (b *unitBuilder) build(text string, toks []tokenize.Token) []unit {
	b.tb.Build(text, toks)
	return b.fromTable(&b.tb)
}

// fromTable makes the units of the document of tb.
func (b *unitBuilder) fromTable(tb *wordtable.Table) []unit { return b.fromTableAt(tb, nil) }

// fromTableAt makes the units of the tokens of tb whose indexes idx lists,
// in order; nil: of every token.
func (b *unitBuilder) fromTableAt(tb *wordtable.Table, idx []int32) []unit {
	text, toks := tb.Text, tb.Tokens
	n := len(toks)
	if idx != nil {
		n = len(idx)
	}
	us := b.us[:0]
	if cap(us) < n {
		us = make([]unit, 0, n+n/8)
	}
	b.buf, b.pend = b.buf[:0], b.pend[:0]
	for k := range n {
		i := k
		if idx != nil {
			i = int(idx[k])
		}
		t := &toks[i]
		if t.Start < 0 || t.End > len(text) || t.Start >= t.End || t.End-t.Start != len(t.Text) {
			continue
		}
		w := &tb.Words[i]
		if n := len(us); n > 0 && us[n-1].end == t.Start && us[n-1].elided && innerApostrophe(text, us[n-1].start, us[n-1].end, t.Start, t.End) {
			// Mu' + ammar: an apostrophe inside a foreign name, one unit.
			from, st := us[n-1].start, us[n-1].sentStart
			us = b.drop(us)
			us = b.splitToken(us, text, from, t.End, st)
			continue
		}
		if w.Flags&word.Inner != 0 {
			us = b.splitToken(us, text, t.Start, t.End, w.Flags&word.SentStart != 0)
			continue
		}
		var u *unit
		us, u = nextUnit(us, t.Start, t.End)
		u.key, u.h, u.lex = tb.Keys[i], w.Hash, w.ID
		u.setShape(w.Flags)
	}
	if len(b.pend) > 0 {
		keys := string(b.buf)
		for _, p := range b.pend {
			us[p.unit].key = keys[p.off : p.off+p.n]
		}
	}
	b.us = us
	return us
}

// drop removes the last unit, and its key from buf.
func (b *unitBuilder) drop(us []unit) []unit {
	n := len(us) - 1
	if k := len(b.pend); k > 0 && b.pend[k-1].unit == int32(n) {
		b.buf = b.buf[:b.pend[k-1].off]
		b.pend = b.pend[:k-1]
	}
	return us[:n]
}

func (u *unit) setShape(f word.Flags) {
	u.word = f&word.Letter != 0
	u.cap = f&word.Cap != 0
	u.upper = f&word.AllCaps != 0
	u.elided = f&word.Elided != 0
	u.sentStart = f&word.SentStart != 0
}

// splitToken appends the units of text[start:end], a token with a hyphen or
// an apostrophe between letters. The first word unit starts a sentence when
// the token does (sentStart); a unit after a hyphen starts one, as after a
// dash between tokens.
func (b *unitBuilder) splitToken(us []unit, text string, start, end int, sentStart bool) []unit {
	first := len(us)
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
		case word.IsApostrophe(r) && i > from:
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
	us = b.newUnit(us, text, start+from, end)
	st := sentStart
	for k := first; k < len(us); k++ {
		u := &us[k]
		if u.word {
			u.sentStart = st
			st = false
		} else if text[u.start:u.end] == "-" {
			st = true
		}
	}
	return us
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

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

// keyHash is the hash of a folded key.
func keyHash(k string) uint64 { return word.Hash(k) }

// nextUnit appends a unit for text[start:end] with its position set and
// the fields found while scanning zeroed; the caller sets the rest. The slot
// is reused in place: appending a literal would also overwrite the stale
// key, a pointer store that the collector's write barrier pays for while it
// marks.
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

// newUnit appends the unit of text[start:end], a part of a split token,
// folded by the word layer; its key goes to b.buf when it differs from the
// text.
func (b *unitBuilder) newUnit(us []unit, text string, start, end int) []unit {
	s := text[start:end]
	us, u := nextUnit(us, start, end)
	mark := len(b.buf)
	var changed bool
	var f word.Flags
	b.buf, u.h, changed, f = word.Scan(b.buf, s)
	u.setShape(f)
	lx := word.Lex()
	switch {
	case !changed:
		u.key = s
		u.lex = lx.Find(s, u.h)
	default:
		if u.lex = lx.FindBytes(b.buf[mark:], u.h); u.lex >= 0 {
			u.key = lx.Key(u.lex)
			b.buf = b.buf[:mark]
		} else {
			b.pend = append(b.pend, pendingKey{int32(len(us) - 1), int32(mark), int32(len(b.buf) - mark)})
		}
	}
	return us
}

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
	if !word.IsApostrophe(last) || pe-size <= ps {
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
