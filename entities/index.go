package entities

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// target is what a complete path in the index names: an entry, and whether
// the path was its name, an alias or a demonym.
type target struct {
	e     *Entry
	via   Via
	cap   bool     // entry flag cap
	exact []string // for entries flagged exact: the units as written
}

// The index is a trie over the words of the gazetteer's names. Each word is
// interned once (vocab), so that a lookup costs one probe of a flat table per
// token, with the hash newUnit computed while folding, and one integer-keyed
// map access per trie step, whatever the size of the gazetteer. Its edges
// live in one map and its targets in one slice, which keeps a large gazetteer
// to few objects for the garbage collector to scan.
type index struct {
	words   vocab
	edges   edgeTable  // parent node << 32 | word id → child node
	spans   [][2]int32 // per node: its targets, targets[span[0]:span[1]]
	targets []target
	pending pendingTargets   // while building: per node, its targets
	ids     map[string]int32 // while building: word ids
	anyCase map[int32]bool   // while building: first words of demonyms and exactly written names
	buf     []byte           // while building: a folded word
	roots   []int32          // per word id: the child of the root, or -1
	cls     []uint64         // per word id: the classes the gazetteer gives it (clsAnyCaseStart)
	// byLex maps the words of the lexicon (word.ID) to their id here, or -1:
	// the most frequent words of running text are lexicon words, found
	// without a probe of the vocabulary.
	byLex []int32
}

const root = int32(0)

// newIndexSized returns an index for about forms names, its tables sized
// once rather than grown.
func newIndexSized(forms int) *index {
	x := &index{edges: newEdgeTable(forms + forms/2), ids: make(map[string]int32, forms), anyCase: map[int32]bool{}}
	x.pending.init(forms + 1)
	return x
}

func edgeKey(n, id int32) uint64 { return uint64(uint32(n))<<32 | uint64(uint32(id)) }

// classes returns the classes the gazetteer gives word id.
func (x *index) classes(id int32) uint64 {
	if id < 0 || int(id) >= len(x.cls) {
		return 0
	}
	return x.cls[id]
}

// wordID returns the id of a unit's key in the vocabulary, or -1.
func (x *index) wordID(u *unit) int32 {
	if u.lex >= 0 {
		return x.byLex[u.lex]
	}
	return x.words.find(u.key, u.h)
}

// classify sets a unit's gazetteer id and word classes.
func (x *index) classify(u *unit, lx *word.Lexicon) {
	u.id = x.wordID(u)
	u.cls = lx.Column(u.lex, word.Entities) | x.classes(u.id)
}

// rootChild returns the node after word id from the root, or -1.
func (x *index) rootChild(id int32) int32 {
	if id < 0 || int(id) >= len(x.roots) {
		return -1
	}
	return x.roots[id]
}

// child returns the node after word id from n, or -1.
func (x *index) child(n, id int32) int32 {
	if n < 0 || id < 0 {
		return -1
	}
	return x.edges.get(edgeKey(n, id))
}

func (x *index) targetsOf(n int32) []target {
	sp := x.spans[n]
	return x.targets[sp[0]:sp[1]]
}

func (x *index) insert(form string, t target) {
	if x.insertSimple(form, t) {
		return
	}
	keys := nameUnits(form)
	if len(keys) == 0 {
		return
	}
	n := root
	for i, k := range keys {
		id, ok := x.ids[k]
		if !ok {
			id = int32(len(x.ids))
			x.ids[k] = id
		}
		if i == 0 && (t.via == ViaDemonym || t.exact != nil) {
			x.anyCase[id] = true
		}
		n = x.step(n, id)
	}
	x.addTarget(n, t)
}

// sameCase reports targets whose case rules are the same, so that one can
// stand for the other: an exact entry keeps each listed casing (camorra and
// Camorra), and a demonym spelled like its place keeps both (ucraina, Ucraina).
func sameCase(a, b target) bool {
	if (a.via == ViaDemonym) != (b.via == ViaDemonym) {
		return false
	}
	if len(a.exact) != len(b.exact) {
		return false
	}
	for i := range a.exact {
		if a.exact[i] != b.exact[i] {
			return false
		}
	}
	return true
}

// vocab is an open-addressing table of the interned words, probed with the
// hash newUnit computes, so that running text needs no map access by string.
type vocab struct {
	slots []vslot // power-of-two length, at most half full
	words []string
}

type vslot struct {
	h  uint64
	id int32 // id+1; 0: empty
}

func newVocab(ids map[string]int32) vocab {
	size := 16
	for size < 2*len(ids) {
		size *= 2
	}
	v := vocab{slots: make([]vslot, size), words: make([]string, len(ids))}
	mask := uint64(size - 1)
	for w, id := range ids {
		v.words[id] = w
		h := keyHash(w)
		i := h & mask
		for v.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		v.slots[i] = vslot{h: h, id: id + 1}
	}
	return v
}

// find returns the id of the word k with hash h, or -1.
func (v *vocab) find(k string, h uint64) int32 {
	if len(v.slots) == 0 {
		return -1
	}
	mask := uint64(len(v.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := v.slots[i]
		if s.id == 0 {
			return -1
		}
		if s.h == h && v.words[s.id-1] == k {
			return s.id - 1
		}
	}
}

// freeze flattens the targets into one slice.
func (x *index) freeze() {
	x.targets, x.spans = x.pending.flatten()
	x.pending = pendingTargets{}
	x.cls = make([]uint64, len(x.ids))
	for id := range x.anyCase {
		x.cls[id] |= clsAnyCaseStart
	}
	x.anyCase = nil
	x.words = newVocab(x.ids)
	x.roots = make([]int32, len(x.ids))
	for id := range x.roots {
		x.roots[id] = -1
		x.roots[id] = x.edges.get(edgeKey(root, int32(id)))
	}
	lx := word.Lex()
	x.byLex = make([]int32, lx.Len())
	for i := range x.byLex {
		x.byLex[i] = -1
		if id, ok := x.ids[lx.Key(word.ID(i))]; ok {
			x.byLex[i] = id
		}
	}
	x.ids, x.buf = nil, nil
}

func viaRank(via Via) int {
	switch via {
	case ViaName:
		return 0
	case ViaAlias:
		return 1
	}
	return 2
}

// builder merges entries and indexes them.
type builder struct {
	entries    []*Entry
	byID       map[string]*Entry
	byTypeName map[string]*Entry
}

func newBuilder() *builder { return newBuilderSized(0) }

// newBuilderSized returns a builder for about n entries.
func newBuilderSized(n int) *builder {
	return &builder{entries: make([]*Entry, 0, n), byID: make(map[string]*Entry, n), byTypeName: make(map[string]*Entry, n)}
}

func typeNameKey(e *Entry) string { return string(e.Type) + "\x00" + fold(e.Name) }

// add appends e, or merges it into an earlier entry with the same id or the
// same type and name.
func (b *builder) add(e *Entry) {
	var x *Entry
	if e.ID != "" {
		x = b.byID[e.ID]
	}
	if x == nil {
		x = b.byTypeName[typeNameKey(e)]
		if x != nil && distinctQIDs(x.ID, e.ID) {
			x = nil // namesakes: two people, two entries
		}
	}
	if x == nil {
		b.entries = append(b.entries, e)
		if e.ID != "" {
			b.byID[e.ID] = e
		}
		if b.byTypeName[typeNameKey(e)] == nil {
			b.byTypeName[typeNameKey(e)] = e
		}
		return
	}
	if idRank(e.ID) < idRank(x.ID) {
		x.ID = e.ID
		b.byID[e.ID] = x
	}
	if fold(e.Name) != fold(x.Name) {
		x.Aliases = union(x.Aliases, []string{e.Name})
	}
	x.Aliases = union(x.Aliases, e.Aliases)
	x.Demonyms = union(x.Demonyms, e.Demonyms)
	x.Flags = union(x.Flags, e.Flags)
	x.Sources = union(x.Sources, e.Sources)
	if e.Party != "" {
		x.Party = e.Party
	}
	if x.Gender == "" {
		x.Gender = e.Gender // the first source that gives it: the hand-written entries come first
	}
	for _, r := range e.Roles {
		x.Roles = addRole(x.Roles, r)
	}
}

func union(a, b []string) []string {
	for _, s := range b {
		found := false
		for _, t := range a {
			if t == s {
				found = true
				break
			}
		}
		if !found {
			a = append(a, s)
		}
	}
	return a
}

func (b *builder) build() *Gazetteer {
	forms := 0
	for _, e := range b.entries {
		forms += 1 + len(e.Aliases) + len(e.Demonyms)
	}
	g := &Gazetteer{
		entries: b.entries,
		byID:    b.byID,
		index:   newIndexSized(forms),
		holders: map[string][]*Entry{},
	}
	roleKeys := map[[2]string][2]string{}
	for _, e := range g.entries {
		t := target{e: e, cap: e.HasFlag(FlagCap)}
		exact := e.HasFlag(FlagExact)
		add := func(form string, via Via) {
			if strings.TrimSpace(form) == "" {
				return
			}
			tt := t
			tt.via = via
			if exact {
				tt.exact = exactUnits(form)
			}
			g.index.insert(form, tt)
		}
		add(e.Name, ViaName)
		for _, a := range e.Aliases {
			add(a, ViaAlias)
		}
		for _, d := range e.Demonyms {
			add(d, ViaDemonym)
		}
		for _, r := range e.Roles {
			if r.Metonym {
				continue
			}
			ks, ok := roleKeys[[2]string{r.Name, r.Place}]
			if !ok { // the keys of an office, made once: thousands of people share some
				ks = [2]string{roleKey(r.Name, r.Place), roleKey(r.Name, anyPlace)}
				roleKeys[[2]string{r.Name, r.Place}] = ks
			}
			for _, k := range ks {
				g.holders[k] = appendEntry(g.holders[k], e)
			}
		}
	}
	g.index.freeze()
	return g
}

// exactUnits is the unit texts of form with apostrophes unified but case kept.
func exactUnits(form string) []string {
	us := makeUnits(form, tokenize.Tokens(form))
	out := make([]string, 0, len(us))
	for _, u := range us {
		out = append(out, unifyApostrophes(form[u.start:u.end]))
	}
	return out
}

func unifyApostrophes(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r != '\'' && word.IsApostrophe(r) }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if word.IsApostrophe(r) {
			r = '\''
		}
		b.WriteRune(r)
	}
	return b.String()
}

// anyPlace is the place of the holders of a role anywhere.
const anyPlace = "\x00any"

func roleKey(name, place string) string { return fold(name) + "@" + fold(place) }
