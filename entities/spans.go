package entities

import "strings"

// The extent of names: how far a run of capitalized words, an institution's
// name after its head word or a minister's portfolio reaches.

// isCapWord reports a capitalized word that can be part of a name.
func (u unit) isCapWord() bool { return u.word && u.cap && !u.elided }

// capRun returns the length of the run of capitalized words from i, with the
// particles of foreign and Italian surnames (von der Leyen, da Silva) inside.
// A run that is not a person's stops before a listed place or organization.
func (f *finder) capRun(i int, person bool) int {
	j := i + 1
	for j < len(f.us) && j-i < 6 && !f.us[j].sentStart {
		f.steps.Add(1)
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
		if u.isCapWord() && !u.is(clsTitles) && (!u.is(clsFunctionWords) || person && f.particleInName(j)) {
			if person && (u.is(clsOrgHeads) || u.is(clsLocHeads) || u.is(clsEventHeads)) {
				break // Federica Guidi | Ministero del Lavoro
			}
			if !person {
				if gn, t := f.lookup(j); gn > 0 && t.via != ViaDemonym || u.is(clsGiven) && !f.us[j-1].is(clsSaints) && !f.firstNameBefore(i, j) {
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

// firstNameBefore reports a run at i of one word, shaped like a name,
// before the given name at j: a first name the list lacks (Kay Louise
// Conlon, Mason John Sheppard), not a head word, a listed name, a word
// opening a sentence (Morto Gigi Proietti) or a name after an article or a
// noun of organizations (della Juventus | Antonio Giraudo).
func (f *finder) firstNameBefore(i, j int) bool {
	u := &f.us[i]
	return j == i+1 && j+1 < len(f.us) && f.us[j+1].isCapWord() && !f.us[j+1].sentStart && !u.sentStart &&
		(i == 0 || !f.us[i-1].is(clsArticled) && !f.us[i-1].is(clsOrgNouns) && !f.us[i-1].isCapWord()) &&
		u.cls&(clsOrgHeads|clsLocHeads|clsEventHeads|clsThingWords|clsCommonCaps) == 0 && f.first[i] < 0 &&
		!u.upper && !nounShaped(u.key) && !f.lower.has(u.h)
}

// particleInName reports a capitalized function word at j that belongs to
// a person's name: a particle before a surname (Abu Musab Al Zarqawi, Delle
// Donne) or ending one (Lucio Dalla, Weiguang Li), or a numeral that is a
// surname (Paolo Cento). Any other, an article above all, opens the next
// sentence of an unpunctuated headline (Matteo Renzi | Il ciclista …).
func (f *finder) particleInName(j int) bool {
	u := f.us[j]
	switch {
	case u.is(clsArticle):
		return false
	case u.is(clsNumerals), u.is(clsCapParticles):
		return true
	}
	return j+1 < len(f.us) && f.us[j+1].isCapWord() && !f.us[j+1].sentStart
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
	if f.us[i].is(clsSplitHeads) {
		n = f.withoutSeat(i, n)
	}
	return n + f.lowerComplement(i, n)
}

// lowerComplement returns the length of a complement in lower case after
// an institution's head and its adjectives, n units at i, that is part of
// its name: an articulated of and a noun, with an adjective (la Commissione
// dei trattati, il Comitato dei prezzi, il Consiglio superiore delle acque,
// la Conferenza internazionale del lavoro); 0 when there is none. Not after
// a capitalized word (the Partito Socialista | del …), nor an infinitive or
// a function word (la Camera | di esprimersi, la Direzione | del quale).
func (f *finder) lowerComplement(i, n int) int {
	j := i + n
	if !f.us[i].is(clsOrgHeads) || f.us[i].is(clsLocHeads) || j+1 >= len(f.us) || f.anyCapWord(i+1, j) ||
		!articulatedOf[f.us[j].key] {
		return 0
	}
	u := &f.us[j+1]
	if !u.word || u.cap || u.elided || len(u.key) < 4 || u.is(clsFunctionWords) || infinitive(u.key) || timeNouns[u.key] {
		return 0 // la Nazionale | degli anni Settanta
	}
	if k := j + 2; k < len(f.us) && f.us[k].word && !f.us[k].cap && adjectiveLike(f.us[k].key) && !nounShaped(f.us[k].key) && !f.us[k].is(clsFunctionWords) {
		return 3 // delle attività autonome; not dell'industria | provvedimenti
	}
	return 2
}

// infinitive reports the endings of an infinitive (di esprimersi, per fare).
func infinitive(k string) bool {
	for _, s := range []string{"are", "ere", "ire", "arsi", "ersi", "irsi"} {
		if strings.HasSuffix(k, s) {
			return true
		}
	}
	return false
}

// withoutSeat returns the length of the name of n units at i of a court,
// a prosecutor's or a police office without the place of its seat or
// jurisdiction at its end, which is a place of its own (la Corte d'appello
// | di Salerno, la Procura della Repubblica | di Prato, il Tribunale
// amministrativo regionale | per la Lombardia, la Corte Suprema | degli
// Stati Uniti, listed as far as Uniti, | degli Stati Uniti d'America).
func (f *finder) withoutSeat(i, n int) int {
	for p := i + 1; p < i+n-1; p++ {
		f.steps.Add(1)
		q := p + 1
		switch {
		case f.us[p].is(clsOfPrepositions):
		case f.us[p].key == "per" && f.us[q].is(clsArticled):
			q++
		default:
			continue
		}
		if gn, t := f.lookup(q); gn > 0 && q+gn >= i+n && t.e.Type == LOC && t.via != ViaDemonym {
			return p - i
		}
	}
	return n
}

// headRunRaw is headRun before trailing prepositions are dropped.
func (f *finder) headRunRaw(i int) int {
	j := i + 1
	adj := true // still right after the head or its adjectives
	for j < len(f.us) && j-i < 12 && !f.us[j].sentStart {
		f.steps.Add(1)
		u := f.us[j]
		switch {
		case u.isCapWord() && u.is(clsFunctionWords) && !u.is(clsNumerals) && !(u.is(clsOfPrepositions) && j+1 < len(f.us) && f.us[j+1].isCapWord()):
			return j - i // Senato | Il presidente …: the next sentence of an unpunctuated headline
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
		case adj && u.word && !u.cap && !u.is(clsSubjectFollowers) && (f.isDemonym(j) || adjectiveLike(u.key)):
			j++
			continue
		case f.hyphenJoined(j):
			j += 2 // Aeroporto di Roma-Fiumicino: the hyphen and the word it joins
			continue
		case u.is(clsOrgConnectors):
			if u.is(clsArticle) && !u.cap {
				return j - i // a bare article opens the next phrase: Casa Santa Marta | il Papa
			}
			if u.key == "e" || u.key == "ed" {
				if j+1 >= len(f.us) || !f.us[j+1].is(clsPrepositions) {
					return j - i
				}
			}
			k := j + 1
			for k < len(f.us) && k-j <= 3 && (f.us[k].is(clsOrgConnectors)) {
				k++
			}
			if k < len(f.us) && f.us[k].isCapWord() && !f.us[k].is(clsOrgHeads) && !f.us[k].is(clsLocHeads) && !f.startsOrg(k) &&
				!(f.locativeAt(i, j) && f.startsLoc(k)) {
				j = k
				adj = false
				continue
			}
		}
		break
	}
	return j - i
}

// hyphenJoined reports a hyphen at unit j written between two capitalized
// words with no space (Roma-Fiumicino, Addis Abeba-Bole).
func (f *finder) hyphenJoined(j int) bool {
	u := &f.us[j]
	return !u.word && j > 0 && j+1 < len(f.us) && isHyphen0(f.text[u.start:u.end]) && f.us[j-1].isCapWord() &&
		f.us[j-1].end == u.start && f.us[j+1].isCapWord() && f.us[j+1].start == u.end
}

// locativeAt reports a connector at j that introduces where a name at i
// is rather than part of it, before a listed place: a or in (la Nazionale
// argentina | a Tokyo), or di after a building's or a place's name already
// complete (Musei Capitolini | di Roma, Stadio Olimpico | di Roma; but
// Palazzo di Giustizia, Università di Bologna, Banca Popolare di Milano, San
// Martino di Genova).
func (f *finder) locativeAt(i, j int) bool {
	u := f.us[j]
	return u.is(clsPlacePrepositions) || u.key == "in" ||
		u.is(clsOfPrepositions) && j-i >= 2 && f.us[j-1].isCapWord() && f.us[i].is(clsLocHeads) && !f.us[i].is(clsSaints)
}

// startsLoc reports a listed place (not a demonym) starting at unit j.
func (f *finder) startsLoc(j int) bool {
	gn, t := f.lookup(j)
	return gn > 0 && t.e.Type == LOC && t.via != ViaDemonym
}

// isDemonym reports a demonym at unit j (cinese, trentino), not a place
// spelled like one and written capitalized.
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
		f.steps.Add(1)
		u := f.us[j]
		switch {
		case u.isCapWord() && u.is(clsPortfolioWords) && !f.startsPerson(j), u.word && !u.cap && (adjectiveLike(u.key) || f.isDemonym(j) && strings.HasSuffix(u.key, "i")):
			// Affari esteri, Politiche agricole, Affari europei; not the
			// minister's country (il ministro degli Esteri russo), nor a
			// listed name (del Lavoro | Marina Calderone)
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

// romanNumeral reports a folded word made of Roman digits (ii, xvi).
func romanNumeral(k string) bool {
	return strings.Trim(k, "ivxlcdm") == ""
}

// isHyphen0 reports a unit that is a hyphen.
func isHyphen0(s string) bool {
	return s == "-" || s == "‐" || s == "‑"
}

// startsPlace reports a listed place or organization starting at unit j.
func (f *finder) startsPlace(j int) bool {
	gn, t := f.lookup(j)
	return gn > 0 && t.e.Type != PER && t.via != ViaDemonym
}

// startsPerson reports a listed person's name starting at unit j.
func (f *finder) startsPerson(j int) bool {
	gn, t := f.lookup(j)
	return gn > 0 && t.e.Type == PER && t.via != ViaDemonym
}

// titledPortfolio reports a minister's portfolio after a title that ends
// right before unit i (la ministra del Lavoro | Elvira Calderone): the name
// after it is the minister's.
func (f *finder) titledPortfolio(i int) bool {
	for k := i - 1; k > 0 && i-k <= 8; k-- {
		f.steps.Add(1)
		if !f.us[k].isCapWord() || !f.us[k].is(clsPortfolioWords) || k+f.portfolioRun(k) != i {
			continue
		}
		t := k - 1
		for t > 0 && k-t <= 2 && !f.us[t].cap && (f.us[t].is(clsFunctionWords) || f.us[t].is(clsOfPrepositions)) {
			t--
		}
		return t < k-1 && f.us[t].is(clsTitles)
	}
	return false
}

// startsOrg reports a listed organization starting at unit j.
func (f *finder) startsOrg(j int) bool {
	gn, t := f.lookup(j)
	return gn > 0 && t.e.Type == ORG && t.via != ViaDemonym
}
