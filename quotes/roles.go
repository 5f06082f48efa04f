package quotes

import (
	"sort"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// roleHeads are the words that open the role phrases of entities' Roles
// (presidente, il suo omologo, capo dello Stato, numero uno, santo padre),
// as entities.RoleStarts lists them, but for primo and prima: frequent words
// (il primo viaggio) whose phrase, primo ministro, is found by its ministro.
var roleHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range entities.RoleStarts() {
		if w != "primo" && w != "prima" {
			m[w] = true
		}
	}
	return m
}()

// Role phrases start at most roleBefore tokens before their head (il suo
// omologo) and are read, with the place after them, within roleAfter tokens
// after it (il presidente della Repubblica francese: four words of the
// phrase, then a demonym or di + a place).
const (
	roleBefore = 3
	roleAfter  = 5
)

// roleMemo holds the role mentions of a document, computed when a role
// first names a speaker, and the arrays that computing them reuses.
type roleMemo struct {
	set   bool
	roles []entities.Mention // role phrases the gazetteer resolved to a person mentioned in the document, by Start
	keep  []tokenize.Token   // the tokens findRoles hands to the gazetteer
	ments []entities.Mention // … and the mentions
	seats []int              // tokens where a seat of an office is named
}

func (m *roleMemo) clear() {
	clear(m.keep)
	clear(m.ments)
	*m = roleMemo{keep: m.keep[:0], ments: m.ments[:0], seats: m.seats[:0]}
}

// roles are the document's role mentions, computed the first time they are needed.
func (d *analysis) roles() []entities.Mention {
	if !d.memo.roles.set {
		d.memo.roles.set = true
		d.findRoles(d.gaz)
	}
	return d.memo.roles.roles
}

// findRoles resolves the document's role phrases through g, once. Roles
// reads every token it is given, so it is given only the windows around role
// heads and organizations that stand for an office (il Cremlino), and the
// years the text names: a window starts before its phrase can, so no phrase
// is read across two windows.
func (d *analysis) findRoles(g *entities.Gazetteer) {
	if g == nil || len(d.ments) == 0 {
		return
	}
	// The tokens where an office's seat is named (il Cremlino), in order.
	seats := d.memo.roles.seats[:0]
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.Type != entities.PER && m.Via != entities.ViaDemonym && isMetonym(m.Entry) {
			k := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= m.Start })
			if k < len(d.toks) && d.toks[k].Start == m.Start {
				seats = append(seats, k)
			}
		}
	}
	d.memo.roles.seats = seats
	keep := d.memo.roles.keep[:0]
	last := -1 // last token kept
	for i := range d.toks {
		head := d.bits[i]&wRoleHead != 0 // set on words only
		for len(seats) > 0 && seats[0] <= i {
			head = head || seats[0] == i
			seats = seats[1:]
		}
		if head {
			for k := max(i-roleBefore, last+1); k <= min(i+roleAfter, len(d.toks)-1); k++ {
				keep = append(keep, d.toks[k])
				last = k
			}
			continue
		}
		if d.bits[i]&wYear != 0 && i > last {
			keep = append(keep, d.toks[i])
			last = i
		}
	}
	d.memo.roles.keep = keep
	if len(keep) == 0 {
		return // Roles would tokenize the whole text
	}
	d.memo.roles.roles = g.Roles(d.text, keep, d.roleMentions(keep))
	d.work.add(len(d.toks) + len(d.ments) + len(keep))
}

// roleMentions are the mentions Roles needs: those in the windows (places,
// demonyms, seats) and every person's, which it counts.
func (d *analysis) roleMentions(keep []tokenize.Token) []entities.Mention {
	ms := d.memo.roles.ments[:0]
	k := 0
	for _, m := range d.ments {
		d.work.add(1)
		for k < len(keep) && keep[k].Start < m.Start {
			d.work.add(1)
			k++
		}
		if k < len(keep) && keep[k].Start == m.Start || m.Type == entities.PER && m.Entry != nil {
			ms = append(ms, m)
		}
	}
	d.memo.roles.ments = ms
	return ms
}

// isMetonym: the entry stands for an office (Cremlino, Palazzo Chigi).
func isMetonym(e *entities.Entry) bool {
	if e == nil || e.Type == entities.PER {
		return false
	}
	for _, r := range e.Roles {
		if r.Metonym {
			return true
		}
	}
	return false
}
