package quotes

// frameAt recognizes "secondo X", "stando a X", "per X," and "per voce di X"
// at token t, before token lim.
func (d *analysis) frameAt(t, lim int) (attribution, bool) {
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

func roleNounIn(d *analysis, n np) bool {
	for t := n.a; t < n.b; t++ {
		if d.in(t, cRoleNoun) || d.in(t, cSpeakerNoun) {
			return true
		}
	}
	return false
}

// withTheseWords: «…». Con queste parole si è dimesso ieri il presidente
// X / Con queste parole il ministro ha chiuso: the words are those of the
// next sentence's subject, before its verb or after it.
func (d *analysis) withTheseWords(t, lim int) (attribution, bool) {
	if t+3 >= lim || !theseWords[d.low[t+1]] || d.low[t+2] != "parole" {
		return attribution{}, false
	}
	cue := d.spanText(t, t+3)
	u := t + 3
	if d.low[u] == "," {
		u++
	}
	if n, ok := d.npForward(u, lim); ok && d.plausibleSpeaker(n) && !n.pronoun {
		return attribution{cue: cue, subj: n}, true
	}
	// Past the verb and its auxiliaries and participle to the subject.
	for k := u; k < lim && k-u < 5; k++ {
		d.work.Add(1)
		if d.finiteAt(k, lim) {
			p := k + 1
			for p < lim && p-k < 3 && (looksParticiple(d.low[p]) || d.in(p, cAvere|cEssere)) {
				p++
			}
			if n, _, ok := d.subjectRight(p); ok && d.plausibleSpeaker(n) && !n.pronoun {
				return attribution{cue: cue, subj: n}, true
			}
			return attribution{}, false
		}
	}
	return attribution{}, false
}

var theseWords = set("queste", "tali", "simili")

// followingCue reads the sentence after a quote that stands alone:
// «…». Così il governatore Fabio Panetta. / «…». Lo ha detto il ministro.
func (d *analysis) followingCue(c cand) (attribution, bool) {
	t := c.rt
	if t < len(d.toks) && d.role[t] == narrator && isSentenceEnd(d.low[t]) {
		t++
	}
	if t >= len(d.toks) || d.role[t] != narrator || !d.isSentStart(t) || d.para[t] != d.para[c.rt-1] {
		return attribution{}, false
	}
	lim := d.sentHi(t)
	// Queste le parole del ministro. / Così la replica di X.
	if at, _, ok := d.nounFrame(t, lim); ok && at.named() {
		return at, true
	}
	// È quanto ha dichiarato X.
	if t+2 < lim && (d.low[t] == "è" || d.low[t] == "e'") && d.low[t+1] == "quanto" {
		for u := t + 2; u < lim && u <= t+4; u++ {
			d.work.Add(1)
			if v, ok := d.speechVerbAt(u); ok && v.form.kind != gerund {
				at := d.verbAttribution(v)
				if !at.dropped && at.subj.ok() {
					return at, true
				}
			}
		}
	}
	switch d.low[t] {
	case "con":
		return d.withTheseWords(t, lim)
	case "così":
		if n, ok := d.npForward(t+1, lim); ok && (len(n.names) > 0 || roleNounIn(d, n)) {
			return attribution{cue: d.toks[t].Text, subj: n}, true
		}
	case "lo", "l'", "l'ha", "l'hanno":
		for u := t + 1; u < lim && u <= t+3; u++ {
			d.work.Add(1)
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

// sourceAfter: ", secondo X" closing the sentence after a quote that has its speaker.
func (d *analysis) sourceAfter(c cand) string {
	if c.rt >= len(d.toks) {
		return ""
	}
	lim := d.sentHi(c.rt)
	for t := c.rt; t < lim && t < c.rt+12; t++ {
		d.work.Add(1)
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

// frameOpeners come before a noun frame: Queste le parole di X, Così la
// replica di X, È stata la risposta di X, Ecco il commento di X.
var frameOpeners = set("queste", "questa", "questo", "questi", "così", "ecco", "è", "e'", "sono", "era", "fu", "stata", "state", "stato")

// nounFrame reads a noun frame at token t, before lim: a noun that names
// what someone said and who said it, in place of a speech verb: [Queste]
// le parole del ministro X, [Così] la replica di X, il monito di X, la
// secca replica del segretario; with a possessive (le sue parole) the
// speaker is the context's. It returns the attribution and the token after
// the frame.
func (d *analysis) nounFrame(t, lim int) (attribution, int, bool) {
	u := t
	for u < lim && u < t+3 && frameOpeners[d.low[u]] && d.role[u] == narrator {
		d.work.Add(1)
		u++
	}
	opened := u > t
	poss := false
	for k := 0; u < lim && k < 3 && !d.in(u, cSpeechNoun); k++ {
		d.work.Add(1)
		w := d.low[u]
		switch {
		case d.role[u] != narrator || !d.isWord(u):
			return attribution{}, 0, false
		case d.in(u, cArticle):
		case possessives[w]:
			poss = true
		case d.in(u, cPreposition|cAvere|cEssere|cClitic|cConjunction) || d.verb[u] >= 0 || d.nameAt[u] >= 0 || w == "che":
			return attribution{}, 0, false
		}
		u++
	}
	if u >= lim || !d.in(u, cSpeechNoun) || d.role[u] != narrator {
		return attribution{}, 0, false
	}
	noun := u
	u++
	// One adjective after the noun: le parole conclusive del ministro.
	if u+1 < lim && d.isWord(u) && !d.in(u, cPreposition) && d.in(u+1, cGenitive) && d.verb[u] < 0 {
		u++
	}
	cue := d.spanText(t, noun+1)
	if u < lim && d.in(u, cGenitive) {
		if n, ok := d.npAfterPrep(u+1, lim); ok && (len(n.names) > 0 || roleNounIn(d, n)) {
			end := n.b
			if len(n.names) > 0 {
				end = max(end, d.names[n.names[len(n.names)-1]].b)
			}
			return attribution{cue: cue, subj: n, nounFrame: true}, end, true
		}
	}
	// la sua frase «…» names a catchphrase; le sue parole report words.
	if poss && (!titleNouns[d.low[noun]] || d.low[noun] == "parole" || opened) || opened && (d.low[noun] == "parole" || d.low[noun] == "parola") {
		return attribution{cue: cue, dropped: true, nounFrame: true}, u, true
	}
	return attribution{}, 0, false
}

// possessives make a speech noun someone's: le sue parole.
var possessives = set("sue", "sua", "suo", "suoi", "loro", "proprie", "propria", "proprio", "propri")

// frameAfter reads what follows a quote at token t (after its comma) when
// it is a noun frame: «…», le parole del presidente X / «…»: questo il
// giudizio dell'avvocato X / «…» è stata la risposta di X; or «…»: con
// queste parole, X ha …, whose clause's subject speaks.
func (d *analysis) frameAfter(t, lim int) (attribution, bool) {
	if t < lim && d.low[t] == ":" {
		t++
	}
	if at, _, ok := d.nounFrame(t, lim); ok {
		return at, true
	}
	if t+2 < lim && (d.low[t] == "con" || d.low[t] == "in") && (d.low[t+1] == "queste" || d.low[t+1] == "tali") && d.in(t+2, cSpeechNoun) {
		u := t + 3
		if u < lim && d.low[u] == "," {
			u++
		}
		if n, dropped := d.clauseStartSubject(u, lim); !dropped && d.plausibleSpeaker(n) {
			return attribution{cue: d.spanText(t, t+3), subj: n}, true
		}
	}
	return attribution{}, false
}

// nounFrameBefore reads a noun frame that ends at the colon: Queste le sue
// parole: «…» / Il commento di X: «…».
func (d *analysis) nounFrameBefore(colon int) (attribution, bool) {
	return d.nounFrameEndingAt(colon, d.sentLo(colon))
}

// nounFrameEndingAt reads a noun frame of the clause that ends right
// before token end (not before lo).
func (d *analysis) nounFrameEndingAt(end, lo int) (attribution, bool) {
	colon := end
	s := colon
	for s > lo && colon-s < 12 && d.role[s-1] == narrator && !d.isBoundary(s-1) && d.low[s-1] != "," {
		d.work.Add(1)
		s--
	}
	for u := s; u < colon; u++ {
		d.work.Add(1)
		if !d.in(u, cSpeechNoun) {
			continue
		}
		for a := s; a <= u; a++ {
			if at, end, ok := d.nounFrame(a, colon); ok && end == colon {
				return at, true
			}
		}
		break
	}
	return attribution{}, false
}

// frameBefore finds a frame (secondo X, per X) whose source can speak in
// the sentence of token p, at most 40 tokens before it: the speaker of a
// verb whose own subject is a thing (Secondo X, la fine della serie è
// l'unico modo …, anche se dice di …).
func (d *analysis) frameBefore(p int) (attribution, bool) {
	for t := max(d.sentLo(p), p-40); t < p; t++ {
		d.work.Add(1)
		if d.role[t] != narrator {
			continue
		}
		if at, ok := d.frameAt(t, p); ok && at.subj.ok() && d.plausibleSpeaker(at.subj) {
			return at, true
		}
	}
	return attribution{}, false
}
