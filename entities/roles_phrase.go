package entities

import (
	"slices"
	"sort"
	"strings"
)

// roleTense is the time a role phrase places its holder in, relative to
// the document's date.
type roleTense uint8

const (
	tenseNow    roleTense = iota // il presidente, l'attuale presidente, il presidente uscente
	tenseNew                     // il nuovo presidente, la neosegretaria: in office, the latest to take it
	tenseFormer                  // l'ex presidente, l'allora premier, il papa emerito: before the date, not at it
	tenseFuture                  // il futuro cancelliere, il premier incaricato: after the date
)

// rolePhrase is a role mention as the text words it, before it is resolved.
type rolePhrase struct {
	start, end  int      // text[start:end] is the mention
	nameStart   int      // where its name starts when unresolved: after the article
	roles       []string // the offices it may name, most likely first
	place       string   // their place: the canonical name of an entry; "" anywhere
	tense       roleTense
	party       string // a party its holder belongs to (il premier laburista)
	nationality string // its holder's country (il pontefice argentino)
	gender      string // its holder's gender as its words say it (la ministra: GenderFemale); "" when they do not
	seat        bool   // an organization standing for its holder (il Cremlino)
}

// parseRole reads a role phrase that starts at unit i:
//
//	[article [possessive]] [ex|nuovo|neo|attuale|futuro|vice …] noun [uscente|emerito|designato …] [complement]
//
// where the noun is one of rolePhrases (la premier, il capo dello Stato,
// la neosegretaria), a portfolio's title and the portfolio (il ministro
// dell'Istruzione e del Merito, la ministra per le Riforme), and the
// complement tells the office's place: a demonym (il presidente francese),
// of and a place, an institution or a party (il sindaco di Milano, la
// segretaria del Pd, il capo del Cremlino, il leader di Kiev), an
// institution named right after (l'Alta rappresentante Ue), a party's
// adjective (la segretaria dem). Without a complement only the offices of
// roleDefaultPlaces are told (la premier, il Guardasigilli, il papa).
//
// A phrase is a mention of a person only where the text refers to one: after
// a singular article, or bare after a singular articulated preposition (al
// capo dello Stato, della premier) or as the title of a name (Papa
// Francesco); not as a predicate (è la nuova sindaca di Genova, eletta
// presidente, come nuovo ministro), nor in the plural (i leader, dei
// premier).
//
// An organization that stands for an office (il Cremlino, la Casa Bianca)
// names its holder as the subject of a clause (seatPhrase).
func (rs *roleScan) parseRole(i int) (rolePhrase, bool) {
	us := rs.us
	p := rolePhrase{start: us[i].start, nameStart: us[i].start}
	j, det, ok := rs.determiner(&p, i)
	if !ok {
		return p, false
	}
	if m := rs.mentionAt(us[j].start); m != nil && m.Via != ViaDemonym {
		if m.Type != PER && isSeat(m.Entry) && (j == i || det && j == i+1) {
			return rs.seatPhrase(p, i, j, det, m)
		}
		return p, false // the noun opens a name (Premier League, Papa Boys)
	}
	j, vice, ok := rs.premodifiers(&p, i, j)
	if !ok || us[j].cls&clsRoleStart == 0 && !vice && !openerOnly[us[j].key] {
		return p, false
	}
	first := us[j].key
	switch {
	case vice:
		first = "vice" + first
	case neoRoles[first]:
		first, p.tense = first[len("neo"):], tenseNew
	}
	phrase, k := rs.longestRolePhrase(j, first, len(us))
	if !anyGender[phrase] {
		p.gender = rs.phraseGender(i, det, max(k, j+1))
	}
	office, minister := portfolioHeads[first]
	if minister && (phrase == "" || rolePhrases[phrase] == nil) {
		role, next, known := rs.portfolio(office, j+1)
		if role != "" && (known || first != "titolare" && !rs.seatAfter(j+1)) {
			p.roles, k = []string{role}, next
			if !rs.placeAfterPortfolio(&p, &k) {
				p.place = "Italia"
			}
			p.end = us[k-1].end
			return rs.finish(p, i, det)
		}
		phrase, k = "titolare", j+1 // il ministro del Viminale, il titolare della Farnesina: a seat's office
	}
	if phrase == "" || k < len(us) && rs.adj(k-1, k) && notRoles[phrase+" "+us[k].key] {
		return p, false
	}
	if phrase, k = rs.council(phrase, first, j, k); phrase == "" {
		return p, false
	}
	// A phrase that ends inside a name (presidente del | Consiglio
	// europeo, presidente della | Regione Lazio) is the shorter phrase
	// and the name, when the name is the place of one of its offices.
	if m := rs.nameAcross(j, k); m != nil {
		if short, sk := rs.longestRolePhrase(j, first, rs.unitAt(m.Start)); short != "" {
			q := p
			if end, ok := rs.complement(&q, short, sk); ok && rs.known(q.roles, q.place) {
				q.end = end
				return rs.finish(q, i, det)
			}
		}
		k = rs.unitAt(m.End-1) + 1 // the longer phrase, through the name (presidente del Consiglio dei ministri)
	}
	k = rs.postmods(&p, k)
	end, ok := rs.complement(&p, phrase, k)
	if !ok {
		return p, false
	}
	p.end = end
	return rs.finish(p, i, det)
}

// phraseGender is the gender the words of a role phrase from unit i to the
// noun's end (unit k, excluded) give its holder: the article, or the
// articulated preposition before a bare phrase (della premier), a
// possessive, an adjective (la nuova premier) and the noun (la ministra, la
// prima cittadina). The feminine is said of women only; the masculine
// (il ministro Calderone) is also the epicene title of a woman. Any
// feminine word makes the phrase feminine; l'ex premier tells nothing.
func (rs *roleScan) phraseGender(i int, det bool, k int) string {
	us := rs.us
	g := ""
	if !det && i > 0 && rs.adj(i-1, i) && singularArticled[us[i-1].key] {
		switch key := us[i-1].key; {
		case strings.HasSuffix(key, "la"):
			return GenderFemale // della, alla, nella …
		case !us[i-1].elided:
			g = GenderMale // del, dello, al …
		}
	}
	for n := i; n < k && n < len(us); n++ {
		switch wordGender(us[n].key) {
		case GenderFemale:
			return GenderFemale
		case GenderMale:
			g = GenderMale
		}
	}
	return g
}

// anyGender are the role nouns whose grammatical gender is not their
// holder's: la guida suprema, la controparte are said of men too.
var anyGender = map[string]bool{"guida suprema": true, "controparte": true}

// wordGender is the gender of an article, a possessive, an adjective or a
// role noun of rolePhrases (neo- and vice- forms too); "" for the rest and
// for the words of both (premier, presidente, leader, l').
func wordGender(key string) string {
	if rest, ok := strings.CutPrefix(key, "neo"); ok && len(rest) > 2 {
		key = rest
	} else if rest, ok := strings.CutPrefix(key, "vice"); ok && len(rest) > 2 {
		key = rest
	}
	switch key {
	case "la", "una", "un'", "sua", "mia", "tua", "nostra", "vostra", "nuova", "futura", "prossima", "eletta",
		"ministra", "sottosegretaria", "segretaria", "sindaca", "presidentessa", "cancelliera", "regina", "sovrana",
		"governatrice", "direttrice", "amministratrice", "delegata", "rettrice", "ambasciatrice", "omologa",
		"inquilina", "cittadina", "prima", "alta":
		return GenderFemale
	case "il", "lo", "un", "uno", "suo", "mio", "tuo", "nostro", "vostro", "nuovo", "futuro", "prossimo", "eletto",
		"ministro", "sottosegretario", "segretario", "sindaco", "cancelliere", "re", "sovrano", "governatore",
		"direttore", "amministratore", "delegato", "rettore", "ambasciatore", "omologo", "inquilino", "cittadino",
		"primo", "alto":
		return GenderMale
	}
	return ""
}

// determiner reads the article (and a possessive) that may open a role
// phrase at unit i: it returns the unit after them and whether there was an
// article; a plural article opens no mention of one person.
func (rs *roleScan) determiner(p *rolePhrase, i int) (j int, det, ok bool) {
	us := rs.us
	j = i
	if !us[j].is(clsArticle) {
		return j, false, true
	}
	if pluralArticles[us[j].key] || j+1 >= len(us) || !rs.adj(j, j+1) {
		return j, false, false
	}
	det, j = true, j+1
	p.nameStart = us[j].start
	if us[j].is(clsPossessive) && j+1 < len(us) && rs.adj(j, j+1) {
		j++
	}
	return j, det, true
}

// premodifiers reads up to three words before the office noun at unit j
// (ex, nuovo, vice, neo-…), setting the phrase's tense; it returns the
// noun's unit and whether vice was among them.
func (rs *roleScan) premodifiers(p *rolePhrase, i, j int) (int, bool, bool) {
	us := rs.us
	vice := false
	for n := 0; n < 3 && j < len(us); n++ {
		t, ok := rolePremods[us[j].key]
		if !ok || us[j].cap && j > i && !us[j].sentStart {
			break
		}
		if us[j].key == "vice" {
			vice = true
		} else if t > p.tense || t == tenseNew {
			p.tense = t
		}
		j++
		if j < len(us) && isHyphenUnit(rs.text, us[j]) && rs.adj(j-1, j) {
			j++
		}
		if j >= len(us) || !rs.adj(j-1, j) {
			return j, vice, false
		}
	}
	return j, vice, j < len(us)
}

// council tells the president of the Italian government (presidente del
// Consiglio, … dei ministri) from the president of another council (del
// Consiglio regionale, di Stato, di amministrazione): it returns the phrase
// and the unit after it, "" when no office is left.
func (rs *roleScan) council(phrase, first string, j, k int) (string, int) {
	us := rs.us
	if !strings.HasSuffix(phrase, "del consiglio") || k >= len(us) || !rs.adj(k-1, k) {
		return phrase, k
	}
	switch key := us[k].key; {
	case key == "dei" && k+1 < len(us) && us[k+1].key == "ministri" && rs.adj(k, k+1):
		return phrase, k + 2 // il presidente del Consiglio dei ministri
	case key == "di" || key == "d'" || us[k].word && !us[k].cap && !us[k].is(clsFunctionWords) && rs.mentionAt(us[k].start) == nil:
		return rs.longestRolePhrase(j, first, j+1) // another council
	}
	return phrase, k
}

// finish checks that the phrase from unit i names a person where it stands
// (see parseRole).
func (rs *roleScan) finish(p rolePhrase, i int, det bool) (rolePhrase, bool) {
	us := rs.us
	switch {
	case !det:
		if !(i > 0 && rs.adj(i-1, i) && singularArticled[us[i-1].key]) && rs.personAfter(p.end) == nil {
			return p, false
		}
	case i > 0 && rs.adj(i-1, i) && rs.isCopula(i-1) && rs.personAfter(p.end) == nil:
		return p, false
	}
	return p, true
}

// isCopula: unit k is a copula (è, diventa, è stato).
func (rs *roleScan) isCopula(k int) bool {
	key := rs.us[k].key
	if key == "stato" || key == "stata" {
		return k > 0 && auxiliaries[rs.us[k-1].key]
	}
	return copulas[key]
}

// postmods reads the words after a role noun that say when its holder held
// it (uscente, emerito, designato, in carica) from unit k, and returns the
// unit after them.
func (rs *roleScan) postmods(p *rolePhrase, k int) int {
	us := rs.us
	for n := 0; n < 2 && k < len(us) && rs.adj(k-1, k); n++ {
		if t, ok := rolePostmods[us[k].key]; ok {
			if t != tenseNow {
				p.tense = t
			}
			k++
			continue
		}
		if us[k].key == "in" && k+1 < len(us) && us[k+1].key == "carica" && rs.adj(k, k+1) {
			k += 2
			continue
		}
		break
	}
	return k
}

// complement reads what tells the office of phrase at unit k (see
// parseRole), sets p's roles and place, and returns the end of the mention;
// false when nothing tells it.
func (rs *roleScan) complement(p *rolePhrase, phrase string, k int) (int, bool) {
	us := rs.us
	p.roles = rolePhrases[phrase]
	end := us[k-1].end
	told := false
	if k < len(us) && rs.adj(k-1, k) {
		switch m := rs.mentionAt(us[k].start); {
		case m != nil && m.Via == ViaDemonym:
			if nationalityOnly[phrase] {
				p.nationality = m.Entry.Name
			} else {
				p.place, told = m.Entry.Name, true
			}
			end, k = m.End, rs.unitAt(m.End-1)+1
		case m == nil && us[k].is(clsOfPrepositions) && k+1 < len(us) && rs.adj(k, k+1):
			if o := rs.mentionAt(us[k+1].start); o != nil && o.Via != ViaDemonym && o.Type != PER && o.Entry != nil {
				rs.placeOf(p, phrase, o.Entry)
				end, k, told = o.End, rs.unitAt(o.End-1)+1, true
			}
		case m != nil && m.Type != PER && m.Entry != nil && rs.known(p.roles, m.Entry.Name):
			// an institution or a country named right after: l'Alta rappresentante Ue, il presidente Usa
			p.place, told = m.Entry.Name, true
			end, k = m.End, rs.unitAt(m.End-1)+1
		case m == nil && partyAdjectives[us[k].key] != "":
			party := partyAdjectives[us[k].key]
			switch {
			case rs.known(p.roles, party):
				p.place, told = party, true // la segretaria dem
			case partyFiltered[phrase]:
				p.party, told = party, true // il premier laburista
			}
			if told {
				end, k = us[k].end, k+1
			}
		}
	}
	if told && counterpartPhrases[phrase] {
		if roles := rs.counterpartRoles(p.start, p.place); len(roles) > 0 {
			p.roles = roles
		}
	}
	if len(p.roles) > 0 && p.roles[0] == "capogruppo alla Camera" {
		if chamber, n := rs.chamberAt(k); chamber != "" {
			p.roles, end = []string{chamber}, us[n-1].end
		}
	}
	if !told {
		place, ok := roleDefaultPlaces[phrase]
		if !ok {
			if place = rs.partyBefore(p, phrase); place == "" {
				return 0, false
			}
		}
		p.place = place
	}
	if p.roles == nil {
		return 0, false // inquilino, titolare: only of a seat
	}
	return end, true
}

// partyBefore returns, for a party's office named bare (la neosegretaria,
// il segretario), the organization of that office the document names last
// before it (Schlein vince le primarie del Pd … ha detto la neosegretaria:
// the Pd's), among its 20 mentions before; "" when none.
func (rs *roleScan) partyBefore(p *rolePhrase, phrase string) string {
	if !partyOffices[phrase] {
		return ""
	}
	k, _ := slices.BinarySearchFunc(rs.ms, p.start, func(m Mention, start int) int { return m.Start - start })
	for n := 0; k > 0 && n < 20; n++ {
		k--
		if m := &rs.ms[k]; m.Type == ORG && m.Via != ViaDemonym && m.Entry != nil && m.Entry.ID != "" && rs.known(p.roles, m.Entry.Name) {
			return m.Entry.Name
		}
	}
	return ""
}

// placeOf sets the place of the office of phrase before of and e: a seat
// stands for its office (il capo del Cremlino, il presidente della Regione
// Lazio, l'inquilino della Casa Bianca), a ministry for its minister (il
// titolare del Mef), a capital for its country (il leader di Kiev).
func (rs *roleScan) placeOf(p *rolePhrase, phrase string, e *Entry) {
	for _, r := range e.Roles {
		if r.Metonym && (seatHeads[phrase] || slicesContainsFold(p.roles, r.Name)) {
			p.roles, p.place = []string{r.Name}, r.Place
			return
		}
	}
	if seatHeads[phrase] || phrase == "titolare" {
		if rest, ok := strings.CutPrefix(e.Name, "Ministero "); ok {
			if role := rs.knownPortfolio("ministro", rest); role != "" {
				p.roles, p.place = []string{role}, "Italia"
				return
			}
		}
	}
	p.place = e.Name
	if country := capitals[e.Name]; country != "" && !rs.known(p.roles, e.Name) {
		p.place = country
	}
}

// chamberAt reads a chamber after a group leader's party from unit k (alla
// Camera, al Senato, a Palazzo Madama): the office and the unit after it.
func (rs *roleScan) chamberAt(k int) (string, int) {
	us := rs.us
	if k+1 >= len(us) || !rs.adj(k-1, k) || !rs.adj(k, k+1) {
		return "", 0
	}
	switch us[k].key {
	case "a", "al", "alla":
	default:
		return "", 0
	}
	m := rs.mentionAt(us[k+1].start)
	if m == nil || m.Entry == nil {
		return "", 0
	}
	if c := chambers[fold(m.Entry.Name)]; c != "" {
		return c, rs.unitAt(m.End-1) + 1
	}
	return "", 0
}

// placeAfterPortfolio reads a minister's country after the portfolio at
// unit *k (il ministro degli Esteri russo, della Russia).
func (rs *roleScan) placeAfterPortfolio(p *rolePhrase, k *int) bool {
	us := rs.us
	if *k >= len(us) || !rs.adj(*k-1, *k) {
		return false
	}
	if m := rs.mentionAt(us[*k].start); m != nil && m.Via == ViaDemonym {
		p.place, *k = m.Entry.Name, rs.unitAt(m.End-1)+1
		return true
	}
	if us[*k].is(clsOfPrepositions) && *k+1 < len(us) && rs.adj(*k, *k+1) {
		if m := rs.mentionAt(us[*k+1].start); m != nil && m.Type == LOC && m.Via != ViaDemonym && rs.known(p.roles, m.Entry.Name) {
			p.place, *k = m.Entry.Name, rs.unitAt(m.End-1)+1
			return true
		}
	}
	return false
}

// portfolio reads the name of a ministry from unit k, after a title of
// office (ministro, sottosegretario): a preposition (di, per, a and their
// articles), a capitalized word and the words of its name. The longest first
// part of the name that names an office of the data is the office (known);
// or else the preposition and the capitalized words. The rest of the name
// (e del Merito, e le Autonomie) ends the mention. It returns the office and
// the unit after the name; "" when no name follows.
func (rs *roleScan) portfolio(office string, k int) (string, int, bool) {
	us := rs.us
	if k >= len(us) || !rs.adj(k-1, k) {
		return "", 0, false
	}
	prep := k
	switch key := us[k].key; {
	case us[k].is(clsOfPrepositions) && key != "d'", toPrepositions[key]:
	case key == "per":
		if k+1 < len(us) && rs.adj(k, k+1) && articleOf[us[k+1].key] != "" {
			k++
		}
	default:
		return "", 0, false
	}
	k++
	if k >= len(us) || !rs.adj(k-1, k) || !us[k].isCapWord() {
		return "", 0, false
	}
	// The first part: the capitalized word and up to six more.
	var ends []int // the units after which the part may end
	capEnd := k + 1
	for n := k; n < len(us) && n-k < 7; n++ {
		rs.steps.Add(1)
		if n > k && (!rs.adj(n-1, n) || us[n].sentStart || !us[n].word) {
			break
		}
		if m := rs.mentionAt(us[n].start); n > k && m != nil && m.Type == PER && m.Via != ViaDemonym {
			break // the minister's name
		}
		if us[n].cap && n == capEnd {
			capEnd = n + 1
		}
		if us[n].cap || !us[n].is(clsFunctionWords) {
			ends = append(ends, n+1)
		}
	}
	for e := len(ends) - 1; e >= 0; e-- {
		if r := rs.knownPortfolioName(office, rs.unitsText(prep, ends[e])); r != "" {
			end := ends[e]
			if end < len(us) && us[end-1].cap && rs.adj(end-1, end) && us[end].word && !us[end].cap {
				end = rs.nameAdjective(end, false) // per le Riforme istituzionali
			}
			return r, rs.portfolioRest(prep, end), true
		}
	}
	return office + " " + rs.unitsText(prep, capEnd), rs.portfolioRest(prep, capEnd), false
}

// portfolioRest returns the unit after the rest of a ministry's name that
// starts at unit k, after its first part: parts joined by e or a comma, each
// an of-preposition (or, after per, an article) and a capitalized word with
// the words of its name (e del Merito, della Sovranità alimentare e delle
// Foreste, e le Politiche del mare). A lower-case word is the name's when a
// name could end after it (at punctuation, a capitalized word, the next
// part), not a verb that follows the name (e della Sicurezza energetica ha
// firmato).
func (rs *roleScan) portfolioRest(prep, k int) int {
	us := rs.us
	per := us[prep].key == "per"
	for k+2 < len(us) && rs.adj(k-1, k) && rs.adj(k, k+1) && rs.adj(k+1, k+2) {
		rs.steps.Add(1)
		if sep := us[k].key; sep != "e" && sep != "ed" && rs.text[us[k].start:us[k].end] != "," {
			break
		}
		if !(us[k+1].is(clsOfPrepositions) || per && articleOf[us[k+1].key] != "") || !us[k+2].isCapWord() {
			break
		}
		if m := rs.mentionAt(us[k+2].start); m != nil && m.Type != ORG {
			break // a person or a place: il ministro dell'Interno e la Francia
		}
		n := k + 3
		for n < len(us) && rs.adj(n-1, n) && us[n].word && !us[n].sentStart {
			rs.steps.Add(1)
			if m := rs.mentionAt(us[n].start); m != nil && (m.Type == PER || m.Via == ViaDemonym) {
				break // the minister's name, or country
			}
			if us[n].cap {
				n++
				continue
			}
			if c := rs.capAfterFunctionWords(n); c > n {
				n = c + 1 // del Made in Italy, Rapporti con il Parlamento
				continue
			}
			n = rs.nameAdjective(n, true)
			break
		}
		k = n
	}
	return k
}

// nameAdjective returns the unit after a lower-case word at n that ends a
// part of a ministry's name (per le Riforme istituzionali, della Sovranità
// alimentare; in a later part, ofNoun, a noun after of: delle Politiche del
// mare), or n. The word is shaped like an adjective of a name (adjective)
// and is no verb of the subject, and a name can end after it: at
// punctuation, a capitalized word, a demonym, e and the next part, or the
// subject's verb (della Sicurezza energetica ha firmato).
func (rs *roleScan) nameAdjective(n int, ofNoun bool) int {
	us := rs.us
	w := n
	if ofNoun && us[w].is(clsOfPrepositions) && w+1 < len(us) && rs.adj(w, w+1) && us[w+1].word && !us[w+1].cap {
		w++ // del mare
	} else if !adjective(us[w].key) {
		return n
	}
	if us[w].is(clsFunctionWords) || us[w].is(clsSubjectFollowers) || us[w].is(clsSpeechVerbs) || rs.mentionAt(us[w].start) != nil {
		return n
	}
	a := w + 1
	if a >= len(us) || !rs.adj(w, a) || !us[a].word || us[a].cap || us[a].key == "e" || us[a].key == "ed" ||
		us[a].is(clsSubjectFollowers) || us[a].is(clsSpeechVerbs) || rs.mentionAt(us[a].start) != nil {
		return a
	}
	return n
}

// adjectiveEndings are the endings of the adjectives in the names of
// ministries (istituzionali, energetica, alimentare, civile, interne,
// regionali, europei, normativa).
var adjectiveEndings = []string{"ale", "ali", "ile", "ili", "are", "ari", "arie", "ico", "ica", "ici", "iche",
	"ivo", "iva", "ivi", "ive", "ario", "aria", "ese", "esi", "ano", "ana", "ani", "ane", "erno", "erna", "erni", "erne",
	"eo", "ea", "ei", "ee"}

func adjective(w string) bool {
	for _, e := range adjectiveEndings {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// capAfterFunctionWords returns the capitalized word after one or two
// function words from unit n (in Italy, con il Parlamento), or n.
func (rs *roleScan) capAfterFunctionWords(n int) int {
	us := rs.us
	for c := n; c < len(us) && c-n < 3 && rs.adj(c-1, c) && us[c].word; c++ {
		if us[c].isCapWord() {
			if c == n {
				return n
			}
			return c
		}
		if !us[c].is(clsFunctionWords) {
			return n
		}
	}
	return n
}

// knownPortfolio returns the office of the data that title (ministro) and
// name (dell'Istruzione, per le Riforme, degli Affari esteri, agli Esteri)
// make, or the longest first part of name that makes one (dell'Economia e
// delle Finanze: dell'Economia), trying the preposition's other forms
// (delle Riforme, per le Riforme, alle Riforme) and the synonyms of
// portfolioSynonyms; "" when the data has none.
func (rs *roleScan) knownPortfolio(title, name string) string {
	for n := name; n != ""; {
		if r := rs.knownPortfolioName(title, n); r != "" {
			return r
		}
		i := strings.LastIndexByte(n, ' ')
		if i < 0 {
			break
		}
		n = n[:i]
	}
	return ""
}

// knownPortfolioName is knownPortfolio for the whole of name.
func (rs *roleScan) knownPortfolioName(title, name string) string {
	try := func(n string) string {
		if r := title + " " + n; len(rs.g.holdersOf(r, "")) > 0 {
			return r
		}
		return ""
	}
	if r := try(name); r != "" {
		return r
	}
	if short := portfolioSynonyms[fold(name)]; short != "" {
		return try(short)
	}
	// The preposition and its article: dell'|Istruzione, per le|Riforme, agli|Esteri.
	prep, rest, _ := strings.Cut(name, " ")
	if i := strings.IndexAny(prep, "'’"); i >= 0 && i+1 < len(prep) {
		prep, rest = prep[:i+1], name[i+1:]
	}
	if rest == "" {
		return ""
	}
	prep = fold(prep)
	art := ""
	switch {
	case prep == "per":
		a, r, _ := strings.Cut(rest, " ")
		if i := strings.IndexAny(a, "'’"); i >= 0 && i+1 < len(a) {
			a, r = a[:i+1], rest[i+1:]
		}
		if articleOf[fold(a)] == "" || r == "" {
			return ""
		}
		art, rest = fold(a), r
	case articleOf[prep] != "":
		art = articleOf[prep]
	case toArticle[prep] != "":
		art = toArticle[prep]
	default:
		return ""
	}
	for _, form := range []string{ofArticle[art], "per " + art} {
		if form != prep && form != "per "+prep {
			if r := try(joinElided(form, rest)); r != "" {
				return r
			}
		}
	}
	return ""
}

func joinElided(a, rest string) string {
	if strings.HasSuffix(a, "'") {
		return a + rest
	}
	return a + " " + rest
}

// articleOf maps an of-preposition (or an article) to the article in it,
// ofArticle an article to its of-preposition, toArticle a to-preposition to
// its article.
var articleOf = map[string]string{"del": "il", "dello": "lo", "della": "la", "dell'": "l'", "dei": "i", "degli": "gli", "delle": "le",
	"il": "il", "lo": "lo", "la": "la", "l'": "l'", "i": "i", "gli": "gli", "le": "le"}

var ofArticle = map[string]string{"il": "del", "lo": "dello", "la": "della", "l'": "dell'", "i": "dei", "gli": "degli", "le": "delle"}

var toArticle = map[string]string{"al": "il", "allo": "lo", "alla": "la", "all'": "l'", "ai": "i", "agli": "gli", "alle": "le"}

// unitsText is the text of units [a, b) with single spaces, as the data
// writes offices (dell'Istruzione e del Merito).
func (rs *roleScan) unitsText(a, b int) string {
	var sb strings.Builder
	for k := a; k < b; k++ {
		if k > a && !rs.us[k-1].elided {
			sb.WriteByte(' ')
		}
		sb.WriteString(rs.text[rs.us[k].start:rs.us[k].end])
	}
	return unifyApostrophes(sb.String())
}

// seatPhrase reads an organization that stands for an office at unit j (il
// Cremlino, la Casa Bianca, Palazzo Chigi), after an article at i when det:
// it names the office's holder as the subject of a clause (il Cremlino
// frena; …, ha detto il Viminale; per il Viminale è «un passo avanti»), not
// as a place, a party or a prize (al Quirinale, con la Regione Toscana, la
// corsa per la Casa Bianca, fonti di Palazzo Chigi). A seat named without an
// article is a subject when a verb follows (Palazzo Chigi smentisce).
func (rs *roleScan) seatPhrase(p rolePhrase, i, j int, det bool, m *Mention) (rolePhrase, bool) {
	us := rs.us
	var r Role
	for _, x := range m.Entry.Roles {
		if x.Metonym {
			r = x
			break
		}
	}
	afterVerb := i > 0 && rs.adj(i-1, i) && (us[i-1].is(clsSpeechVerbs) || us[i-1].key == "sapere")
	source := i > 0 && (us[i-1].key == "per" || us[i-1].key == "secondo") && rs.adj(i-1, i) && rs.clauseStart(i-1)
	if !rs.clauseStart(i) && !afterVerb && !source {
		return p, false
	}
	if !det && !afterVerb && !source {
		n := rs.unitAt(m.End-1) + 1
		if n >= len(us) || !rs.adj(n-1, n) || !us[n].word || us[n].cap || us[n].is(clsFunctionWords) {
			return p, false
		}
	}
	p.end, p.roles, p.place, p.seat = m.End, []string{r.Name}, r.Place, true
	return p, true
}

// clauseStart: unit i opens a sentence or a clause (after punctuation or a
// conjunction).
func (rs *roleScan) clauseStart(i int) bool {
	us := rs.us
	if i == 0 || us[i].sentStart {
		return true
	}
	if !rs.adj(i-1, i) {
		return false
	}
	if !us[i-1].word {
		switch rs.text[us[i-1].start:us[i-1].end] {
		case ",", ";", ":", "«", "“", "\"", "(", "—", "–", "-", "‘", "'":
			return true
		}
		return false
	}
	return clauseOpeners[us[i-1].key]
}

// longestRolePhrase matches the longest role phrase of at most four units
// at unit j, ending before unit limit, first standing for the key of unit j
// (a phrase of the noun after vice, or after neo-). It returns the phrase
// (folded words joined by spaces) and the unit after it.
func (rs *roleScan) longestRolePhrase(j int, first string, limit int) (string, int) {
	us := rs.us
	best, bestK := "", j
	var arr [64]byte
	b := arr[:0]
	for k := j; k < len(us) && k < limit && k-j < 4; k++ {
		if k > j {
			if !rs.adj(k-1, k) {
				break
			}
			b = append(b, ' ')
			b = append(b, us[k].key...)
		} else {
			b = append(b, first...)
		}
		if len(b) > len(arr) {
			break // longer than any role phrase
		}
		if _, ok := rolePhrases[string(b)]; ok { // no allocation: map index by converted bytes
			best, bestK = string(b), k+1
		}
	}
	return best, bestK
}

// nameAcross returns the mention that starts inside units (j, k) and ends
// after them: the role phrase ends inside a name.
func (rs *roleScan) nameAcross(j, k int) *Mention {
	if k <= j+1 {
		return nil
	}
	us := rs.us
	for n := j + 1; n < k; n++ {
		if m := rs.mentionAt(us[n].start); m != nil && m.Via != ViaDemonym && m.End > us[k-1].end {
			return m
		}
	}
	return nil
}

// unitAt returns the index of the unit that holds byte pos (the last that
// starts at or before it).
func (rs *roleScan) unitAt(pos int) int {
	us := rs.us
	return sort.Search(len(us), func(k int) bool { return us[k].start > pos }) - 1
}

// adj: units a and b follow each other in the text, with at most spaces and
// one line break between them (the windows Roles reads leave gaps).
func (rs *roleScan) adj(a, b int) bool {
	if a < 0 || b >= len(rs.us) {
		return false
	}
	gap := rs.text[rs.us[a].end:rs.us[b].start]
	nl := 0
	for k := 0; k < len(gap); k++ {
		switch gap[k] {
		case ' ', '\t', '\r':
		case '\n':
			if nl++; nl > 1 {
				return false
			}
		default:
			if !strings.HasPrefix(gap[k:], "\u00a0") {
				return false
			}
			k++
		}
	}
	return true
}

func isHyphenUnit(text string, u unit) bool {
	if u.word {
		return false
	}
	switch text[u.start:u.end] {
	case "-", "‐", "‑":
		return true
	}
	return false
}

// known: some office of roles has holders at place ("" anywhere).
func (rs *roleScan) known(roles []string, place string) bool {
	for _, r := range roles {
		if len(rs.g.holdersOf(r, place)) > 0 {
			return true
		}
	}
	return false
}

// seatAfter: after a title at unit k come of and a seat or a ministry (il
// ministro del Viminale, il titolare del Mef).
func (rs *roleScan) seatAfter(k int) bool {
	us := rs.us
	if k+1 >= len(us) || !us[k].is(clsOfPrepositions) {
		return false
	}
	m := rs.mentionAt(us[k+1].start)
	return m != nil && m.Entry != nil && (isSeat(m.Entry) || strings.HasPrefix(m.Entry.Name, "Ministero "))
}

func slicesContainsFold(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// counterpartRoles returns the offices, at place, of the person the text
// names last before byte pos (by name, or by a role mention read before):
// l'omologo francese of Italy's foreign minister is France's foreign
// minister, of its prime minister France's prime minister (counterparts).
// Nil when that person held no office that place has on the days.
func (rs *roleScan) counterpartRoles(pos int, place string) []string {
	e := rs.antecedent(pos)
	if e == nil {
		return nil
	}
	days := rs.days()
	if len(days) == 0 {
		days = []Date{0}
	}
	var out []string
	for _, r := range e.Roles {
		if r.Metonym || sameText(r.Place, place) {
			continue
		}
		held := false
		for _, d := range days {
			held = held || r.HeldOn(d)
		}
		if !held {
			continue
		}
		names := counterparts[r.Name]
		if names == nil {
			names = []string{r.Name}
		}
		for _, n := range names {
			if !slicesContainsFold(out, n) && rs.known([]string{n}, place) {
				out = append(out, n)
			}
		}
	}
	return out
}

// antecedent returns the person the text names last before byte pos: a
// person's mention, or a role mention read before that names someone.
func (rs *roleScan) antecedent(pos int) *Entry {
	var e *Entry
	end := -1
	k := sort.Search(len(rs.ms), func(k int) bool { return rs.ms[k].Start >= pos })
	for n := 0; k > 0 && n < 64; n++ { // a bounded look back
		k--
		if m := &rs.ms[k]; m.Type == PER && m.Via != ViaDemonym && m.Via != ViaRole && m.Entry != nil && m.End <= pos {
			e, end = m.Entry, m.End
			break
		}
	}
	if n := len(rs.found); n > 0 {
		if m := &rs.found[n-1]; m.End <= pos && m.End > end && m.Entry != nil && m.Entry.ID != "" {
			e = m.Entry
		}
	}
	return e
}
