package word

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// The lexicon is the one table of the Italian words the packages know by
// heart: articles, prepositions, pronouns, auxiliaries and the other closed
// classes that grammar fixes (the Grammar column, defined here), and the cue
// words each package's rules read (titles, heads of institutions' names,
// speech verbs …), each package in a column of its own. A word has one entry
// with every class of every column, found with one probe by the hash that
// FoldHash computes while folding it: a token is looked up once per document
// whatever number of packages ask about it.
//
// Packages define their classes while they are initialized (in package-level
// variable declarations); the table is built on the first lookup, after which
// no class can be defined.

// Column is a package's space of 64 class bits.
type Column uint8

// The columns.
const (
	Grammar  Column = iota // the closed classes of this package (DefArticle …)
	Entities               // the cue words of package entities
	Quotes                 // the cue words of package quotes
	Shared                 // classes one package defines for others to read (RoleOpener)
	numColumns
)

// The classes of the Shared column.
const (
	// RoleOpener: a word that opens a role phrase (presidente, premier,
	// omologo, ministro …), defined by package entities, whose role mentions
	// package quotes reads around these words. Not primo and prima, frequent
	// words whose phrases (primo ministro) open at their second word.
	RoleOpener uint64 = 1 << iota
)

// Classes are the classes of a word, a bit set per column.
type Classes [numColumns]uint64

// Has reports whether the word is in one of classes c of column col.
func (cs Classes) Has(col Column, c uint64) bool { return cs[col]&c != 0 }

// ID identifies a word of the lexicon; NoID is a word the lexicon lacks.
type ID int32

// NoID is the ID of a word that no class holds.
const NoID ID = -1

type definition struct {
	col   Column
	class uint64
	words func() []string
}

var (
	defsMu  sync.Mutex
	defs    []definition
	lexOnce sync.Once
	lex     *Lexicon
)

// Define puts words (keys: lower case, apostrophes as ') in class bits c of
// column col. It must be called during package initialization; it panics
// after the lexicon was built.
func Define(col Column, c uint64, words ...string) bool {
	ws := append([]string(nil), words...)
	return DefineFunc(col, c, func() []string { return ws })
}

// DefineSet is Define for the keys of a set.
func DefineSet(col Column, c uint64, set map[string]bool) bool {
	return DefineFunc(col, c, func() []string {
		out := make([]string, 0, len(set))
		for w := range set {
			out = append(out, w)
		}
		return out
	})
}

// DefineFunc is Define with the words produced when the lexicon is built,
// for lists read from embedded files.
func DefineFunc(col Column, c uint64, words func() []string) bool {
	defsMu.Lock()
	defer defsMu.Unlock()
	if lex != nil {
		panic(fmt.Sprintf("word: Define after the lexicon was built (column %d, class %#x)", col, c))
	}
	defs = append(defs, definition{col, c, words})
	return true
}

// Lookup returns the ID of key (its hash h, as Hash computes it), or NoID.
func Lookup(key string, h uint64) ID { return lexicon().Find(key, h) }

// LookupBytes is Lookup for a key held in a byte slice.
func LookupBytes(key []byte, h uint64) ID { return lookupKey(lexicon(), key, h) }

// Lex returns the lexicon, built on the first call.
func Lex() *Lexicon { return lexicon() }

// Len returns the number of words of the lexicon; their IDs are 0 to Len()-1.
func (t *Lexicon) Len() int { return len(t.keys) }

// Column returns the classes of id in column col (0 for NoID).
func (t *Lexicon) Column(id ID, col Column) uint64 {
	if id < 0 {
		return 0
	}
	return t.cls[id][col]
}

// Find returns the ID of key (hash h), or NoID.
func (t *Lexicon) Find(key string, h uint64) ID { return lookupKey(t, key, h) }

// FindBytes is Find for a key held in a byte slice.
func (t *Lexicon) FindBytes(key []byte, h uint64) ID { return lookupKey(t, key, h) }

// Key returns the key of id ("" for NoID).
func (t *Lexicon) Key(id ID) string {
	if id < 0 {
		return ""
	}
	return t.keys[id]
}

// ClassesOf returns the classes of the word id (all zero for NoID).
func ClassesOf(id ID) Classes {
	if id < 0 {
		return Classes{}
	}
	return lexicon().cls[id]
}

// Column returns the classes of id in column col (0 for NoID).
func ColumnOf(id ID, col Column) uint64 {
	if id < 0 {
		return 0
	}
	return lexicon().cls[id][col]
}

// KeyOf returns the key of the word id ("" for NoID): the lexicon's own
// string, which callers may keep instead of a copy of theirs.
func KeyOf(id ID) string {
	if id < 0 {
		return ""
	}
	return lexicon().keys[id]
}

// Words returns, sorted, the keys of the words in class c of column col.
func Words(col Column, c uint64) []string {
	t := lexicon()
	var out []string
	for i, cs := range t.cls {
		if cs[col]&c != 0 {
			out = append(out, t.keys[i])
		}
	}
	sort.Strings(out)
	return out
}

func lexicon() *Lexicon {
	lexOnce.Do(func() {
		defsMu.Lock()
		defer defsMu.Unlock()
		lex = build(defs)
	})
	return lex
}

// Lexicon is the built table: an open-addressing hash table from key to ID
// with the classes of every word. It is immutable.
type Lexicon struct {
	keys  []string
	cls   []Classes
	slots []slot // power-of-two length, at most half full
	mask  uint64
}

// slot holds a word's hash beside its ID, so that a probe that misses, the
// fate of most words of running text, reads one cache line.
type slot struct {
	h  uint64
	id int32 // ID+1; 0: empty
}

func build(defs []definition) *Lexicon {
	ids := map[string]int{}
	t := &Lexicon{}
	for _, d := range defs {
		for _, w := range d.words() {
			w = strings.TrimSpace(w)
			if w == "" {
				continue
			}
			w = Fold(w)
			id, ok := ids[w]
			if !ok {
				id = len(t.keys)
				ids[w] = id
				t.keys = append(t.keys, w)
				t.cls = append(t.cls, Classes{})
			}
			t.cls[id][d.col] |= d.class
		}
	}
	size := 16
	for size < 2*len(t.keys) {
		size <<= 1
	}
	t.slots = make([]slot, size)
	t.mask = uint64(size - 1)
	for id, k := range t.keys {
		h := Hash(k)
		i := h & t.mask
		for t.slots[i].id != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{h, int32(id + 1)}
	}
	return t
}

func lookupKey[K string | []byte](t *Lexicon, key K, h uint64) ID {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.id == 0 {
			return NoID
		}
		if s.h == h && t.keys[s.id-1] == string(key) {
			return ID(s.id - 1)
		}
	}
}
