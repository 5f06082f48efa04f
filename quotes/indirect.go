package quotes

import (
	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// speakerNouns head noun phrases that can report speech without a name:
// i media, il giornale, le associazioni.
var speakerNouns = set("media", "stampa", "giornale", "giornali", "quotidiano", "agenzia", "governo", "ministero", "redazione",
	"sindacato", "sindacati", "associazione", "associazioni", "partito", "comitato", "commissione", "procura", "tribunale",
	"corte", "polizia", "carabinieri", "esperti", "analisti", "fonti", "fonte", "donne", "uomini", "cittadini", "manifestanti",
	"studenti", "medici", "autorità", "dipartimento", "ufficio", "opposizione", "maggioranza", "elettore", "elettori",
	"dirigenti", "vertici", "società", "azienda", "comunicato", "nota", "coorte", "consiglio", "casa", "cremlino", "esponenti",
	"organizzatori", "ricercatori", "scienziati", "testimoni", "residenti", "abitanti", "vescovi", "consumatori", "lavoratori",
	"operai", "inquirenti", "investigatori", "avvocati", "legali", "difesa", "accusa", "canale", "televisione", "tv", "emittente",
	"sanitari", "politici", "soccorritori", "volontari", "attivisti", "militanti", "ospedale", "clinica")

// indirectQuotes finds the reported clauses of speech verbs: ha detto che …,
// ha chiesto di …, ribadire come …. A clause that holds a speech quote is left
// to that quote (the reference convention).
func (d *analysis) indirectQuotes(speechCand []bool) []item {
	out := d.buf.ind[:0]
	d.work.Add(len(d.toks))
	for t := 0; t < len(d.toks); t++ {
		if d.verb[t] == -1 || d.role[t] != narrator || !d.isWord(t) {
			continue
		}
		v, ok := d.speechVerbAt(t)
		if !ok || v.b != t+1 || v.passive || v.selfSaid || v.form.flags&weak != 0 {
			continue
		}
		comp, _ := d.complementizer(v)
		if comp < 0 {
			continue
		}
		at := d.verbAttribution(v)
		if v.form.flags&thingSubject != 0 && (at.borrowed || !at.dropped && !d.speakingSubject(at.subj)) {
			continue // i dati confermano che …, gli Stati Uniti … minacciando di …
		}
		for comp >= 0 {
			d.work.Add(1)
			s := comp + 1
			if s < len(d.toks) && d.low[s] == "," {
				s++ // ha testimoniato come, durante l'intervento, …
			}
			if s >= len(d.toks) {
				break
			}
			e, next := d.clauseEnd(s, v)
			minLen := 2
			if d.low[comp] == "di" || d.low[comp] == "d'" {
				minLen = 1 // di intervenire
			}
			if e-s >= minLen && !d.holdsSpeech(s, e, speechCand) {
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
	return roleNounIn(d, n) || d.messageHead(n) || d.personHead(n)
}

// personHead: the noun phrase n is headed by a noun shaped like a
// person's (il corridore texano, l'imbianchino).
func (d *analysis) personHead(n np) bool {
	if h, ok := d.headOf(n.a, n.b); ok && h.generic {
		return personNoun(h.key)
	}
	return false
}

// speakingSubject: a subject that can utter a report of a verb also said
// of things: a person, an organization, a role, a body, a message (not a
// place: gli Stati Uniti … minacciando di sanzionare is an act).
func (d *analysis) speakingSubject(n np) bool {
	for _, ni := range n.names {
		if d.names[ni].typ == entities.LOC {
			return false
		}
	}
	return d.plausibleSpeaker(n)
}

// complementizer finds the che / come / di that opens the reported clause,
// allowing adverbs, an addressee (a Vladimir Putin) and, after esprimere,
// a frame noun (il desiderio che), prepositional phrases, dates, brackets
// and asides between commas. It returns the token index or -1. It is one
// switch on purpose: each case is one kind of word that may stand between
// a verb and its complementizer, and they share the count of words left
// in the current phrase (inPP) and the position; split into calls, that
// state would travel through each of them.
func (d *analysis) complementizer(v vp) (int, bool) {
	f := v.form.flags
	lim := d.sentHi(v.v)
	t := v.b
	inPP := 0
	sawFrame := false
	skipped := 0 // the words of brackets, which do not count
	for t < lim && t-v.b-skipped < 16 && d.role[t] == narrator {
		d.work.Add(1)
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
		case d.in(t, cPreposition) && w != "di" && w != "d'" && w != "da" && (inPP == 0 || inPP < 4 && d.in(t, cArticle)):
			inPP = 4 // in un'intervista al Corriere, nelle scorse settimane, durante la puntata del 10 settembre a Porta a Porta
		case w == "(":
			// ha decretato, con una sentenza 5 a 4 (i giudici sono nove) che …
			if u := d.closingBracket(t, lim); u > t {
				skipped += u - t
				t = u
			} else {
				return -1, false
			}
		case w == ",":
			inPP = 4 // ha detto, tra l'altro, che …
			// ha chiesto, per mezzo di un tweet, di …: past the aside to its comma.
			for u := t + 1; u < lim && u <= t+8 && d.role[u] == narrator; u++ {
				if d.low[u] == "," {
					t = u
					break
				}
				if d.verb[u] >= 0 || d.in(u, cAvere|cEssere) || d.isBoundary(u) {
					break
				}
			}
		case d.adverb(t) && inPP == 0, timeWords[w], d.in(t, cMonth|cWeekday), d.bits[t]&wYear != 0, d.number(t):
		case inPP > 0 && d.isWord(t):
			inPP--
		case f&objectChe != 0 && inPP == 0 && (d.in(t, cArticle|cDeterminer) || d.nameAt[t] >= 0):
			inPP = 3 // ha rassicurato gli alleati che …
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

// timeWords may stand between a speech verb and its che: ha riferito oggi
// pomeriggio che, ha detto ieri sera che.
var timeWords = set("mattina", "mattinata", "pomeriggio", "sera", "serata", "notte", "nottata", "scorso", "scorsa", "scorsi",
	"scorse", "stesso", "stessa", "settimana", "mese", "anno", "giorno", "giorni", "ore")

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
	for _, suf := range []string{"are", "ere", "ire", "arsi", "ersi", "irsi", "arsene", "ersene", "irsene", "arlo", "erlo", "irlo", "arla", "erla", "irla", "arne", "erne", "irne", "orre", "urre"} {
		d.work.Add(1)
		if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
			return true
		}
	}
	return false
}

// clauseEnd finds where the reported clause starting at s ends, and the
// complementizer of a coordinated clause of the same verb or -1. The
// clause ends at the sentence's end, at ; : a dash or a bracket; before a
// second clause (e che …, ma anche che …, ; che …, , ma di + infinitive);
// before e + a verb phrase (e ha aggiunto, e in più occasioni ha ribadito,
// e fa presente); and at a comma before the narrator's words (clauseBreak).
// In a fronted subordinate clause (Nonostante abbia dichiarato che X, …)
// it ends at the first comma.
func (d *analysis) clauseEnd(s int, v vp) (int, int) {
	si := d.sent[s]
	lim := d.sentHi(s)
	fronted := subordinators[d.low[d.sents[si].a]] && d.low[d.sents[si].a] != "anche"
	for t := s; t < lim; t++ {
		d.work.Add(1)
		w := d.low[t]
		if d.role[t] != narrator {
			continue
		}
		switch {
		case w == "(":
			// A bracket inside the clause belongs to it: … sostanze dopanti (EPO …).
			if u := d.closingBracket(t, lim); u > t {
				t = u
				continue
			}
			return t, -1
		case isSentenceEnd(w) || w == ":" || w == ")" || d.isDash(t):
			// ): the cue was inside a bracket (la quale ha riferito di …).
			return t, -1
		case w == "mentre" && t > s && d.low[t-1] != "," && d.otherSource(t+1, lim):
			// … sono tre mentre la rivista X riportando … parla di sette.
			return t, -1
		case w == "per" && t > s && t+1 < lim && d.low[t+1] == "poi":
			// …, per poi prendere parte: what the speaker did next.
			return trimComma(d, s, t), -1
		case w == ";":
			if t+1 < lim && d.low[t+1] == "che" {
				return t, t + 1
			}
			return t, -1
		case t > s && (d.in(t, cCoordinator) || w == ","):
			if next, ok := d.secondClause(t, lim, v); ok {
				return trimComma(d, s, t), next
			}
			if w == "," && (fronted || d.clauseBreak(t+1, lim)) {
				return t, -1
			}
			if w != "," && d.verbPhraseAhead(t+1, lim) {
				return trimComma(d, s, t), -1
			}
		}
	}
	return lim, -1
}

// closingBracket is the ) that closes the ( at t within the sentence, or -1.
func (d *analysis) closingBracket(t, lim int) int {
	for u := t + 1; u < lim && u < t+40; u++ {
		d.work.Add(1)
		switch d.low[u] {
		case ")":
			return u
		case "(", ".", ";":
			return -1
		}
	}
	return -1
}

// coordinators join a second clause to the reported one.
var coordinators = set("e", "ed", "ma", "però", "oppure", "o")

// secondClause: at token t (a coordinator or a comma) a second clause of
// the same verb opens: e che …, ma anche che …, , e inoltre che …, , ma di
// + infinitive. It returns its complementizer.
func (d *analysis) secondClause(t, lim int, v vp) (int, bool) {
	u := t
	if d.low[u] == "," {
		u++
	}
	if u < lim && coordinators[d.low[u]] {
		u++
	} else if u == t {
		return 0, false
	}
	for u < lim && u-t < 4 && (d.low[u] == "anche" || d.low[u] == "inoltre" || d.low[u] == "pure" || d.low[u] == "poi" || d.low[u] == "infine") {
		d.work.Add(1)
		u++
	}
	if u >= lim {
		return 0, false
	}
	switch d.low[u] {
	case "che":
		return u, u > t+1 || d.low[t] != ","
	case "di", "d'":
		if v.form.flags&takesDi != 0 && u+1 < lim && d.infinitiveAt(u+1) {
			return u, true
		}
	}
	return 0, false
}

// clauseBreak: after a comma at t, the narrator takes the word back: a
// cue (…, ha detto X; …, come ha spiegato X), a connective of the
// narrator's (…, dopo che; …, poiché; …, in quanto; …, mentre), a new
// clause with its own subject after ma (…, ma la richiesta …), a purpose
// clause (…, per non alimentare …), a gerund (…, aggiungendo …), a source
// (…, secondo X).
func (d *analysis) clauseBreak(t, lim int) bool {
	if t >= lim {
		return false
	}
	w := d.low[t]
	switch {
	case d.verbPhraseAt(t, lim):
		return true
	case w == "come" && d.verbPhraseAt(t+1, lim):
		return true
	case w == "mentre":
		// …, mentre la rivista X riporta …, mentre Zack Handlen ha
		// assegnato: another source; …, mentre non hanno trovato prove,
		// mentre le altre due …: the report goes on.
		return d.otherSource(t+1, lim)
	case len(w) > 5 && (hasSuffix(w, "ando") || hasSuffix(w, "endo")) && (t+1 < lim && d.low[t+1] == "così" || consequenceGerund(w)):
		return true // …, suscitando così …, riaccendendo la polemica: the narrator's consequence
	case narratorConnectives[w]:
		return true
	case w == "dopo":
		return t+1 < lim && d.low[t+1] == "che"
	case w == "non" && t+1 < lim && (hasSuffix(d.low[t+1], "ando") || hasSuffix(d.low[t+1], "endo")):
		return true // …, non aggiungendo altro
	case t+1 < lim && d.low[t+1] == "che" && d.isWord(t) && d.cls[t] == 0 && d.verb[t] < 0 && d.nameAt[t] < 0 && d.bits[t]&wUpper == 0:
		return true // …, fattore che …, cosa che …: the narrator's comment
	case w == "ma" && t+1 < lim:
		return d.in(t+1, cArticle) || d.nameAt[t+1] >= 0 && d.verbPhraseAhead(t+2, lim)
	case w == "per" && t+1 < lim:
		return d.infinitiveAt(t+1) || d.verbPhraseAt(t+1, lim)
	case len(w) > 5 && (hasSuffix(w, "ando") || hasSuffix(w, "endo")):
		// …, aggiungendo che: the speaker's next words; …, ignorando gli
		// avvertimenti: the reported clause goes on.
		return d.verb[t] >= 0
	}
	return false
}

// consequenceGerund: a gerund that tells what the report caused, the
// narrator's (…, riaccendendo la polemica; …, provocando le proteste).
func consequenceGerund(w string) bool {
	for _, stem := range []string{"suscit", "provoc", "accend", "scaten", "caus", "aliment", "innesc", "sollev", "gener"} {
		if hasPrefix(w, stem) || hasPrefix(w, "ri"+stem) {
			return true
		}
	}
	return false
}

// otherSource: the clause from t names someone (a name opens it) or
// reports (a speech verb, secondo).
func (d *analysis) otherSource(t, lim int) bool {
	if t < lim && d.nameAt[t] >= 0 {
		return true
	}
	return d.reportAhead(t, lim)
}

// reportAhead: a speech verb (or a source) comes in the clause from t.
func (d *analysis) reportAhead(t, lim int) bool {
	for u := t; u < lim && u < t+12 && d.role[u] == narrator; u++ {
		d.work.Add(1)
		if d.isBoundary(u) {
			return false
		}
		if d.verb[u] >= 0 || d.low[u] == "secondo" {
			if _, ok := d.formAt(u); ok {
				return true
			}
			if d.low[u] == "secondo" {
				return true
			}
		}
	}
	return false
}

// narratorConnectives open the narrator's own clause after a reported one.
var narratorConnectives = set("poiché", "giacché", "infatti", "tuttavia", "secondo", "successivamente", "dopodiché")

// verbPhraseAt: a speech verb phrase starts at token t (its auxiliary,
// clitics or adverbs first): ha detto, ha poi spiegato, dice.
func (d *analysis) verbPhraseAt(t, lim int) bool {
	for u := t; u < lim && u < t+4 && d.role[u] == narrator; u++ {
		d.work.Add(1)
		if v, ok := d.speechVerbAt(u); ok && v.b == u+1 && v.a <= t {
			return true
		}
		if !d.in(u, cAvere|cEssere|cClitic) && !d.adverb(u) {
			return false
		}
	}
	return false
}

// verbPhraseAhead: after a coordinator, a new verb phrase of the same
// subject comes within five words (e ha aggiunto, e in più occasioni ha
// ribadito, e fa presente, e assicura), before any che.
func (d *analysis) verbPhraseAhead(t, lim int) bool {
	for u := t; u < lim && u < t+5 && d.role[u] == narrator; u++ {
		d.work.Add(1)
		w := d.low[u]
		if w == "che" || w == "," || d.nameAt[u] >= 0 {
			return false
		}
		if d.in(u, cAvere) {
			return true
		}
		if v, ok := d.speechVerbAt(u); ok && v.form.kind == finite {
			return true
		}
	}
	return false
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
		d.work.Add(1)
		if q := d.quote[t]; q >= 0 && speechCand[q] {
			return true
		}
	}
	return false
}

// headSpeaks: the noun phrase n can utter words by its head, the noun that
// opens it after its determiners and one adjective (il neo-campione
// olimpico, l'anonimo testimone): a name, a pronoun, a role, a person, a
// body or a message. A phrase that only holds such a noun further on (Le
// responsabilità del conduttore, la possibilità di un film) cannot.
func (d *analysis) headSpeaks(n np) bool {
	if !n.ok() || len(n.names) > 0 || n.pronoun || n.pair || d.role[n.a] == inQuote {
		return n.ok()
	}
	t := n.a
	for t < n.b && (d.in(t, cArticle|cDeterminer) || d.adverb(t) || headModifiers[d.low[t]] || quantifiers[d.low[t]]) {
		d.work.Add(1)
		// alcuni degli accusati, molti dei presenti: a partitive names people.
		if t > n.a && quantifiers[d.low[t-1]] && d.in(t, cGenitive) {
			return true
		}
		t++
	}
	for k := 0; k < 2 && t < n.b && d.isWord(t) && !d.in(t, cPreposition); k, t = k+1, t+1 {
		w := bareRole(d.low[t])
		if d.in(t, cRoleNoun|cSpeakerNoun) || roleNouns[w] || hasPrefix(w, "vice") && roleNouns[w[4:]] || speakerNouns[w] || relationalNouns[w] || messageNouns[w] || personNoun(w) {
			return true
		}
	}
	return false
}

// number: the token at t is a number (7, 2005, the frequency of a radio
// station: a Rtl 102.5 che …, 1.000, 3,5).
func (d *analysis) number(t int) bool {
	return d.toks[t].Kind == tokenize.Number || isNumber(d.low[t])
}

// isNumber: a token of digits (7, 2005, 10).
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}
