package quotes

// speakerNouns head noun phrases that can report speech without a name:
// i media, il giornale, le associazioni.
var speakerNouns = set("media", "stampa", "giornale", "giornali", "quotidiano", "agenzia", "governo", "ministero", "redazione",
	"sindacato", "sindacati", "associazione", "associazioni", "partito", "comitato", "commissione", "procura", "tribunale",
	"corte", "polizia", "carabinieri", "esperti", "analisti", "fonti", "fonte", "donne", "uomini", "cittadini", "manifestanti",
	"studenti", "medici", "autorità", "dipartimento", "ufficio", "opposizione", "maggioranza", "elettore", "elettori",
	"dirigenti", "vertici", "società", "azienda", "comunicato", "nota", "coorte", "consiglio", "casa", "cremlino", "esponenti",
	"organizzatori", "ricercatori", "scienziati", "testimoni", "residenti", "abitanti", "vescovi", "consumatori", "lavoratori",
	"operai", "inquirenti", "investigatori", "avvocati", "legali", "difesa", "accusa", "canale", "televisione", "tv", "emittente")

// indirectQuotes finds the reported clauses of speech verbs: ha detto che …,
// ha chiesto di …, ribadire come …. A clause that holds a speech quote is left
// to that quote (the reference convention).
func (d *analysis) indirectQuotes(speechCand []bool) []item {
	out := d.buf.ind[:0]
	d.work.add(len(d.toks))
	for t := 0; t < len(d.toks); t++ {
		if d.verb[t] == -1 || d.role[t] != narrator || !d.isWord(t) {
			continue
		}
		v, ok := d.speechVerbAt(t)
		if !ok || v.b != t+1 || v.passive || v.form.flags&weak != 0 {
			continue
		}
		comp, _ := d.complementizer(v)
		if comp < 0 {
			continue
		}
		at := d.verbAttribution(v)
		if !at.dropped && !d.plausibleSpeaker(at.subj) {
			continue
		}
		for comp >= 0 {
			d.work.add(1)
			s := comp + 1
			if s >= len(d.toks) {
				break
			}
			e, next := d.clauseEnd(s, v)
			if e-s >= 2 && !d.holdsSpeech(s, e, speechCand) {
				start, end := d.toks[s].Start, d.toks[e-1].End
				out = append(out, item{q: d.mkQuote(start, end, Indirect, at), t: s, at: at})
			}
			comp = next
		}
		t = v.b
	}
	d.buf.ind = out
	return out
}

// plausibleSpeaker: a subject that can speak (a name, a pronoun, a role or a
// body such as i media); la visita garantisca che … is no report.
func (d *analysis) plausibleSpeaker(n np) bool {
	if !n.ok() || len(n.names) > 0 || n.pronoun || n.pair || d.role[n.a] == inQuote {
		return true
	}
	return roleNounIn(d, n)
}

// complementizer finds the che / come / di that opens the reported clause,
// allowing adverbs, an addressee (a Vladimir Putin) and, after esprimere,
// a frame noun (il desiderio che). It returns the token index or -1.
func (d *analysis) complementizer(v vp) (int, bool) {
	f := v.form.flags
	lim := d.sentHi(v.v)
	t := v.b
	inPP := 0
	sawFrame := false
	for t < lim && t-v.b < 10 && d.role[t] == narrator {
		d.work.add(1)
		w := d.low[t]
		if d.verb[t] >= 0 {
			return -1, false // the che belongs to the nearer verb: scrive … per lamentare che
		}
		switch {
		case w == "che":
			if f&takesChe != 0 || sawFrame {
				return t, false
			}
			return -1, false
		case w == "come" && t == v.b && f&takesCome != 0:
			return t, false
		case (w == "di" || w == "d'") && f&takesDi != 0 && t+1 < lim && d.infinitiveAt(t+1):
			return t, true
		case w == "a" || w == "ad" || w == "al" || w == "alla" || w == "all'" || w == "ai" || w == "agli" || w == "alle" || w == "allo":
			inPP = 4
		case w == "da" && inPP == 0:
			inPP = 3 // da tempo, da parecchi mesi
		case (w == "in" || w == "nel" || w == "nella" || w == "nell'" || w == "durante" || w == "con" || w == "dopo") && inPP == 0:
			inPP = 4 // in un'intervista al Corriere, nella conferenza stampa
		case w == ",":
			inPP = 4 // ha detto, tra l'altro, che …
		case isAdverb(w) && inPP == 0:
		case inPP > 0 && d.isWord(t):
			inPP--
		case v.form.lemma == "esprimere" && (articles[w] || frameNouns[w] || w == "forte" || w == "vivo"):
			if frameNouns[w] {
				sawFrame = true
			}
		default:
			return -1, false
		}
		t++
	}
	return -1, false
}

// infinitiveAt: an infinitive (or non + infinitive, aver/esser + participle).
func (d *analysis) infinitiveAt(t int) bool {
	w := d.low[t]
	if w == "non" && t+1 < len(d.toks) {
		w = d.low[t+1]
	}
	if w == "aver" || w == "avere" || w == "esser" || w == "essere" {
		return true
	}
	// Truncated infinitives: voler, poter, dover, far.
	if n := len(w); n >= 3 && w[n-1] == 'r' && (w[n-2] == 'e' || w[n-2] == 'a' || w[n-2] == 'i') {
		return true
	}
	for _, suf := range []string{"are", "ere", "ire", "arsi", "ersi", "irsi", "arlo", "erlo", "irlo", "arla", "erla", "irla", "arne", "erne", "irne", "orre", "urre"} {
		d.work.add(1)
		if len(w) > len(suf)+1 && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// clauseEnd finds where the reported clause starting at s ends, and the
// complementizer of a coordinated clause (e che …, ; che …) or -1.
func (d *analysis) clauseEnd(s int, v vp) (int, int) {
	si := d.sent[s]
	lim := d.sentHi(s)
	// A speech verb inside a fronted subordinate clause (Nonostante … abbia
	// dichiarato che X, …): the clause ends at the first comma.
	fronted := subordinators[d.low[d.sents[si].a]] && d.low[d.sents[si].a] != "anche"
	for t := s; t < lim; t++ {
		d.work.add(1)
		w := d.low[t]
		if d.role[t] != narrator {
			continue
		}
		switch {
		case isSentenceEnd(w) || w == ";" || w == ":":
			if w == ";" && t+1 < lim && d.low[t+1] == "che" {
				return t, t + 1
			}
			return t, -1
		case w == "e" || w == "ed":
			if t+1 < lim && d.low[t+1] == "che" {
				return trimComma(d, s, t), t + 1
			}
			if t+1 < lim && (d.in(t+1, cAvere) || d.low[t+1] == "si") && t > s {
				return trimComma(d, s, t), -1
			}
		case w == ",":
			if fronted {
				return t, -1
			}
			if t+1 < lim {
				nw := d.low[t+1]
				if _, ok := d.speechVerbAt(t + 1); ok {
					return t, -1
				}
				if nw == "per" && t+2 < lim {
					if _, ok := d.speechVerbAt(t + 2); ok {
						return t, -1
					}
				}
				if len(nw) > 5 && (hasSuffix(nw, "ando") || hasSuffix(nw, "endo")) {
					return t, -1
				}
			}
		case d.isDash(t):
			return t, -1
		}
	}
	return lim, -1
}

func trimComma(d *analysis, s, t int) int {
	if t > s && d.low[t-1] == "," {
		return t - 1
	}
	return t
}

// holdsSpeech: a speech quote lies inside the clause [s, e).
func (d *analysis) holdsSpeech(s, e int, speechCand []bool) bool {
	for t := s; t < e; t++ {
		d.work.add(1)
		if q := d.quote[t]; q >= 0 && speechCand[q] {
			return true
		}
	}
	return false
}
