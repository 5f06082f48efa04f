package entities

import (
	"github.com/tribuna-nlp/tribuna/internal/steps"
	"strings"
	"sync"

	"github.com/tribuna-nlp/tribuna/internal/hook"
	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/internal/wordtable"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// Find returns the mentions in text, whose tokens are toks (nil: text is
// tokenized with tokenize.Tokens), in order of Start and never overlapping:
// gazetteer names, aliases and demonyms (longest match first), names found by
// rules, and partial names referring back to earlier ones. Role mentions
// (il presidente cinese) are not included: see Roles. A gazetteer with a
// tagger (WithTagger) returns the tagger's spans and types instead, linked
// to its entries (see Tagger.Find).
func (g *Gazetteer) Find(text string, toks []tokenize.Token) []Mention {
	if toks == nil {
		toks = tokenize.Tokens(text)
	}
	f := finderPool.Get().(*finder)
	f.ub.tb.Build(text, toks)
	return g.find(f, &f.ub.tb)
}

func init() {
	hook.FindEntities = func(g any, tb *wordtable.Table, out any) {
		*out.(*[]Mention) = g.(*Gazetteer).find(finderPool.Get().(*finder), tb)
	}
}

// find returns the mentions of the document of tb, found with f.
func (g *Gazetteer) find(f *finder, tb *wordtable.Table) []Mention {
	if g.tagger != nil {
		return g.tagger.find(g, f, tb)
	}
	f.start(g, tb)
	f.run()
	// The mentions were gathered in the finder's reused buffer: one
	// allocation of the right size instead of a growing slice.
	var out []Mention
	if len(f.out) > 0 {
		out = make([]Mention, len(f.out))
		copy(out, f.out)
	}
	f.release()
	return out
}

// finder holds the state of one Find call. Finders are pooled: their slices,
// tables and maps are reused, so a call allocates its output, the folded keys
// and the entries of rule mentions, not per token.
type finder struct {
	g     *Gazetteer
	text  string
	ub    unitBuilder
	us    []unit
	out   []Mention         // the mentions found so far (a reused buffer; Find returns a copy)
	seen  map[*Entry]int    // entries mentioned so far
	local map[string]*Entry // document-local entries found by rules, by type and name
	tails map[string]*Entry // folded final parts of multi-word person names seen so far
	lower hashSet           // keys written in lower case somewhere in the document
	// articled are capitalized words the document writes after an article
	// somewhere (la Lupa, del Drago): names of things, not of people.
	articled hashSet
	// tailStarts holds the hashes of the first words of the keys in tails,
	// so that coref dismisses most capitalized words without building keys.
	tailStarts hashSet
	buf        []byte         // scratch for keys
	first      []int32        // per unit: the trie node after its key, or -1
	weak       bool           // the mention being emitted is a guess: no coreference to it
	ev         evidence       // the evidence of the mention being emitted (evListed unless a rule's)
	evs        []evidence     // per mention in out: its evidence
	hs         []uint64       // per mention in out: the hash of its folded text
	byName     hashIndex      // unify and resolveDeferred: an index of out by the hashes of names
	scores     [][3]typeScore // unify: per name, its types' scores
	rc, lc     ruleCtx        // the contexts of rule and lowerRule, kept here so that they do not escape
	// capRefused is 1 + the unit where allowed last refused a one-word
	// common-word name at the start of a sentence for want of evidence.
	capRefused int
	// Test hooks, nil in production. trace is told each decision of a
	// rule (its name, the unit, the decision; n 0 for none), and ruleOf
	// records the rule behind each mention found by rules, by Start; both
	// need trace set, which names the decisions.
	trace  func(rule string, i int, m *ruleMatch)
	ruleOf map[int]string
	// deferred are one-word capitalized units at the start of a sentence,
	// names only if the document writes them as names elsewhere.
	deferred []int
	// echoes are capitalized words inside sentences that no rule took,
	// names if the document names them with evidence elsewhere.
	echoes []int
	// named and boundTo index the document's listed mentions for the
	// words opening a sentence (relatedListed), built when one needs them.
	named, boundTo hashSet
	boundReady     bool
	steps          steps.Counter // work counter: units looked at by look-back loops (tests check linearity)
}

var finderPool = sync.Pool{New: func() any {
	return &finder{seen: map[*Entry]int{}, local: map[string]*Entry{}, tails: map[string]*Entry{}}
}}

func newFinder(g *Gazetteer, text string, toks []tokenize.Token) *finder {
	f := finderPool.Get().(*finder)
	f.ub.tb.Build(text, toks)
	f.start(g, &f.ub.tb)
	return f
}

// start readies f for the document of tb.
func (f *finder) start(g *Gazetteer, tb *wordtable.Table) {
	f.g, f.text, f.ev = g, tb.Text, evListed
	f.us = f.ub.fromTable(tb)
	x := g.index
	// The trie's first step for every unit, once: the rules look names up
	// at the same positions several times.
	if cap(f.first) < len(f.us) {
		f.first = make([]int32, len(f.us))
	}
	f.first = f.first[:len(f.us)]
	f.lower.reset(len(f.us))
	f.articled.reset(len(f.us) / 8)
	f.tailStarts.reset(0)
	lx := word.Lex()
	for k := range f.us {
		u := &f.us[k]
		x.classify(u, lx)
		f.first[k] = x.rootChild(u.id)
		if u.word && !u.cap {
			f.lower.add(u.h)
		}
		if k > 0 && u.isCapWord() && !u.sentStart && f.us[k-1].cls&clsArticled != 0 {
			f.articled.add(u.h)
		}
	}
}

// release returns f to the pool, dropping its references to the gazetteer,
// the text and the output (the units still point into the text until reused).
func (f *finder) release() {
	if len(f.us) > 1<<16 {
		return // a huge document's buffers are not worth keeping
	}
	// The units keep pointing into the last document until the next one
	// overwrites them: clearing them would cost another pass over memory.
	f.g, f.text, f.trace, f.ruleOf, f.weak, f.steps, f.capRefused = nil, "", nil, nil, false, steps.Counter{}, 0
	f.out, f.evs, f.hs = f.out[:0], f.evs[:0], f.hs[:0]
	f.ub.us = f.us[:0]
	f.us = nil
	f.ub.tb.Release()
	clear(f.seen)
	clear(f.local)
	clear(f.tails)
	f.deferred, f.echoes = f.deferred[:0], f.echoes[:0]
	finderPool.Put(f)
}

// hashSet is a set of key hashes (open addressing, reused between documents).
type hashSet struct {
	slots []uint64 // 0: empty
	n     int
}

func (s *hashSet) reset(hint int) {
	size := 64
	for size < 2*hint {
		size *= 2
	}
	if cap(s.slots) >= size {
		s.slots = s.slots[:size]
		clear(s.slots)
	} else {
		s.slots = make([]uint64, size)
	}
	s.n = 0
}

func (s *hashSet) add(h uint64) {
	if h == 0 {
		h = 1
	}
	if 2*(s.n+1) > len(s.slots) {
		old := s.slots
		s.slots = make([]uint64, 2*len(old))
		s.n = 0
		for _, o := range old {
			if o != 0 {
				s.add(o)
			}
		}
	}
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return
		case 0:
			s.slots[i] = h
			s.n++
			return
		}
	}
}

func (s *hashSet) has(h uint64) bool {
	if h == 0 {
		h = 1
	}
	if len(s.slots) == 0 {
		return false
	}
	mask := uint64(len(s.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

func (f *finder) scan() {
	for i := 0; i < len(f.us); {
		f.steps.Add(1)
		if u := &f.us[i]; f.first[i] < 0 && (!u.word || !u.cap && u.cls&clsLowerCue == 0 && !u.elided) {
			i++ // no name starts here and no rule applies
			continue
		}
		// The rules' context is the finder's, so that it does not escape
		// through the rules' function values; it is set field by field.
		c := &f.rc
		gn := 0
		f.capRefused = 0
		// A lower-case word can start a match only as a demonym, an exactly
		// written name or a particle of a foreign surname (von der Leyen):
		// for any other, the case rules would refuse whatever lookup found.
		if u := &f.us[i]; !u.word || u.cap || u.elided || u.cls&(clsAnyCaseStart|clsLeadingParticles) != 0 {
			gn, c.gt = f.lookup(i)
		}
		if cr := f.coref(i); cr.n > 0 && cr.n >= gn && !(cr.n == gn && cr.e == c.gt.e) {
			f.emitRule(i, &cr)
			i += cr.n
			continue
		}
		switch {
		case f.rule(i, gn) && (c.m.n > gn || c.m.veto && c.m.n == gn):
			f.emitRule(i, &c.m)
			i += c.m.n
		case gn > 0:
			i += f.emitListed(i, gn)
		default:
			switch u := &f.us[i]; {
			case f.capRefused == i+1 && (len(f.deferred) == 0 || f.deferred[len(f.deferred)-1] != i):
				f.deferred = append(f.deferred, i) // Conte … Giuseppe Conte: decided by the rest of the document
			case u.isCapWord() && !u.sentStart && u.cls&(clsFunctionWords|clsCommonCaps|clsTitles) == 0:
				f.echoes = append(f.echoes, i) // la Zorbatex … l'azienda Zorbatex
			}
			i++
		}
	}
}

// lookup finds the longest gazetteer match starting at unit i that passes the
// entry's case rules, and the best target for it.
func (f *finder) lookup(i int) (int, target) {
	best, bt := 0, target{}
	x := f.g.index
	nd := f.first[i]
	for j := i; nd >= 0 && j < len(f.us); j++ {
		f.steps.Add(1)
		if j > i {
			if f.us[j].sentStart && f.newlineBefore(j) {
				break // a name does not run across a line break
			}
			if nd = x.child(nd, f.us[j].id); nd < 0 {
				break
			}
		}
		ts := x.targetsOf(nd)
		if len(ts) == 0 {
			continue
		}
		if t, ok := f.choose(i, j+1, ts); ok {
			best, bt = j+1-i, t
		}
	}
	return best, bt
}

// choose picks, among the targets of the span [i,j), the ones its case allows,
// preferring entries already mentioned, then names over aliases over demonyms.
func (f *finder) choose(i, j int, ts []target) (target, bool) {
	var best target
	found := false
	for _, t := range ts {
		f.steps.Add(1)
		if !f.allowed(i, j, t) {
			continue
		}
		if !found || better(t, best, f.seen) {
			best, found = t, true
		}
	}
	return best, found
}

func better(a, b target, seen map[*Entry]int) bool {
	sa, sb := seen[a.e] > 0, seen[b.e] > 0
	if sa != sb {
		return sa
	}
	return viaRank(a.via) < viaRank(b.via)
}

// allowed applies the case rules: names and aliases must be written
// capitalized (or in capitals); cap entries need every long word capitalized
// and, as one word at the start of a sentence, are refused (Lega, Azione);
// exact entries must be written as listed; demonyms match in any case.
func (f *finder) allowed(i, j int, t target) bool {
	us := f.us[i:j]
	if len(us) == 1 && t.via != ViaDemonym && (t.via == ViaAlias && us[0].is(clsFunctionWords) || us[0].is(clsCommonCaps)) {
		return false // Che is not Che Guevara; Nord is not a place by itself
	}
	if t.exact != nil {
		return f.exactMatch(us, t)
	}
	if t.via == ViaDemonym {
		// A capitalized demonym inside a run of capitalized words is part
		// of a name (Partito Comunista Cinese), left to the rules.
		return !(us[0].cap && !us[0].sentStart && i > 0 && f.us[i-1].cap && f.us[i-1].word) && !f.demonymNoun(i, j)
	}
	first := -1
	for k, u := range us {
		if u.word && !u.elided {
			first = k
			break
		}
	}
	if first < 0 {
		return true // digits, symbols: G7 is handled as written
	}
	if !us[first].cap && !f.particleStart(us, first) {
		return false
	}
	if t.cap {
		for _, u := range us {
			if u.word && !u.cap && len(u.key) > 3 && !u.is(clsFunctionWords) && !u.elided {
				return false // Corriere della Sera, not corriere della sera
			}
		}
		if len(us) == 1 && !us[0].upper && !f.commonWordNameAllowed(i, t) {
			return false
		}
		if len(us) == 1 && f.insideCapRun(i) {
			return false // Santa Maria Inter Vineas: a common word's name inside a longer name
		}
	}
	return true
}

// demonymNoun reports a demonym of units [i, j) used as a noun that names
// no country's mention: a language after in (ha salutato in italiano, in
// spagnolo: a masculine singular, not an adjective of a noun before it)
// and the European elections (le europee, per le europee, Europee, FdI
// primo partito: europee after an article or opening a sentence).
func (f *finder) demonymNoun(i, j int) bool {
	if j != i+1 {
		return false
	}
	u := &f.us[i]
	if u.key == "europee" {
		return u.sentStart || i > 0 && f.us[i-1].is(clsArticled)
	}
	if u.cap || i == 0 || f.us[i-1].key != "in" {
		return false
	}
	k := u.key
	return !strings.HasSuffix(k, "esi") && (strings.HasSuffix(k, "o") || strings.HasSuffix(k, "ese"))
}

// insideCapRun reports a word at i between two capitalized words of a name
// (Santa Maria Inter Vineas), the one before it not a sentence's first nor
// a function word or a title.
func (f *finder) insideCapRun(i int) bool {
	return i > 0 && i+1 < len(f.us) && f.us[i+1].isCapWord() && !f.us[i+1].sentStart && f.us[i-1].isCapWord() &&
		!f.us[i-1].sentStart && !f.us[i-1].is(clsFunctionWords|clsTitles)
}

// exactMatch reports the units us written as t's listed casing. A
// two-letter acronym listed in capitals (IV) is also written as a word
// (Iv, as Italian papers write party acronyms).
func (f *finder) exactMatch(us []unit, t target) bool {
	if len(t.exact) != len(us) {
		return false
	}
	for k, u := range us {
		w := f.text[u.start:u.end]
		if unifyApostrophes(w) == t.exact[k] {
			continue
		}
		if len(us) == 1 && len(w) == 2 && len(t.exact[0]) == 2 && u.cap && !u.upper &&
			!u.is(clsFunctionWords) && !u.is(clsThingWords) && strings.EqualFold(w, t.exact[0]) && strings.ToUpper(t.exact[0]) == t.exact[0] {
			continue
		}
		return false
	}
	return true
}

// commonWordNameAllowed decides a one-word name or alias of an entry
// flagged cap (a name that is also a common word: Conte, Lega, Azione) at
// unit i. At the start of a sentence, where every word is capitalized, it
// needs evidence: the entry already mentioned, or a verb of which it is the
// subject (Conte ha chiesto …); without it the word waits for the rest of
// the document (resolveDeferred). Inside a sentence, the capital letter
// is evidence enough.
func (f *finder) commonWordNameAllowed(i int, t target) bool {
	if !f.us[i].sentStart || f.seen[t.e] > 0 || f.subjectOf(i) {
		return true
	}
	f.capRefused = i + 1
	return false
}

// subjectOf reports a finite verb right after unit i, of which the word at
// i is the subject (Conte ha chiesto, Lega attacca, Sala dice), or a colon
// and a quotation after it (Calderone: «…»).
func (f *finder) subjectOf(i int) bool {
	if i+1 < len(f.us) && f.us[i+1].is(clsSubjectFollowers) {
		return true
	}
	// A headline's speaker: Calderone: «Mai così tanti occupati».
	return i+2 < len(f.us) && f.us[i+1].key == ":" && isOpeningQuote(f.us[i+2].key)
}

// emit appends a mention of e over units [i,j). A lower-case elided article
// (l’Unione) and, for people, a leading title (Papa Benedetto XVI) are left
// out of the span, as KIND does; don is part of the name (ruleDonName).
func (f *finder) emit(i, j int, e *Entry, via Via, typ Type) {
	for j-i > 1 && f.us[i].elided && !f.us[i].cap {
		i++
	}
	for typ == PER && j-i > 1 && f.us[i].is(clsTitles) && f.us[i].key != "don" && f.us[i+1].isCapWord() {
		i++
	}
	start, end := f.us[i].start, f.us[j-1].end
	if f.bangAfter(j) || typ == PER && f.initialDotAfter(j) {
		end++ // Yahoo!, Avanti!; Leopoldo R.
	}
	f.out = append(f.out, Mention{Text: f.text[start:end], Start: start, End: end, Type: typ, Entry: e, Via: via})
	f.evs = append(f.evs, f.ev)
	if j-i == 1 {
		f.hs = append(f.hs, f.us[i].h) // the folded text's hash, as units have it
	} else {
		f.hs = append(f.hs, f.textHash(f.text[start:end]))
	}
	if via == ViaDemonym {
		return
	}
	f.seen[e]++
	if typ == PER && j-i >= 2 {
		f.addTails(i, j, e)
	}
	if typ == PER && j-i == 1 && via == ViaRule && !f.weak {
		f.tails[f.us[i].key] = e // il ministro Zanfrulli … Zanfrulli
		f.tailStarts.add(f.us[i].h)
	}
}

// bangAfter reports an exclamation mark written right after the name that
// ends before unit j, with the sentence going on after it in lower case:
// the mark is part of the name (Yahoo! ha annunciato, l'Avanti! di Nenni).
func (f *finder) bangAfter(j int) bool {
	return j+1 < len(f.us) && f.us[j].key == "!" && f.us[j].start == f.us[j-1].end &&
		f.us[j+1].word && !f.us[j+1].cap
}

// initialDotAfter reports a person's name that ends before unit j with the
// initial of a surname, the period written right after it: the period is
// the initial's (un quarantaquattrenne, Leopoldo R., ha colpito).
func (f *finder) initialDotAfter(j int) bool {
	u := &f.us[j-1]
	return j < len(f.us) && u.cap && u.end-u.start == 1 && f.us[j].key == "." && f.us[j].start == u.end
}

// addTails records the final parts of a person's name (Ushakov, De Gasperi)
// so that later partial mentions refer back to it.
func (f *finder) addTails(i, j int, e *Entry) {
	for k := i + 1; k < j && j-k <= 3; k++ {
		f.steps.Add(1)
		if u := f.us[k]; !u.word || !u.cap || k == j-1 && (u.is(clsFunctionWords) || u.upper && romanNumeral(u.key)) {
			continue // not Il, II or LN: only a word that is a name by itself
		}
		if p := f.us[k-1]; k-1 > i && p.is(clsCapParticles) && p.isCapWord() || p.elided && k-1 > i {
			continue // Di Stefano, La Russa, D'Alema: never the surname without its particle
		}
		if k == j-1 && f.us[k].is(clsGiven) {
			continue // Stefano in Manlio Di Stefano may be anyone's given name
		}
		f.tails[joinKeys(f.us[k:j])] = e
		f.tailStarts.add(f.us[k].h)
	}
}

func joinKeys(us []unit) string {
	if len(us) == 1 {
		return us[0].key
	}
	var b strings.Builder
	for k, u := range us {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(u.key)
	}
	return b.String()
}

// localEntry returns the document-local entry for a name found by rules.
func (f *finder) localEntry(typ Type, name string) *Entry {
	f.buf = append(append(f.buf[:0], typ...), 0)
	f.buf = word.AppendFold(f.buf, name)
	if e := f.local[string(f.buf)]; e != nil { // no allocation: map index by converted bytes
		return e
	}
	e := &Entry{Name: name, Type: typ}
	f.local[string(f.buf)] = e
	return e
}

// newlineBefore reports a line break between unit j-1 and unit j.
func (f *finder) newlineBefore(j int) bool {
	return strings.IndexByte(f.text[f.us[j-1].end:f.us[j].start], '\n') >= 0
}

// particleStart reports a listed name that opens with lower-case particles
// of foreign surnames followed by a capitalized word: von der Leyen, de
// Gaulle, al-Sisi, bin Salman.
func (f *finder) particleStart(us []unit, first int) bool {
	for _, u := range us[first:] {
		switch {
		case u.isCapWord():
			return true
		case u.word && !u.cap && u.is(clsLeadingParticles):
		case !u.word && isHyphen0(f.text[u.start:u.end]):
		default:
			return false
		}
	}
	return false
}
