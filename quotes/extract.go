package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// attribution is what the text says about who speaks, before the speaker is
// resolved against the context.
type attribution struct {
	cue          string
	subj         np   // the speaker as the text names it
	dropped      bool // no subject of its own: take it from the context
	fallback     np   // the colon introducer or clause subject for a dropped subject
	continuation bool // no cue at all: the previous quote's speaker goes on
	addressee    string
	source       string
	nextSubject  np     // for a quote opening its paragraph: the next sentence's subject
	frame        bool   // secondo X, «…»: the quote follows its frame at once
	lemma        string // the speech verb's infinitive
	unknown      bool   // a passive without agent: no speaker
}

// item is a quote found, waiting for its speaker.
type item struct {
	q  Quote
	t  int // token where it starts, for the context
	at attribution
}

func (d *doc) extract() []Quote {
	items := d.items[:0]
	speechCand := grow(d.speech, len(d.cands))
	clear(speechCand)
	prevItem := -1
	prevCand := -1
	for ci := range d.cands {
		d.work++
		var prev *item
		if prevItem >= 0 {
			prev = &items[prevItem]
		}
		n := len(items)
		items = d.quoteItems(items, ci, d.cands[ci], prev, prevCand)
		if len(items) > n {
			speechCand[ci] = true
			prevItem, prevCand = len(items)-1, ci
		}
	}
	ind := d.indirects(d.ind[:0], speechCand)
	// Clauses of a verb inside another verb's clause may come out of order.
	slices.SortStableFunc(ind, func(x, y item) int { return x.q.Start - y.q.Start })
	merged := mergeByStart(d.merged[:0], items, ind)
	d.items, d.ind, d.merged, d.speech = items, ind, merged, speechCand
	d.resolve(merged)
	out := make([]Quote, len(merged))
	for i := range merged {
		d.work++
		out[i] = merged[i].q
	}
	return out
}

// quoteItems turns candidate c into zero, one or two quotes.
func (d *doc) quoteItems(dst []item, ci int, c cand, prev *item, prevCand int) []item {
	open := c.lt + 1
	atStart := c.lt < 0 || d.sent[c.lt] != d.sent[min(open, len(d.toks)-1)] || d.isSentStart(open)
	ltw := ""
	if c.lt >= 0 && d.role[c.lt] == narrator {
		ltw = d.low[c.lt]
	}
	var at attribution
	found := false
	content := d.text[c.cs:c.ce]
	direct := atStart || ltw == ":" || ltw == "(" || hasInnerSentence(content)

	// «A – ha detto X – B»: two direct quotes, unless the quote opens inside
	// the narrator's noun phrase.
	if c.ib > c.ia {
		if v, ok := d.firstVerb(c.ia+1, c.ib-1); ok {
			at, found = d.verbAttribution(v), true
			direct = direct || d.leftAllowsDirect(c) || !determiners[ltw] && (opensClause(content) || startsUpper(content))
		}
	}
	// «A», per X, «B» and "A" - osserva X - "B": the second half continues
	// the first, unless it has a cue of its own ("B", ha continuato X).
	if !found && prev != nil && prevCand >= 0 && d.linked(d.cands[prevCand], c) {
		if rc, ok := d.rightCue(c); ok && !rc.dropped && rc.subj.ok() && d.adjacentRight(c) {
			at = rc
		} else {
			at = prev.at
			at.continuation = false
		}
		found = true
		if prev.q.Kind == Direct {
			direct = true
		}
	}
	if !found && (atStart || ltw == ":") {
		rc, rok := d.rightCue(c)
		if rok && !rc.dropped && rc.subj.ok() {
			at, found = rc, true
		}
		if !found && ltw == ":" {
			at, found = d.colonAttribution(c)
		}
		if !found && rok {
			at, found = rc, true
			if ltw == ":" && at.dropped {
				if fb, ok := d.colonIntroducer(c.lt); ok {
					at.fallback = fb
				}
			}
		}
		if !found && ltw == ":" {
			if fb, ok := d.colonIntroducer(c.lt); ok {
				at, found = attribution{subj: fb}, true
			}
		}
	}
	if !found && !atStart {
		if at2, ok, adjacent := d.leftCue(c); ok {
			at, found = at2, true
			if adjacent {
				direct = direct || d.leftAllowsDirect(c)
			}
			direct = direct || at.frame
			// ha ricordato che X e che «…»: a second che-clause of the same verb.
			if (ltw == "che" || ltw == "come") && c.lt > 0 && (d.low[c.lt-1] == "e" || d.low[c.lt-1] == ",") {
				direct = direct || d.clauseEndsWith(c)
			}
			// Gapping: X ha parlato di «A», Y di «B».
			if !adjacent && prepositions[ltw] && c.lt > 1 {
				if ni := d.nameAt[c.lt-1]; ni >= 0 && d.names[ni].a > 0 && d.low[d.names[ni].a-1] == "," {
					at = attribution{subj: np{a: d.names[ni].a, b: d.names[ni].b, names: []int{int(ni)}}}
				}
			}
			// «…», ha riferito la CCT: who passes the words on.
			if rc, ok := d.rightCue(c); ok && rc.subj.ok() && sourceVerbs[rc.lemma] {
				at.source = d.npText(rc.subj)
			}
		}
	}
	if !found && !atStart {
		if rc, ok := d.rightCue(c); ok && d.adjacentRight(c) {
			at, found = rc, true
		}
	}
	if !found && atStart && d.standalone(c) {
		if fc, ok := d.followingCue(c); ok {
			at, found = fc, true
			direct = true
		}
	}
	if !found && atStart && d.standalone(c) {
		at = attribution{continuation: true}
		if d.paraStart(open) {
			at.nextSubject = d.nextSentenceSubject(c)
		}
		found = true
		direct = true
	}
	selfSubject := at.subj.ok() && at.subj.a >= c.a && at.subj.b <= c.b
	if !found || d.nonSpeech(c, atStart, ltw, at.dropped || !at.subj.ok() || selfSubject) {
		return dst
	}
	kind := Partial
	// Al Cairo «abbiamo colto …»: only an adjunct of the narrator before a clause.
	if !direct && c.lt >= 0 && d.role[c.lt] == narrator && !determiners[ltw] && d.onlyAdjunct(d.sentLo(c.lt), c.lt+1) {
		direct = opensClause(content) || startsUpper(content)
	}
	if direct {
		kind = Direct
	}
	if at.source == "" {
		at.source = d.sourceAfter(c)
	}
	if c.ib > c.ia {
		// Two quotes: the dash phrase and the punctuation around it belong to neither.
		aEnd := trimRightPunct(d.text, c.cs, d.toks[c.ia].Start)
		bStart := trimLeftPunct(d.text, d.toks[c.ib-1].End, c.ce)
		if aEnd > c.cs {
			dst = append(dst, item{q: d.mkQuote(c.cs, aEnd, kind, at), t: c.a, at: at})
		}
		if c.ce > bStart {
			dst = append(dst, item{q: d.mkQuote(bStart, c.ce, kind, at), t: c.ib, at: at})
		}
		return dst
	}
	return append(dst, item{q: d.mkQuote(c.cs, c.ce, kind, at), t: c.a, at: at})
}

func (d *doc) mkQuote(s, e int, k Kind, at attribution) Quote {
	return Quote{Text: d.text[s:e], Start: s, End: e, Kind: k, Cue: at.cue, Addressee: at.addressee, Source: at.source}
}

// hasInnerSentence: the quoted words hold a sentence end followed by more words.
func hasInnerSentence(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?', ';':
			rest := strings.TrimLeft(s[i+1:], " ")
			if len(rest) < len(s[i+1:]) && rest != "" {
				r, _ := utf8.DecodeRuneInString(rest)
				if unicode.IsUpper(r) || s[i] == ';' {
					return true
				}
			}
		}
	}
	return false
}

func trimRightPunct(text string, lo, e int) int {
	for e > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:e])
		if !unicode.IsSpace(r) && r != ',' && r != ';' && r != ':' {
			break
		}
		e -= n
	}
	return e
}

func trimLeftPunct(text string, s, hi int) int {
	for s < hi {
		r, n := utf8.DecodeRuneInString(text[s:hi])
		if !unicode.IsSpace(r) && r != ',' && r != '.' && r != ';' && r != ':' {
			break
		}
		s += n
	}
	return s
}

// firstVerb finds the first speech verb phrase in the narrator tokens [a, b).
func (d *doc) firstVerb(a, b int) (vp, bool) {
	for t := a; t < b; t++ {
		d.work++
		if v, ok := d.speechVerbAt(t); ok && v.form.kind != infinitive {
			return v, true
		}
	}
	return vp{}, false
}

// verbAttribution reads the speaker of a verb phrase: inverted after it when
// it follows a quotation mark, a dash or come; otherwise before it.
func (d *doc) verbAttribution(v vp) attribution {
	at := attribution{cue: d.cueText(v), lemma: v.form.lemma}
	if v.passive {
		// The speaker is the agent (dal ministro); without one the text does not say.
		if n, ok := d.agentAfter(v.b); ok {
			at.subj = n
		} else {
			at.unknown = true
		}
		return at
	}
	if v.form.kind == gerund || v.form.kind == infinitive {
		// per concludere che, affermando che: the subject of the governing verb.
		return d.gerundAttribution(v, at)
	}
	before := v.a - 1
	for before >= 0 && d.role[before] == narrator && isAdverb(d.low[before]) {
		d.work++
		before--
	}
	// After a quotation mark (or a dash, or «…», come) the subject follows the verb.
	inverted := before < 0 || d.role[before] != narrator || d.isDash(before) ||
		(d.low[before] == "," || d.low[before] == "come") && before > 0 && (d.role[before-1] != narrator || d.low[before-1] == "," && before > 1 && d.role[before-2] != narrator)
	if inverted {
		if n, addr, ok := d.subjectRight(v.b); ok {
			at.subj, at.addressee = n, addr
			return at
		}
	}
	n, dropped := d.subjectLeft(v.a)
	at.subj, at.dropped = n, dropped
	if !dropped {
		at.subj.also = append(at.subj.also, d.alsoSpeakers(v.b)...)
	}
	if dropped && !inverted {
		if n2, addr, ok := d.subjectRight(v.b); ok && len(n2.names) > 0 {
			at.subj, at.dropped, at.addressee = n2, false, addr
			return at
		}
	}
	if dropped {
		at.fallback, _ = d.clauseSubjectBefore(v.a)
	}
	at.addressee = d.addresseeAt(v.b, d.sentHi(v.v))
	return at
}

// clauseSubjectBefore: the subject of an earlier clause of the same sentence,
// for a verb whose subject is dropped after ; or :.
func (d *doc) clauseSubjectBefore(p int) (np, bool) {
	lo := d.sentLo(p)
	if lo >= p {
		return np{}, false
	}
	n, dropped := d.clauseStartSubject(lo, p)
	if dropped || n.b > p {
		return np{}, false
	}
	return n, true
}

// gerundAttribution: a gerund shares the subject of the finite verb it depends on.
func (d *doc) gerundAttribution(v vp, at attribution) attribution {
	lo := d.sentLo(v.v)
	for t := v.a - 1; t >= lo; t-- {
		d.work++
		if d.role[t] != narrator {
			continue
		}
		w := d.low[t]
		if avere[w] || essere[w] && w != "stato" && w != "stata" {
			a := t
			for a > lo && (d.in(a-1, cClitic) || d.low[a-1] == "si") && d.role[a-1] == narrator {
				d.work++
				a--
			}
			if essere[w] && !(t+1 < len(d.toks) && looksParticiple(d.low[t+1])) {
				continue
			}
			fin := vp{a: a, b: t + 1, v: t, form: verbForm{kind: finite}}
			sub := d.verbAttribution(fin)
			if sub.dropped || d.plausibleSpeaker(sub.subj) {
				at.subj, at.dropped, at.fallback = sub.subj, sub.dropped, sub.fallback
				return at
			}
			continue
		}
		if fv, ok := d.speechVerbAt(t); ok && fv.form.kind == finite {
			sub := d.verbAttribution(fv)
			if sub.dropped || d.plausibleSpeaker(sub.subj) {
				at.subj, at.dropped, at.fallback = sub.subj, sub.dropped, sub.fallback
				return at
			}
		}
	}
	n, dropped := d.clauseStartSubject(lo, v.a)
	at.subj, at.dropped = n, dropped
	return at
}

// agentAfter finds "da X" after a passive verb: è stata salutata come «…» dagli esponenti.
func (d *doc) agentAfter(p int) (np, bool) {
	lim := d.sentHi(max(p-1, 0))
	for t := p; t < lim && t < p+20; t++ {
		d.work++
		if d.role[t] != narrator {
			continue
		}
		switch d.low[t] {
		case "da", "dal", "dalla", "dallo", "dall'", "dai", "dagli", "dalle":
			if n, ok := d.npAfterPrep(t+1, lim); ok {
				// dal ministro X e dal segretario Y: two agents.
				end := n.b
				if len(n.names) > 0 {
					end = max(end, d.names[n.names[len(n.names)-1]].b)
				}
				if end+1 < lim && (d.low[end] == "e" || d.low[end] == "ed") && isAgentPrep(d.low[end+1]) {
					if n2, ok := d.npAfterPrep(end+2, lim); ok {
						n.also = append(n.also, n2)
					}
				}
				return n, true
			}
		case ".", ";", ":":
			return np{}, false
		}
	}
	return np{}, false
}

// npAfterPrep reads the noun phrase after an articulated preposition, the
// article being inside the preposition (dagli esponenti).
func (d *doc) npAfterPrep(t, lim int) (np, bool) {
	if t >= lim {
		return np{}, false
	}
	if n, ok := d.npForward(t, lim); ok {
		return n, true
	}
	u := t
	for u < lim && u-t < 8 && d.role[u] == narrator && d.isWord(u) && !d.in(u, cAvere) && !d.in(u, cEssere) && d.low[u] != "che" {
		d.work++
		u++
	}
	return np{a: t, b: u}, u > t
}

// colonAttribution: «…» after a colon whose clause holds a speech verb (X ha dichiarato: «…»).
func (d *doc) colonAttribution(c cand) (attribution, bool) {
	lo := d.sentLo(c.lt)
	for t := c.lt - 1; t >= lo && c.lt-t < 30; t-- {
		d.work++
		if d.role[t] != narrator {
			continue
		}
		if d.low[t] == ":" || d.low[t] == ";" {
			break
		}
		if v, ok := d.speechVerbAt(t); ok {
			at := d.verbAttribution(v)
			if !at.dropped && !d.plausibleSpeaker(at.subj) {
				continue
			}
			if at.dropped {
				at.fallback, _ = d.clauseSubjectBefore(v.a)
			}
			return at, true
		}
	}
	return attribution{}, false
}

// colonIntroducer is the subject of the clause before a colon, or the whole
// phrase before it when there is no verb (headline: Putin: «…»).
func (d *doc) colonIntroducer(colon int) (np, bool) {
	n, dropped := d.subjectLeft(colon)
	if !dropped && n.ok() && d.plausibleSpeaker(n) {
		return n, true
	}
	if n, ok := d.clauseSubjectBefore(colon); ok && d.plausibleSpeaker(n) {
		return n, true
	}
	return np{}, false
}

// leftCue finds the nearest speech verb or frame (secondo X, per X) before the
// quote in its sentence. adjacent reports a verb right before the quote
// (ha detto «…», ha detto che «…», dichiara di «…»).
func (d *doc) leftCue(c cand) (attribution, bool, bool) {
	if c.lt < 0 {
		return attribution{}, false, false
	}
	lo := d.sentLo(c.lt)
	var passive attribution
	var passiveAdj, hasPassive bool
	for t := c.lt; t >= lo && c.lt-t < 45; t-- {
		d.work++
		if d.role[t] != narrator {
			continue
		}
		if at, ok := d.frameAt(t, c.lt+1); ok {
			// Secondo X, «…»: the quote follows the frame at once.
			// (also without the comma: Per il ministro «la situazione …»)
			adj := at.subj.b == c.lt && d.low[c.lt] == "," || at.subj.b == c.lt+1
			if len(at.subj.names) > 0 {
				end := d.names[at.subj.names[len(at.subj.names)-1]].b
				adj = adj || end == c.lt && d.low[c.lt] == "," || end == c.lt+1
			}
			at.frame = adj
			return at, true, false
		}
		v, ok := d.speechVerbAt(t)
		if !ok {
			continue
		}
		if v.b != t+1 {
			continue
		}
		adj := d.adjacentLeft(v, c)
		if v.form.flags&weak != 0 && !adj {
			continue
		}
		at := d.verbAttribution(v)
		if at.unknown {
			// è stata ribadita «…» without agent: an outer cue may name the speaker.
			if !hasPassive {
				passive, passiveAdj, hasPassive = at, adj, true
			}
			continue
		}
		// A marked quote trusts its verb's subject (il cardinale ha ricordato
		// che «…»), unless a gerund or infinitive borrowed an odd one.
		if !at.dropped && !d.plausibleSpeaker(at.subj) && v.form.kind != finite && v.form.kind != participle {
			continue
		}
		return at, true, adj
	}
	if hasPassive {
		return passive, true, passiveAdj
	}
	return attribution{}, false, false
}

// adjacentLeft: only a complementizer, di, adverbs or an addressee between the verb and the quote.
func (d *doc) adjacentLeft(v vp, c cand) bool {
	for t := v.b; t <= c.lt; t++ {
		d.work++
		w := d.low[t]
		if isAdverb(w) || w == "che" || w == "come" || w == "di" || w == "d'" || w == ":" {
			continue
		}
		// An addressee: ha risposto a Berlusconi che «…».
		if (w == "a" || w == "ad") && t+1 <= c.lt && d.nameAt[t+1] >= 0 {
			t = d.names[d.nameAt[t+1]].b - 1
			continue
		}
		// A short prepositional phrase: ha detto ai giornalisti che «…».
		if (prepositions[w] && !articles[w]) && t+1 <= c.lt {
			u := t + 1
			for u <= c.lt && u-t <= 3 && d.isWord(u) && !d.in(u, cPreposition) && d.low[u] != "che" && d.verb[u] < 0 {
				d.work++
				u++
			}
			if u <= c.lt && u > t+1 && (d.low[u] == "che" || d.low[u] == "come" || d.low[u] == ":") {
				t = u - 1
				continue
			}
		}
		return false
	}
	return true
}

// leftAllowsDirect: the quote follows its speech verb right away (ha detto
// «Non…», ha risposto che «a casa…»), so it is direct when it starts with a
// capital or is a whole clause introduced by che.
func (d *doc) leftAllowsDirect(c cand) bool {
	if c.lt < 0 {
		return true
	}
	w := d.low[c.lt]
	content := d.text[c.cs:c.ce]
	if w == "che" || w == "come" {
		return d.clauseEndsWith(c)
	}
	if w == "di" || w == "d'" {
		return false
	}
	return startsUpper(content) || opensClause(content)
}

// clauseStarters open a finite clause rather than a noun phrase: ha detto
// «siamo pronti», ha risposto «non ci sto».
var clauseStarters = set("non", "ci", "si", "mi", "ti", "vi", "ne", "io", "noi", "voi", "tu", "è", "sono", "siamo", "siete",
	"sei", "ho", "hai", "ha", "abbiamo", "avete", "hanno", "era", "c'è", "c'era", "bisogna", "occorre", "serve", "vogliamo", "voglio",
	"possiamo", "posso", "dobbiamo", "devo", "andiamo", "faremo", "saremo", "abbiamo")

// opensClause: the first or second word of the quote starts a clause.
func opensClause(content string) bool {
	n := 0
	for _, w := range strings.Fields(content) {
		w = strings.ToLower(strings.Trim(strings.ReplaceAll(w, "’", "'"), ".,;:!?"))
		if clauseStarters[w] {
			return true
		}
		if n++; n == 2 {
			break
		}
	}
	return false
}

// clauseEndsWith: nothing of the narrator's clause follows the quote.
func (d *doc) clauseEndsWith(c cand) bool {
	if c.rt >= len(d.toks) || d.sent[c.rt] != d.sent[max(c.rt-1, 0)] {
		return true
	}
	w := d.low[c.rt]
	return w == "." || w == "," || w == ";" || w == ":" || w == "!" || w == "?" || w == "e" || w == "ma" || w == "che" || w == ")" || d.isDash(c.rt)
}

// frameAt recognizes "secondo X", "stando a X", "per X," and "per voce di X"
// at token t, before token lim.
func (d *doc) frameAt(t, lim int) (attribution, bool) {
	w := d.low[t]
	start := t + 1
	switch w {
	case "secondo":
	case "detta":
		// a detta di X
		if t == 0 || d.low[t-1] != "a" || start >= lim || !d.in(start, cGenitive) {
			return attribution{}, false
		}
		start++
	case "stando":
		if start >= lim || d.low[start] != "a" {
			return attribution{}, false
		}
		start++
	case "per":
		// per X, at a clause start: Per il ministro della Difesa, Arturo Parisi, …
		if t > 0 && d.role[t-1] == narrator && !d.isSentStart(t) && d.low[t-1] != "," && d.low[t-1] != ":" {
			return attribution{}, false
		}
		if start+1 < lim && d.low[start] == "voce" && (d.low[start+1] == "di" || d.low[start+1] == "del" || d.low[start+1] == "della") {
			start += 2
		}
	default:
		return attribution{}, false
	}
	if start >= lim {
		return attribution{}, false
	}
	n, ok := d.npForward(start, lim)
	if !ok || n.pronoun && w == "per" {
		return attribution{}, false
	}
	if len(n.names) == 0 && !roleNounIn(d, n) {
		return attribution{}, false
	}
	end := n.b
	// per X, … / Per Salvini è «una vergogna»
	if w == "per" && !(end < len(d.toks) && (d.low[end] == "," || end == lim || len(n.names) > 0 && d.in(end, cEssere))) {
		return attribution{}, false
	}
	return attribution{cue: d.toks[t].Text, subj: n}, true
}

func roleNounIn(d *doc, n np) bool {
	for t := n.a; t < n.b; t++ {
		if d.in(t, cRoleNoun) || d.in(t, cSpeakerNoun) {
			return true
		}
	}
	return false
}

// rightCue reads «…», ha detto X / «…» dichiara X / «…», come spiega X /
// «…», secondo X after the quote.
func (d *doc) rightCue(c cand) (attribution, bool) {
	t := c.rt
	lim := len(d.toks)
	if t < lim {
		lim = d.sentHi(t)
	}
	for t < lim && d.role[t] == narrator && (d.low[t] == "," || d.isDash(t)) {
		d.work++
		t++
	}
	if t >= lim || d.role[t] != narrator {
		return attribution{}, false
	}
	// «…», si legge nella nota: the words of a text; the speaker comes from the context.
	if t+1 < lim && d.low[t] == "si" && (d.low[t+1] == "legge" || d.low[t+1] == "leggeva") {
		at := attribution{cue: d.spanText(t, t+2), dropped: true}
		at.fallback, _ = d.clauseSubjectBefore(c.lt + 1)
		return at, true
	}
	come := -1
	if d.low[t] == "come" {
		come = t
		t++
	}
	if at, ok := d.frameAt(t, lim); ok {
		return at, true
	}
	for u := t; u < lim && u < t+5 && d.role[u] == narrator; u++ {
		d.work++
		v, ok := d.speechVerbAt(u)
		if !ok && u > t && d.in(u-1, cAvere) && looksParticiple(d.low[u]) && d.isWord(u) {
			// Right after a quote any ha + participle reports it: ha esultato, ha scherzato.
			v, ok = vp{a: u - 1, b: u + 1, v: u, form: verbForm{kind: participle}}, true
		}
		if ok && v.a <= t+1 && (v.form.kind == finite || v.form.kind == participle) {
			at := d.verbAttribution(v)
			if come >= 0 {
				at.cue = d.spanText(come, v.b) // «…», come spiega X
			}
			return at, true
		}
		if !d.in(u, cAvere|cEssere|cClitic) && !isAdverb(d.low[u]) {
			break
		}
	}
	return attribution{}, false
}

// adjacentRight: the quote is followed at once by its cue («…», ha detto X).
func (d *doc) adjacentRight(c cand) bool {
	return c.rt < len(d.toks) && d.role[c.rt] == narrator && (d.low[c.rt] == "," || d.isDash(c.rt))
}

// linked: candidate c follows p in the same sentence with only a cue phrase
// between them: «A», per X, «B» / "A" - osserva X - "B".
func (d *doc) linked(p, c cand) bool {
	if p.rt > c.lt || c.lt-p.rt > 14 || p.rt >= len(d.toks) || d.sent[p.rt] != d.sent[max(c.lt, 0)] {
		return false
	}
	first, last := d.low[p.rt], d.low[c.lt]
	if !(first == "," || d.isDash(p.rt)) || !(last == "," || d.isDash(c.lt)) {
		return false
	}
	for t := p.rt; t <= c.lt; t++ {
		d.work++
		if d.role[t] != narrator || d.isBoundary(t) {
			return false
		}
	}
	return true
}

// standalone: the quote is a sentence of its own.
func (d *doc) standalone(c cand) bool {
	return c.rt >= len(d.toks) || d.sent[c.rt] != d.sent[max(c.rt-1, 0)] || isSentenceEnd(d.low[c.rt]) && d.role[c.rt] == narrator
}

func (d *doc) paraStart(t int) bool {
	return t < len(d.toks) && (t == 0 || d.para[t-1] != d.para[t])
}

// nextSentenceSubject: the subject opening the sentence after the quote
// («…». Berlusconi, dopo una giornata di colloqui, …).
func (d *doc) nextSentenceSubject(c cand) np {
	t := c.rt
	for t < len(d.toks) && d.role[t] != narrator {
		d.work++
		t++
	}
	if t < len(d.toks) && isSentenceEnd(d.low[t]) {
		t++
	}
	if t >= len(d.toks) || d.para[t] != d.para[max(c.lt+1, 0)] {
		return np{}
	}
	if ni := d.nameAt[t]; ni >= 0 && d.names[ni].a == t {
		return np{a: t, b: d.names[ni].b, names: []int{int(ni)}}
	}
	return np{}
}

// sourceAfter: ", secondo X" closing the sentence after a quote that has its speaker.
func (d *doc) sourceAfter(c cand) string {
	if c.rt >= len(d.toks) {
		return ""
	}
	lim := d.sentHi(c.rt)
	for t := c.rt; t < lim && t < c.rt+12; t++ {
		d.work++
		if d.role[t] != narrator {
			return ""
		}
		if d.low[t] == "secondo" && t > 0 && d.low[t-1] == "," {
			if n, ok := d.npForward(t+1, lim); ok {
				return d.npText(n)
			}
		}
	}
	return ""
}

// npText is the text of a noun phrase.
func (d *doc) npText(n np) string {
	if s, ok := d.mentionSpan(n); ok {
		return s.Text
	}
	return ""
}

// nonSpeech recognizes titles, names and scare quotes: quotation marks that
// no one is said to utter.
func (d *doc) nonSpeech(c cand, atStart bool, ltw string, dropped bool) bool {
	content := d.text[c.cs:c.ce]
	// A title noun just before: il libro «…», la lista «…», intitolata «…»,
	// il programma televisivo «…».
	if c.lt >= 0 && d.role[c.lt] == narrator {
		if titleNouns[ltw] {
			return true
		}
		if c.lt > 0 && d.in(c.lt-1, cTitleNoun) && d.isWord(c.lt) && !startsUpper(d.toks[c.lt].Text) && !d.verbLike(c.lt) {
			return true
		}
	}
	// A capitalized name after an article or preposition: alla «Voce del popolo».
	if determiners[ltw] && startsUpper(content) && wordCount(content) <= 6 && !strings.ContainsAny(content, ".!?;:,") {
		return true
	}
	if titleCase(content) && ltw != ":" {
		if !atStart || !d.adjacentRight(c) {
			return true
		}
	}
	// «Un elettore» scrive alla …: a short quote that is the subject of the
	// verb right after it, which has no subject of its own.
	if atStart && dropped && c.rt < len(d.toks) && d.role[c.rt] == narrator && d.isWord(c.rt) && wordCount(content) <= 4 && !strings.ContainsAny(content, ".!?,;:") {
		return true
	}
	return false
}

func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

var titleConnectors = set("di", "d'", "del", "della", "dei", "degli", "delle", "dell'", "e", "il", "la", "le", "lo", "i", "gli", "a", "al", "alla", "in", "per", "da", "con", "su", "l'", "un", "una", "of", "the", "and")

// titleCase: a short span whose words are all capitalized but for connectors
// (Corriere della Sera, Yes We Can, Lodo Alfano), with no sentence punctuation.
func titleCase(s string) bool {
	if strings.ContainsAny(s, ".!?;:,") || wordCount(s) > 6 {
		return false
	}
	n := 0
	for rest := s; ; n++ {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			return n > 0
		}
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			end = len(rest)
		}
		w := rest[:end]
		rest = rest[end:]
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		lw := lower(w) // no allocation for a lower-case word
		if n > 0 && titleConnectors[lw] {
			continue
		}
		if k := strings.IndexByte(lw, '\''); n > 0 && k >= 0 && titleConnectors[lw[:k+1]] {
			continue
		}
		return false
	}
}

// looksParticiple: a past participle by its ending (compiaciuto, espressa).
func looksParticiple(w string) bool {
	for _, suf := range []string{"ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite", "sso", "ssa", "tto", "tta", "sto", "sta"} {
		if hasSuffix(w, suf) && len(w) > len(suf)+1 {
			return true
		}
	}
	return false
}

// verbLike: an auxiliary, a speech verb or a function word that can
// introduce a predicate (è «…», come «…», di «…»).
func (d *doc) verbLike(t int) bool {
	w := d.low[t]
	if avere[w] || essere[w] || prepositions[w] || articles[w] || w == "come" || w == "che" {
		return true
	}
	_, ok := d.formAt(t)
	return ok
}

// followingCue reads the sentence after a quote that stands alone:
// «…». Così il governatore Fabio Panetta. / «…». Lo ha detto il ministro.
func (d *doc) followingCue(c cand) (attribution, bool) {
	t := c.rt
	if t < len(d.toks) && d.role[t] == narrator && isSentenceEnd(d.low[t]) {
		t++
	}
	if t >= len(d.toks) || d.role[t] != narrator || !d.isSentStart(t) || d.para[t] != d.para[c.rt-1] {
		return attribution{}, false
	}
	lim := d.sentHi(t)
	// Queste le parole del ministro. / Sono parole di X.
	for u := t; u < lim && u <= t+3; u++ {
		d.work++
		if d.low[u] == "parole" && u+1 < lim && d.in(u+1, cGenitive) {
			if n, ok := d.npAfterPrep(u+2, lim); ok {
				return attribution{cue: d.spanText(t, u+2), subj: n}, true
			}
		}
	}
	// È quanto ha dichiarato X.
	if t+2 < lim && (d.low[t] == "è" || d.low[t] == "e'") && d.low[t+1] == "quanto" {
		for u := t + 2; u < lim && u <= t+4; u++ {
			d.work++
			if v, ok := d.speechVerbAt(u); ok && v.form.kind != gerund {
				at := d.verbAttribution(v)
				if !at.dropped && at.subj.ok() {
					return at, true
				}
			}
		}
	}
	switch d.low[t] {
	case "così":
		if n, ok := d.npForward(t+1, lim); ok && (len(n.names) > 0 || roleNounIn(d, n)) {
			return attribution{cue: d.toks[t].Text, subj: n}, true
		}
	case "lo", "l'", "l'ha", "l'hanno":
		for u := t + 1; u < lim && u <= t+3; u++ {
			d.work++
			if v, ok := d.speechVerbAt(u); ok && v.a == t && v.form.kind != gerund {
				at := d.verbAttribution(v)
				if !at.dropped {
					return at, true
				}
			}
		}
	}
	return attribution{}, false
}

// mergeByStart appends to out the items of a and b, each in order of Start, in order of Start.
func mergeByStart(out, a, b []item) []item {
	for len(a) > 0 && len(b) > 0 {
		if b[0].q.Start < a[0].q.Start {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// titleLike: a short capitalized span without sentence punctuation (Un elettore, Corriere della Sera).
func titleLike(s string) bool {
	return startsUpper(s) && wordCount(s) <= 4 && !strings.ContainsAny(s, ".!?;:,")
}

func isAgentPrep(w string) bool {
	switch w {
	case "da", "dal", "dalla", "dallo", "dall'", "dai", "dagli", "dalle":
		return true
	}
	return false
}

// alsoSpeakers reads ", così come X," / ", come X," / ", insieme a X," after a
// verb phrase: more speakers of the same words.
func (d *doc) alsoSpeakers(p int) []np {
	lim := d.sentHi(max(p-1, 0))
	t := p
	if t >= lim || d.low[t] != "," {
		return nil
	}
	t++
	switch {
	case t+1 < lim && d.low[t] == "così" && d.low[t+1] == "come":
		t += 2
	case t < lim && d.low[t] == "come":
		t++
	case t+1 < lim && d.low[t] == "insieme" && (d.low[t+1] == "a" || d.low[t+1] == "ad" || d.low[t+1] == "con"):
		t += 2
	default:
		return nil
	}
	n, ok := d.npForward(t, lim)
	if !ok || len(n.names) == 0 && !roleNounIn(d, n) {
		return nil
	}
	return []np{n}
}

// onlyAdjunct: the narrator's tokens [s, e) hold no verb, only an adjunct
// such as Al Cairo or Nonostante il rinvio,.
func (d *doc) onlyAdjunct(s, e int) bool {
	if e-s > 8 {
		return false
	}
	for t := s; t < e; t++ {
		d.work++
		w := d.low[t]
		if d.role[t] != narrator || d.verb[t] >= 0 || avere[w] || essere[w] || w == "che" || w == ":" {
			return false
		}
	}
	return d.onlyFrontMatter(s, e)
}
