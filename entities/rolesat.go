package entities

import (
	"time"

	"github.com/tribuna-nlp/tribuna/internal/hook"
	"github.com/tribuna-nlp/tribuna/internal/wordtable"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// atState is what RolesAt adds to a Roles call: the day roles are resolved at.
type atState struct {
	date  Date // the document's date; 0 when not given
	today Date // used when no date is given and the text names no year
}

// RolesAt is Roles for a document of the given date (the zero time: not
// known, see below): each role phrase resolves to whoever held the office,
// mentioned in the document or not, and a phrase with no holder is still
// reported, unresolved.
//
// A role phrase resolves, in this order, to:
//   - the person named right after it (il ministro degli Esteri Wang Yi, il
//     presidente cinese, Xi Jinping): the phrase is that person's title;
//   - a person mentioned in ms who held the office, preferring one in office
//     in the years the text names, or else on the document's date (or today);
//   - the one person who held the office on the document's date; with the
//     zero date, in the years the text names (a historical text), or else
//     today.
//
// An unresolved role (no holder on that day, or several: i vicepresidenti
// del Consiglio) is a Mention with Via "role" and a document-local Entry with
// an empty ID, the phrase without its article as Name (ministro degli Esteri,
// presidente burkinabé) and as Roles the offices the phrase may name, with
// their place and no dates. An organization standing for an office (il
// Cremlino) is reported only when it resolves.
func (g *Gazetteer) RolesAt(text string, toks []tokenize.Token, ms []Mention, date time.Time) []Mention {
	return g.roles(text, toks, ms, newAtState(date))
}

func newAtState(date time.Time) *atState {
	at := &atState{date: DateOf(date)}
	if at.date == 0 {
		at.today = DateOf(time.Now())
	}
	return at
}

func init() {
	hook.FindRoles = func(g any, tb *wordtable.Table, ms any, date time.Time, out any) {
		*out.(*[]Mention) = g.(*Gazetteer).rolesTable(tb, *ms.(*[]Mention), newAtState(date))
	}
}

// pickMetonym resolves an office named by its seat (il Cremlino).
func (rs *roleScan) pickMetonym(role, place string) *Entry {
	roles := []string{role}
	if rs.at == nil {
		return rs.resolve(roles, place)
	}
	if p := rs.resolveMentioned(roles, place); p != nil {
		return p
	}
	return rs.holderAt(roles, place)
}

// pick resolves the role phrase text[start:end], which names one of roles
// at place: as Roles does, or as RolesAt does when rs.at is set.
func (rs *roleScan) pick(roles []string, place string, start, end int) *Entry {
	if rs.at == nil {
		return rs.resolve(roles, place)
	}
	if m := rs.personAfter(end); m != nil {
		return m.Entry
	}
	if p := rs.resolveMentioned(roles, place); p != nil {
		return p
	}
	if p := rs.holderAt(roles, place); p != nil {
		return p
	}
	e := &Entry{Name: rs.text[start:end], Type: PER}
	for _, r := range roles {
		e.Roles = append(e.Roles, Role{Name: r, Place: place})
	}
	return e
}

// personAfter returns the person's mention right after byte end, after
// spaces and at most one comma (il ministro degli Esteri, Antonio Tajani).
func (rs *roleScan) personAfter(end int) *Mention {
	p, comma := end, false
	for p < len(rs.text) {
		switch c := rs.text[p]; {
		case c == ' ' || c == '\t':
		case c == ',' && !comma:
			comma = true
		default:
			m := rs.mentionAt(p)
			if m != nil && m.Type == PER && m.Via != ViaDemonym && m.Via != ViaRole && m.Entry != nil {
				return m
			}
			return nil
		}
		p++
	}
	return nil
}

// day is the day mentioned people are checked at when the text names no
// year: the document's date, or today.
func (at *atState) day() Date {
	if at.date != 0 {
		return at.date
	}
	return at.today
}

// resolveMentioned picks, among the people of the document who held one of
// roles at place, the first role's, then one in office in the years the
// text names (or, when it names none, on the document's day), then the
// most mentioned.
func (rs *roleScan) resolveMentioned(roles []string, place string) *Entry {
	if !rs.yearsSet {
		rs.years, rs.yearsSet = docYears(rs.text, rs.toks), true
	}
	if rs.count == nil {
		rs.count = mentionCounts(rs.ms)
	}
	for _, role := range roles {
		var best *Entry
		bestScore := 0
		for _, e := range rs.g.holdersOf(role, place) {
			c := rs.count[e]
			if c == 0 {
				continue
			}
			score := c
			if len(rs.years) > 0 && heldInAny(e, role, place, rs.years) || len(rs.years) == 0 && heldOn(e, role, place, rs.at.day()) {
				score += 1000
			}
			if score > bestScore {
				best, bestScore = e, score
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}

// holderAt returns the one person who held one of roles (the first that
// has holders) at place on the document's date; with no date, in the years
// the text names (the one in office in most of them), or else today. Nil
// when no one or several did.
func (rs *roleScan) holderAt(roles []string, place string) *Entry {
	if !rs.yearsSet {
		rs.years, rs.yearsSet = docYears(rs.text, rs.toks), true
	}
	var days []Date
	switch {
	case rs.at.date != 0:
		days = []Date{rs.at.date}
	case len(rs.years) > 0:
		for _, y := range rs.years {
			days = append(days, MakeDate(y, 0, 0))
		}
	default:
		days = []Date{rs.at.today}
	}
	for _, role := range roles {
		var best *Entry
		bestN, tie := 0, false
		for _, e := range rs.g.holdersOf(role, place) {
			n := 0
			for _, d := range days {
				if heldOn(e, role, place, d) {
					n++
				}
			}
			switch {
			case n == 0:
			case n > bestN:
				best, bestN, tie = e, n, false
			case n == bestN && e != best:
				tie = true
			}
		}
		if best != nil {
			if tie {
				return nil
			}
			return best
		}
	}
	return nil
}

// heldOn reports whether e held role at place (empty: anywhere) on day d.
func heldOn(e *Entry, role, place string, d Date) bool {
	for _, r := range e.Roles {
		if fold(r.Name) == fold(role) && (place == "" || fold(r.Place) == fold(place)) && r.HeldOn(d) {
			return true
		}
	}
	return false
}
