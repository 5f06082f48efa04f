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
	// Queste le parole del ministro. / Sono parole di X.
	for u := t; u < lim && u <= t+3; u++ {
		d.work.add(1)
		if d.low[u] == "parole" && u+1 < lim && d.in(u+1, cGenitive) {
			if n, ok := d.npAfterPrep(u+2, lim); ok {
				return attribution{cue: d.spanText(t, u+2), subj: n}, true
			}
		}
	}
	// È quanto ha dichiarato X.
	if t+2 < lim && (d.low[t] == "è" || d.low[t] == "e'") && d.low[t+1] == "quanto" {
		for u := t + 2; u < lim && u <= t+4; u++ {
			d.work.add(1)
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
			d.work.add(1)
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
		d.work.add(1)
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
