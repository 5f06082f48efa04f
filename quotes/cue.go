package quotes

import "strings"

// vp is a speech verb phrase: tokens [a, b) with the speech verb at v.
type vp struct {
	a, b, v int
	form    verbForm
	passive bool // essere + participle: the speaker is the agent (da …)
}

// nounish forms are also nouns: after a determiner they are not verbs.
var nounish = set("replica", "repliche", "accusa", "accuse", "denuncia", "denunce", "conferma", "conferme", "risposta", "risposte",
	"richiesta", "promessa", "promesse", "proposta", "proposte", "annuncio", "annunci", "commento", "commenti", "ricordo", "ricordi",
	"saluti", "saluto", "detto", "detti", "scritto", "scritti", "invito", "avviso", "lamento", "lamenti", "chiesto", "definizione",
	"sostegno", "racconto", "racconti", "giuro", "appello", "segnalazione", "precisazione", "ammissione",
	"minaccia", "minacce", "auspicio", "domanda", "domande", "spiegazione",
	"proposito", "continuo", "attacco", "attacchi", "salute", "rilievo")

// fareForms and rendereForms make far sapere, rendere noto.
var fareForms = set("fa", "fanno", "fece", "fecero", "faceva", "facevano", "farà", "faranno", "farebbe", "faccia", "facesse",
	"facendo", "fatto", "fatta", "far", "fare")
var rendereForms = set("rende", "rendono", "rese", "resero", "rendeva", "renderà", "renderebbe", "rendendo", "reso", "resa", "rendere")

func isAdverb(w string) bool {
	return adverbs[w] || len(w) > 6 && strings.HasSuffix(w, "mente")
}

// speechVerbAt recognizes a speech verb at token i, with its auxiliaries,
// clitics and adverbs to the left. Participles need an auxiliary (battute
// dette da Luttazzi is no cue), infinitives need per (per concludere che),
// a reflexive (si è detto lieto) is no cue, and nouns after a determiner
// (la replica) are not verbs.
func (d *doc) speechVerbAt(i int) (vp, bool) {
	if i < 0 || i >= len(d.toks) || d.verb[i] == -1 || d.role[i] != narrator || !d.isWord(i) {
		return vp{}, false
	}
	// The rules ask about the same verbs again and again; the answer depends
	// only on the document, so it is computed once per verb.
	k := d.verb[i]
	if k < 0 {
		return d.speechVerbAtOnce(i)
	}
	m := &d.vps[k]
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

func (d *doc) speechVerbAtOnce(i int) (vp, bool) {
	w := d.low[i]
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
	if nounish[w] && prev != "" && d.in(i-1, cDeterminer) {
		return vp{}, false
	}
	v := vp{a: i, b: i + 1, v: i, form: f}
	var hasAvere, hasEssere, hasSi, hasObj bool
	for j := i - 1; j >= 0 && d.role[j] == narrator && i-j <= 6; j-- {
		d.work++
		lw := d.low[j]
		switch {
		case d.in(j, cAvere) || lw == "l'ha" || lw == "l'hanno":
			hasAvere = true
			hasObj = hasObj || lw != d.low[j] || strings.HasPrefix(lw, "l'")
			v.a = j
		case d.in(j, cEssere):
			hasEssere = true
			v.a = j
		case lw == "si" || lw == "s'":
			hasSi = true
			v.a = j
		case d.in(j, cClitic):
			v.a = j
			hasObj = hasObj || lw == "l'" || lw == "la" || lw == "le" || lw == "li" || lw == "lo"
		case (fareForms[lw] || rendereForms[lw]) && (f.lemma == "far sapere" || f.lemma == "fare appello"):
			v.a = j
		case isAdverb(lw) || lw == "a" && j+2 < len(d.toks) && d.low[j+1] == "sua" || lw == "sua" || lw == "volta":
			continue
		default:
			j = -1
		}
	}
	switch f.kind {
	case subjunctive:
		return vp{}, false
	case participle:
		if !hasAvere && !hasEssere {
			return vp{}, false
		}
		if hasEssere && !hasAvere {
			if hasSi {
				return vp{}, false
			}
			v.passive = true // è stata definita «…» dal ministro
		}
		// With avere the participle agrees only with a clitic object (l'ha
		// definita); avranno risposte is a noun after a verb.
		if hasAvere && !hasObj && !strings.HasSuffix(w, "o") && f.lemma != "far sapere" && f.lemma != "fare appello" {
			return vp{}, false
		}
	case infinitive:
		if prev == "poi" && i >= 2 {
			prev = d.low[i-2]
		}
		// ebbe a dire che, per concludere che
		ebbeA := prev == "a" && i >= 2 && d.in(i-2, cAvere)
		if prev != "per" && !hasAvere && !ebbeA && f.lemma != "far sapere" && f.lemma != "fare appello" {
			return vp{}, false
		}
	case finite:
		// si dice che, si legge: impersonal, no speaker.
		if hasSi {
			return vp{}, false
		}
	}
	return v, true
}

// periphrasis recognizes far sapere, far notare, fatto presente, rendere noto at their last word.
func (d *doc) periphrasis(i int) (verbForm, bool) {
	w := d.low[i]
	if (w == "legge" || w == "leggeva") && i > 0 && d.low[i-1] == "si" {
		return verbForm{lemma: "si legge", kind: finite, flags: takesChe}, true
	}
	if w != "sapere" && w != "notare" && w != "presente" && w != "noto" && w != "nota" && w != "appello" {
		return verbForm{}, false
	}
	for j := i - 1; j >= 0 && i-j <= 3 && d.role[j] == narrator; j-- {
		d.work++
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
			return verbForm{lemma: "far sapere", kind: k, flags: sayChe}, true
		}
		if !isAdverb(lw) {
			break
		}
	}
	return verbForm{}, false
}

// cueText is the verb phrase as written, without the clitics before it (lo
// ha paragonato → ha paragonato).
func (d *doc) cueText(v vp) string {
	if v.form.lemma == "si legge" {
		return d.spanText(v.a, v.b)
	}
	a := v.a
	for a < v.v && d.in(a, cClitic) {
		d.work++
		a++
	}
	if a < v.v && (d.low[a] == "l'ha" || d.low[a] == "l'hanno") {
		return strings.TrimPrefix(strings.TrimPrefix(d.spanText(a, v.b), "l'"), "l’")
	}
	return d.spanText(a, v.b)
}
