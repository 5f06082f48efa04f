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
		c, ok := x.edges[edgeKey(n, id)]
		if !ok {
			c = int32(len(x.pending))
			x.pending = append(x.pending, nil)
			x.edges[edgeKey(n, id)] = c
		}
		n = c
	}
	x.addTarget(n, t)
	return true
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
	ts := x.pending[n]
	for i, o := range ts {
		if o.e == t.e && sameCase(o, t) {
			if viaRank(t.via) < viaRank(o.via) {
				ts[i] = t
			}
			return
		}
	}
	x.pending[n] = append(ts, t)
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
