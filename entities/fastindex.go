package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// simpleName reports a form made of words of letters separated by single
// spaces (Giorgia Meloni, Castelnuovo Berardenga, Città del Vaticano): the
// tokenizer makes one unit of each word, keyed by its fold, so the index
// can walk them without tokenizing (most of the default gazetteer's forms).
func simpleName(form string) bool {
	if form == "" || form[0] == ' ' || form[len(form)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(form); {
		c := form[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				prevSpace = false
			default:
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(form[i:])
		if !unicode.IsLetter(r) || r == utf8.RuneError {
			return false
		}
		prevSpace = false
		i += size
	}
	return true
}

// insertSimple is insert for a simple name: the words are folded into a
// reused buffer and looked up without allocating; only a new word's key
// becomes a string. It returns false, doing nothing, for any other form.
func (x *index) insertSimple(form string, t target) bool {
	if t.exact != nil || !simpleName(form) {
		return false
	}
	n := root
	first := true
	for rest := form; rest != ""; {
		w := rest
		if k := indexSpace(rest); k >= 0 {
			w, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		x.buf = word.AppendFold(x.buf[:0], w)
		id, ok := x.ids[string(x.buf)] // no allocation: map index by converted bytes
		if !ok {
			id = int32(len(x.ids))
			x.ids[string(x.buf)] = id
		}
		if first && t.via == ViaDemonym {
			x.anyCase[id] = true
		}
		first = false
		n = x.step(n, id)
	}
	x.addTarget(n, t)
	return true
}

// step returns the node after word id from n, adding it if it is new.
func (x *index) step(n, id int32) int32 {
	k := edgeKey(n, id)
	if c := x.edges.get(k); c >= 0 {
		return c
	}
	c := x.pending.node()
	x.edges.put(k, c)
	return c
}

func indexSpace(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return i
		}
	}
	return -1
}

// addTarget adds t to node n's targets, keeping one target per entry and
// case rule (the best way in: name, alias, demonym).
func (x *index) addTarget(n int32, t target) {
	p := &x.pending
	last := int32(-1)
	for k := p.head[n]; k >= 0; k = p.next[k] {
		if o := &p.ts[k]; o.e == t.e && sameCase(*o, t) {
			if viaRank(t.via) < viaRank(o.via) {
				*o = t
			}
			return
		}
		last = k
	}
	k := int32(len(p.ts))
	p.ts = append(p.ts, t)
	p.next = append(p.next, -1)
	if last < 0 {
		p.head[n] = k
	} else {
		p.next[last] = k
	}
}

// pendingTargets are the targets of the nodes while the index is built:
// one slice, and per node a list through it in insertion order (a slice per
// node would be an allocation per name).
type pendingTargets struct {
	head []int32 // per node: its first target, or -1
	ts   []target
	next []int32 // per target: the node's next target, or -1
}

func (p *pendingTargets) init(forms int) {
	p.head = make([]int32, 1, forms+forms/2)
	p.head[0] = -1
	p.ts = make([]target, 0, forms)
	p.next = make([]int32, 0, forms)
}

// node adds a node with no targets and returns it.
func (p *pendingTargets) node() int32 {
	p.head = append(p.head, -1)
	return int32(len(p.head) - 1)
}

// flatten returns the targets node by node, and each node's span in them.
func (p *pendingTargets) flatten() ([]target, [][2]int32) {
	ts := make([]target, 0, len(p.ts))
	spans := make([][2]int32, len(p.head))
	for n, k := range p.head {
		start := int32(len(ts))
		for ; k >= 0; k = p.next[k] {
			ts = append(ts, p.ts[k])
		}
		spans[n] = [2]int32{start, int32(len(ts))}
	}
	return ts, spans
}

// edgeTable maps the trie's edges (edgeKey) to child nodes: open addressing
// over two flat slices, a probe or two per step of Find, no map overhead.
type edgeTable struct {
	keys  []uint64
	vals  []int32 // child+1; 0: empty slot
	n     int
	shift uint
}

func newEdgeTable(hint int) edgeTable {
	size, shift := 16, uint(60)
	for size < 2*hint {
		size, shift = size*2, shift-1
	}
	return edgeTable{keys: make([]uint64, size), vals: make([]int32, size), shift: shift}
}

func (t *edgeTable) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> t.shift }

// get returns the child of edge k, or -1.
func (t *edgeTable) get(k uint64) int32 {
	if len(t.keys) == 0 {
		return -1
	}
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch {
		case t.vals[i] == 0:
			return -1
		case t.keys[i] == k:
			return t.vals[i] - 1
		}
	}
}

// put sets the child of a new edge k.
func (t *edgeTable) put(k uint64, v int32) {
	if 2*(t.n+1) > len(t.keys) {
		old := *t
		*t = newEdgeTable(len(old.keys))
		for i, ov := range old.vals {
			if ov != 0 {
				t.put(old.keys[i], ov-1)
			}
		}
	}
	mask := uint64(len(t.keys) - 1)
	i := t.slot(k)
	for t.vals[i] != 0 {
		i = (i + 1) & mask
	}
	t.keys[i], t.vals[i] = k, v+1
	t.n++
}

// lookupForm returns the entries that name, alias or demonym form leads to
// in the index (its targets), walking its units as Find does.
func (x *index) lookupForm(form string) []target {
	us := makeUnits(form, tokenize.Tokens(form))
	if len(us) == 0 {
		return nil
	}
	n := int32(-1)
	for k := range us {
		id := x.wordID(&us[k])
		if k == 0 {
			n = x.rootChild(id)
		} else {
			n = x.child(n, id)
		}
		if n < 0 {
			return nil
		}
	}
	return x.targetsOf(n)
}

// len returns the number of edges.
func (t *edgeTable) len() int { return t.n }

// all yields every edge: its key and its child node.
func (t *edgeTable) all(yield func(k uint64, child int32) bool) {
	for i, v := range t.vals {
		if v != 0 && !yield(t.keys[i], v-1) {
			return
		}
	}
}
