package quotes

import "strings"

// vp is a speech verb phrase: tokens [a, b) with the speech verb at v.
type vp struct {
	a, b, v  int
	form     verbForm
	passive  bool // essere + participle: the speaker is the agent (da …)
	selfSaid bool // si è detto, si è dichiarato: the subject speaks of itself (si è detto «fiducioso»), no indirect clause
}

// nounish forms are also nouns: after a determiner they are not verbs.
var nounish = set("replica", "repliche", "accusa", "accuse", "denuncia", "denunce", "conferma", "conferme", "risposta", "risposte",
	"richiesta", "promessa", "promesse", "proposta", "proposte", "annuncio", "annunci", "commento", "commenti", "ricordo", "ricordi",
	"saluti", "saluto", "detto", "detti", "scritto", "scritti", "invito", "avviso", "lamento", "lamenti", "chiesto", "definizione",
	"sostegno", "racconto", "racconti", "giuro", "appello", "segnalazione", "precisazione", "ammissione",
	"minaccia", "minacce", "auspicio", "domanda", "domande", "spiegazione",
	"proposito", "continuo", "attacco", "attacchi", "salute", "rilievo")

// periphrasisHeads end a multi-word cue: fa sapere, ha fatto presente, si legge.
var periphrasisHeads = set("sapere", "notare", "presente", "noto", "nota", "appello", "legge", "leggeva", "notizia")

// fareForms and rendereForms make far sapere, rendere noto.
var fareForms = set("fa", "fanno", "fece", "fecero", "faceva", "facevano", "farà", "faranno", "farebbe", "faccia", "facesse",
	"facendo", "fatto", "fatta", "far", "fare")
var rendereForms = set("rende", "rendono", "rese", "resero", "rendeva", "renderà", "renderebbe", "rendendo", "reso", "resa", "rendere")

// speechVerbAt recognizes a speech verb at token i, with its auxiliaries,
// clitics and adverbs to the left. Participles need an auxiliary (battute
// dette da Luttazzi is no cue), infinitives need per (per concludere che),
// a reflexive (si è detto lieto) is no cue, and nouns after a determiner
// (la replica) are not verbs.
func (d *analysis) speechVerbAt(i int) (vp, bool) {
	if i < 0 || i >= len(d.toks) || d.verb[i] == -1 || d.role[i] != narrator || !d.isWord(i) {
		return vp{}, false
	}
	// The rules ask about the same verbs again and again; the answer depends
	// only on the document, so it is computed once per verb.
	k := d.verb[i]
	if k < 0 {
		return d.speechVerbAtOnce(i)
	}
	m := &d.memo.vps[k]
	if m.state == 0 {
		v, ok := d.speechVerbAtOnce(i)
		m.v, m.state = v, 1
		if ok {
			m.state = 2
		}
	}
	return m.v, m.state == 2
}

// vpMemo is the answer of speechVerbAt for one verb form: state 0 unknown, 1 no, 2 yes.
type vpMemo struct {
	v     vp
	state uint8
}

// speechVerbAtOnce is speechVerbAt without the memo: the form at i, the
// auxiliaries and clitics before it, then the conditions of its kind.
func (d *analysis) speechVerbAtOnce(i int) (vp, bool) {
	f, ok := d.formAt(i)
	if !ok {
		f, ok = d.periphrasis(i)
		if !ok {
			return vp{}, false
		}
	}
	// si legge che …: the words of a document; the speaker comes from the context.
	if f.lemma == "si legge" {
		return vp{a: i - 1, b: i + 1, v: i, form: f}, true
	}
	if d.nameAt[i] >= 0 && !d.isSentStart(i) {
		return vp{}, false
	}
	prev := ""
	if i > 0 && d.role[i-1] == narrator {
		prev = d.low[i-1]
	}
	if prev != "" && d.in(i-1, cDeterminer) && nounish[d.low[i]] {
		return vp{}, false
	}
	v := vp{a: i, b: i + 1, v: i, form: f}
	var x auxiliaries
	v.a, x = d.auxiliariesBefore(i, f)
	switch f.kind {
	case subjunctive:
		return vp{}, false
	case participle:
		return d.participleCue(v, x)
	case infinitive:
		if prev == "poi" && i >= 2 {
			prev = d.low[i-2]
		}
		// ebbe a dire che, per concludere che; ha cominciato a gridare «…»;
		// ha voluto precisare che
		ebbeA := prev == "a" && i >= 2 && (d.in(i-2, cAvere) || phaseVerb(d.low[i-2])) || modals[prev]
		if prev != "per" && !x.avere && !ebbeA && f.lemma != "far sapere" && f.lemma != "fare appello" {
			return vp{}, false
		}
	case finite:
		// si dice che, si legge: impersonal, no speaker.
		if x.si {
			return vp{}, false
		}
	}
	return v, true
}

// auxiliaries are what stands before a verb form: avere, essere, si, a
// clitic object (l'ha definita).
type auxiliaries struct{ avere, essere, si, obj bool }

// auxiliariesBefore reads auxiliaries, clitics and adverbs to the left of
// the verb at i (ha, infatti, affermato; a sua volta ha detto) and returns
// where the verb phrase starts.
func (d *analysis) auxiliariesBefore(i int, f verbForm) (int, auxiliaries) {
	a := i
	var x auxiliaries
	for j := i - 1; j >= 0 && d.role[j] == narrator && i-j <= 6; j-- {
		d.work.Add(1)
		lw := d.low[j]
		switch {
		case d.in(j, cAvere) || lw == "l'ha" || lw == "l'hanno":
			x.avere = true
			x.obj = x.obj || strings.HasPrefix(lw, "l'")
			a = j
		case d.in(j, cEssere):
			x.essere = true
			a = j
		case lw == "si" || lw == "s'":
			x.si = true
			a = j
		case d.in(j, cClitic):
			a = j
			x.obj = x.obj || lw == "l'" || lw == "la" || lw == "le" || lw == "li" || lw == "lo"
		case (f.lemma == "far sapere" || f.lemma == "fare appello") && (fareForms[lw] || rendereForms[lw]),
			f.lemma == "dare notizia" && (dareForms[lw] || lw == "dato" || lw == "data" || lw == "dando" || lw == "dare"):
			a = j
		case d.adverb(j) || lw == "a" && j+2 < len(d.toks) && d.low[j+1] == "sua" || lw == "sua" || lw == "volta":
			continue
		case lw == "," && j > 0 && i-j <= 4:
			continue // ha, infatti, affermato
		default:
			j = -1
		}
	}
	return a, x
}

// participleCue: a participle speaks only with its auxiliary (battute dette
// da Luttazzi is no cue) or after a coordinated one (ha dichiarato e
// ribadito); with essere it is passive (è stata definita … dal ministro)
// or reflexive (si è detto «fiducioso»).
func (d *analysis) participleCue(v vp, x auxiliaries) (vp, bool) {
	i, f := v.v, v.form
	if !x.avere && !x.essere {
		// ha dichiarato e ribadito che: the auxiliary of the first participle.
		if !d.coordinatedParticiple(i) {
			return vp{}, false
		}
		x.avere, x.obj = true, true
	}
	if x.essere && !x.avere {
		if x.si {
			// si è detto «fiducioso»: the subject's own words, for a
			// marked quote; its che-clause depends on the adjective.
			if f.lemma != "dire" && f.lemma != "dichiarare" && f.lemma != "definire" {
				return vp{}, false
			}
			v.selfSaid = true
			return v, true
		}
		v.passive = true // è stata definita «…» dal ministro
	}
	// With avere the participle agrees only with a clitic object (l'ha
	// definita); avranno risposte is a noun after a verb.
	if x.avere && !x.obj && !strings.HasSuffix(d.low[i], "o") && f.lemma != "far sapere" && f.lemma != "fare appello" {
		return vp{}, false
	}
	return v, true
}

// modals take an infinitive that reports with them: ha voluto precisare,
// deve ammettere, vuole sottolineare.
var modals = set("voluto", "potuto", "dovuto", "vuole", "vogliono", "voleva", "volevano", "volle", "vorrebbe", "può",
	"possono", "poteva", "potrebbe", "deve", "devono", "doveva", "dovrebbe", "dovette", "tenuto")

// phaseVerb: a participle of beginning, going on or keeping to (ha
// cominciato a gridare, ha continuato a ripetere, si è limitato a dire).
func phaseVerb(w string) bool {
	for _, p := range []string{"cominciat", "iniziat", "continuat", "ripres", "tornat", "mess", "prosegu", "limitat"} {
		if strings.HasPrefix(w, p) && len(w) == len(p)+1 {
			return true
		}
	}
	return false
}

// coordinatedParticiple: the participle i follows e and a speech verb
// participle with its auxiliary (ha dichiarato e ribadito che).
func (d *analysis) coordinatedParticiple(i int) bool {
	if i < 2 || d.low[i-1] != "e" && d.low[i-1] != "ed" {
		return false
	}
	f, ok := d.formAt(i - 2)
	if !ok || f.kind != participle {
		return false
	}
	v, ok := d.speechVerbAt(i - 2)
	return ok && !v.passive
}

// periphrasis recognizes far sapere, far notare, fatto presente, rendere noto at their last word.
func (d *analysis) periphrasis(i int) (verbForm, bool) {
	w := d.low[i]
	if (w == "legge" || w == "leggeva") && i > 0 && d.low[i-1] == "si" {
		return verbForm{lemma: "si legge", kind: finite, flags: takesChe}, true
	}
	if w == "notizia" {
		return d.dareNotizia(i)
	}
	if w != "sapere" && w != "notare" && w != "presente" && w != "noto" && w != "nota" && w != "appello" {
		return verbForm{}, false
	}
	for j := i - 1; j >= 0 && i-j <= 3 && d.role[j] == narrator; j-- {
		d.work.Add(1)
		lw := d.low[j]
		if fareForms[lw] || rendereForms[lw] {
			k := finite
			switch {
			case strings.HasSuffix(lw, "ndo"):
				k = gerund
			case lw == "fatto" || lw == "fatta" || lw == "reso" || lw == "resa":
				k = participle
			case lw == "far" || lw == "fare" || lw == "rendere":
				k = infinitive
			}
			if w == "appello" {
				return verbForm{lemma: "fare appello", kind: k, flags: takesDi}, true
			}
			return verbForm{lemma: "far sapere", kind: k, flags: sayCome}, true
		}
		if !d.adverb(j) {
			break
		}
	}
	return verbForm{}, false
}

// dareNotizia recognizes dare notizia (che): ha dato notizia che, dava
// notizia che, danno notizia che.
func (d *analysis) dareNotizia(i int) (verbForm, bool) {
	if i == 0 || d.role[i-1] != narrator {
		return verbForm{}, false
	}
	k := finite
	switch w := d.low[i-1]; {
	case w == "dato" || w == "data":
		k = participle
	case w == "dando":
		k = gerund
	case w == "dare" || w == "dar":
		k = infinitive
	case !dareForms[w]:
		return verbForm{}, false
	}
	return verbForm{lemma: "dare notizia", kind: k, flags: takesChe}, true
}

// dareForms are the finite forms of dare.
var dareForms = set("dà", "danno", "dava", "davano", "diede", "diedero", "dette", "dettero", "darà", "daranno", "darebbe")

// cueText is the verb phrase as written, without the clitics before it (lo
// ha paragonato → ha paragonato).
func (d *analysis) cueText(v vp) string {
	if v.form.lemma == "si legge" {
		return d.spanText(v.a, v.b)
	}
	a := v.a
	for a < v.v && d.in(a, cClitic) {
		d.work.Add(1)
		a++
	}
	if a < v.v && (d.low[a] == "l'ha" || d.low[a] == "l'hanno") {
		return strings.TrimPrefix(strings.TrimPrefix(d.spanText(a, v.b), "l'"), "l’")
	}
	return d.spanText(a, v.b)
}

// firstVerb finds the first speech verb phrase in the narrator tokens [a, b).
func (d *analysis) firstVerb(a, b int) (vp, bool) {
	for t := a; t < b; t++ {
		d.work.Add(1)
		if v, ok := d.speechVerbAt(t); ok && v.form.kind != infinitive {
			return v, true
		}
	}
	return vp{}, false
}

// verbAttribution reads the speaker of a verb phrase: inverted after it when
// it follows a quotation mark, a dash or come; otherwise before it.
func (d *analysis) verbAttribution(v vp) attribution {
	at := attribution{cue: d.cueText(v), lemma: v.form.lemma}
	if v.passive || v.form.kind == gerund || v.form.kind == infinitive || v.form.lemma == "si legge" {
		return d.formAttribution(v, at)
	}
	before := v.a - 1
	for before >= 0 && d.role[before] == narrator && d.adverb(before) {
		d.work.Add(1)
		before--
	}
	if n, addr, ok := d.subjectAfterAside(v, before); ok {
		at.subj, at.addressee = n, addr
		return at
	}
	// After a quotation mark (or a dash, or «…», come) the subject follows
	// the verb; after come it does anywhere (come diceva l'Unità, come ha
	// spiegato il ministro).
	inverted := before < 0 || d.role[before] != narrator || d.isDash(before) || d.low[before] == "come" ||
		d.low[before] == "," && before > 0 && (d.quoteEndsAt(before-1) || d.low[before-1] == "," && before > 1 && d.quoteEndsAt(before-2))
	if inverted {
		if n, addr, ok := d.subjectRight(v.b); ok {
			at.subj, at.addressee = n, addr
			return at
		}
	}
	n, dropped := d.subjectLeft(v.a)
	if !dropped && !d.plausibleSpeaker(n) {
		if f, ok := d.frameBefore(v.a); ok {
			n = f.subj // Secondo X, la riforma è …, anche se dice di …: X says
		}
	}
	at.subj, at.dropped = n, dropped
	if !dropped {
		if d.pluralVerb(v) {
			at.subj.also = append(at.subj.also, d.conjuncts(n)...)
		}
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

// quoteEndsAt: token t is not the narrator's: a quote ends there, other
// than a short one that a naming verb introduces (si firma "Zeta", which
// is a word of the narrator's clause).
func (d *analysis) quoteEndsAt(t int) bool {
	if d.role[t] == narrator {
		return false
	}
	_, word := d.quotedWord(t)
	return !word
}

// formAttribution reads the speaker of the verb forms that have no subject
// of their own: a passive (è stata definita … dal ministro) has its agent,
// and without one the text does not say; a gerund or infinitive (per
// concludere che, affermando che) has the subject of the governing verb;
// si legge has the writer of the document (Nell'opinione redatta dal
// giudice X si legge che …).
func (d *analysis) formAttribution(v vp, at attribution) attribution {
	switch {
	case v.passive:
		if n, ok := d.agentAfter(v.b); ok {
			at.subj = n
		} else {
			at.unknown = true
		}
	case v.form.kind == gerund || v.form.kind == infinitive:
		return d.gerundAttribution(v, at)
	default: // si legge
		if n, ok := d.writerBefore(v.a); ok {
			at.subj = n
		} else if n, ok := d.writerAfter(v.b); ok {
			at.subj = n
		} else {
			at.dropped = true
			at.fallback, _ = d.clauseSubjectBefore(v.a)
		}
	}
	return at
}

// writerAfter: the writer of the document si legge names after it: si
// legge in un comunicato diramato dall'Ospedale Borgo Trento, si legge
// nella nota del ministero, in una lettera firmata da X. The message noun
// comes within a few words of in, and its writer is its genitive or the
// agent of a participle after it.
func (d *analysis) writerAfter(p int) (np, bool) {
	if p >= len(d.toks) || !inPreps[d.low[p]] {
		return np{}, false
	}
	lim := min(d.sentHi(p), p+14)
	msg := false
	for t := p + 1; t+1 < lim && d.role[t] == narrator; t++ {
		d.work.Add(1)
		w := d.low[t]
		switch {
		case messageNouns[w]:
			msg = true
			if d.in(t+1, cGenitive) {
				if n, ok := d.npAfterPrep(t+2, lim); ok && d.plausibleSpeaker(n) {
					return n, true
				}
			}
		case msg && (looksParticiple(w) || diffuso[w]) && isAgentPrep(d.low[t+1]):
			if n, ok := d.npAfterPrep(t+2, lim); ok && d.plausibleSpeaker(n) {
				return n, true
			}
			return np{}, false
		case d.isBoundary(t) || d.isDash(t) || d.verb[t] >= 0:
			return np{}, false
		}
	}
	return np{}, false
}

// diffuso is the participle of diffondere, which looksParticiple misses: a
// note diffusa dal ministero.
var diffuso = set("diffuso", "diffusa", "diffusi", "diffuse")

// inPreps introduce where something is written (si legge in una nota).
var inPreps = set("in", "nel", "nella", "nell'", "nello", "su", "sul", "sulla", "sull'")

// subjectAfterAside: two clauses put the subject after the verb although
// narrator words precede it (before is the last of them): secondo quanto
// ha riferito X, and a finite cue set off by commas with its named subject
// closed by a comma or a quotation mark (, dice Lev Tolstoj, «…»).
func (d *analysis) subjectAfterAside(v vp, before int) (np, string, bool) {
	if before >= 1 && d.low[before] == "quanto" && (d.low[before-1] == "secondo" || d.low[before-1] == "a") {
		if n, addr, ok := d.subjectRight(v.b); ok && d.plausibleSpeaker(n) {
			return n, addr, true
		}
	}
	if before < 0 || d.low[before] != "," || v.form.kind != finite || d.in(v.v, cAvere|cEssere) {
		return np{}, "", false
	}
	t := v.b
	for t < len(d.toks) && d.role[t] == narrator && d.adverb(t) {
		t++
	}
	if n, ok := d.npForward(t, d.sentHi(v.v)); ok && len(n.names) > 0 {
		if end := d.names[n.names[len(n.names)-1]].b; end < len(d.toks) && (d.low[end] == "," || d.role[end] == markTok) {
			return n, "", true
		}
	}
	return np{}, "", false
}

// gerundAttribution: a gerund shares the subject of the finite verb it depends on.
func (d *analysis) gerundAttribution(v vp, at attribution) attribution {
	lo := d.sentLo(v.v)
	for t := v.a - 1; t >= lo; t-- {
		d.work.Add(1)
		if d.role[t] != narrator {
			continue
		}
		// …, anche il premier Renzi fatto presente … e si congratulato,
		// ricordando: a clause of its own subject, nearer than any auxiliary.
		if n, ok := d.clauseOpeningName(t); ok {
			at.subj = n
			return at
		}
		w := d.low[t]
		if d.in(t, cAvere) || d.in(t, cEssere) && w != "stato" && w != "stata" {
			a := t
			for a > lo && (d.in(a-1, cClitic) || d.low[a-1] == "si") && d.role[a-1] == narrator {
				d.work.Add(1)
				a--
			}
			if d.in(t, cEssere) && !(t+1 < len(d.toks) && looksParticiple(d.low[t+1])) {
				continue
			}
			fin := vp{a: a, b: t + 1, v: t, form: verbForm{kind: finite}}
			sub := d.verbAttribution(fin)
			if sub.dropped || d.plausibleSpeaker(sub.subj) || d.headSpeaks(sub.subj) {
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
	// The clause's subject, when it can speak (not Questo dopo tredici anni
	// … negando di): otherwise the context's.
	n, dropped := d.clauseStartSubject(lo, v.a)
	if !dropped && !d.headSpeaks(n) {
		n, dropped, at.borrowed = np{}, true, true
	}
	at.subj, at.dropped = n, dropped
	return at
}

// clauseOpeningName: the name that ends at token t opens a clause after a
// comma (…, anche il premier Renzi fatto presente …) and a verb follows
// it: the subject of that clause.
func (d *analysis) clauseOpeningName(t int) (np, bool) {
	ni := d.nameAt[t]
	if ni < 0 || d.names[ni].b != t+1 || !d.speakerName(int(ni)) || t+1 >= len(d.toks) {
		return np{}, false
	}
	a := d.conjunctStart(d.names[ni].a)
	for a > 0 && (d.low[a-1] == "anche" || d.adverb(a-1)) {
		a--
	}
	if a == 0 || d.low[a-1] != "," {
		return np{}, false
	}
	u := t + 1
	if !(d.in(u, cAvere|cEssere) || d.low[u] == "si" || d.verb[u] >= 0 || looksParticiple(d.low[u])) {
		return np{}, false
	}
	return np{a: d.names[ni].a, b: t + 1, names: []int{int(ni)}}, true
}

// agentAfter finds "da X" after a passive verb: è stata salutata come «…» dagli esponenti.
func (d *analysis) agentAfter(p int) (np, bool) {
	lim := d.sentHi(max(p-1, 0))
	for t := p; t < lim && t < p+20; t++ {
		d.work.Add(1)
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
func (d *analysis) npAfterPrep(t, lim int) (np, bool) {
	if t >= lim {
		return np{}, false
	}
	if n, ok := d.npForward(t, lim); ok {
		return n, true
	}
	// dal funzionario di polizia Udom Akpuodom: the article is in the
	// preposition; a name in the phrase is the speaker.
	if t > 0 && d.in(t-1, cDeterminer) {
		if n, ok := d.descriptionForward(t-1, lim); ok && len(n.names) > 0 {
			return n, true
		}
	}
	u := t
	for u < lim && u-t < 8 && d.role[u] == narrator && d.isWord(u) && !d.in(u, cAvere) && !d.in(u, cEssere) && d.low[u] != "che" {
		d.work.Add(1)
		u++
	}
	return np{a: t, b: u}, u > t
}

func isAgentPrep(w string) bool {
	switch w {
	case "da", "dal", "dalla", "dallo", "dall'", "dai", "dagli", "dalle":
		return true
	}
	return false
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

// alsoSpeakers reads ", così come X," / ", come X," / ", insieme a X," after a
// verb phrase: more speakers of the same words.
func (d *analysis) alsoSpeakers(p int) []np {
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

// writerBefore finds the writer of the text whose words si legge reports,
// before token p in its sentence: the agent of a participle (redatta dal
// giudice X, firmato da X) or the genitive of a message (nella nota del
// ministero).
func (d *analysis) writerBefore(p int) (np, bool) {
	lo := d.sentLo(p)
	for t := lo; t+1 < p; t++ {
		d.work.Add(1)
		if d.role[t] != narrator {
			continue
		}
		if looksParticiple(d.low[t]) && isAgentPrep(d.low[t+1]) || messageNouns[d.low[t]] && d.in(t+1, cGenitive) {
			if n, ok := d.npAfterPrep(t+2, p); ok && d.plausibleSpeaker(n) {
				return n, true
			}
		}
	}
	return np{}, false
}

// adverb: token t is an adverb (a listed one, or one in -mente).
func (d *analysis) adverb(t int) bool {
	return d.cls[t]&cAdverb != 0 || len(d.low[t]) > 6 && hasSuffix(d.low[t], "mente")
}
