package quotes

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word classes that the passes over every token look at, read with the
// token's one table lookup.
const (
	wRoleHead    uint8 = 1 << iota // opens a role phrase of entities' Roles
	wPeriphrasis                   // ends a multi-word cue (far sapere)
	wCapFunction                   // a capitalized function word, no name
	wRoleNoun                      // heads a noun phrase naming a person by office
	wForm                          // a speech verb form of the lexicon
	wYear        uint8 = 1 << 6    // of the token: a year as Roles reads them (1900–2100)
	wUpper       uint8 = 1 << 7    // of the token: it starts with a capital
)

// Closed word classes, one bit each: what the passes over the tokens ask
// of a token's lower-case form, read from its table entry instead of a map.
const (
	cArticle uint32 = 1 << iota
	cPreposition
	cDeterminer
	cAvere
	cEssere
	cClitic
	cConjunction
	cPronoun
	cTitleNoun
	cSpeakerNoun
	cRoleNoun
	cNameConnector
	cGenitive
	cPairWord
	cClauseOpener
)

// classSets are the sets behind the classes.
var classSets = []struct {
	m map[string]bool
	c uint32
}{
	{articles, cArticle}, {prepositions, cPreposition}, {determiners, cDeterminer}, {avere, cAvere},
	{essere, cEssere}, {clitics, cClitic}, {conjunctions, cConjunction}, {pronouns, cPronoun},
	{titleNouns, cTitleNoun}, {speakerNouns, cSpeakerNoun}, {roleNouns, cRoleNoun},
	{nameConnectors, cNameConnector}, {genitives, cGenitive}, {pairWords, cPairWord}, {clauseOpeners, cClauseOpener},
}

// wordInfo is what the table knows of one lower-case word.
type wordInfo struct {
	key  string
	hash uint32
	cls  uint32 // closed classes (cArticle …)
	bits uint8
	form verbForm
}

// wordTable is an open-addressing hash table of the known lower-case words:
// speech verb forms and the closed classes. It is probed with a hash
// computed while a token is folded, so that a known word costs no map access
// and its lower-case form no allocation.
type wordTable struct {
	lens  [256]uint32 // by first byte: a bit for each length (31: longer) of the words
	slots []slot
	words []wordInfo
	mask  uint32
}

// slot holds the top bits of a word's hash beside its index, four bytes in
// all, so that a probe that misses reads no entry and the slots stay in cache.
type slot struct {
	tag uint16
	idx uint16 // index+1 in words; 0: empty
}

func tagOf(h uint32) uint16 { return uint16(h >> 16) }

// wordHash hashes a word from its length and its first and last eight
// bytes: no loop over the bytes, and the table compares whole keys anyway.
func wordHash[T string | []byte](b T) uint32 {
	n := len(b)
	var x, y uint64
	if n >= 8 {
		x = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		e := b[n-8:]
		y = uint64(e[0]) | uint64(e[1])<<8 | uint64(e[2])<<16 | uint64(e[3])<<24 |
			uint64(e[4])<<32 | uint64(e[5])<<40 | uint64(e[6])<<48 | uint64(e[7])<<56
	} else {
		for i := 0; i < n; i++ {
			x |= uint64(b[i]) << (8 * i)
		}
	}
	h := x ^ y*0x9E3779B97F4A7C15 ^ uint64(n)*0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 29
	return uint32(h)
}

var words = sync.OnceValue(buildWordTable)

func buildWordTable() *wordTable {
	type entry struct {
		bits uint8
		cls  uint32
		form verbForm
	}
	all := map[string]entry{}
	add := func(w string, bits uint8, f verbForm) {
		e := all[w]
		e.bits |= bits
		if bits&wForm != 0 {
			e.form = f
		}
		all[w] = e
	}
	for w, f := range lexicon() {
		add(w, wForm, f)
	}
	for _, c := range []struct {
		m    map[string]bool
		bits uint8
	}{{roleHeads, wRoleHead}, {periphrasisHeads, wPeriphrasis}, {capitalFunctionWords, wCapFunction}, {roleNouns, wRoleNoun}} {
		for w := range c.m {
			add(w, c.bits, verbForm{})
		}
	}
	for _, c := range classSets {
		for w := range c.m {
			e := all[w]
			e.cls |= c.c
			all[w] = e
		}
	}
	// The other classes are there for their interned lower-case forms.
	for _, m := range []map[string]bool{articles, prepositions, determiners, avere, essere, clitics, adverbs, conjunctions,
		subordinators, pronouns, titleNouns, speakerNouns, nounish, fareForms, rendereForms, nameConnectors, genitives, pairWords} {
		for w := range m {
			add(w, 0, verbForm{})
		}
	}
	size := 1
	for size < 2*len(all) {
		size <<= 1
	}
	t := &wordTable{slots: make([]slot, size), mask: uint32(size - 1), words: make([]wordInfo, 0, len(all))}
	for w, e := range all {
		if w == "" {
			continue
		}
		h := wordHash(w)
		i := h & t.mask
		for t.slots[i].idx != 0 {
			i = (i + 1) & t.mask
		}
		t.words = append(t.words, wordInfo{key: w, hash: h, cls: e.cls, bits: e.bits, form: e.form})
		t.slots[i] = slot{tag: tagOf(h), idx: uint16(len(t.words))}
		t.lens[w[0]] |= 1 << min(len(w), 31)
	}
	return t
}

// lookup returns the entry of the lower-case word b (hash h), nil when absent.
func (t *wordTable) lookup(h uint32, b []byte) *wordInfo { return lookupWord(t, h, b) }

// lookupString is lookup for a string.
func (t *wordTable) lookupString(h uint32, w string) *wordInfo { return lookupWord(t, h, w) }

func lookupWord[T string | []byte](t *wordTable, h uint32, w T) *wordInfo {
	if len(w) == 0 || t.lens[w[0]]&(1<<min(len(w), 31)) == 0 {
		return nil
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.idx == 0 {
			return nil
		}
		if s.tag == tagOf(h) {
			if e := &t.words[s.idx-1]; e.key == string(w) {
				return e
			}
		}
	}
}

// fold lowers s into buf as lower does (apostrophes as ASCII ') and hashes
// the result. changed: the lower-case form differs from s (it is in out;
// otherwise out is empty); slow: s has invalid UTF-8 or a letter that lower
// treats otherwise, so lower must do it.
func fold(s string, buf []byte) (out []byte, h uint32, changed, slow bool) {
	i := 0
	for i < len(s) && s[i]-'A' >= 26 && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return buf[:0], wordHash(s), false, false // lower case ASCII: most words
	}
	out = append(buf[:0], s[:i]...)
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
				changed = true
			}
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r == utf8.RuneError && n == 1:
			return out, 0, changed, true
		case r == '’':
			changed = true
			out = append(out, '\'')
			continue
		case unicode.IsUpper(r):
			changed = true
			r = unicode.ToLower(r)
		case unicode.ToLower(r) != r:
			return out, 0, changed, true // a title-case letter: lower keeps the word as it is
		}
		out = utf8.AppendRune(out, r)
	}
	if !changed {
		return out, wordHash(s), false, false
	}
	return out, wordHash(out), true, false
}
