package entities

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

// target is what a complete path in the index names: an entry, and whether
// the path was its name, an alias or a demonym.
type target struct {
	e     *Entry
	via   string
	cap   bool     // entry flag cap
	exact []string // for entries flagged exact: the units as written
}

// node is a trie node keyed by folded unit strings, so that a lookup costs
// one map access per token whatever the size of the gazetteer.
type node struct {
	next    map[string]*node
	targets []target
}

type index struct {
	root node
}

func (x *index) insert(form string, t target) {
	keys := nameUnits(form)
	if len(keys) == 0 {
		return
	}
	n := &x.root
	for _, k := range keys {
		c := n.next[k]
		if c == nil {
			if n.next == nil {
				n.next = make(map[string]*node, 1)
			}
			c = &node{}
			n.next[k] = c
		}
		n = c
	}
	for i, o := range n.targets {
		if o.e == t.e {
			if viaRank(t.via) < viaRank(o.via) {
				n.targets[i] = t
			}
			return
		}
	}
	n.targets = append(n.targets, t)
}

func viaRank(via string) int {
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

func newBuilder() *builder {
	return &builder{byID: map[string]*Entry{}, byTypeName: map[string]*Entry{}}
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
	}
	if x == nil {
		b.entries = append(b.entries, e)
		if e.ID != "" {
			b.byID[e.ID] = e
		}
		b.byTypeName[typeNameKey(e)] = e
		return
	}
	if e.ID != "" && (x.ID == "" || strings.HasPrefix(x.ID, "x:") && !strings.HasPrefix(e.ID, "x:")) {
		x.ID = e.ID
		b.byID[e.ID] = x
	}
	if fold(e.Name) != fold(x.Name) {
		x.Aliases = union(x.Aliases, []string{e.Name})
	}
	x.Aliases = union(x.Aliases, e.Aliases)
	x.Demonyms = union(x.Demonyms, e.Demonyms)
	x.Flags = union(x.Flags, e.Flags)
	for _, r := range e.Roles {
		if !containsRole(x.Roles, r) {
			x.Roles = append(x.Roles, r)
		}
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

func containsRole(rs []Role, r Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

func (b *builder) build() *Gazetteer {
	g := &Gazetteer{
		entries: b.entries,
		byID:    b.byID,
		byName:  make(map[string][]*Entry, len(b.entries)*2),
		index:   &index{},
		holders: map[string][]*Entry{},
	}
	for _, e := range g.entries {
		t := target{e: e, cap: e.HasFlag(FlagCap)}
		exact := e.HasFlag(FlagExact)
		add := func(form, via string) {
			if strings.TrimSpace(form) == "" {
				return
			}
			tt := t
			tt.via = via
			if exact {
				tt.exact = exactUnits(form)
			}
			g.index.insert(form, tt)
			if via != ViaDemonym {
				k := fold(form)
				if !containsEntry(g.byName[k], e) {
					g.byName[k] = append(g.byName[k], e)
				}
			}
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
			k := roleKey(r.Name, r.Place)
			if !containsEntry(g.holders[k], e) {
				g.holders[k] = append(g.holders[k], e)
			}
		}
	}
	return g
}

func containsEntry(es []*Entry, e *Entry) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
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
	if !strings.ContainsAny(s, "’‘ʼ`´") {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isApostrophe(r) {
			r = '\''
		}
		b.WriteRune(r)
	}
	return b.String()
}

func roleKey(name, place string) string { return fold(name) + "@" + fold(place) }
