package quotes

import (
	"sort"
	"strconv"
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
)

// resolver carries the context of attribution through one document: who
// spoke last, in which paragraph.
type resolver struct {
	d        *analysis
	last     []Speaker
	lastPara int32
	lastName int                      // the name the last speaker was resolved from, -1
	lastDesc np                       // the nameless phrase the last speaker was written as (il titolare di …)
	lemma    string                   // the speech verb of the quote being resolved
	hit      int                      // the name canonical resolved last, -1
	canon    map[canonKey]Speaker     // canonical speaker of a name in a paragraph, computed once
	longest  map[canonKey]longestForm // the longest form of a name, by its text, in a paragraph (para) or the document (para -1)
	buf      []Speaker                // scratch for speakersOf
	slab     []Speaker                // the quotes' speaker lists, cut from shared arrays
	spans    []Span                   // … and their mentions
}

type longestForm struct {
	name  string
	score int // its length; 0: none longer
}

type canonKey struct {
	text string
	para int32
}

// resolve gives every item its speakers and mention, in document order.
func (d *analysis) resolve(items []item) {
	if d.buf.canon == nil {
		d.buf.canon, d.buf.longest = map[canonKey]Speaker{}, map[canonKey]longestForm{}
	}
	r := &resolver{d: d, lastPara: -1, lastName: -1, canon: d.buf.canon, longest: d.buf.longest}
	for i := range items {
		d.work.Add(1)
		it := &items[i]
		para := d.para[min(it.t, len(d.toks)-1)]
		r.hit = -1
		sp, fresh := r.speakersOfItem(it, para)
		it.q.Speakers = r.keep(sp)
		if len(sp) == 0 {
			continue
		}
		// The same description going on (describedBefore) keeps the one it was first written as.
		if fresh && !(len(sp) == 1 && len(r.last) == 1 && r.lastDesc.ok() && sp[0] == r.last[0]) {
			r.lastName, r.lastDesc = -1, np{}
			if len(sp) == 1 {
				r.lastName = r.hit
			}
			if s := it.at.subj; r.hit < 0 && len(sp) == 1 && it.at.named() && !it.at.introducer.ok() && len(s.names) == 0 && !s.pronoun && len(s.also) == 0 {
				r.lastDesc = s
			}
		}
		r.last, r.lastPara = it.q.Speakers, para
	}
	d.goingOnBack(items)
}

// goingOnBack gives a quote that found no speaker the speaker of the next
// quote of its paragraph when that one goes on with a named subject (Da
// Castelnuovo del Garda spiegano: «…». Sull'episodio, la direzione
// aggiunge: «…»): adding says that the same speaker spoke before.
func (d *analysis) goingOnBack(items []item) {
	for i := 0; i+1 < len(items); i++ {
		d.work.Add(1)
		it, next := &items[i], &items[i+1]
		if len(it.q.Speakers) > 0 || len(next.q.Speakers) == 0 || !goingOnVerbs[next.at.lemma] || !next.at.named() {
			continue
		}
		if d.para[min(it.t, len(d.toks)-1)] == d.para[min(next.t, len(d.toks)-1)] {
			it.q.Speakers = next.q.Speakers
		}
	}
}

// speakersOfItem resolves the speakers of one quote; fresh is false when
// they are the last speakers, going on.
func (r *resolver) speakersOfItem(it *item, para int32) (sp []Speaker, fresh bool) {
	at := it.at
	r.lemma = at.lemma
	switch {
	case at.unknown:
		// A passive with no agent (è stato accusato di «…»): the words are
		// of whoever speaks in the paragraph, if anyone does.
		if r.lastPara == para && len(r.last) > 0 {
			return r.last, false
		}
		return nil, true
	case at.named():
		if at.introducer.ok() {
			sp = r.speakersOf(at.introducer, it.t)
		} else {
			sp = r.speakersOf(at.subj, it.t)
		}
		if s, ok := r.d.mentionSpan(at.subj); ok {
			it.q.Mention = r.keepSpan(s)
		}
		return sp, true
	case at.continuation:
		if r.lastPara == para && len(r.last) > 0 {
			return r.last, false
		}
		if at.nextSubject.ok() {
			return r.speakersOf(at.nextSubject, it.t), true
		}
		// No one has spoken in the paragraph: the subject of the sentence
		// before (Parisi non risparmia le bordate. «…», «…»).
		if n, ok := r.d.namedSubjectBefore(it.t); ok {
			if sp := r.speakersOf(n, it.t); len(sp) > 0 {
				return sp, true
			}
		}
		return r.last, false
	}
	return r.droppedSubject(at, para, it.t)
}

// droppedSubject resolves the speakers of a cue without a subject of its
// own (Ha poi aggiunto, «…», ha detto.): the fallback the cue's sentence
// gives (a colon's introducer, an earlier clause's subject), the last
// speaker of the paragraph, the subject of the sentence before, the last
// person named, the last speaker, the next sentence's subject.
func (r *resolver) droppedSubject(at attribution, para int32, t int) ([]Speaker, bool) {
	d := r.d
	if d.headSpeaks(at.fallback) {
		if sp := r.speakersOf(at.fallback, t); len(sp) > 0 {
			return sp, true
		}
	}
	if sp, ok := r.newSubjectBefore(at, para, t); ok {
		return sp, true
	}
	if r.lastPara == para && len(r.last) > 0 {
		return r.last, false
	}
	// The subject of the sentence before: La Lega attacca. «…», si legge.
	if n, ok := d.prevSubject(t); ok {
		if sp := r.speakersOf(n, t); len(sp) > 0 {
			return sp, true
		}
	}
	if p, ok := d.recentPerson(t); ok {
		return append(r.buf[:0], r.canonical(p)), true
	}
	if len(r.last) > 0 {
		return r.last, false
	}
	// «A – ha detto – B». Moro ha poi …: the next sentence names him.
	if n, ok := d.nextSentenceName(t); ok {
		return r.speakersOf(n, t), true
	}
	return nil, true
}

// newSubjectBefore: a cue with no subject, after a sentence whose subject
// is a person who has not spoken yet, is that person's rather than the
// last speaker's (… il magistrato ha sottolineato «…». Anche il figlio,
// Emanuele Filiberto, al quale è contestato un episodio. «…», ha
// dichiarato.): the narrator brought him in to speak. Not for a verb that
// goes on with what was said (ha aggiunto, ha concluso), or after a
// sentence that reports words itself: the last speaker's.
func (r *resolver) newSubjectBefore(at attribution, para int32, t int) ([]Speaker, bool) {
	if goingOnVerbs[at.lemma] || r.lastPara != para || len(r.last) == 0 {
		return nil, false
	}
	n, ok := r.d.prevSubject(t)
	if !ok || len(n.names) == 0 || !r.d.isPerson(n.names[0]) || r.d.sentenceQuotes(n.a) {
		return nil, false
	}
	sp := r.speakersOf(n, t)
	for _, s := range sp {
		for _, l := range r.last {
			if s.Name == l.Name {
				return nil, false
			}
		}
	}
	return sp, len(sp) > 0
}

// sentenceQuotes: the sentence holding token t has quotation marks: it
// reports someone's words, and is no narration that brings in a speaker.
func (d *analysis) sentenceQuotes(t int) bool {
	s := d.sents[d.sent[t]]
	for u := s.a; u < s.b && u-s.a < 4*window; u++ {
		d.work.Add(1)
		if d.role[u] == markTok {
			return true
		}
	}
	return false
}

// goingOnVerbs report more words of whoever spoke last.
var goingOnVerbs = set("aggiungere", "concludere", "continuare", "proseguire", "ribadire", "insistere", "precisare", "incalzare", "rincarare")

// messageNouns are written messages whose words are their writer's.
var messageNouns = set("comunicato", "nota", "lettera", "messaggio", "velina", "sms", "tweet", "post", "email", "e-mail",
	"missiva", "telegramma", "comunicazione", "dispaccio", "circolare", "sentenza", "ordinanza", "bollettino", "rapporto",
	"relazione", "documento", "motivazioni")

// messageHead: the noun phrase n is a message with no writer named in it
// (il comunicato, la «velina», una nota).
func (d *analysis) messageHead(n np) bool {
	for t := n.a; t < n.b && t < n.a+3; t++ {
		if messageNouns[d.low[t]] {
			return true
		}
		if !d.in(t, cArticle|cDeterminer) && d.role[t] == narrator {
			return false
		}
	}
	return false
}

// messageWriter: the name that a genitive gives the message noun of n
// where the paragraph wrote it before (una recente sentenza di Cassazione
// … La sentenza recita: the Cassazione).
func (d *analysis) messageWriter(n np) (int, bool) {
	t := n.a
	for t < n.b && !messageNouns[d.low[t]] {
		t++
	}
	if t >= n.b {
		return 0, false
	}
	w, para := d.low[t], d.para[n.a]
	for u := n.a - 1; u >= 0 && n.a-u < 400 && d.para[u] == para; u-- {
		d.work.Add(1)
		if d.low[u] != w || u+2 >= n.a || !d.in(u+1, cGenitive) {
			continue
		}
		k := u + 2
		if d.in(k, cArticle) {
			k++
		}
		if ni := d.nameAt[k]; ni >= 0 && d.names[ni].a == k {
			return int(ni), true
		}
	}
	return 0, false
}

// keep copies a speaker list into the slab; its capacity ends with it, so
// that appending to one quote's speakers never touches another's.
func (r *resolver) keep(sp []Speaker) []Speaker {
	if r.slab == nil || cap(r.slab)-len(r.slab) < len(sp) {
		// Small first, then doubling: a short document has few quotes.
		r.slab = make([]Speaker, 0, max(len(sp), min(64, 2*cap(r.slab)), 4))
	}
	n := len(r.slab)
	r.slab = append(r.slab, sp...)
	return r.slab[n : n+len(sp) : n+len(sp)]
}

// keepSpan copies a mention into the span slab.
func (r *resolver) keepSpan(s Span) *Span {
	if len(r.spans) == cap(r.spans) {
		r.spans = make([]Span, 0, max(min(32, 2*cap(r.spans)), 4))
	}
	r.spans = append(r.spans, s)
	return &r.spans[len(r.spans)-1]
}

// speakersOf resolves a noun phrase to speakers: names to their canonical
// form, pronouns and roles to the person they stand for. The list is
// scratch, valid until the next call.
func (r *resolver) speakersOf(n np, pos int) []Speaker {
	// In the order of the text: the conjuncts before n (coordinated
	// subjects, gathered backwards), n, the speakers after it (così come X).
	sp := r.buf[:0]
	for k := len(n.also) - 1; k >= 0; k-- {
		if o := n.also[k]; o.a < n.a {
			r.d.work.Add(1)
			sp = r.speakersOfOne(sp, o, pos)
		}
	}
	sp = r.speakersOfOne(sp, n, pos)
	for _, o := range n.also {
		if o.a >= n.a {
			r.d.work.Add(1)
			sp = r.speakersOfOne(sp, o, pos)
		}
	}
	r.buf = sp
	return sp
}

// speakersOfOne appends to dst the speakers of one noun phrase.
func (r *resolver) speakersOfOne(dst []Speaker, n np, pos int) []Speaker {
	d := r.d
	if len(n.names) == 1 {
		// An office named by its seat: il Cremlino → the president of Russia.
		if m, ok := d.metonymRole(n.names[0]); ok {
			return append(dst, Speaker{Name: m.Entry.Name, ID: m.Entry.ID})
		}
	}
	if len(n.names) > 0 {
		for _, ni := range n.names {
			r.d.work.Add(1)
			dst = append(dst, r.canonical(ni))
		}
		return dst
	}
	if n.pronoun {
		return r.pronounSpeakers(dst, n, pos)
	}
	if n.pair {
		if a, b, ok := d.recentPair(n.a); ok {
			return append(dst, r.canonical(a), r.canonical(b))
		}
	}
	if out, ok := r.genitiveSpeaker(dst, n, pos); ok {
		return out
	}
	// Il comunicato, la lettera, la velina: the words of a message are its
	// writer's: the one the paragraph named with it (una sentenza della
	// Cassazione … La sentenza recita), or else whoever spoke last in it.
	if d.messageHead(n) {
		if ni, ok := d.messageWriter(n); ok {
			return append(dst, r.canonical(ni))
		}
		if r.lastPara == d.para[n.a] && len(r.last) > 0 {
			return append(dst, r.last...)
		}
	}
	// A role: the person something ties to it (roles.go), or the role as written.
	if sp, ok := r.roleSpeaker(n); ok {
		return append(dst, sp)
	}
	// As written (the conventions compare names), with the ID of the
	// person the role resolved to when it did (la segretaria dem).
	return append(dst, Speaker{Name: d.spanText(n.a, n.b), ID: d.roleID(n)})
}

// pronounSpeakers: Egli, lui: the last speaker of the paragraph, or else
// the subject of the sentence before (Il ministro è uno di questi. Egli ha
// …), or else the last speaker or person of the document.
func (r *resolver) pronounSpeakers(dst []Speaker, n np, pos int) []Speaker {
	d := r.d
	if len(r.last) > 0 && r.lastPara == d.para[n.a] {
		return append(dst, r.last...)
	}
	if s, ok := d.prevSubject(n.a); ok && !s.pronoun {
		return r.speakersOfOne(dst, s, pos)
	}
	if s, ok := d.lastClauseSubject(n.a); ok {
		return r.speakersOfOne(dst, s, pos)
	}
	if len(r.last) > 0 {
		return append(dst, r.last...)
	}
	if p, ok := d.recentPerson(n.a); ok {
		return append(dst, r.canonical(p))
	}
	return dst
}

// lastClauseSubject is the subject of the last clause of the sentence
// before token t's, read from its last auxiliary (I commenti sono
// arrivati …, il ministro degli Esteri iraniano è uno di questi. Egli ha
// commentato …): the one a pronoun opening the next sentence picks up,
// when it can speak.
func (d *analysis) lastClauseSubject(t int) (np, bool) {
	t = min(t, len(d.toks)-1)
	si := int(d.sent[t]) - 1
	if si < 0 || d.para[d.sents[si].a] != d.para[t] {
		return np{}, false
	}
	s := d.sents[si]
	for u := s.b - 1; u > s.a && s.b-u < 40; u-- {
		d.work.Add(1)
		if d.role[u] != narrator {
			return np{}, false
		}
		if d.in(u, cAvere|cEssere) {
			n, dropped := d.subjectLeft(u)
			if dropped || n.pronoun || !d.headSpeaks(n) {
				return np{}, false
			}
			return n, true
		}
	}
	return np{}, false
}

// genitiveSpeaker: Le parole del Papa: «…», la lettera del ministro: the
// words are of whoever the genitive after a speech or message noun names.
func (r *resolver) genitiveSpeaker(dst []Speaker, n np, pos int) ([]Speaker, bool) {
	d := r.d
	first := n.a + 1
	if !d.in(n.a, cArticle) || first >= n.b || !d.in(first, cSpeechNoun) && !messageNouns[d.low[first]] || d.nameAt[first] >= 0 {
		return dst, false
	}
	for t := first + 1; t < n.b; t++ {
		d.work.Add(1)
		if !d.in(t-1, cGenitive) {
			continue
		}
		if ni := d.nameAt[t]; ni >= 0 && d.names[ni].a == t {
			return append(dst, r.canonical(int(ni))), true
		}
		if d.in(t, cRoleNoun) {
			return r.speakersOfOne(dst, np{a: t, b: n.b}, pos), true
		}
	}
	return dst, false
}

// recentPerson is the last person named before pos.
func (d *analysis) recentPerson(pos int) (int, bool) {
	fallback, gated := -1, -1
	first := d.namesBefore(pos)
	for ni := first; ni >= 0 && first-ni < 100; ni-- {
		d.work.Add(1)
		nm := d.names[ni]
		if d.role[nm.a] != narrator {
			continue
		}
		if nm.typ == entities.PER {
			return ni, true
		}
		// A run the name gate took for a person (Star Trek …) counts only
		// when the entities layer typed no person nearer.
		if nm.person && gated < 0 {
			gated = ni
		}
		// Without a gazetteer type, a single capitalized word may be a surname
		// (Speciale, Barthou), but not right after a common noun (l'agenzia Ansa).
		// At a sentence start it may as well be a verb (Nota un tentativo …).
		if fallback < 0 && nm.typ == "" && !isAllCaps(d.toks[nm.a].Text) && !d.ppAttached(ni) && (!d.isSentStart(nm.a) || d.verbFollows(nm.b)) &&
			(nm.a == 0 || !d.isWord(nm.a-1) || startsUpper(d.toks[nm.a-1].Text) || d.in(nm.a-1, cRoleNoun) || d.in(nm.a-1, cArticle)) {
			fallback = ni
		}
	}
	if gated >= 0 {
		return gated, true
	}
	return fallback, fallback >= 0
}

// recentPair is the last "X e Y" of two people before pos (I due leader).
func (d *analysis) recentPair(pos int) (int, int, bool) {
	first := d.namesBefore(pos)
	for ni := first; ni > 0 && first-ni < 100; ni-- {
		d.work.Add(1)
		nm := d.names[ni]
		if nm.a < 2 || d.low[nm.a-1] != "e" && d.low[nm.a-1] != "ed" {
			continue
		}
		pj := d.nameAt[nm.a-2]
		if pj < 0 {
			continue
		}
		p := d.names[pj]
		if (p.person || p.typ == entities.PER) && (nm.person || nm.typ == entities.PER) {
			return int(pj), ni, true
		}
	}
	return 0, 0, false
}

// canonical is the speaker a name stands for: the fullest form of the name
// in its paragraph, or else in the document (Xi → Xi Jinping, Perino →
// Alberto Perino, BCE → Banca Centrale Europea), with the gazetteer's id
// when the document allows it (linkable). World knowledge adds no words
// (CONVENTIONS.md: Berlusconi stays Berlusconi).
func (r *resolver) canonical(ni int) Speaker {
	nm := r.d.names[ni]
	key := canonKey{r.d.nameText(nm), r.d.para[nm.a]}
	if sp, ok := r.canon[key]; ok && (nm.entry == nil || sp.ID == nm.entry.ID || sp.ID == "") {
		r.hit = ni
		return sp
	}
	r.hit = ni
	if li, ok := r.d.listedSpelling(ni); ok {
		// Dudallah … ha detto Dadullah: the text misspells a name a list
		// holds; the speaker is the listed one, as the text writes it.
		sp := r.canonical(li)
		r.canon[key] = sp
		return sp
	}
	sp := Speaker{Name: r.fullestForm(ni)}
	if sp.Name == key.text && nm.entry != nil && nm.typ == entities.PER {
		// Another name of the same person in the text (Papa Benedetto XVI …
		// Papa Ratzinger): the entities layer links both to one entry.
		sp.Name = r.d.sameEntryName(ni)
	}
	if nm.entry != nil && r.d.linkable(ni, sp.Name != key.text) {
		sp.ID = nm.entry.ID
	}
	r.canon[key] = sp
	return sp
}

// listedSpelling: name ni is one word no list holds (found by a rule or
// the name gate), and its paragraph writes, one or two letters apart, a
// name the gazetteer lists (Dudallah … Dadullah): a misspelling of it.
func (d *analysis) listedSpelling(ni int) (int, bool) {
	nm := d.names[ni]
	if nm.b-nm.a != 1 || nm.via == entities.ViaName || nm.via == entities.ViaAlias {
		return 0, false
	}
	w := d.low[nm.a]
	if len(w) < 6 {
		return 0, false
	}
	para := d.para[nm.a]
	lo, hi := d.namesAround(nm.a, 60)
	for oi := lo; oi < hi; oi++ {
		d.work.Add(1)
		o := d.names[oi]
		if oi == ni || o.b-o.a != 1 || d.para[o.a] != para || o.via != entities.ViaName && o.via != entities.ViaAlias {
			continue
		}
		if ow := d.low[o.a]; ow != w && ow[0] == w[0] && editWithin2(ow, w) {
			return oi, true
		}
	}
	return 0, false
}

// namesAround is the range of names within k names of token t.
func (d *analysis) namesAround(t, k int) (int, int) {
	i := d.namesBefore(t)
	return max(i-k, 0), min(i+k, len(d.names))
}

// editWithin2: a and b differ by at most two edits (substitutions,
// insertions, deletions), both being long enough for that to be a slip.
func editWithin2(a, b string) bool {
	if len(a)-len(b) > 2 || len(b)-len(a) > 2 {
		return false
	}
	var prev, cur [64]int
	if len(b) >= len(prev) {
		return false
	}
	for j := range len(b) + 1 {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c = 1 + min(prev[j-1], prev[j], cur[j-1])
			} else {
				c = min(c, 1+prev[j], 1+cur[j-1])
			}
			cur[j] = c
			best = min(best, c)
		}
		if best > 2 {
			return false
		}
		prev = cur
	}
	return prev[len(b)] <= 2
}

// sameEntryName is the fullest name the text gives the entry of name ni:
// the mention of the same entry with the most words in the paragraph, or
// else in the document; the name as written when there is none. The
// fullest names are found in one pass over the names, the first time.
func (d *analysis) sameEntryName(ni int) string {
	m := &d.memo
	if !m.entryNamesSet {
		m.entryNamesSet = true
		if m.entryNames == nil {
			m.entryNames = map[entryPara]int{}
		}
		for i, nm := range d.names {
			d.work.Add(1)
			if nm.entry == nil || nm.typ != entities.PER {
				continue
			}
			for _, k := range [2]entryPara{{nm.entry, d.para[nm.a]}, {nm.entry, -1}} {
				if best, ok := m.entryNames[k]; !ok || d.fullness(i) > d.fullness(best) {
					m.entryNames[k] = i
				}
			}
		}
	}
	nm := d.names[ni]
	for _, k := range [2]entryPara{{nm.entry, d.para[nm.a]}, {nm.entry, -1}} {
		if best, ok := m.entryNames[k]; ok && d.fullness(best) > d.fullness(ni) {
			return d.nameText(d.names[best])
		}
	}
	return d.nameText(nm)
}

// fullness ranks the names the text gives one entry: more words first,
// and among as many, the one the gazetteer calls the entry by (Papa
// Benedetto XVI … Joseph Ratzinger: Benedetto XVI).
func (d *analysis) fullness(ni int) int {
	nm := d.names[ni]
	f := 2 * (nm.b - nm.a)
	if nm.entry != nil && d.nameText(nm) == nm.entry.Name {
		f++
	}
	return f
}

// entryPara keys an entry's names by paragraph (-1: the whole document).
type entryPara struct {
	e    *entities.Entry
	para int32
}

// linkable: the gazetteer's id of name ni may be given. A surname alone
// (Moro, Conte, Segni) names the listed person only when the document
// writes the fuller name too (fuller), or its time allows it: when the text
// names years, one of that person's roles must come within a generation of
// them; otherwise a text of the 1950s would give today's politician of that
// name.
func (d *analysis) linkable(ni int, fuller bool) bool {
	nm := d.names[ni]
	e := nm.entry
	if e == nil || e.ID == "" {
		return false
	}
	if nm.typ != entities.PER || nm.via != entities.ViaAlias || strings.Contains(d.nameText(nm), " ") {
		return true
	}
	if fuller {
		return true
	}
	lo, hi, ok := d.years()
	if !ok {
		return true
	}
	dated := false
	for _, r := range e.Roles {
		if r.Metonym || r.From == 0 {
			continue
		}
		dated = true
		to := r.To
		if to == 0 {
			to = 9999
		}
		if r.From-eraMargin <= hi && lo <= to+eraMargin {
			return true
		}
	}
	return !dated
}

// eraMargin is how far from a person's dated roles a text may be and still
// name that person by surname alone.
const eraMargin = 15

// years is the span of the years the text names (1900–2100), computed once.
func (d *analysis) years() (lo, hi int, ok bool) {
	m := &d.memo
	if !m.years.set {
		m.years.set = true
		for i := range d.toks {
			if d.bits[i]&wYear == 0 {
				continue
			}
			y, _ := strconv.Atoi(d.toks[i].Text)
			if !m.years.any || y < m.years.lo {
				m.years.lo = y
			}
			if !m.years.any || y > m.years.hi {
				m.years.hi = y
			}
			m.years.any = true
		}
		d.work.Add(len(d.toks))
	}
	return m.years.lo, m.years.hi, m.years.any
}

// fullestForm is the fullest form of a name as the text writes it: the
// longest name that begins or ends with the same words (Xi Jinping for Xi,
// Alberto Perino for Perino), or an acronym's spelled-out name, in the
// paragraph or else in the document.
func (r *resolver) fullestForm(ni int) string {
	d := r.d
	nm := d.names[ni]
	text := d.nameText(nm)
	n := nm.b - nm.a
	best := text
	acronym := n == 1 && isAllCaps(text) && len(text) <= 6
	para := d.para[nm.a]
	bestScore := 0
	first, last := d.nameParts()
	var lists [2][]int // candidates: the names it begins or ends, or spells out
	if acronym {
		lists[0] = d.acronyms()[text]
	} else {
		lists[0], lists[1] = first[plainLetters(d.toks[nm.a].Text)], last[plainLetters(d.toks[nm.b-1].Text)]
	}
	matches := func(oj int) bool {
		o := d.names[oj]
		if o.b-o.a <= n && !acronym {
			return false
		}
		// Xi → Xi Jinping (prefix), Perino → Alberto Perino (suffix), BCE → its initials.
		return acronym || d.sameTokens(o.a, nm.a, n) || d.sameTokens(o.b-n, nm.a, n)
	}
	// The longest form in the paragraph, found by bisecting the lists (they
	// are in document order) so that every paragraph costs only its names,
	// once per name and paragraph (a name is never longer than itself, so
	// the answer does not depend on which mention asks) …
	if p, ok := r.longest[canonKey{text, para}]; ok {
		if p.score > 0 {
			return p.name
		}
	} else {
		for _, list := range lists {
			r.d.work.Add(1)
			k := sort.Search(len(list), func(k int) bool { return d.para[d.names[list[k]].a] >= para })
			for ; k < len(list) && d.para[d.names[list[k]].a] == para; k++ {
				r.d.work.Add(1)
				if oj := list[k]; oj != ni && matches(oj) {
					if ot := d.nameText(d.names[oj]); len(ot)+1000 > bestScore {
						best, bestScore = ot, len(ot)+1000
					}
				}
			}
		}
		r.longest[canonKey{text, para}] = longestForm{best, bestScore}
		if bestScore > 0 {
			return best
		}
	}
	// … or else the longest in the document, computed once per name.
	g, ok := r.longest[canonKey{text, -1}]
	if !ok {
		g.name = text
		for _, list := range lists {
			r.d.work.Add(1)
			for _, oj := range list {
				r.d.work.Add(1)
				if oj != ni && matches(oj) {
					if ot := d.nameText(d.names[oj]); len(ot) > g.score {
						g.name, g.score = ot, len(ot)
					}
				}
			}
		}
		r.longest[canonKey{text, -1}] = g
	}
	return g.name
}

// namedSubjectBefore is the named subject of the nearest sentence before
// token t's in its paragraph that has one, over sentences whose subject
// is dropped (Parisi non perde l'occasione … Dal palco non risparmia le
// bordate. «…»): at most three sentences back.
func (d *analysis) namedSubjectBefore(t int) (np, bool) {
	t = min(t, len(d.toks)-1)
	si := int(d.sent[t]) - 1
	for si >= 0 && d.sents[si].a >= t {
		si--
	}
	for k := 0; k < 3 && si >= 0 && d.para[d.sents[si].a] == d.para[t]; k, si = k+1, si-1 {
		d.work.Add(1)
		s := d.sents[si]
		n, dropped := d.clauseStartSubject(s.a, s.b)
		if !dropped {
			if len(n.names) > 0 {
				return n, true
			}
			return np{}, false // a subject that is no name: not the speaker's
		}
	}
	return np{}, false
}

// prevSubject is the subject of the sentence before token t's in its
// paragraph: a name, or a phrase that can speak.
func (d *analysis) prevSubject(t int) (np, bool) {
	si := int(d.sent[min(t, len(d.toks)-1)]) - 1
	for si >= 0 && d.sents[si].a >= t {
		si--
	}
	if si < 0 || d.para[d.sents[si].a] != d.para[min(t, len(d.toks)-1)] {
		return np{}, false
	}
	s := d.sents[si]
	n, dropped := d.clauseStartSubject(s.a, s.b)
	if dropped || !d.headSpeaks(n) {
		return np{}, false
	}
	return n, true
}

// nextSentenceName is the name opening the next sentence of t's paragraph.
func (d *analysis) nextSentenceName(t int) (np, bool) {
	t = min(t, len(d.toks)-1)
	si := int(d.sent[t]) + 1
	// Over a few sentences that open with a quote (bounded: linear time).
	for k := 0; si < len(d.sents) && d.role[d.sents[si].a] != narrator && k < 4; k++ {
		d.work.Add(1)
		si++
	}
	if si >= len(d.sents) || d.para[d.sents[si].a] != d.para[t] {
		return np{}, false
	}
	s := d.sents[si]
	n, dropped := d.clauseStartSubject(s.a, s.b)
	if dropped || len(n.names) == 0 {
		return np{}, false
	}
	return n, true
}

// verbFollows: token t starts a verb phrase (Speciale si è opposto, Rossi ha detto).
func (d *analysis) verbFollows(t int) bool {
	if t >= len(d.toks) {
		return false
	}
	w := d.low[t]
	return avere[w] || essere[w] || w == "si" || d.verb[t] >= 0
}

// roleMention is the role mention the gazetteer resolved at the head of the
// noun phrase n (Il presidente cinese, la premier, il suo omologo russo): it
// starts at the phrase's start or inside it, and ends inside it unless it
// starts with it (il ministro degli Esteri for il ministro degli).
func (d *analysis) roleMention(n np) (entities.Mention, bool) {
	lo, hi := d.toks[n.a].Start, d.toks[n.b-1].End
	var roles []entities.Mention
	if d.gaz != nil {
		for t := n.a; t < n.b; t++ {
			d.work.Add(1)
			if d.bits[t]&wRoleHead != 0 {
				roles = d.roles()
				break
			}
		}
	}
	for _, ms := range [2][]entities.Mention{roles, d.ments} {
		d.work.Add(1)
		if m, ok := roleMentionIn(ms, lo, hi); ok {
			return m, true
		}
	}
	return entities.Mention{}, false
}

// roleMentionIn is the first role mention of ms (sorted by Start) with an
// entry that starts in [lo, hi) and ends by hi, or starts at lo.
func roleMentionIn(ms []entities.Mention, lo, hi int) (entities.Mention, bool) {
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= lo }); k < len(ms) && ms[k].Start < hi; k++ {
		if m := ms[k]; m.Via == entities.ViaRole && m.Entry != nil && (m.End <= hi || m.Start == lo) {
			return m, true
		}
	}
	return entities.Mention{}, false
}

// metonymRole is the role mention the gazetteer made of name ni when the
// name is an organization standing for an office (il Cremlino, Palazzo Chigi).
func (d *analysis) metonymRole(ni int) (entities.Mention, bool) {
	nm := d.names[ni]
	if d.gaz == nil || nm.typ == entities.PER || !isMetonym(nm.entry) {
		return entities.Mention{}, false
	}
	roles := d.roles()
	lo := d.toks[max(nm.a-1, 0)].Start
	k := sort.Search(len(roles), func(k int) bool { return roles[k].Start >= lo })
	for ; k < len(roles) && roles[k].Start <= nm.start; k++ {
		d.work.Add(1)
		if m := roles[k]; m.End == nm.end && m.Entry != nil {
			return m, true
		}
	}
	return entities.Mention{}, false
}
