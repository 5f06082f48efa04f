package quotes

// The patterns of attribution, in the order attribute.go tries them. Each
// reads the site of one marked quote and says who utters it.

// interruption: «A – ha detto X – B», the narrator's dash phrase inside
// the marks (marks.go finds it): a speech verb, a frame (– secondo X –) or
// the narrator's cito. Both halves are the speaker's; they are direct
// unless the quote opens inside the narrator's noun phrase.
func interruption(d *analysis, s *site) (attribution, bool, bool) {
	c := s.c
	if c.ib <= c.ia {
		return attribution{}, false, false
	}
	direct := d.leftAllowsDirect(c) || !determiners[s.ltw] && (opensClause(s.content) || startsUpper(s.content))
	if v, ok := d.firstVerb(c.ia+1, c.ib-1); ok {
		at := d.verbAttribution(v)
		at.introducer = d.introducedBy(s, at)
		return at, direct, true
	}
	if at, ok := d.frameAt(c.ia+1, c.ib-1); ok {
		return at, direct, true
	}
	// – cito –: the narrator's aside names no one; the context does.
	return attribution{dropped: true}, direct, true
}

// introducedBy: the speaker a cue before the marks gives a quote that an
// interruption with a nameless subject splits (Renato Schifani … precisa
// che «A – spiega l'esponente di Forza Italia – B»; come ha dichiarato uno
// degli interessati: «A – spiega l'anonimo testimone – B»). One marked
// quote has one speaker, and a description in the dash phrase describes
// the one the narrator already named: the speakers are the introducer's,
// the mention and cue stay the dash phrase's.
func (d *analysis) introducedBy(s *site, at attribution) np {
	if !at.named() || len(at.subj.names) > 0 || at.subj.pronoun || s.atStart {
		return np{}
	}
	var lat attribution
	ok := false
	switch s.ltw {
	case ":":
		lat, ok = d.colonAttribution(s.c)
	case "che", "come":
		lat, ok, _ = d.leftCue(s.c)
	}
	switch {
	case !ok || lat.frame:
		return np{}
	case lat.named():
		return lat.subj
	case lat.dropped && lat.fallback.ok():
		return lat.fallback
	}
	return np{}
}

// continuation: the second of two marked halves with only a cue phrase
// between them, «A», per X, «B» and "A" - osserva X - "B", continues the
// first, unless it has a cue of its own ("B", ha continuato X).
func continuation(d *analysis, s *site) (attribution, bool, bool) {
	if s.prev == nil || s.prevCand < 0 || !d.linked(d.cands[s.prevCand], s.c) {
		return attribution{}, false, false
	}
	direct := s.prev.q.Kind == Direct
	if d.coordinatedQuotes(d.cands[s.prevCand].rt, s.c.lt) {
		// «A», «B» e «C»: each item is a clause or a fragment by its own shape.
		direct = s.upper || opensClause(s.content) || d.hasFinite(s.c.a, s.c.b)
	} else if s.prev.verbless && !d.verbless(s.c.a, s.c.b) {
		// «Cosa ben diversa, invece» - osserva X - «è lo scontro …»: one
		// sentence in two parts, whose verb is in the second.
		s.prev.q.Kind, direct = Direct, true
	}
	if rc, ok := s.rightCue(d); ok && rc.named() && d.adjacentRight(s.c) {
		return rc, direct, true
	}
	at := s.prev.at
	if !d.coordinatedQuotes(d.cands[s.prevCand].rt, s.c.lt) || !at.continuation {
		at.continuation = false // the cue's speaker, not whoever spoke before
	}
	return at, direct, true
}

// rightCueNamed: a quote that opens its sentence (or follows a colon) and
// is followed by its cue and a named speaker: «…», ha detto X. / «…»
// dichiara X. / «…», come spiega X. / «…», secondo X.
func rightCueNamed(d *analysis, s *site) (attribution, bool, bool) {
	if !s.atStart && s.ltw != ":" {
		return attribution{}, false, false
	}
	if rc, ok := s.rightCue(d); ok && rc.named() {
		return rc, false, true
	}
	return attribution{}, false, false
}

// colon: a speech verb in the clause before a colon: X ha dichiarato: «…».
func colon(d *analysis, s *site) (attribution, bool, bool) {
	if s.ltw != ":" {
		return attribution{}, false, false
	}
	at, ok := d.colonAttribution(s.c)
	return at, false, ok
}

// rightCueBare: the cue after the quote has no subject of its own (or none
// the rules can name): «…», ha aggiunto. The speaker comes from the
// context, first the introducer of a colon before the quote.
func rightCueBare(d *analysis, s *site) (attribution, bool, bool) {
	if !s.atStart && s.ltw != ":" {
		return attribution{}, false, false
	}
	at, ok := s.rightCue(d)
	if !ok {
		return attribution{}, false, false
	}
	if s.ltw == ":" && at.dropped {
		if fb, ok := d.colonIntroducer(s.c.lt); ok {
			at.fallback = fb
		}
	}
	return at, false, true
}

// colonIntroduced: a colon with no speech verb before it introduces
// quoted words all the same. A noun frame names their speaker (Queste le
// parole del ministro: «…», Il commento di X: «…»); else the subject of
// the clause before the colon (Jovanotti ha reagito così: «…»), the whole
// phrase in a headline (Putin: «…», Un testimone: «…»), or, when the
// clause has none (E poi: «…», Non solo: «…»), the context.
func colonIntroduced(d *analysis, s *site) (attribution, bool, bool) {
	if s.ltw != ":" {
		return attribution{}, false, false
	}
	colon := s.c.lt
	if at, ok := d.nounFrameBefore(colon); ok {
		return at, false, true
	}
	// Secondo la televisione di stato, i tre sono soldati: «…»: a frame in the clause.
	if at, ok := d.frameInClause(colon); ok {
		return at, false, true
	}
	// Tra le frasi dette da X, spicca: «…»: words and their agent.
	if at, ok := d.wordsSaidBy(colon); ok {
		return at, false, true
	}
	if fb, ok := d.colonIntroducer(colon); ok {
		return attribution{subj: fb}, false, true
	}
	at := attribution{dropped: true}
	if s := d.colonClauseStart(colon); s < colon {
		if n, dropped := d.clauseStartSubject(s, colon); !dropped && d.plausibleSpeaker(n) {
			at.fallback = n
		}
	}
	return at, false, true
}

// colonClauseStart is the first token of the clause that ends at the
// colon: after a ; or a colon, mentre or a coordinator.
func (d *analysis) colonClauseStart(colon int) int {
	s := colon
	for s > d.sentLo(colon) && d.role[s-1] == narrator && d.low[s-1] != ";" && d.low[s-1] != ":" && d.low[s-1] != "mentre" && !d.clauseCoordinator(s-1) {
		d.work.Add(1)
		s--
	}
	return s
}

// clauseCoordinator: the coordinator at t joins clauses; però inside a
// clause is an adverb (getta però acqua sul fuoco).
func (d *analysis) clauseCoordinator(t int) bool {
	w := d.low[t]
	return coordinators[w] && (w != "però" || t > 0 && d.low[t-1] == ",")
}

// leftCuePattern: a speech verb or a frame before the quote in its
// sentence: X ha detto che «…», X ha definito la legge «…», secondo X «…»,
// per X, «…». The quote is direct when the verb comes right before a whole
// clause (ha detto «Non…», ha risposto che «a casa…»), after a frame, or as
// the second che-clause of the same verb (ha ricordato che X e che «…»).
// Gapping gives the second speaker of X ha parlato di «A», Y di «B»; a
// verb of passing words on after the quote names its source («…», ha
// riferito la CCT).
func leftCuePattern(d *analysis, s *site) (attribution, bool, bool) {
	c, ltw := s.c, s.ltw
	if s.atStart {
		return attribution{}, false, false
	}
	at, ok, adjacent := d.leftCue(c)
	if !ok {
		return attribution{}, false, false
	}
	direct := adjacent && d.leftAllowsDirect(c) || at.frame
	if (ltw == "che" || ltw == "come") && c.lt > 0 && (d.low[c.lt-1] == "e" || d.low[c.lt-1] == ",") {
		direct = direct || d.clauseEndsWith(c)
	}
	if !adjacent && prepositions[ltw] && c.lt > 1 {
		if ni := d.nameAt[c.lt-1]; ni >= 0 && d.names[ni].a > 0 && d.low[d.names[ni].a-1] == "," {
			at = attribution{subj: np{a: d.names[ni].a, b: d.names[ni].b, names: []int{int(ni)}}}
		}
	}
	if rc, ok := s.rightCue(d); ok && rc.subj.ok() && sourceVerbs[rc.lemma] {
		at.source = d.npText(rc.subj)
	}
	return at, direct, true
}

// subjectBefore: a quote that opens with a finite verb right after a noun
// phrase of the narrator's that can speak: the phrase is the verb's
// subject and the quote is its predicate, in the speaker's words (mentre il
// governo tedesco «reagisce con emozione e turbamento»; il Senato «ha
// fatto solo il suo dovere»). A speech verb further left is another
// clause's, so this comes before the left cue. Not after che, come, a
// conjunction or a preposition (ha detto che «è pronto»: the left cue's).
func subjectBefore(d *analysis, s *site) (attribution, bool, bool) {
	c := s.c
	if s.atStart || c.lt < 1 || c.a >= c.b || !d.finiteAt(c.a, c.b) && !d.finiteShaped(c.a) {
		return attribution{}, false, false
	}
	e := c.lt + 1
	if d.low[c.lt] == "," {
		// La figlia, Elisa Novelli, «spera …»: a name between commas.
		ni := d.nameAt[c.lt-1]
		if ni < 0 || d.names[ni].b != c.lt || d.names[ni].a < 1 || d.low[d.names[ni].a-1] != "," {
			return attribution{}, false, false
		}
		e = c.lt
	}
	// The cheap checks first: reading the phrase allocates its names.
	if !d.nounEnd(e-1) || d.reportedClause(e-1) {
		return attribution{}, false, false
	}
	n, ok := d.antecedent(e)
	if !ok || n.b != e || n.a > 0 && d.in(n.a-1, cPreposition) || len(n.names) > 0 && !d.speakerName(n.names[0]) || !d.plausibleSpeaker(n) {
		return attribution{}, false, false
	}
	if d.reportedClause(n.a) {
		return attribution{}, false, false
	}
	if rc, ok := s.rightCue(d); ok && d.adjacentRight(c) && rc.subj.ok() {
		return attribution{}, false, false // «…», dicono gli analisti: the cue's
	}
	return attribution{subj: n}, false, true
}

// reportedClause: the clause holding token t reports someone's words
// before t: a speech verb, che or come, or the frame secondo after
// the clause's start (the sentence, a ; or :, mentre, ma). Epifani ha
// detto che il Senato «ha fatto solo il suo dovere»: Epifani's words about
// the Senate; Secondo i medici, la paziente «si sta lasciando andare».
func (d *analysis) reportedClause(t int) bool {
	lo := d.sentLo(t)
	for u := t - 1; u >= lo && t-u < 40; u-- {
		d.work.Add(1)
		w := d.low[u]
		switch {
		case w == ";" || w == ":" || w == "mentre" || w == "ma":
			return false
		case d.verb[u] >= 0 || w == "che" || w == "come" || w == "secondo":
			return true
		}
	}
	return t-lo >= 40
}

// finiteShaped: a word the lexicon may not hold with the ending of a
// finite verb only: those of otherVerb, the present of -isc- verbs and the
// future (reagisce, adopererà, tornavano).
func (d *analysis) finiteShaped(t int) bool {
	if d.otherVerb(t) {
		return true
	}
	w := d.low[t]
	for _, suf := range []string{"isce", "iscono", "erà", "irà"} {
		if len(w) > len(suf)+2 && hasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nounEnd: the narrator's token t can end a noun phrase: a word that is
// no verb, function word or clause opener.
func (d *analysis) nounEnd(t int) bool {
	return d.role[t] == narrator && d.isWord(t) && d.verb[t] < 0 && !relatives[d.low[t]] &&
		!d.in(t, cPreposition|cArticle|cConjunction|cDeterminer|cAvere|cEssere|cClauseOpener|cClitic|cPronoun) && !d.adverb(t)
}

// rightCueInside: a quote inside the narrator's sentence followed at once
// by its cue: la legge è «un pasticcio», ha detto X.
func rightCueInside(d *analysis, s *site) (attribution, bool, bool) {
	if s.atStart {
		return attribution{}, false, false
	}
	if rc, ok := s.rightCue(d); ok && d.adjacentRight(s.c) {
		return rc, false, true
	}
	return attribution{}, false, false
}

// nextSentence: a quote that is a sentence of its own, attributed by the
// sentence after it: «…». Così il governatore. / Queste le parole di X. /
// È quanto ha dichiarato X. / Lo ha detto X.
func nextSentence(d *analysis, s *site) (attribution, bool, bool) {
	if !d.standalone(s.c) {
		return attribution{}, false, false
	}
	at, ok := d.followingCue(s.c)
	return at, true, ok
}

// previousSpeaker: a quote that is a sentence of its own with no cue: the
// speaker of the quote before goes on (a quote opening its paragraph may be
// named by the next sentence's subject).
func previousSpeaker(d *analysis, s *site) (attribution, bool, bool) {
	if !s.atStart || !d.standalone(s.c) {
		return attribution{}, false, false
	}
	at := attribution{continuation: true}
	if d.paraStart(s.open) {
		at.nextSubject = d.nextSentenceSubject(s.c)
	}
	return at, true, true
}

// listAhead: a quote that opens its sentence and the quotes listed after
// it («A», «B» e «C»; «A» («B»), a translation) share the cue after the
// last one («A» e «B», ha commentato X), or, when the list ends the
// sentence, stand alone like one quote: whoever spoke goes on.
func listAhead(d *analysis, s *site) (attribution, bool, bool) {
	if !s.atStart && s.ltw != ":" {
		return attribution{}, false, false
	}
	ci := int(d.quote[s.c.a])
	last := ci
	for k := ci + 1; k < len(d.cands) && k < ci+8 && d.coordinatedQuotes(d.cands[last].rt, d.cands[k].lt); k++ {
		d.work.Add(1)
		last = k
	}
	if last == ci {
		return attribution{}, false, false
	}
	lc := d.cands[last]
	if at, ok := d.rightCue(lc); ok && d.adjacentRight(lc) {
		return at, false, true
	}
	if !d.standalone(lc) {
		return attribution{}, false, false
	}
	at := attribution{continuation: true}
	if d.paraStart(s.open) {
		at.nextSubject = d.nextSentenceSubject(lc)
	}
	return at, true, true
}

// speakersWords: a quote inside the narrator's sentence with no cue of its
// own, in a paragraph where someone has already spoken: the narrator
// reports that speaker's words (Il segretario … La linea del partito è
// l'unica possibile per evitare «una diaspora»). Titles and scare quotes
// are left to the non-speech checks.
func speakersWords(d *analysis, s *site) (attribution, bool, bool) {
	if s.atStart || s.words < 3 || s.prev == nil || d.para[s.prev.t] != d.para[s.open] {
		return attribution{}, false, false
	}
	if n, ok := d.ownSubject(s.c); ok {
		return attribution{subj: n}, false, true
	}
	return attribution{continuation: true}, false, true
}

// ownSubject: the person who is the subject of the quote's own clause
// (John McCain critica l'accordo perché è stato raggiunto … «e solo
// successivamente discusso …»; Bush ha contattato Aso per riaffermare
// «…»): the words are the one the sentence is about, not the last
// speaker's. A name only, read from the start of the clause.
func (d *analysis) ownSubject(c cand) (np, bool) {
	n, dropped := d.clauseSubject(c.lt)
	if dropped || len(n.names) == 0 || n.b > c.lt || !d.isPerson(n.names[0]) {
		return np{}, false
	}
	return n, true
}

// colonAttribution: «…» after a colon whose clause holds a speech verb (X ha dichiarato: «…»).
func (d *analysis) colonAttribution(c cand) (attribution, bool) {
	lo := d.sentLo(c.lt)
	for t := c.lt - 1; t >= lo && c.lt-t < 30; t-- {
		d.work.Add(1)
		if d.role[t] != narrator {
			continue
		}
		if d.low[t] == ":" || d.low[t] == ";" {
			break
		}
		// mentre X ha reagito così: «…»: a verb of an earlier clause is not this colon's.
		if (coordinators[d.low[t]] || d.low[t] == "mentre") && t < c.lt-1 {
			break
		}
		if v, ok := d.speechVerbAt(t); ok {
			at := d.verbAttribution(v)
			if (at.borrowed || !at.dropped && !d.plausibleSpeaker(at.subj)) && v.form.kind != finite && v.form.kind != participle {
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

// colonIntroducer is the subject of the clause before a colon (Il sindaco
// ha reagito così: «…»), or the whole phrase before it when there is no
// verb (headline: Putin: «…», Il proprietario: «…»).
func (d *analysis) colonIntroducer(colon int) (np, bool) {
	n, dropped := d.clauseStartSubject(d.colonClauseStart(colon), colon)
	if !dropped && n.ok() && (d.plausibleSpeaker(n) || n.b == colon) {
		// X, Y e Z hanno voluto omaggiarlo con queste parole: all of them.
		for t := n.b; t < colon && t < n.b+3; t++ {
			if d.in(t, cAvere|cEssere) {
				if hasSuffix(d.low[t], "no") {
					n.also = append(n.also, d.conjuncts(n)...)
				}
				break
			}
		}
		return n, true
	}
	return np{}, false
}

// participleAgent reads a speech verb's participle right before the quote
// and its agent right after it (giudicata «inaccettabile» da X, definito
// «storico» dal ministro): the agent speaks.
func (d *analysis) participleAgent(t int, c cand) (attribution, bool) {
	f, ok := d.formAt(t)
	if !ok || f.kind != participle || c.rt >= len(d.toks) || !isAgentPrep(d.low[c.rt]) {
		return attribution{}, false
	}
	n, ok := d.agentAfter(c.rt)
	if !ok || !d.plausibleSpeaker(n) {
		return attribution{}, false
	}
	return attribution{cue: d.toks[t].Text, subj: n, lemma: f.lemma}, true
}

// wordsSaidBy finds, in the clause that ends at the colon, a speech noun
// with a participle and its agent (Tra le frasi dette da X, spicca: «…»;
// Queste le parole pronunciate dal ministro: «…»): the agent speaks.
func (d *analysis) wordsSaidBy(colon int) (attribution, bool) {
	lo := d.sentLo(colon)
	for t := colon - 3; t >= lo && colon-t < 80 && d.role[t] == narrator && !d.isBoundary(t); t-- {
		d.work.Add(1)
		if !d.in(t, cSpeechNoun) || !isAgentPrep(d.low[t+2]) {
			continue
		}
		if f, ok := d.formAt(t + 1); !ok || f.kind != participle {
			continue
		}
		if n, ok := d.npAfterPrep(t+3, colon); ok && d.plausibleSpeaker(n) {
			return attribution{cue: d.spanText(t, t+3), subj: n, nounFrame: true}, true
		}
	}
	return attribution{}, false
}

// frameInClause finds a frame (secondo X, per X) in the clause that ends at
// the colon.
func (d *analysis) frameInClause(colon int) (attribution, bool) {
	lo := d.sentLo(colon)
	for t := colon - 1; t >= lo && colon-t < 20 && d.role[t] == narrator && !d.isBoundary(t); t-- {
		d.work.Add(1)
		if w := d.low[t]; w == "secondo" || w == "per" || w == "stando" {
			if at, ok := d.frameAt(t, colon); ok {
				return at, true
			}
		}
	}
	return attribution{}, false
}

// leftCue finds the nearest speech verb or frame (secondo X, per X) before the
// quote in its sentence. adjacent reports a verb right before the quote
// (ha detto «…», ha detto che «…», dichiara di «…»).
func (d *analysis) leftCue(c cand) (attribution, bool, bool) {
	if c.lt < 0 {
		return attribution{}, false, false
	}
	lo := d.sentLo(c.lt)
	var fb leftFallback
	for t := c.lt; t >= lo && c.lt-t < 45; t-- {
		d.work.Add(1)
		if d.role[t] != narrator {
			continue
		}
		if at, adj, ok := d.frameCueAt(t, lo, c); ok {
			return at, true, adj
		}
		v, ok := d.speechVerbAt(t)
		if !ok {
			// La proposta, giudicata «inaccettabile» da X: a participle and its agent.
			if t == c.lt {
				if at, ok := d.participleAgent(t, c); ok {
					return at, true, true
				}
			}
			continue
		}
		if v.b != t+1 || d.sourceAside(v) {
			continue
		}
		if at, adj, ok := d.verbCueLeft(v, c, &fb); ok {
			return at, true, adj
		}
	}
	return d.leftFallbackCue(&fb)
}

// leftFallback keeps what leftCue passes over on its way left: the first
// verb with no agent (è stata ribadita «…») and the first verb whose object
// is a noun (sosterrà Kiev «…»). They name the speaker only when no cue
// further left does.
type leftFallback struct {
	passive, object                   attribution
	passiveAdj, hasPassive, hasObject bool
}

// frameCueAt: a frame (secondo X, per X) at token t, or a noun frame right
// before the quote (Queste le sue parole «…»); adj reports the latter.
func (d *analysis) frameCueAt(t, lo int, c cand) (at attribution, adj, ok bool) {
	if at, ok := d.frameAt(t, c.lt+1); ok {
		at.frame = d.frameAdjacent(at, c)
		return at, false, true
	}
	if t == c.lt && d.in(t, cSpeechNoun) {
		if at, ok := d.nounFrameEndingAt(t+1, lo); ok {
			return at, true, true
		}
	}
	return attribution{}, false, false
}

// verbCueLeft reads the speech verb phrase v left of quote c: the cue and
// its speaker, or nothing when the verb is weak and not adjacent, names no
// plausible speaker, or has a fallback's reading (kept in fb).
func (d *analysis) verbCueLeft(v vp, c cand, fb *leftFallback) (at attribution, adj, ok bool) {
	if v.form.flags&objectSense != 0 && d.nounObject(v, c) {
		// Il governo sostiene le imprese «con ogni mezzo»: support, not
		// speech. A cue before it may name the speaker (Meloni ha detto
		// che il governo sosterrà Kiev «…»); else the words are the
		// subject's, with no cue.
		if !fb.hasObject {
			fb.object, fb.hasObject = d.verbAttribution(v), true
			fb.object.cue, fb.object.lemma = "", ""
		}
		return attribution{}, false, false
	}
	adj = d.adjacentLeft(v, c)
	// si è detto certo che «…»: an adjective and che after the reflexive.
	selfAdj := v.selfSaid && v.b+1 == c.lt && d.low[c.lt] == "che"
	if (v.form.flags&weak != 0 || v.selfSaid) && !adj && !selfAdj {
		return attribution{}, false, false
	}
	at = d.verbAttribution(v)
	if at.unknown {
		// è stata ribadita «…» without agent: an outer cue may name the speaker.
		if !fb.hasPassive {
			fb.passive, fb.passiveAdj, fb.hasPassive = at, adj, true
		}
		return attribution{}, false, false
	}
	// A marked quote trusts its verb's subject (il cardinale ha ricordato
	// che «…»), unless a gerund or infinitive borrowed an odd one.
	if (at.borrowed || !at.dropped && !d.plausibleSpeaker(at.subj)) && v.form.kind != finite && v.form.kind != participle {
		return attribution{}, false, false
	}
	return at, adj, true
}

// leftFallbackCue is leftCue's answer when no cue further left named the
// speaker: the verb with no agent, else the subject of the verb with a
// noun object.
func (d *analysis) leftFallbackCue(fb *leftFallback) (attribution, bool, bool) {
	if fb.hasPassive {
		return fb.passive, true, fb.passiveAdj
	}
	if fb.hasObject && !fb.object.unknown && (fb.object.dropped || d.plausibleSpeaker(fb.object.subj)) {
		return fb.object, true, false
	}
	return attribution{}, false, false
}

// nounObject: what follows the verb phrase v before the quote c is not
// the quote itself, a colon or a che or di clause (sostiene che, sostiene
// con forza che, sostiene: «…»), but a noun object (sosterrà Kiev «fino
// alla fine», ha rilevato l'azienda «in crisi»): for a verb of objectSense
// that is its other meaning, and no cue.
func (d *analysis) nounObject(v vp, c cand) bool {
	t := v.b
	for t <= c.lt && d.adverb(t) && d.nameAt[t] < 0 {
		d.work.Add(1)
		t++
	}
	if t > c.lt || d.low[c.lt] == ":" {
		return false // sostiene «…», sostiene: «…»
	}
	// sostenendo la volontà di «…», sostiene la tesi che …: a noun of
	// content, whose complement is what is claimed.
	if u := t + 1; d.in(t, cArticle) && u <= c.lt && contentNouns[d.low[u]] {
		return false
	}
	comp, _ := d.complementizer(v)
	return comp < 0 || comp > c.lt
}

// contentNouns name what a claim holds: sostenere la tesi che, la
// necessità di, l'idea che.
var contentNouns = set("tesi", "necessità", "volontà", "idea", "ipotesi", "opportunità", "importanza", "urgenza", "esigenza",
	"convinzione", "possibilità", "opinione", "teoria", "versione")

// sourceAside: the verb phrase v is an aside naming a source between
// commas (ha invitato, come ha riferito Radio Vaticana, «…»): the speaker
// is the subject of the verb before it.
func (d *analysis) sourceAside(v vp) bool {
	if !sourceVerbs[v.form.lemma] || v.a < 2 || d.low[v.a-1] != "come" || d.low[v.a-2] != "," {
		return false
	}
	_, ok := d.firstVerb(d.sentLo(v.a), v.a-2)
	return ok
}

// frameAdjacent: the quote follows the frame at once (Secondo X, «…»; also
// without the comma: Per il ministro «la situazione …»).
func (d *analysis) frameAdjacent(at attribution, c cand) bool {
	if at.subj.b == c.lt && d.low[c.lt] == "," || at.subj.b == c.lt+1 {
		return true
	}
	if len(at.subj.names) == 0 {
		return false
	}
	end := d.names[at.subj.names[len(at.subj.names)-1]].b
	return end == c.lt && d.low[c.lt] == "," || end == c.lt+1
}

// adjacentLeft: only a complementizer, di, adverbs or an addressee between the verb and the quote.
func (d *analysis) adjacentLeft(v vp, c cand) bool {
	for t := v.b; t <= c.lt; t++ {
		d.work.Add(1)
		w := d.low[t]
		if d.adverb(t) || w == "che" || w == "come" || w == "di" || w == "d'" || w == ":" {
			continue
		}
		// con la frase «…», con le seguenti parole «…»: a noun frame after the verb.
		if w == "con" {
			u := t + 1
			for u < c.lt && (d.in(u, cArticle) || d.low[u] == "seguenti" || d.low[u] == "seguente") {
				u++
			}
			if u == c.lt && d.in(u, cSpeechNoun|cTitleNoun) {
				return true
			}
		}
		// An addressee: ha risposto a Berlusconi che «…».
		if (w == "a" || w == "ad") && t+1 <= c.lt && d.nameAt[t+1] >= 0 {
			t = d.names[d.nameAt[t+1]].b - 1
			if t+1 < c.lt && d.number(t+1) {
				t++ // a Rtl 102.5 che «…»: a station and its frequency
			}
			continue
		}
		// A short prepositional phrase: ha detto ai giornalisti che «…».
		if (prepositions[w] && !articles[w]) && t+1 <= c.lt {
			u := t + 1
			for u <= c.lt && u-t <= 3 && d.isWord(u) && !d.in(u, cPreposition) && d.low[u] != "che" && d.verb[u] < 0 {
				d.work.Add(1)
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

// rightCue reads «…», ha detto X / «…» dichiara X / «…», come spiega X /
// «…», secondo X after the quote.
func (d *analysis) rightCue(c cand) (attribution, bool) {
	t := c.rt
	lim := len(d.toks)
	if t < lim {
		lim = d.sentHi(t)
	}
	for t < lim && d.role[t] == narrator && (d.low[t] == "," || d.isDash(t)) {
		d.work.Add(1)
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
	if come >= 0 {
		// «…», come dichiarato dal ministro X: a participle and its agent.
		if at, ok := d.comeParticiple(come, lim); ok {
			return at, true
		}
	}
	if come < 0 {
		if at, ok := d.frameAfter(t, lim); ok {
			return at, true
		}
	}
	for u := t; u < lim && u < t+5 && d.role[u] == narrator; u++ {
		d.work.Add(1)
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
		if !d.in(u, cAvere|cEssere|cClitic) && !d.adverb(u) {
			break
		}
	}
	return attribution{}, false
}

// comeParticiple reads come + a speech verb's participle + its agent
// (come dichiarato dal ministro X, come riferito da fonti vicine): the
// agent speaks.
func (d *analysis) comeParticiple(come, lim int) (attribution, bool) {
	t := come + 1
	for t < lim && d.adverb(t) {
		t++
	}
	f, ok := d.formAt(t)
	a := d.pastAdverbials(t+1, lim) // come dichiarato ieri sera dal ministro
	if !ok || f.kind != participle || a >= lim || !isAgentPrep(d.low[a]) {
		return attribution{}, false
	}
	n, ok := d.npAfterPrep(a+1, lim)
	if !ok || !d.plausibleSpeaker(n) {
		return attribution{}, false
	}
	return attribution{cue: d.spanText(come, t+1), subj: n, lemma: f.lemma}, true
}

// adjacentRight: the quote is followed at once by its cue («…», ha detto X).
func (d *analysis) adjacentRight(c cand) bool {
	return c.rt < len(d.toks) && d.role[c.rt] == narrator && (d.low[c.rt] == "," || d.isDash(c.rt))
}

// linked: candidate c follows p in the same sentence with only a cue phrase
// between them: «A», per X, «B» / "A" - osserva X - "B".
func (d *analysis) linked(p, c cand) bool {
	if p.rt > c.lt || c.lt-p.rt > 14 || p.rt >= len(d.toks) || d.sent[p.rt] != d.sent[max(c.lt, 0)] {
		return false
	}
	if d.coordinatedQuotes(p.rt, c.lt) {
		return true
	}
	first, last := d.low[p.rt], d.low[c.lt]
	if !(first == "," || d.isDash(p.rt)) || !(last == "," || d.isDash(c.lt)) {
		return false
	}
	for t := p.rt; t <= c.lt; t++ {
		d.work.Add(1)
		if d.role[t] != narrator || d.isBoundary(t) {
			return false
		}
	}
	return true
}

// quoteJoiners may stand alone between two quotes of one speaker: «A» e
// «B», «A», «B» e «C», «A», ed inoltre «B», «A» («B»).
var quoteJoiners = set(",", "e", "ed", "o", "oppure", "ma", "(", "anche", "inoltre", "poi", "infine", "pure", "a", "ad", "così", "come")

// coordinatedQuotes: the narrator's tokens [a, b] between two quotes are
// only joiners: a list of the same speaker's quotes.
func (d *analysis) coordinatedQuotes(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for t := a; t <= b; t++ {
		d.work.Add(1)
		if d.role[t] != narrator || !quoteJoiners[d.low[t]] {
			return false
		}
	}
	return true
}

// standalone: the quote is a sentence of its own.
func (d *analysis) standalone(c cand) bool {
	return c.rt >= len(d.toks) || d.sent[c.rt] != d.sent[max(c.rt-1, 0)] || isSentenceEnd(d.low[c.rt]) && d.role[c.rt] == narrator
}

// nextSentenceSubject: the subject opening the sentence after the quote
// («…». Berlusconi, dopo una giornata di colloqui, …).
func (d *analysis) nextSentenceSubject(c cand) np {
	t := c.rt
	for t < len(d.toks) && d.role[t] != narrator {
		d.work.Add(1)
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
