package entities

import (
	"github.com/tribuna-nlp/tribuna/internal/steps"
	"slices"
	"sort"
	"sync"

	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/internal/wordtable"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// Roles returns the role mentions of text (tokens toks; nil: tokenized here)
// resolved against ms, the mentions Find returned for it: a role noun with a
// demonym or a place (il presidente cinese, il leader russo, il suo omologo
// russo, il presidente della Russia, il capo del Cremlino), an Italian office
// alone (la premier, il capo dello Stato), a minister of a named ministry
// (il ministro degli Esteri), and an organization that stands for an office
// used as a subject (il Cremlino). Each is a Mention of Type PER with Via
// "role" and Entry the person who held the role and is mentioned in ms,
// preferring one in office in the years the text names; roles whose holder is
// not mentioned are left out (RolesAt resolves them at a date). Role mentions
// overlap the demonyms and names of ms and include the article (Il presidente
// cinese).
func (g *Gazetteer) Roles(text string, toks []tokenize.Token, ms []Mention) []Mention {
	return g.roles(text, toks, ms, nil)
}

// roles is Roles, or RolesAt when at is not nil.
func (g *Gazetteer) roles(text string, toks []tokenize.Token, ms []Mention, at *atState) []Mention {
	if toks == nil {
		toks = tokenize.Tokens(text)
	}
	rb := roleBuffers.Get().(*roleBuffer)
	defer rb.release()
	ms = byStart(ms)
	// Only the windows are folded: the tokens around the words that open
	// a role phrase, about a tenth of them.
	rb.win = roleWindows(text, toks, ms, rb.win[:0])
	return g.scanRoles(text, toks, rb.ub.build(text, rb.win), ms, at)
}

// rolesTable is roles for a document whose word table is built: the
// windows' units come from it.
func (g *Gazetteer) rolesTable(tb *wordtable.Table, ms []Mention, at *atState) []Mention {
	rb := roleBuffers.Get().(*roleBuffer)
	defer rb.release()
	ms = byStart(ms)
	rb.idx = roleWindowsTable(tb, ms, rb.idx[:0])
	return g.scanRoles(tb.Text, tb.Tokens, rb.ub.fromTableAt(tb, rb.idx), ms, at)
}

// byStart returns ms sorted by Start (a sorted copy when it is not).
func byStart(ms []Mention) []Mention {
	if !sort.SliceIsSorted(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start }) {
		ms = slices.Clone(ms)
		sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
	}
	return ms
}

// scanRoles finds the role mentions on the units us of the document.
func (g *Gazetteer) scanRoles(text string, toks []tokenize.Token, us []unit, ms []Mention, at *atState) []Mention {
	rs := roleScan{g: g, text: text, toks: toks, us: us, ms: ms, at: at}
	x, lx := g.index, word.Lex()
	for k := range rs.us {
		x.classify(&rs.us[k], lx)
	}
	for i := 0; i < len(rs.us); i++ {
		rs.steps.Add(1)
		if _, n := rs.roleAt(i); n > 0 {
			i += n - 1
		}
	}
	return rs.found // roleAt appends each mention
}

type roleBuffer struct {
	ub  unitBuilder
	win []tokenize.Token // the windows' tokens (Roles)
	idx []int32          // … or their indexes in the word table
}

// release returns rb to the pool unless it grew huge.
func (rb *roleBuffer) release() {
	rb.ub.tb.Release()
	if cap(rb.ub.us) <= 1<<16 && cap(rb.win) <= 1<<16 && cap(rb.idx) <= 1<<16 {
		roleBuffers.Put(rb)
	}
}

// roleBuffers keep the buffers of Roles between calls.
var roleBuffers = sync.Pool{New: func() any { return new(roleBuffer) }}

// roleScan is the state of one Roles call. What only a resolution needs
// (the years, the mention counts) is computed on the first one.
type roleScan struct {
	g        *Gazetteer
	text     string
	toks     []tokenize.Token
	us       []unit
	ms       []Mention      // by Start
	count    map[*Entry]int // mentions per person, counted once; nil until needed
	years    []int
	dayList  []Date // the days roles are resolved at (days)
	yearsSet bool
	at       *atState              // RolesAt's date; nil for Roles
	found    []Mention             // the role mentions read so far
	lastOf   map[string]lastHolder // office → the person its last role mention resolved to (continuity in undated text)
	steps    steps.Counter         // work counter (tests check linearity)
}

// mentionAt returns the mention of ms that starts at byte start, or nil.
func (rs *roleScan) mentionAt(start int) *Mention {
	ms := rs.ms
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= start })
	if k < len(ms) && ms[k].Start == start {
		return &ms[k]
	}
	return nil
}

// mentionCounts counts the mentions of each person in ms.
func mentionCounts(ms []Mention) map[*Entry]int {
	count := map[*Entry]int{}
	for _, m := range ms {
		if m.Type == PER && m.Entry != nil && m.Via != ViaRole {
			count[m.Entry]++
		}
	}
	return count
}

// roleAt reads a role mention starting at unit i (its article, if any): a
// role phrase (parseRole) resolved to a person (pick).
func (rs *roleScan) roleAt(i int) (Mention, int) {
	u := &rs.us[i]
	if !u.word {
		return Mention{}, 0
	}
	if u.cls&(clsArticle|clsRoleStart) == 0 && !isPremod(u.key) && !(u.cap && rs.seatAt(i)) {
		return Mention{}, 0 // most words: neither an article nor a role word
	}
	p, ok := rs.parseRole(i)
	if !ok {
		return Mention{}, 0
	}
	e := rs.pick(&p)
	if e == nil {
		return Mention{}, 0
	}
	m := roleMention(rs.text, p.start, p.end, e)
	rs.found = append(rs.found, m)
	if e.ID != "" {
		if rs.lastOf == nil {
			rs.lastOf = map[string]lastHolder{}
		}
		for _, r := range p.roles {
			rs.lastOf[r] = lastHolder{e, p.end}
		}
	}
	return m, unitsUpTo(rs.us, i, p.end)
}

// lastHolder is the person a role mention ending at byte end resolved to.
type lastHolder struct {
	e   *Entry
	end int
}

// continuityBytes is how far, in bytes (two or three sentences), a role
// mention's person carries over to the next mention of the same office.
const continuityBytes = 300

// seatAt: a seat that stands for an office starts at unit i.
func (rs *roleScan) seatAt(i int) bool {
	m := rs.mentionAt(rs.us[i].start)
	return m != nil && m.Via != ViaDemonym && isSeat(m.Entry)
}

func roleMention(text string, start, end int, p *Entry) Mention {
	return Mention{Text: text[start:end], Start: start, End: end, Type: PER, Entry: p, Via: ViaRole}
}

func unitsUpTo(us []unit, i, end int) int {
	n := 0
	for k := i; k < len(us) && us[k].end <= end; k++ {
		n++
	}
	return n
}

// ResolveRole returns the person who held role (presidente, primo ministro …)
// of place (the canonical name of a LOC or ORG entry; empty: any) in year (0:
// now). With doc non-nil only people mentioned in doc are candidates and the
// one mentioned most wins; nil when no one fits.
func (g *Gazetteer) ResolveRole(role, place string, year int, doc []Mention) *Entry {
	var years []int
	if year != 0 {
		years = []int{year}
	}
	if doc != nil {
		return g.resolve([]string{role}, place, years, mentionCounts(doc))
	}
	for _, e := range g.holdersOf(role, place) {
		for _, r := range e.Roles {
			if roleKey(r.Name, r.Place) == roleKey(role, r.Place) && (place == "" || fold(r.Place) == fold(place)) && r.HeldIn(year) {
				return e
			}
		}
	}
	return nil
}

func (g *Gazetteer) holdersOf(role, place string) []*Entry {
	if place == "" {
		place = anyPlace
	}
	var arr [128]byte // the key of roleKey, with no allocation
	b := word.AppendFold(arr[:0], role)
	b = append(b, '@')
	b = word.AppendFold(b, place)
	return g.holders[string(b)]
}

// resolve picks, among the people counted in count (mentions per person),
// one who held one of roles in place: first by role order, then in office in
// one of years, then by the number of mentions.
func (g *Gazetteer) resolve(roles []string, place string, years []int, count map[*Entry]int) *Entry {
	for _, role := range roles {
		var best *Entry
		bestScore := 0
		for _, e := range g.holdersOf(role, place) {
			c := count[e]
			if c == 0 {
				continue
			}
			score := c
			if heldInAny(e, role, place, years) {
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

func heldInAny(e *Entry, role, place string, years []int) bool {
	for _, r := range e.Roles {
		if fold(r.Name) != fold(role) || place != "" && fold(r.Place) != fold(place) {
			continue
		}
		if len(years) == 0 && r.HeldIn(0) {
			return true
		}
		for _, y := range years {
			if r.HeldIn(y) {
				return true
			}
		}
	}
	return false
}

// docYears returns the years (1900–2100) written in the text, each once, in
// the order the text first names them: there are at most 201 of them however
// long the text, so that resolving a role against them costs the same in a
// long text as in a short one.
func docYears(text string, toks []tokenize.Token) []int {
	var seen [2101 - 1900]bool
	var ys []int
	for _, t := range toks {
		if len(t.Text) != 4 || t.Text[0] != '1' && t.Text[0] != '2' {
			continue
		}
		if y := word.Year(t.Text); y != 0 && !seen[y-1900] {
			seen[y-1900] = true
			ys = append(ys, y)
		}
	}
	return ys
}

// The closed classes the role phrases read, from the word layer's grammar.
var (
	articles       = setOf(word.GrammarWords(word.DefArticle))
	possessives    = setOf(word.GrammarWords(word.Possessive))
	ofPrepositions = setOf(word.GrammarWords(word.OfPreposition))
)
