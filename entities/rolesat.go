package entities

import (
	"strings"
	"time"
	"unicode/utf8"

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
		mp := ms.(*[]Mention)
		roles := g.(*Gazetteer).rolesTable(tb, *mp, newAtState(date))
		linkByRoles(*mp, roles)
		*mp = headlineSurnames(tb.Text, tb.Sentences, *mp, roles)
		*out.(*[]Mention) = roles
	}
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

// pick resolves role phrase p:
//   - to the person named right after it (il ministro degli Esteri Wang Yi);
//   - to a person of the document who held the office at the time p's tense
//     says (resolveMentioned);
//   - with RolesAt, to the one person who held it then (holderAt), or else
//     to a document-local entry naming the office (unresolved), but for a
//     seat (il Cremlino), which is then no mention.
//
// Roles resolves only to people the document mentions; nil when none fits.
func (rs *roleScan) pick(p *rolePhrase) *Entry {
	if !p.seat {
		if m := rs.personAfter(p.end); m != nil {
			return m.Entry
		}
	}
	if e := rs.resolveMentioned(p); e != nil || rs.at == nil {
		return e
	}
	if e := rs.holderAt(p); e != nil {
		return e
	}
	if p.seat {
		return nil
	}
	e := &Entry{Name: rs.text[p.nameStart:p.end], Type: PER}
	for _, r := range p.roles {
		e.Roles = append(e.Roles, Role{Name: r, Place: p.place})
	}
	return e
}

// days are the days a role is resolved at: the document's date; without
// one, the years the text names (a historical text), or else today (RolesAt)
// or the current holders (Roles: none).
func (rs *roleScan) days() []Date {
	if !rs.yearsSet {
		rs.years, rs.yearsSet = docYears(rs.text, rs.toks), true
		switch {
		case rs.at != nil && rs.at.date != 0:
			rs.dayList = []Date{rs.at.date}
		case len(rs.years) > 0:
			for _, y := range rs.years {
				rs.dayList = append(rs.dayList, MakeDate(y, 0, 0))
			}
		case rs.at != nil:
			rs.dayList = []Date{rs.at.today}
		}
	}
	rs.steps.Add(len(rs.dayList)) // each day is tried against the holders
	return rs.dayList
}

// resolveMentioned picks, among the people of the document who held one of
// p's offices (the first office that has some), one who held it at the time
// p's tense says on one of the days, then one of p's gender (a feminine
// phrase never names a man), then the most mentioned. With a date
// the time must fit; without one (a historical text) it is preferred, but
// for the former and future holders that ex and futuro ask for.
func (rs *roleScan) resolveMentioned(p *rolePhrase) *Entry {
	if rs.count == nil {
		rs.count = mentionCounts(rs.ms)
	}
	days := rs.days()
	strict := rs.at != nil && rs.at.date != 0 || p.tense == tenseFormer || p.tense == tenseFuture
	for _, role := range p.roles {
		var best *Entry
		bestScore, bestStart := 0, Date(0)
		for _, e := range rs.g.holdersOf(role, p.place) {
			c := rs.count[e]
			if c == 0 || !p.fits(e) || p.gender == GenderFemale && e.Gender == GenderMale {
				continue
			}
			score, start := c, Date(0)
			if inTense(e, role, p.place, p.tense, days) {
				score += 1 << 21
				if p.tense == tenseNew {
					start = latestTermStart(e, role, p.place, days)
				}
			} else if strict {
				continue
			}
			if p.gender != GenderMale || e.Gender != GenderFemale {
				score += 1 << 20 // a masculine title prefers a man (il ministro Calderone: not only)
			}
			if l, ok := rs.lastOf[role]; ok && !strict && l.e == e && p.start-l.end < continuityBytes {
				score += 1 << 19 // undated text: the office's mention just before goes on (il nuovo papa … Il papa)
			}
			better := score > bestScore
			if score>>21 == bestScore>>21 && start != bestStart {
				better = start > bestStart // nuovo: of two in office, the one who took it last (il nuovo papa in 2013)
			}
			if better {
				best, bestScore, bestStart = e, score, start
			}
		}
		if best != nil {
			return best
		}
	}
	return nil
}

// holderAt returns the one person who held one of p's offices (the first
// that has holders) on the days, of p's party and nationality where p gives
// them, and of its gender (ofGender: none when the holders are men and p is
// feminine): in office for the present tenses; of two, the one surely in office
// (a term dated to the day) or, for nuovo, the one who took it last. Nil
// when no one or several did, and for the former and future holders (ex,
// futuro: the office does not tell which).
func (rs *roleScan) holderAt(p *rolePhrase) *Entry {
	if p.tense == tenseFormer || p.tense == tenseFuture {
		return nil
	}
	days := rs.days()
	for _, role := range p.roles {
		var cands []*Entry
		for _, e := range rs.g.holdersOf(role, p.place) {
			if !p.fits(e) {
				continue
			}
			for _, d := range days {
				if heldOn(e, role, p.place, d) {
					cands = append(cands, e)
					break
				}
			}
		}
		if len(cands) == 0 {
			continue
		}
		if cands = p.ofGender(cands); len(cands) == 0 {
			return nil // the office's holders are not of the phrase's gender: unresolved rather than wrong
		}
		if len(cands) == 1 {
			return cands[0]
		}
		if len(days) != 1 {
			return nil // a historical text: the years do not tell
		}
		return oneOf(cands, role, p.place, days[0], p.tense == tenseNew)
	}
	return nil
}

// ofGender keeps the people a phrase of p's gender may name: not the men for
// the feminine (la premier); for the masculine, the men and the people of
// unknown gender when there are some, else the women (the epicene il
// ministro Calderone). It filters cands in place.
func (p *rolePhrase) ofGender(cands []*Entry) []*Entry {
	var drop string
	switch p.gender {
	case GenderFemale:
		drop = GenderMale
	case GenderMale:
		drop = GenderFemale
	default:
		return cands
	}
	out := cands[:0:0]
	for _, e := range cands {
		if e.Gender != drop {
			out = append(out, e)
		}
	}
	if len(out) == 0 && p.gender == GenderMale {
		return cands
	}
	return out
}

// oneOf picks among people who may all have held role at place on day d:
// the one alone surely in office, or, newest, the one whose term started
// last; nil when that does not tell them apart.
func oneOf(cands []*Entry, role, place string, d Date, newest bool) *Entry {
	var sure *Entry
	n := 0
	for _, e := range cands {
		if surelyHeldOn(e, role, place, d) {
			sure, n = e, n+1
		}
	}
	if n == 1 {
		return sure
	}
	if !newest {
		return nil
	}
	var last *Entry
	var lastStart Date
	tie := false
	for _, e := range cands {
		s := termStart(e, role, place, d)
		switch {
		case s > lastStart:
			last, lastStart, tie = e, s, false
		case s == lastStart:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return last
}

// fits: e belongs to p's party and agrees with p's nationality, where p
// gives them.
func (p *rolePhrase) fits(e *Entry) bool {
	return (p.party == "" || inParty(e, p.party)) && (p.nationality == "" || heldIn(e, p.nationality))
}

// heldIn: e held an office of country (the data holds no nationality: a
// pope's country is that of the offices he held before, il pontefice
// argentino).
func heldIn(e *Entry, country string) bool {
	for _, r := range e.Roles {
		if !r.Metonym && sameText(r.Place, country) {
			return true
		}
	}
	return false
}

// inParty: e belongs to party, or holds an office in it.
func inParty(e *Entry, party string) bool {
	if sameText(e.Party, party) {
		return true
	}
	for _, r := range e.Roles {
		if !r.Metonym && sameText(r.Place, party) {
			return true
		}
	}
	return false
}

// inTense: e held role at place at the time tense says, on one of days (none:
// today's holders).
func inTense(e *Entry, role, place string, tense roleTense, days []Date) bool {
	if len(days) == 0 {
		days = []Date{0}
	}
	for _, d := range days {
		switch tense {
		case tenseNow:
			if heldOn(e, role, place, d) {
				return true
			}
		case tenseNew:
			if heldOn(e, role, place, d) || startsWithin(e, role, place, d, 120) {
				return true
			}
		case tenseFormer:
			if formerOn(e, role, place, d) {
				return true
			}
		case tenseFuture:
			if startsWithin(e, role, place, d, 100*366) {
				return true
			}
		}
	}
	return false
}

// heldOn reports whether e held role at place (empty: anywhere) on day d.
func heldOn(e *Entry, role, place string, d Date) bool {
	for _, r := range e.Roles {
		if sameRole(r, role, place) && r.HeldOn(d) {
			return true
		}
	}
	return false
}

func sameRole(r Role, role, place string) bool {
	return !r.Metonym && sameText(r.Name, role) && (place == "" || sameText(r.Place, place))
}

// sameText: a and b fold to the same key, compared without folding where
// case alone can differ (ASCII).
func sameText(a, b string) bool {
	if a == b || strings.EqualFold(a, b) {
		return true
	}
	for i := 0; i < len(a); i++ {
		if a[i] >= utf8.RuneSelf {
			return fold(a) == fold(b)
		}
	}
	for i := 0; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			return fold(a) == fold(b)
		}
	}
	return false
}

// surelyHeldOn: a term of e in role at place started by day d, whatever day
// of its year or month it started, and had not ended on d, whatever day of
// its last year it ended.
func surelyHeldOn(e *Entry, role, place string, d Date) bool {
	for _, r := range e.Roles {
		if !sameRole(r, role, place) {
			continue
		}
		from, _ := r.span()
		if end := endOf(r); from != 0 && from.last() <= d && (end == 0 || d < end) {
			return true
		}
	}
	return false
}

// endOf is the end of r as its source gives it (a day, a month or a year:
// its first day), 0 while it lasts.
func endOf(r Role) Date {
	if r.End == 0 && r.To != 0 {
		return MakeDate(r.To, 0, 0)
	}
	return r.End
}

// formerOn: e held role at place before day d (0: today) and may have left
// it by then: a term that started before d and has an end no later than d's
// year allows (l'ex premier), and no term surely covers d.
func formerOn(e *Entry, role, place string, d Date) bool {
	if d == 0 {
		d = DateOf(time.Now())
	}
	ended := false
	for _, r := range e.Roles {
		if !sameRole(r, role, place) {
			continue
		}
		from, _ := r.span()
		if end := endOf(r); end != 0 && from < d && end <= d.last() {
			ended = true
		}
	}
	return ended && !surelyHeldOn(e, role, place, d)
}

// startsWithin: a term of e in role at place starts after day d, within n days.
func startsWithin(e *Entry, role, place string, d Date, n int) bool {
	if d == 0 {
		d = DateOf(time.Now())
	}
	limit := addDays(d, n)
	for _, r := range e.Roles {
		if !sameRole(r, role, place) {
			continue
		}
		from, _ := r.span()
		if from > d && from <= limit {
			return true
		}
	}
	return false
}

// termStart is the start of e's term in role at place that covers day d.
func termStart(e *Entry, role, place string, d Date) Date {
	var s Date
	for _, r := range e.Roles {
		if sameRole(r, role, place) && r.HeldOn(d) {
			if from, _ := r.span(); from > s {
				s = from
			}
		}
	}
	return s
}

// latestTermStart is the latest start of e's terms of role at place held on
// one of the days.
func latestTermStart(e *Entry, role, place string, days []Date) Date {
	var s Date
	for _, d := range days {
		s = max(s, termStart(e, role, place, d))
	}
	return s
}

// addDays returns the day n days after d (its unknown parts taken as the first).
func addDays(d Date, n int) Date {
	m, day := d.Month(), d.Day()
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return DateOf(time.Date(d.Year(), time.Month(m), day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n))
}
