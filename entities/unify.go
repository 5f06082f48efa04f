package entities

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/tribuna-nlp/tribuna/internal/word"
)

// run finds the mentions of the document: the scan, then the decisions
// that need the whole document.
func (f *finder) run() {
	f.scan()
	f.unify()
	f.linkHeads()
	f.resolveDeferred()
}

// linkHeads links a bare head word found as an organization (la
// Commissione, il Consiglio) to the listed organization of the document
// that it abbreviates: one whose name starts with it, named in the
// document or the place of an office held by a person the document names
// (Ursula von der Leyen … la nuova Commissione → Commissione europea).
// When two such organizations qualify the word stays unlinked.
func (f *finder) linkHeads() {
	bare := false
	for k := range f.out {
		if m := &f.out[k]; m.Via == ViaRule && m.Type == ORG && m.Entry.ID == "" && f.isHeadWord(m) {
			bare = true
			break
		}
	}
	if !bare {
		return
	}
	heads := map[string]*Entry{} // folded first word → the organization; nil: ambiguous
	add := func(e *Entry) {
		if e == nil || e.Type != ORG {
			return
		}
		w, _, ok := strings.Cut(e.Name, " ")
		if !ok {
			return
		}
		w = word.Fold(w)
		if old, seen := heads[w]; seen && old != e {
			heads[w] = nil
		} else {
			heads[w] = e
		}
	}
	var adjs map[string]bool // the lower-case last words of the listed names of the document (Unione europea: europea)
	for _, m := range f.out {
		f.steps.Add(1)
		switch {
		case m.Via == ViaDemonym || m.Entry.ID == "":
		case m.Type == ORG:
			add(m.Entry)
			if i := strings.LastIndexByte(m.Entry.Name, ' '); i > 0 && unicode.IsLower(rune(m.Entry.Name[i+1])) {
				if adjs == nil {
					adjs = map[string]bool{}
				}
				adjs[m.Entry.Name[i+1:]] = true
			}
		case m.Type == PER:
			for _, r := range m.Entry.Roles {
				if !r.Metonym {
					add(f.g.Lookup(r.Place))
				}
			}
		}
	}
	f.addSisterInstitutions(adjs, add)
	for k := range f.out {
		m := &f.out[k]
		if m.Via != ViaRule || m.Type != ORG || m.Entry.ID != "" || !f.isHeadWord(m) {
			continue
		}
		if e := heads[word.Fold(m.Text)]; e != nil {
			m.Entry = e
		}
	}
}

// addSisterInstitutions adds, for the bare head words of the document,
// the listed organizations named by the head and an adjective of a listed
// organization the document names (the Unione europea: the Commissione
// europea, the Parlamento europeo): la Commissione in a text about the EU
// is the EU's.
func (f *finder) addSisterInstitutions(adjs map[string]bool, add func(*Entry)) {
	if len(adjs) == 0 {
		return
	}
	done := map[string]bool{}
	for k := range f.out {
		m := &f.out[k]
		if m.Via != ViaRule || m.Type != ORG || m.Entry.ID != "" || !f.isHeadWord(m) || done[m.Text] {
			continue
		}
		done[m.Text] = true
		for a := range adjs {
			f.steps.Add(1)
			for _, form := range [...]string{a, otherGender(a)} {
				if e := f.g.Lookup(m.Text + " " + form); e != nil && e.Type == ORG && strings.HasPrefix(word.Fold(e.Name), word.Fold(m.Text)+" ") {
					add(e)
					break
				}
			}
		}
	}
}

// otherGender turns a singular adjective in -a into -o and back (europea,
// europeo).
func otherGender(a string) string {
	switch {
	case strings.HasSuffix(a, "a"):
		return a[:len(a)-1] + "o"
	case strings.HasSuffix(a, "o"):
		return a[:len(a)-1] + "a"
	}
	return a
}

// isHeadWord reports a mention of one organization head word (Commissione).
func (f *finder) isHeadWord(m *Mention) bool {
	return !strings.ContainsAny(m.Text, " '’-") && orgHeads[word.Fold(m.Text)]
}

// typeScore is what unify knows of the mentions of one name with one type.
type typeScore struct {
	ev    evidence // the strongest
	n     int32    // how many
	first int32    // 1 + the index in out of the first with the strongest evidence
}

// unify gives a name one type within a document, and one entry: the
// mentions that rules found for the same name (case folded) take the type
// with stronger evidence among all its mentions (a listed mention, a cue;
// among equals, the most mentions), with the entry of that type.
// A place after a or in and a surname after a title outweigh a guess from
// the name's shape (Alcamo … a Alcamo), which outweighs di after a common
// noun (la vittoria di Biles … Biles).
func (f *finder) unify() {
	if len(f.out) < 2 {
		return
	}
	x := &f.byName
	x.reset(len(f.out))
	f.scores = f.scores[:0]
	for k, m := range f.out {
		f.steps.Add(1)
		t := typeIndex(m.Type)
		if m.Via == ViaDemonym || t < 0 {
			continue
		}
		slot := x.slot(f.hs[k])
		if x.vals[slot] == 0 {
			f.scores = append(f.scores, [3]typeScore{})
			x.keys[slot], x.vals[slot] = f.hs[k], int32(len(f.scores))
		}
		s := &f.scores[x.vals[slot]-1][t]
		s.n++
		if ev := f.evs[k]; ev > s.ev {
			s.ev, s.first = ev, int32(k+1)
		}
	}
	if len(f.scores) == len(f.out) {
		return // every name once
	}
	f.placesKeepType()
	for k := range f.out {
		m := &f.out[k]
		listed := m.Via != ViaRule && m.Via != ViaCoref || m.Entry.ID != ""
		if listed && m.Via == ViaDemonym {
			continue
		}
		v := x.vals[x.slot(f.hs[k])]
		if v == 0 {
			continue
		}
		ts := &f.scores[v-1]
		w := 0
		for t := 1; t < len(ts); t++ {
			if ts[t].ev > ts[w].ev || ts[t].ev == ts[w].ev && ts[t].n > ts[w].n {
				w = t
			}
		}
		if listed && ts[w].ev <= evListed {
			continue // listed names keep their type (a state may be a place and an actor), but for a town's name a title made a surname
		}
		if ts[w].first == 0 || ts[w].ev <= f.evs[k] {
			continue // nothing stronger than this mention's own evidence
		}
		best := f.out[ts[w].first-1]
		if best.Type == m.Type {
			continue
		}
		m.Type = best.Type
		if best.Entry.ID != "" || best.Via != ViaRule && best.Via != ViaCoref {
			m.Entry, m.Via = best.Entry, ViaCoref // the listed entry of the same name
		} else {
			m.Entry = f.localEntry(best.Type, best.Entry.Name)
			if listed {
				m.Via = ViaCoref
			}
		}
		f.evs[k] = ts[w].ev
	}
}

// placesKeepType keeps a listed town's name a place in a document that
// writes it as one somewhere (a Iseo, la stazione di Iseo), though a title
// made it a surname elsewhere (la direttrice Iseo): the evidence of the
// title then outweighs the list's no more.
func (f *finder) placesKeepType() {
	x := &f.byName
	for k := range f.out {
		f.steps.Add(1)
		m := &f.out[k]
		if m.Type != LOC || m.Via != ViaName && m.Via != ViaAlias {
			continue
		}
		s := &f.scores[x.vals[x.slot(f.hs[k])]-1][typeIndex(PER)]
		if s.ev != evOverListed {
			continue
		}
		i, _ := slices.BinarySearchFunc(f.us, m.Start, func(u unit, start int) int { return u.start - start })
		if i < len(f.us) && f.us[i].start == m.Start && (f.placeCue(i) || f.placeNounBefore(i)) {
			s.ev = evCue
		}
	}
}

// hashIndex maps the hashes of names to int32 values, 0 for none (open
// addressing, its slots reused between documents).
type hashIndex struct {
	keys []uint64
	vals []int32
}

// reset empties x for about n keys.
func (x *hashIndex) reset(n int) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	if cap(x.keys) >= size {
		x.keys, x.vals = x.keys[:size], x.vals[:size]
		clear(x.keys)
		clear(x.vals)
	} else {
		x.keys, x.vals = make([]uint64, size), make([]int32, size)
	}
}

// slot returns the slot of h: the one that holds it, or the empty one where
// it goes (vals 0). x never fills: reset sizes it for every key it gets.
func (x *hashIndex) slot(h uint64) int {
	mask := uint64(len(x.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if x.vals[i] == 0 || x.keys[i] == h {
			return int(i)
		}
	}
}

// typeIndex numbers the entity types for unify; -1 for any other.
func typeIndex(t Type) int {
	switch t {
	case PER:
		return 0
	case LOC:
		return 1
	case ORG:
		return 2
	}
	return -1
}

// textHash is the hash of the folded text s, as units hash their keys.
func (f *finder) textHash(s string) uint64 {
	var h uint64
	f.buf, h, _ = word.FoldHash(f.buf[:0], s)
	return h
}

// sortOut orders the mentions by Start, their evidence with them.
func (f *finder) sortOut() {
	sort.Sort(outByStart{f})
}

type outByStart struct{ f *finder }

func (o outByStart) Len() int           { return len(o.f.out) }
func (o outByStart) Less(a, b int) bool { return o.f.out[a].Start < o.f.out[b].Start }
func (o outByStart) Swap(a, b int) {
	o.f.out[a], o.f.out[b] = o.f.out[b], o.f.out[a]
	o.f.evs[a], o.f.evs[b] = o.f.evs[b], o.f.evs[a]
	o.f.hs[a], o.f.hs[b] = o.f.hs[b], o.f.hs[a]
}

// resolveDeferred adds the sentence-initial words that the rest of the
// document names (Faletti … Faletti, che aveva 63 anni), with the type and
// entry of a mention of the same word elsewhere, or as the surname of a
// person named in full; and the capitalized words no rule took inside a
// sentence that the document names elsewhere with evidence stronger than a
// guess (the azienda Zorbatex … la Zorbatex).
func (f *finder) resolveDeferred() {
	if len(f.deferred) == 0 && len(f.echoes) == 0 {
		return
	}
	x := &f.byName
	x.reset(len(f.out))
	for k, m := range f.out {
		f.steps.Add(1)
		if m.Via == ViaDemonym || strings.ContainsAny(m.Text, " '’-") {
			continue
		}
		if slot := x.slot(f.hs[k]); x.vals[slot] == 0 {
			x.keys[slot], x.vals[slot] = f.hs[k], int32(k+1)
		}
	}
	n := len(f.out)
	f.boundReady = false
	for _, i := range f.deferred {
		f.steps.Add(1)
		u := &f.us[i]
		if u.is(clsFunctionWords) || f.lower.has(u.h) {
			continue
		}
		if k := x.vals[x.slot(u.h)]; k > 0 {
			f.addCoref(i, f.out[k-1].Type, f.out[k-1].Entry)
			continue
		}
		// A surname of a person the document names in full (Conte …
		// Giuseppe Conte), whichever comes first; not a part of a word
		// (al-Zarqawi).
		if e := f.tails[u.key]; e != nil && !(i > 0 && f.us[i-1].end == u.start) {
			f.addCoref(i, PER, e)
			continue
		}
		if e := f.relatedListed(i, n); e != nil {
			f.addCoref(i, e.Type, e)
		}
	}
	for _, i := range f.echoes {
		f.steps.Add(1)
		u := &f.us[i]
		if f.lower.has(u.h) || i > 0 && f.us[i-1].end == u.start {
			continue
		}
		if k := x.vals[x.slot(u.h)]; k > 0 && f.evs[k-1] >= evPlace {
			f.addCoref(i, f.out[k-1].Type, f.out[k-1].Entry)
		} else if e := f.tails[u.key]; e != nil && k == 0 {
			f.addCoref(i, PER, e) // la Sotomayor … Sonia Sotomayor
		}
	}
	if len(f.out) > n {
		f.sortOut()
	}
}

// relatedListed returns the listed entry, flagged cap, that the word
// opening a sentence at unit i names when the document mentions an entry
// bound to it: the person's party or the place of an office (Lupi porta
// Noi Moderati all'assemblea: Maurizio Lupi, whose party it is; Marche, …
// Francesco Acquaroli confermato: the region he presides), or, the other
// way, a person of that party or in an office of that place. Italian
// headlines open with the surname or the region alone; a common word
// (sala, marche, lupi) has no such bond with the names around it. n is
// the number of mentions found in the scan, the only ones looked at.
func (f *finder) relatedListed(i, n int) *Entry {
	nd := f.first[i]
	if nd < 0 {
		return nil
	}
	var cand *Entry
	for _, t := range f.g.index.targetsOf(nd) {
		f.steps.Add(1)
		if t.cap && t.exact == nil && t.via != ViaDemonym && t.e.ID != "" {
			if cand != nil && cand != t.e {
				return nil // two entries: the word is ambiguous
			}
			cand = t.e
		}
	}
	if cand == nil {
		return nil
	}
	if !f.boundReady {
		f.indexBound(n)
	}
	if f.boundTo.has(f.textHash(cand.Name)) {
		return cand // the party or place of a person of the document
	}
	if cand.Type != PER {
		return nil
	}
	if cand.Party != "" && f.named.has(f.textHash(cand.Party)) {
		return cand
	}
	for _, r := range cand.Roles {
		f.steps.Add(1)
		if r.Place != "" && f.named.has(f.textHash(r.Place)) {
			return cand
		}
	}
	return nil
}

// indexBound fills, from the first n mentions, named with the names of the
// listed entries the document mentions and boundTo with the parties and
// the places of the offices of its listed people.
func (f *finder) indexBound(n int) {
	f.boundReady = true
	f.named.reset(n)
	f.boundTo.reset(n)
	for k := 0; k < n; k++ {
		f.steps.Add(1)
		e := f.out[k].Entry
		if f.out[k].Via == ViaDemonym || e == nil || e.ID == "" {
			continue
		}
		f.named.add(f.textHash(e.Name))
		if e.Type != PER {
			continue
		}
		if e.Party != "" {
			f.boundTo.add(f.textHash(e.Party))
		}
		for _, r := range e.Roles {
			f.steps.Add(1)
			if r.Place != "" {
				f.boundTo.add(f.textHash(r.Place))
			}
		}
	}
}

// addCoref appends a one-unit mention at i of e, typed typ, as a back or
// forward reference.
func (f *finder) addCoref(i int, typ Type, e *Entry) {
	u := &f.us[i]
	f.out = append(f.out, Mention{Text: f.text[u.start:u.end], Start: u.start, End: u.end, Type: typ, Entry: e, Via: ViaCoref})
	f.evs = append(f.evs, evCue)
	f.hs = append(f.hs, u.h)
}
