package entities

import (
	"strings"
	"unicode"
)

// ruleMatch is a name found by rules over units [i, i+n).
type ruleMatch struct {
	n      int
	skip   bool   // a span that is not an entity (an event's name): consumed, not reported
	strong bool   // a one-word person with a title before it, whom later mentions may refer to
	why    string // which rule (for tuning)
	typ    Type
	e      *Entry // nil: a document-local entry named by the text
	via    string
}

// rule looks for a name no list holds starting at unit i. gn and gt are the
// gazetteer's match there, which a rule overrides only with a longer span.
func (f *finder) rule(i, gn int, gt target) ruleMatch {
	u := f.us[i]
	if u.elided && u.cap && (u.key == "o'" || u.key == "d'") && !u.sentStart && i+1 < len(f.us) && f.us[i+1].isCapWord() && f.us[i+1].start == u.end && gn == 0 {
		n := 1 + f.capRun(i+1, true)
		return ruleMatch{n: n, typ: PER, e: f.linkPerson(i, n), via: ViaRule, why: "L26"} // O'Shea, D'Alessio
	}
	if u.key == "sant'" && i+1 < len(f.us) && f.us[i+1].isCapWord() && f.us[i+1].start == u.end {
		return ruleMatch{n: f.headRun(i), typ: LOC, via: ViaRule, why: "santapos"} // Sant'Agostino
	}
	if !u.word || u.elided {
		return ruleMatch{}
	}
	if !u.cap {
		return f.lowerRule(i)
	}
	if m := f.acronymCoref(i); m.n > 0 && gn == 0 {
		return m
	}
	key := u.key
	if u.is(clsEventHeads) && !u.sentStart || u.is(clsEventHeads) && i+1 < len(f.us) && f.us[i+1].isCapWord() {
		// Events and works are not KIND entities; their words are not names.
		return ruleMatch{n: f.headRun(i), skip: true}
	}
	if key == "dio" && !u.sentStart {
		return ruleMatch{n: 1, typ: PER, via: ViaRule, why: "L43"}
	}
	if u.is(clsOrgHeads) {
		n := f.headRun(i)
		if n == 1 && !u.is(clsSingleOrgHeads) {
			return ruleMatch{} // la Scuola, la TV: a common noun by itself
		}
		return ruleMatch{n: n, typ: ORG, via: ViaRule, why: "orghead"}
	}
	if (key == "santo" || key == "santa") && i+1 < len(f.us) && (f.us[i+1].key == "padre" || f.us[i+1].key == "sede") {
		return ruleMatch{n: 2, skip: true} // il Santo Padre is the Pope, not a place
	}
	if u.is(clsLocHeads) {
		if n := f.headRun(i); n > 1 {
			return ruleMatch{n: n, typ: LOC, via: ViaRule, why: "lochead"}
		}
		return ruleMatch{} // Via, Piazza alone are not names
	}
	if u.is(clsArticle) && !u.sentStart && i+1 < len(f.us) && f.us[i+1].isCapWord() && f.us[i+1].start == u.end+1 {
		// La Repubblica, Il Centro: a capitalized article inside a sentence
		// belongs to the title of a newspaper or a work.
		if g2, t := f.lookup(i + 1); g2 > 0 {
			if t.via != ViaDemonym && t.e.Type == ORG {
				return ruleMatch{n: 1 + g2, typ: ORG, e: t.e, via: ViaAlias, why: "L62"}
			}
		}
	}
	if u.is(clsClubPrefixes) && i+1 < len(f.us) && !f.us[i+1].sentStart {
		if g2, t := f.lookup(i + 1); g2 > 0 && t.e.Type == LOC && t.via != ViaDemonym {
			return ruleMatch{n: 1 + g2, typ: ORG, via: ViaRule, why: "L70"} // Real Madrid, AC Siena
		}
	}
	if u.is(clsCapParticles) && !(u.sentStart && u.is(clsArticle)) {
		// Di Pietro, De Luca, La Russa: a surname that starts with a particle.
		nx := i + 1
		if gn == 0 && nx < len(f.us) && f.us[nx].isCapWord() && (!u.sentStart || !f.us[nx].is(clsGiven)) &&
			!f.us[nx].is(clsOrgHeads) && !f.us[nx].is(clsLocHeads) && !f.us[nx].is(clsCommonCaps) && !f.lower.has(f.us[nx].h) && !nounShaped(f.us[nx].key) {
			if g2, _ := f.lookup(i + 1); g2 == 0 {
				n := f.capRun(i, true)
				return ruleMatch{n: n, typ: PER, e: f.linkPerson(i, n), via: ViaRule, why: "L80"}
			}
		}
	}
	if f.g.opts.Generic && u.is(clsGenericInstitutions) && !u.sentStart {
		return f.lowerRule(i) // il Governo
	}
	if u.is(clsFunctionWords) || u.is(clsCommonCaps) || u.is(clsTitles) {
		return ruleMatch{}
	}
	if n := f.portfolioRun(i); n > 0 {
		return ruleMatch{n: n, skip: true, why: "portfolio"} // ministro dell'Economia | Zorzo Zanfrulli
	}
	if u.sentStart && f.lower.has(u.h) {
		return ruleMatch{}
	}
	// A given name right after a capitalized word belongs to that name
	// (Venezia Giulia), unless the word is a title (Presidente Giorgio …).
	given := u.is(clsGiven) && !(i > 0 && !u.sentStart && f.us[i-1].isCapWord() && !f.us[i-1].is(clsTitles))
	if gn > 0 && !given {
		return ruleMatch{}
	}
	n := f.capRun(i, given)
	if n == 0 {
		return ruleMatch{}
	}
	last := f.us[i+n-1]
	switch {
	case given && n >= 2 && i > 0 && f.us[i-1].is(clsArticled):
		return ruleMatch{n: n, skip: true} // lo stadio … il Wanda Metropolitano: not a person
	case given && (n >= 2 || !u.sentStart):
		if n == 1 {
			return ruleMatch{n: n, typ: PER, e: f.linkPerson(i, n), via: ViaRule, why: "given1"}
		}
		return ruleMatch{n: n, typ: PER, e: f.linkPerson(i, n), via: ViaRule, why: "given"}
	case f.titled(i) && !strings.ContainsAny(key, "0123456789"):
		return ruleMatch{n: n, typ: PER, e: f.linkPerson(i, n), via: ViaRule, strong: true, why: "titled"}
	case last.is(clsOrgSuffixes) && n >= 2:
		return ruleMatch{n: n, typ: ORG, via: ViaRule, why: "orgsuffix"}
	case n == 1 && u.upper && len(key) >= 3 && len(key) <= 4 && !strings.ContainsAny(key, "0123456789") && !romanNumeral(key) && !u.is(clsNotOrgAcronyms):
		return ruleMatch{n: n, typ: ORG, via: ViaRule, why: "acronym"}
	case (f.placeCue(i) || f.placeNounBefore(i) || i > 1 && f.us[i-1].key == "di" && !f.afterPersonNoun(i) && (!f.us[i-2].cap || f.headBefore(i)) && (n == 1 || !f.personShaped(i, n))) && !given &&
		!u.upper && !nounShaped(key) && !u.is(clsThingWords) && !u.is(clsCommonCaps) && !strings.ContainsAny(key, "0123456789"):
		return ruleMatch{n: n, typ: LOC, via: ViaRule, why: "placecue:" + f.us[i-1].key}
	case u.sentStart && n == 1:
		// Capitalized only because it starts the sentence, unless a verb
		// or a comma follows a word that is not a common one (Faletti, che…).
		if i+1 < len(f.us) && f.us[i+1].is(clsSubjectFollowers) && !f.lower.has(u.h) && !nounShaped(key) &&
			!u.is(clsThingWords) && !u.upper && len(key) > 2 {
			return ruleMatch{n: 1, typ: f.coordinatedType(i, PER), via: ViaRule, why: "sentstart-verb"}
		}
		f.deferred = append(f.deferred, i) // decided after the scan, by the rest of the document
		return ruleMatch{}
	case n >= 2 && n <= 3 && f.personShaped(i, n):
		if i > 0 && f.us[i-1].is(clsArticled) || f.articled.has(u.h) {
			return ruleMatch{n: n, typ: ORG, via: ViaRule, why: "shapedorg"} // la Pro Recco
		}
		return ruleMatch{n: n, typ: PER, e: f.linkPerson(i, n), via: ViaRule, why: "shaped"}
	case n >= 2:
		// A run of capitalized words with no cue and not shaped like a
		// person's name is as often a work, an event or a foreign
		// organization: not reported.
		return ruleMatch{n: n, skip: true, why: "skipmulti"}
	case !f.lower.has(u.h) && !u.upper && len(key) > 1 && !nounShaped(key) && !u.is(clsThingWords) && !strings.ContainsAny(key, "0123456789") &&
		(i == 0 || !f.us[i-1].is(clsNotBeforePerson) && !f.afterNoun(i)):
		typ := f.coordinatedType(i, PER)
		if typ == PER && f.articled.has(u.h) {
			typ = ORG // il Drago … Drago: a club, a company, not a person
		}
		return ruleMatch{n: 1, typ: typ, via: ViaRule, why: "single"}
	}
	return ruleMatch{}
}

// lowerRule finds institutions named by a common noun (Options.Generic).
func (f *finder) lowerRule(i int) ruleMatch {
	if f.us[i].cls&clsLowerCue == 0 {
		return ruleMatch{} // most lower-case words: no table says anything about them
	}
	if f.us[i].is(clsLowerLocHeads) {
		// via Roma, piazza Tienanmen, provincia di Trapani: the head is part of the place's name.
		j := i + 1
		if j < len(f.us) && f.us[j].is(clsOfPrepositions) {
			j++
		}
		if j < len(f.us) && f.us[j].isCapWord() && !f.us[j].sentStart {
			n := f.capRun(j, false)
			if g, t := f.lookup(j); g > n && t.e.Type == LOC {
				n = g
			}
			return ruleMatch{n: j + n - i, typ: LOC, via: ViaRule, why: "L160"}
		}
	}
	if f.us[i].key == "partito" && i+1 < len(f.us) && f.us[i+1].word && !f.us[i+1].cap && (adjectiveLike(f.us[i+1].key) || f.isDemonym(i+1)) {
		return ruleMatch{n: f.headRun(i), typ: ORG, via: ViaRule, why: "partito"} // il partito popolare
	}
	if !f.g.opts.Generic {
		return ruleMatch{}
	}
	for _, p := range genericPhrases {
		f.steps++
		if i+len(p) <= len(f.us) && f.us[i].key == p[0] {
			ok := true
			for k := 1; k < len(p); k++ {
				if f.us[i+k].key != p[k] {
					ok = false
					break
				}
			}
			if ok {
				return ruleMatch{n: len(p), typ: ORG, via: ViaRule, why: "L204"} // i vigili del fuoco
			}
		}
	}
	if !f.us[i].is(clsGenericInstitutions) {
		return ruleMatch{}
	}
	n := 1
	if i+1 < len(f.us) && f.us[i+1].word && !f.us[i+1].cap && (f.isDemonym(i+1) || adjectiveLike(f.us[i+1].key)) {
		n = 2 // il governo cinese, la polizia locale
	}
	return ruleMatch{n: n, typ: ORG, via: ViaRule, why: "L215"}
}

// coref finds a partial name (a surname, De Gasperi) of a person named in full
// earlier in the document.
func (f *finder) coref(i int) ruleMatch {
	if len(f.tails) == 0 || !f.us[i].isCapWord() || !f.tailStarts.has(f.us[i].h) {
		return ruleMatch{}
	}
	for n := 3; n >= 1; n-- {
		f.steps++
		if i+n > len(f.us) {
			continue
		}
		f.buf = f.buf[:0]
		for k, u := range f.us[i : i+n] {
			if k > 0 {
				f.buf = append(f.buf, ' ')
			}
			f.buf = append(f.buf, u.key...)
		}
		if e := f.tails[string(f.buf)]; e != nil { // no allocation: map index by converted bytes
			if n == 1 && f.us[i].sentStart && f.lower.has(f.us[i].h) {
				continue // Piano piano …: capitalized only by the sentence
			}
			return ruleMatch{n: n, typ: PER, e: e, via: ViaCoref}
		}
	}
	return ruleMatch{}
}

// acronymCoref links an acronym in brackets right after an organization's
// name to it: China Central Television (CCT).
func (f *finder) acronymCoref(i int) ruleMatch {
	u := f.us[i]
	if !u.upper || i < 2 || f.us[i-1].key != "(" || len(f.out) == 0 {
		return ruleMatch{}
	}
	if i+1 < len(f.us) && f.us[i+1].key != ")" {
		return ruleMatch{}
	}
	last := f.out[len(f.out)-1]
	if last.End != f.us[i-2].end || last.Via == ViaDemonym || last.Type == PER {
		return ruleMatch{}
	}
	return ruleMatch{n: 1, typ: last.Type, e: last.Entry, via: ViaCoref}
}

// emitRule appends the mention for a rule match.
func (f *finder) emitRule(i int, r ruleMatch) {
	if r.skip {
		return
	}
	e := r.e
	if e == nil {
		e = f.localEntry(r.typ, f.text[f.us[i].start:f.us[i+r.n-1].end])
	}
	if f.why != nil {
		f.why[f.us[i].start] = r.why
	}
	f.weak = r.typ == PER && r.n == 1 && !r.strong
	f.emit(i, i+r.n, e, r.via, r.typ)
	f.weak = false
}

// linkPerson returns the gazetteer's person when the run ends with one of
// its names (Mario Draghi with Draghi listed), else nil.
func (f *finder) linkPerson(i, n int) *Entry {
	for k := i + 1; k < i+n; k++ {
		gn, t := f.lookup(k)
		if gn == i+n-k && t.e.Type == PER && t.via != ViaDemonym {
			return t.e
		}
	}
	return nil
}

// isCapWord reports a capitalized word that can be part of a name.
func (u unit) isCapWord() bool { return u.word && u.cap && !u.elided }

// capRun returns the length of the run of capitalized words from i, with the
// particles of foreign and Italian surnames (von der Leyen, da Silva) inside.
// A run that is not a person's stops before a listed place or organization.
func (f *finder) capRun(i int, person bool) int {
	j := i + 1
	for j < len(f.us) && j-i < 6 && !f.us[j].sentStart {
		f.steps++
		u := f.us[j]
		if u.is(clsCapParticles) && u.isCapWord() && j+1 < len(f.us) && f.us[j+1].isCapWord() {
			j += 2 // Antonio Di Pietro
			continue
		}
		if u.elided && u.cap && (u.key == "o'" || u.key == "d'") && j+1 < len(f.us) && f.us[j+1].isCapWord() && f.us[j+1].start == u.end {
			j += 2 // Conor O'Shea
			continue
		}
		if isHyphen0(f.text[u.start:u.end]) && j+1 < len(f.us) && f.us[j+1].isCapWord() && f.us[j].start == f.us[j-1].end {
			j += 2 // Jean-Claude
			continue
		}
		if u.upper && romanNumeral(u.key) && person {
			j++ // Paolo VI
			continue
		}
		if u.isCapWord() && !u.is(clsTitles) && (!u.is(clsFunctionWords) || person && !u.sentStart) {
			if person && (u.is(clsOrgHeads) || u.is(clsLocHeads) || u.is(clsEventHeads)) {
				break // Federica Guidi | Ministero del Lavoro
			}
			if !person {
				if gn, t := f.lookup(j); gn > 0 && t.via != ViaDemonym || u.is(clsGiven) && !f.us[j-1].is(clsSaints) {
					break // Ministero degli Esteri | Antonio Tajani
				}
			}
			j++
			continue
		}
		if u.is(clsNameParticles) && (person || !u.is(clsItalianParticles)) && j+1 < len(f.us) && f.us[j+1].isCapWord() && !f.startsPlace(j+1) {
			j += 2
			continue
		}
		break
	}
	return j - i
}

// headRun returns the length of an organization's or place's name that starts
// with a head word (Ministero, Università, Monte): capitalized words,
// adjectives right after the head (Corte costituzionale) and prepositions
// followed by a capitalized word (Ministero dell'Economia e delle Finanze).
func (f *finder) headRun(i int) int {
	if f.us[i].is(clsSplitHeads) && i+2 < len(f.us) && f.us[i+1].is(clsOfPrepositions) && f.startsPlace(i+2) {
		return 1 // Procura | di | Napoli
	}
	n := f.headRunRaw(i)
	for n > 1 && !f.us[i+n-1].isCapWord() && !adjectiveLike(f.us[i+n-1].key) && !f.isDemonym(i+n-1) {
		n-- // no trailing preposition
	}
	return n
}

func (f *finder) headRunRaw(i int) int {
	j := i + 1
	adj := true // still right after the head or its adjectives
	for j < len(f.us) && j-i < 12 && !f.us[j].sentStart {
		f.steps++
		u := f.us[j]
		switch {
		case u.isCapWord():
			saint := f.us[j-1].is(clsSaints)
			if !saint && u.is(clsGiven) && j+1 < len(f.us) && f.us[j+1].isCapWord() && !f.us[j+1].sentStart {
				return j - i // presidente della Repubblica Giorgio Napolitano
			}
			if gn, t := f.lookup(j); !saint && gn > 0 && t.e.Type == PER && t.via != ViaDemonym {
				return j - i // presidente della Repubblica Napolitano
			}
			j++
			adj = true
			continue
		case adj && u.word && !u.cap && (f.isDemonym(j) || adjectiveLike(u.key)):
			j++
			continue
		case u.is(clsOrgConnectors):
			if u.key == "e" || u.key == "ed" {
				if j+1 >= len(f.us) || !f.us[j+1].is(clsPrepositions) {
					return j - i
				}
			}
			k := j + 1
			for k < len(f.us) && k-j <= 3 && (f.us[k].is(clsOrgConnectors)) {
				k++
			}
			if k < len(f.us) && f.us[k].isCapWord() && !f.us[k].is(clsOrgHeads) && !f.us[k].is(clsLocHeads) && !f.startsOrg(k) {
				j = k
				adj = false
				continue
			}
		}
		break
	}
	return j - i
}

func (f *finder) isDemonym(j int) bool {
	nd := f.first[j]
	if nd < 0 {
		return false
	}
	ts := f.g.index.targetsOf(nd)
	for _, t := range ts {
		if t.via == ViaDemonym && !(f.us[j].cap && namedAs(ts, t.e)) {
			return true // Trentino, capitalized, is the region, trentino its demonym
		}
	}
	return false
}

// namedAs reports a name or alias target of e among ts.
func namedAs(ts []target, e *Entry) bool {
	for _, t := range ts {
		if t.e == e && t.via != ViaDemonym {
			return true
		}
	}
	return false
}

// adjectiveLike reports lower-case words with the endings of the adjectives
// that follow an institution's head word (costituzionale, europea, democratico).
func adjectiveLike(k string) bool {
	for _, s := range []string{"ale", "ali", "ano", "ana", "ani", "ane", "ese", "esi", "ico", "ica", "ici", "iche", "ista", "iste", "isti", "ario", "aria", "ari", "arie", "ivo", "iva", "ivi", "ive", "ense", "ensi", "emo", "ema", "iore", "iori", "ente", "enti", "are", "ari"} {
		if strings.HasSuffix(k, s) && len(k) > len(s)+2 {
			return true
		}
	}
	return false
}

// titled reports a title or role right before unit i (il ministro X, sen. X).
func (f *finder) titled(i int) bool {
	if i == 0 {
		return false
	}
	p := f.us[i-1]
	if p.is(clsTitles) || titles[strings.TrimSuffix(p.key, ".")] && strings.HasSuffix(p.key, ".") {
		return true
	}
	if p.key == "." && i >= 2 && f.us[i-2].is(clsAbbrevTitles) {
		return true
	}
	return false
}

// placeCue reports a preposition that introduces places right before unit i.
func (f *finder) placeCue(i int) bool {
	return i > 0 && f.us[i-1].is(clsPlacePrepositions)
}

func romanNumeral(k string) bool {
	return strings.Trim(k, "ivxlcdm") == ""
}

func isHyphen0(s string) bool {
	return s == "-" || s == "‐" || s == "‑"
}

// startsPlace reports a listed place or organization starting at unit j.
func (f *finder) startsPlace(j int) bool {
	gn, t := f.lookup(j)
	return gn > 0 && t.e.Type != PER && t.via != ViaDemonym
}

// personShaped reports a run of two or three capitalized words that look like
// a first name and a surname: letters only, none a common word of the
// document, an English word of names of things (Park, Street), or with the
// endings of Italian common nouns and adjectives (-zione, -mento, -ità).
func (f *finder) personShaped(i, n int) bool {
	for _, u := range f.us[i : i+n] {
		if u.upper || len(u.key) < 2 || f.lower.has(u.h) || u.is(clsThingWords) || u.is(clsCommonCaps) || nounShaped(u.key) {
			return false
		}
		for _, r := range u.key {
			if !unicode.IsLetter(r) && r != '\'' {
				return false
			}
		}
		if f.isDemonym(i) {
			return false
		}
	}
	return true
}

func nounShaped(k string) bool {
	for _, s := range []string{"zione", "zioni", "mento", "menti", "ità", "tà", "ismo", "ista", "isti", "ale", "ali", "ivo", "iva", "ica", "ico", "ici", "aggio", "tore", "trice", "enza", "anza", "ezza", "ese", "esi", "ura", "ture", "logia", "grafia"} {
		if strings.HasSuffix(k, s) && len(k) > len(s)+1 {
			return true
		}
	}
	return false
}

// afterNoun reports a lower-case content word right before unit i that is
// not a verb form introducing a person: a single capitalized word after a
// noun names a thing after someone (scala Richter, uragano Sandy, premio
// Nobel) more often than a person.
func (f *finder) afterNoun(i int) bool {
	p := f.us[i-1]
	if !p.word || p.cap || p.is(clsFunctionWords) || p.is(clsTitles) || p.is(clsPersonNouns) {
		return false
	}
	for _, s := range []string{"ato", "ito", "uto", "tto", "sso", "dice", "disse"} {
		if strings.HasSuffix(p.key, s) {
			return false // ha battuto Federer, ha detto Rossi
		}
	}
	return true
}

// coordinatedType returns the type of a listed name coordinated with the
// guess at unit i (Milano, Bergamo e Brescia; Inter e Juventus share their
// neighbour's type), or def when there is none.
func (f *finder) coordinatedType(i int, def Type) Type {
	if i >= 2 && f.us[i-1].is(clsListJoiners) && len(f.out) > 0 {
		if last := f.out[len(f.out)-1]; last.End == f.us[i-2].end && last.Via != ViaDemonym && last.Via != ViaRule {
			return last.Type
		}
	}
	if i+2 < len(f.us) && f.us[i+1].is(clsListJoiners) {
		if gn, t := f.lookup(i + 2); gn > 0 && t.via != ViaDemonym {
			return t.e.Type
		}
	}
	return def
}

// placeNounBefore reports a noun for settlements before unit i (la città di
// Alcamo, il paese di Osoppo), which names the place without being part of it.
func (f *finder) placeNounBefore(i int) bool {
	j := i - 1
	if j >= 0 && f.us[j].is(clsOfPrepositions) {
		j--
	}
	return j >= 0 && f.us[j].is(clsPlaceNouns)
}

// startsOrg reports a listed organization starting at unit j.
func (f *finder) startsOrg(j int) bool {
	gn, t := f.lookup(j)
	return gn > 0 && t.e.Type == ORG && t.via != ViaDemonym
}

// afterPersonNoun reports "di" after a noun of people or offices (la moglie di
// Rossi, il governo di Prodi), where the name is a person's, not a place's.
func (f *finder) afterPersonNoun(i int) bool {
	return i >= 2 && f.us[i-2].is(clsRelativeNouns)
}

// headBefore reports a capitalized head word two units before i (Festival di
// Cannes, Arcivescovo di Utrecht), whose complement is a place.
func (f *finder) headBefore(i int) bool {
	k := f.us[i-2].key
	return eventHeads[k] || orgHeads[k] || locHeads[k] || titles[k]
}

// portfolioRun returns the length of a minister's portfolio at unit i (il
// ministro dell'Economia, per le Riforme, agli Affari Esteri), which is not
// part of the name that follows it; 0 when there is none.
func (f *finder) portfolioRun(i int) int {
	if !f.us[i].is(clsPortfolioWords) {
		return 0
	}
	k := i - 1
	for k >= 0 && i-k <= 2 && !f.us[k].cap && (f.us[k].is(clsFunctionWords) || f.us[k].is(clsOfPrepositions)) {
		k--
	}
	if k == i-1 || k < 0 || !f.us[k].is(clsTitles) && !f.us[k].is(clsOrgHeads) {
		return 0
	}
	j := i + 1
	for j < len(f.us) {
		f.steps++
		u := f.us[j]
		switch {
		case u.isCapWord() && u.is(clsPortfolioWords), u.word && !u.cap && adjectiveLike(u.key):
			j++ // Affari Esteri, Politiche agricole
			continue
		case (u.key == "e" || u.key == "ed") && j+2 < len(f.us) && f.us[j+1].is(clsOfPrepositions) &&
			f.us[j+2].isCapWord() && f.us[j+2].is(clsPortfolioWords):
			j += 3 // dell'Economia e delle Finanze
			continue
		}
		break
	}
	return j - i
}
