package entities

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/internal/word"
)

// Names no list holds are found by named rules, each the description of one
// Italian construction. A rule is tried at a unit where no longer gazetteer
// match starts; it either decides (a name, a span that is no name, or
// nothing at all) or passes to the next rule of its table. The tables are
// tried in order, so a rule may rely on the ones before it having passed:
//
//   - elidedRules, at a word that ends with an apostrophe (O'Shea, Sant'Anna);
//   - capRules, at a capitalized word, decided from the word and its
//     neighbours (head words, particles, closed-class words);
//   - runRules, over the run of capitalized words that starts there
//     (capRun), decided from the run's shape and the words around it;
//   - listedRules, on a gazetteer match no rule overrides: they split it
//     (Procura | di Napoli), extend it (Cagliari Calcio, l'Italia
//     settentrionale, Milano-Linate) or retype it (the state as an actor);
//   - lowerRules, at a lower-case word that opens a name (via Roma) or, with
//     Options.Generic, stands for an institution (il governo).
//
// The name of the rule behind each mention is recorded by a test hook
// (finder.ruleOf), never in the output.

// ruleMatch is a name found by rules over units [i, i+n).
type ruleMatch struct {
	n      int
	skip   bool // a span that is not an entity (an event's name): consumed, not reported
	veto   bool // refuses the gazetteer's match of the same span (with skip: nothing is reported)
	strong bool // a one-word person with a title before it, whom later mentions may refer to
	typ    Type
	e      *Entry // nil: a document-local entry named by the text
	via    Via
	rule   string   // the rule that decided (test hook only)
	ev     evidence // what typed it; evNone: the rule's
}

// none is the decision that no name starts here.
var none = ruleMatch{}

// ruleCtx is what the rules of one position share: the unit, the
// gazetteer's match there, for runRules the capitalized run, and the
// decision of the rule that decided.
type ruleCtx struct {
	i     int
	u     *unit  // f.us[i]
	gn    int    // length of the gazetteer's match at i (0: none)
	gt    target // its target
	given bool   // runRules: the word is a given name that opens a name
	n     int    // runRules: the length of the run (capRun)
	m     ruleMatch
}

// decide records the decision m and reports that the rule decided.
func (c *ruleCtx) decide(m ruleMatch) bool {
	c.m = m
	return true
}

// nameRule is one construction. try reports whether the rule decides at the
// context's position, the decision in c.m. A rule with classes is tried
// only at a word of one of them (its head words, its particles …), and one
// with after only after such a word (its cue: a, l'azienda, il cantautore).
type nameRule struct {
	name    string
	classes uint64   // tried only at a word of one of these classes (0: any)
	after   uint64   // tried only after a word of one of these classes (0: any)
	ev      evidence // how strongly the construction types the name
	try     func(f *finder, c *ruleCtx) bool
}

// evidence ranks what typed a name, so that one name has one type in a
// document: the type with the strongest evidence wins (unify).
type evidence uint8

const (
	evNone       evidence = iota
	evWeak                // di after a common noun (la vittoria di X: a person as often as a place)
	evShape               // the name's shape and bare position (a lone surname, a first name and a surname)
	evPlace               // a place preposition or noun before it (a X, la città di X)
	evCue                 // a title, a given name, a head word, a suffix (il ministro X, Università X, X S.p.A.)
	evListed              // the gazetteer
	evOverListed          // a title before a listed town's name (il cantautore Mango): a surname in all the document
)

// elidedRules are tried in order at a word that ends with an apostrophe.
var elidedRules = []nameRule{
	{"elided-surname", 0, 0, evCue, (*finder).ruleElidedSurname},
	{"sant-place", clsSaints, 0, evCue, (*finder).ruleSantPlace},
}

// capRules are tried in order at a capitalized word.
var capRules = []nameRule{
	{"acronym-in-brackets", 0, 0, evCue, (*finder).ruleAcronymInBrackets},
	{"web-domain", 0, 0, evCue, (*finder).ruleWebDomain},
	{"event-head", clsEventHeads, 0, evCue, (*finder).ruleEventHead},
	{"god", 0, 0, evCue, (*finder).ruleGod},
	{"office-title", clsOrgHeads, 0, evCue, (*finder).ruleOfficeTitle},
	{"org-head", clsOrgHeads, 0, evCue, (*finder).ruleOrgHead},
	{"holy-father", clsSaints, 0, evCue, (*finder).ruleHolyFather},
	{"loc-head", clsLocHeads, 0, evCue, (*finder).ruleLocHead},
	{"newspaper-article", clsArticle, 0, evListed, (*finder).ruleNewspaperArticle},
	{"club-prefix", clsClubPrefixes, 0, evCue, (*finder).ruleClubPrefix},
	{"particle-surname", clsCapParticles, 0, evShape, (*finder).ruleParticleSurname},
	{"generic-capitalized", clsGenericInstitutions, 0, evCue, (*finder).ruleGenericCapitalized},
	{"capitalized-government", clsGenericInstitutions, 0, evCue, (*finder).ruleCapitalizedGovernment},
	{"don-name", clsTitles, 0, evCue, (*finder).ruleDonName},
	{"closed-class", clsFunctionWords | clsCommonCaps | clsTitles, 0, evNone, (*finder).ruleClosedClass},
	{"portfolio", clsPortfolioWords, 0, evNone, (*finder).rulePortfolio},
	{"sentence-start-common", 0, 0, evNone, (*finder).ruleSentenceStartCommon},
}

// runRules are tried in order over the run of capitalized words at i.
var runRules = []nameRule{
	{"given-after-article", clsGiven, clsArticled, evNone, (*finder).ruleGivenAfterArticle},
	{"given-name", clsGiven, 0, evCue, (*finder).ruleGivenName},
	{"titled", 0, 0, evCue, (*finder).ruleTitled},
	{"org-noun", 0, clsOrgNouns, evCue, (*finder).ruleOrgNoun},
	{"person-noun", 0, clsPersonNouns, evCue, (*finder).rulePersonNoun},
	{"org-suffix", 0, 0, evCue, (*finder).ruleOrgSuffix},
	{"acronym", 0, 0, evShape, (*finder).ruleAcronym},
	{"namesake", 0, 0, evCue, (*finder).ruleNamesake},
	{"of-relative", 0, clsOfPrepositions, evWeak, (*finder).ruleOfRelative},
	{"place-cue", 0, clsPlacePrepositions | clsOfPrepositions | clsPlaceNouns, evPlace, (*finder).rulePlaceCue},
	{"quoted-title", 0, 0, evNone, (*finder).ruleQuotedTitle},
	{"sentence-start", 0, 0, evShape, (*finder).ruleSentenceStart},
	{"word-before-person", 0, 0, evNone, (*finder).ruleWordBeforePerson},
	{"person-shaped", 0, 0, evShape, (*finder).rulePersonShaped},
	{"unshaped-run", 0, 0, evNone, (*finder).ruleUnshapedRun},
	{"lone-word", 0, 0, evShape, (*finder).ruleLoneWord},
}

// listedRules are tried in order on the gazetteer's match at i, when no
// rule found a longer name there: they split, extend or retype it. The
// rules of listedPlaceRules are tried on places only.
var listedRules = []nameRule{
	{"split-office", clsSplitHeads, 0, evListed, (*finder).ruleSplitOffice},
	{"seat-as-place", 0, clsLocativePrepositions, evListed, (*finder).ruleSeatAsPlace},
}

var listedPlaceRules = []nameRule{
	{"club-suffix", 0, 0, evCue, (*finder).ruleClubSuffix},
	{"geo-adjective", 0, 0, evListed, (*finder).ruleGeoAdjective},
	{"place-compound", 0, 0, evCue, (*finder).rulePlaceCompound},
	{"state-actor", 0, clsBareArticles, evListed, (*finder).ruleStateActor},
}

// lowerRules are tried in order at a lower-case word of clsLowerCue.
var lowerRules = []nameRule{
	{"lower-loc-head", clsLowerLocHeads, 0, evCue, (*finder).ruleLowerLocHead},
	{"lower-don-name", clsTitles, 0, evCue, (*finder).ruleDonName},
	{"lower-particle-surname", 0, 0, evShape, (*finder).ruleLowerParticleSurname},
	{"partito-adjective", 0, 0, evCue, (*finder).rulePartitoAdjective},
	{"generic-phrase", 0, 0, evCue, (*finder).ruleGenericPhrase},
	{"generic-institution", 0, 0, evCue, (*finder).ruleGenericInstitution},
}

// apply tries the rules in order and reports whether one decided; the
// decision, named, is in c.m.
func (f *finder) apply(rules []nameRule, c *ruleCtx) bool {
	for k := range rules {
		r := &rules[k]
		if r.classes != 0 && c.u.cls&r.classes == 0 || r.after != 0 && (c.i == 0 || f.us[c.i-1].cls&r.after == 0) {
			continue
		}
		if r.try(f, c) {
			if c.m.ev == evNone {
				c.m.ev = r.ev
			}
			if f.trace != nil {
				if c.m.n > 0 && c.m.rule == "" {
					c.m.rule = r.name
				}
				f.trace(r.name, c.i, &c.m)
			}
			return true
		}
	}
	return false
}

// rule looks for a name no list holds starting at unit i, where the
// gazetteer's match is gn units long (c.gt its target) and is overridden
// only by a longer span. It reports whether a rule decided; the decision is
// in f.rc.m.
func (f *finder) rule(i, gn int) bool {
	c := &f.rc
	c.i, c.u, c.gn, c.given, c.n = i, &f.us[i], gn, false, 0
	switch {
	case !c.u.word:
		return false // punctuation, numbers
	case c.u.elided:
		return f.apply(elidedRules, c)
	case !c.u.cap:
		if !f.lowerRule(i) {
			return false
		}
		c.m = f.lc.m
		return true
	}
	if f.apply(capRules, c) {
		return true
	}
	// A given name right after a capitalized word belongs to that name
	// (Venezia Giulia), unless the word is a title (Presidente Giorgio …) or
	// a function word capitalized as a sentence's first (Ieri Marco …).
	c.given = c.u.is(clsGiven) && !(i > 0 && !c.u.sentStart && f.us[i-1].isCapWord() && !f.us[i-1].is(clsTitles) &&
		!(f.us[i-1].sentStart && f.us[i-1].is(clsFunctionWords)))
	if gn > 0 && !c.given && !f.personBeforePlace(c) {
		return false
	}
	if c.n = f.capRun(i, c.given); c.n == 0 || gn > 0 && !c.given && c.n != gn {
		return false
	}
	return f.apply(runRules, c)
}

// personBeforePlace reports a one-word listed place at c, a town with no
// demonym written as a word (Mango, Placanica: not Usa, not Francia), after
// a lower-case title or noun of people (il cantautore Mango): the run rules
// decide whether it is a surname.
func (f *finder) personBeforePlace(c *ruleCtx) bool {
	i, e := c.i, c.gt.e
	if c.gn != 1 || e.Type != LOC || c.gt.via == ViaDemonym || len(e.Demonyms) > 0 || c.u.upper || c.u.sentStart ||
		f.us[i-1].is(clsFunctionWords) || f.us[i-1].cap {
		return false // fra Europa e Asia: a preposition
	}
	return f.titled(i) || f.us[i-1].is(clsPersonNouns)
}

// ruleElidedSurname: an Irish or Italian surname written with an elided
// O' or D' inside a sentence (O'Shea, D'Alessio) is a person's.
func (f *finder) ruleElidedSurname(c *ruleCtx) bool {
	i, u := c.i, c.u
	if !u.elided || !u.cap || u.key != "o'" && u.key != "d'" || u.sentStart || c.gn != 0 || !f.capAttached(i+1) {
		return false
	}
	n := 1 + f.capRun(i+1, true)
	return c.decide(ruleMatch{n: n, typ: PER, e: f.linkPerson(i, n), via: ViaRule})
}

// ruleSantPlace: Sant' joined to a capitalized word opens a place's name
// (Sant'Agostino, Sant'Anna di Stazzema).
func (f *finder) ruleSantPlace(c *ruleCtx) bool {
	if c.u.key != "sant'" || !f.capAttached(c.i+1) {
		return false
	}
	return c.decide(ruleMatch{n: f.headRun(c.i), typ: LOC, via: ViaRule})
}

// capAttached reports a capitalized word at j written right after the
// previous unit, with no space (O'|Shea, Sant'|Anna).
func (f *finder) capAttached(j int) bool {
	return j < len(f.us) && f.us[j].isCapWord() && f.us[j].start == f.us[j-1].end
}

// ruleAcronymInBrackets: an acronym in brackets right after an
// organization's or a place's name names it: China Central Television (CCT).
func (f *finder) ruleAcronymInBrackets(c *ruleCtx) bool {
	if c.gn != 0 || !c.u.upper {
		return false
	}
	c.m = f.acronymCoref(c.i)
	return c.m.n > 0
}

// ruleWebDomain: a capitalized domain name (Repubblica.it, Megaupload.com)
// names the site, an organization.
func (f *finder) ruleWebDomain(c *ruleCtx) bool {
	k := c.u.key
	if n := len(k); n < 5 || k[n-3] != '.' && k[n-4] != '.' {
		return false // most words: no top-level domain at the end
	}
	dot := strings.LastIndexByte(k, '.')
	if dot <= 0 || len(k)-dot < 3 || len(k)-dot > 4 || strings.ContainsAny(k, "/@") {
		return false
	}
	for _, r := range k[dot+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return c.decide(ruleMatch{n: 1, typ: ORG, via: ViaRule})
}

// ruleEventHead: events and works (Seconda Guerra Mondiale, Tour de France,
// Coppa Italia) are not KIND entities, and their words are not names; a
// listed place they are named after is one (Festival di Sanremo, Giro
// d'Italia), and so is a listed name that starts with such a word (Gran
// Bretagna).
func (f *finder) ruleEventHead(c *ruleCtx) bool {
	i := c.i
	if c.gn > 0 || c.u.sentStart && !f.nextCapWord(i) && !(i+2 < len(f.us) && f.us[i+1].is(clsOfPrepositions) && f.us[i+2].isCapWord()) {
		return false // Guerra e pace …, but Legge di Bilancio
	}
	n := f.headRun(i)
	for k := i + 1; k+1 < i+n; k++ {
		if f.us[k].is(clsOfPrepositions) && f.startsLoc(k+1) {
			n = k - i
			break
		}
	}
	return c.decide(ruleMatch{n: n, skip: true})
}

// nextCapWord reports a capitalized word right after unit i.
func (f *finder) nextCapWord(i int) bool {
	return i+1 < len(f.us) && f.us[i+1].isCapWord()
}

// ruleGod: Dio capitalized inside a sentence is a person, as KIND has it.
func (f *finder) ruleGod(c *ruleCtx) bool {
	if c.u.key != "dio" || c.u.sentStart {
		return false
	}
	return c.decide(ruleMatch{n: 1, typ: PER, via: ViaRule})
}

// ruleOfficeTitle: the institution named inside an office's title (il
// presidente del Consiglio, la presidente della Repubblica, il capo dello
// Stato) is part of a role mention, not an organization of its own, unless
// Options.TitleInstitutions asks for KIND's reading; a listed or longer name
// (presidente del Consiglio regionale, della Repubblica Ceca) is one.
func (f *finder) ruleOfficeTitle(c *ruleCtx) bool {
	i := c.i
	if f.g.opts.TitleInstitutions || !c.u.is(clsTitleInstitutions) || i < 2 || !f.us[i-1].is(clsOfPrepositions) || !f.us[i-2].is(clsTitles) {
		return false
	}
	n := 1
	switch {
	case f.councilOfMinisters(i):
		n = 3
	case c.gn > 0:
		return false // presidente della Repubblica Ceca, del Consiglio europeo
	case i+1 < len(f.us) && (f.us[i+1].is(clsOfPrepositions) || adjectiveLike(f.us[i+1].key) || f.isDemonym(i+1)):
		return false // presidente del Consiglio regionale, di Stato
	}
	if c.gn > n {
		return false
	}
	return c.decide(ruleMatch{n: n, skip: true, veto: true})
}

// councilOfMinisters reports Consiglio dei ministri at unit i.
func (f *finder) councilOfMinisters(i int) bool {
	return i+2 < len(f.us) && f.us[i].key == "consiglio" && f.us[i+1].key == "dei" && f.us[i+2].key == "ministri"
}

// ruleOrgHead: a head word opens an organization's name, with the
// adjectives and prepositions of that name (Ministero dell'Economia e delle
// Finanze, Corte costituzionale, Università di Camerota); alone, only the
// heads that name one institution by themselves (la Camera, la Procura).
func (f *finder) ruleOrgHead(c *ruleCtx) bool {
	if !c.u.is(clsOrgHeads) {
		return false
	}
	n := f.headRun(c.i)
	if n == 1 && !c.u.is(clsSingleOrgHeads) {
		return c.decide(none) // la Scuola, la TV: a common noun by itself
	}
	if c.gn > 0 && n > c.gn && !f.anyCapWord(c.i+c.gn, c.i+n) && !(n == c.gn+1 && f.isDemonym(c.i+c.gn)) {
		return false // il Consiglio europeo | straordinario: the listed name and an adjective; but la Camera italiana
	}
	if n == 1 {
		if e := f.ledBy(c.i); e != nil {
			return c.decide(ruleMatch{n: 1, typ: ORG, e: e, via: ViaRule, rule: "led-by"})
		}
		if e := f.titleWithoutArticle(c.i); e != nil {
			return c.decide(ruleMatch{n: 1, typ: ORG, e: e, via: ViaAlias, rule: "title-without-article"})
		}
	}
	return c.decide(ruleMatch{n: n, typ: ORG, via: ViaRule})
}

// titleWithoutArticle returns the listed newspaper whose title is an
// article and the word at i, which a bare preposition before it cites
// without the article (su Repubblica, un'intervista a Repubblica: la
// Repubblica), or nil.
func (f *finder) titleWithoutArticle(i int) *Entry {
	if i == 0 || !bareCitePrepositions[f.us[i-1].key] || f.us[i-1].cap && !f.us[i-1].sentStart {
		return nil
	}
	w := f.text[f.us[i].start:f.us[i].end]
	for _, a := range [...]string{"la ", "il "} {
		for _, q := range [...]string{"", " (quotidiano)"} { // the name the list gives a newspaper spelled like a common name
			if e := f.g.Lookup(a + w + q); e != nil && e.Type == ORG {
				return e
			}
		}
	}
	return nil
}

// anyCapWord reports a capitalized word among units [i, j).
func (f *finder) anyCapWord(i, j int) bool {
	for k := i; k < j; k++ {
		if f.us[k].isCapWord() {
			return true
		}
	}
	return false
}

// ledBy returns the listed organization that a head word at i names by the
// listed person after it, who held an office of it (la Commissione von der
// Leyen, la Commissione Juncker → Commissione europea), or nil.
func (f *finder) ledBy(i int) *Entry {
	if i+1 >= len(f.us) || f.us[i+1].sentStart || f.first[i+1] < 0 && !f.us[i+1].is(clsLeadingParticles) {
		return nil
	}
	gn, t := f.lookup(i + 1)
	if gn == 0 || t.e.Type != PER || t.via == ViaDemonym {
		return nil
	}
	head := f.us[i].key
	for _, r := range t.e.Roles {
		name := r.Place
		if len(name) > len(head) && name[len(head)] == ' ' && strings.EqualFold(name[:len(head)], head) {
			if e := f.g.Lookup(name); e != nil && e.Type == ORG {
				return e
			}
		}
	}
	return nil
}

// ruleHolyFather: il Santo Padre, la Santa Sede are not places named
// after a saint.
func (f *finder) ruleHolyFather(c *ruleCtx) bool {
	i := c.i
	if c.u.key != "santo" && c.u.key != "santa" || i+1 >= len(f.us) || f.us[i+1].key != "padre" && f.us[i+1].key != "sede" {
		return false
	}
	return c.decide(ruleMatch{n: 2, skip: true})
}

// ruleLocHead: a head word opens a place's name (Monte Bianco, Piazza San
// Pietro, Lago di Garda); alone it is a common noun (Via, Piazza). A listed
// organization named after a saint and the city after it are two names
// (il San Raffaele | di Milano).
func (f *finder) ruleLocHead(c *ruleCtx) bool {
	if !c.u.is(clsLocHeads) {
		return false
	}
	n := f.headRun(c.i)
	if c.gn > 1 && c.gt.e.Type == ORG && c.gt.via != ViaDemonym && f.withoutSeat(c.i, n) == c.gn {
		return false // al San Raffaele | di Milano: a listed hospital, school, club and its city
	}
	if n > 1 {
		return c.decide(ruleMatch{n: n, typ: LOC, via: ViaRule})
	}
	return c.decide(none)
}

// ruleNewspaperArticle: a capitalized article inside a sentence, before a
// listed organization whose title begins with it (la Repubblica, il
// Messaggero), belongs to the title; before any other (Ieri La Fiat …, a
// headline's next sentence: … Il Parlamento) it does not.
func (f *finder) ruleNewspaperArticle(c *ruleCtx) bool {
	i, u := c.i, c.u
	if u.sentStart || i+1 >= len(f.us) || !f.us[i+1].isCapWord() || f.us[i+1].start != u.end+1 {
		return false
	}
	g2, t := f.lookup(i + 1)
	if g2 == 0 || t.via == ViaDemonym || t.e.Type != ORG {
		return false
	}
	// The title with its article is a listed name (il Fatto Quotidiano);
	// the one without it may be another entry of the same paper.
	if e := f.g.Lookup(f.text[u.start:f.us[i+g2].end]); e != nil && e.Type == ORG {
		return c.decide(ruleMatch{n: 1 + g2, typ: ORG, e: e, via: ViaAlias})
	}
	return false
}

// ruleClubPrefix: a club's prefix before a listed place makes a club (Real
// Madrid, Spartak Mosca, AC Siena).
func (f *finder) ruleClubPrefix(c *ruleCtx) bool {
	i := c.i
	if !c.u.is(clsClubPrefixes) || i+1 >= len(f.us) || f.us[i+1].sentStart {
		return false
	}
	if g2, t := f.lookup(i + 1); g2 > 0 && t.e.Type == LOC && t.via != ViaDemonym {
		return c.decide(ruleMatch{n: 1 + g2, typ: ORG, via: ViaRule})
	}
	return false
}

// ruleParticleSurname: a capitalized particle before a capitalized word
// that is no common noun, head word or listed name opens an Italian surname
// (Di Pietro, De Luca, La Russa).
func (f *finder) ruleParticleSurname(c *ruleCtx) bool {
	i, u := c.i, c.u
	if !u.is(clsCapParticles) || u.sentStart && u.is(clsArticle) || c.gn != 0 || i+1 >= len(f.us) {
		return false
	}
	nx := f.us[i+1]
	if !nx.isCapWord() || u.sentStart && nx.is(clsGiven) || nx.is(clsOrgHeads) || nx.is(clsLocHeads) || nx.is(clsCommonCaps) ||
		f.lower.has(nx.h) || nounShaped(nx.key) {
		return false
	}
	if g2, _ := f.lookup(i + 1); g2 != 0 {
		return false
	}
	n := f.capRun(i, true)
	return c.decide(ruleMatch{n: n, typ: PER, e: f.linkPerson(i, n), via: ViaRule})
}

// ruleGenericCapitalized: with Options.Generic, an institution's common
// noun capitalized inside a sentence (il Governo) is read as in lower case.
func (f *finder) ruleGenericCapitalized(c *ruleCtx) bool {
	if !f.g.opts.Generic || !c.u.is(clsGenericInstitutions) || c.u.sentStart {
		return false
	}
	if !f.lowerRule(c.i) {
		return c.decide(none)
	}
	return c.decide(f.lc.m)
}

// ruleCapitalizedGovernment: Governo capitalized inside a sentence names the
// institution, as Italian writes it (il Governo ha approvato, il Governo
// italiano; the Governo Letta is the Governo and Letta), where governo in
// lower case is the common noun.
func (f *finder) ruleCapitalizedGovernment(c *ruleCtx) bool {
	i := c.i
	if c.u.key != "governo" || c.u.sentStart || c.gn > 0 {
		return false
	}
	n := 1
	if i+1 < len(f.us) && f.us[i+1].word && !f.us[i+1].cap && (f.isDemonym(i+1) || adjectiveLike(f.us[i+1].key)) {
		n = 2
	}
	return c.decide(ruleMatch{n: n, typ: ORG, via: ViaRule})
}

// ruleDonName: don before a person's name is part of it, as the priest's
// (don Luigi Ciotti, don Abbondio) and the Spanish gentleman's (Don
// Chisciotte) are called by it; the other titles are left out of the name
// (emit). The person is the listed one the rest names, if any.
func (f *finder) ruleDonName(c *ruleCtx) bool {
	i := c.i
	if c.u.key != "don" || i+1 >= len(f.us) || !f.us[i+1].isCapWord() || f.us[i+1].sentStart {
		return false
	}
	if gn, t := f.lookup(i + 1); gn > 0 && t.e.Type == PER {
		return c.decide(ruleMatch{n: 1 + gn, typ: PER, e: t.e, via: t.via, strong: true})
	}
	n := f.capRun(i+1, true)
	e := f.linkPerson(i+1, n)
	if e == nil {
		e = f.localEntry(PER, f.text[f.us[i+1].start:f.us[i+n].end]) // Ciotti … don Luigi Ciotti: one person
	}
	return c.decide(ruleMatch{n: 1 + n, typ: PER, e: e, via: ViaRule, strong: true})
}

// ruleLowerParticleSurname: the lower-case particle of a foreign surname
// before a capitalized word inside a sentence opens a person's name, the
// particle part of it (de Blasio, van Gogh, bin Salman, zu Guttenberg);
// not after a capitalized word, whose name it continues (Tour de France).
func (f *finder) ruleLowerParticleSurname(c *ruleCtx) bool {
	i := c.i
	if !surnameParticles[c.u.key] || i+1 >= len(f.us) || !f.us[i+1].isCapWord() || f.us[i+1].sentStart ||
		f.us[i+1].is(clsFunctionWords) || f.startsPlace(i+1) || i > 0 && f.us[i-1].isCapWord() && !f.us[i-1].sentStart {
		return false // Tour de France, Santuario de Vida Silvestre: inside a longer name
	}
	n := 1 + f.capRun(i+1, true)
	return c.decide(ruleMatch{n: n, typ: PER, e: f.linkPerson(i, n), via: ViaRule})
}

// ruleClosedClass: function words, titles and the common nouns Italian
// capitalizes (Stato, Paese, months) do not start a name.
func (f *finder) ruleClosedClass(c *ruleCtx) bool {
	return (c.u.is(clsFunctionWords) || c.u.is(clsCommonCaps) || c.u.is(clsTitles)) && c.decide(none)
}

// rulePortfolio: a minister's portfolio (il ministro dell'Economia, per le
// Riforme) is consumed, so that it is not taken into the name after it.
func (f *finder) rulePortfolio(c *ruleCtx) bool {
	if n := f.portfolioRun(c.i); n > 0 {
		return c.decide(ruleMatch{n: n, skip: true})
	}
	return false
}

// ruleSentenceStartCommon: a word that opens a sentence and is written in
// lower case elsewhere in the document is a common word.
func (f *finder) ruleSentenceStartCommon(c *ruleCtx) bool {
	return c.u.sentStart && f.lower.has(c.u.h) && c.decide(none)
}

// ruleGivenAfterArticle: a given name opening a run after an article names
// a thing after someone (lo stadio … il Wanda Metropolitano), not a person.
func (f *finder) ruleGivenAfterArticle(c *ruleCtx) bool {
	if !c.given || c.n < 2 || c.i == 0 || !f.us[c.i-1].is(clsArticled) {
		return false
	}
	return c.decide(ruleMatch{n: c.n, skip: true})
}

// ruleGivenName: a known given name opens a person's name (Dmitrij
// Zorbanov); alone, only inside a sentence.
func (f *finder) ruleGivenName(c *ruleCtx) bool {
	if !c.given || c.n < 2 && c.u.sentStart {
		return false
	}
	return c.decide(ruleMatch{n: c.n, typ: PER, e: f.linkPerson(c.i, c.n), via: ViaRule})
}

// ruleTitled: a title or role right before the run (il ministro Zanfrulli,
// sen. Rossi, dott. Bianchi) makes a person.
func (f *finder) ruleTitled(c *ruleCtx) bool {
	if !f.titled(c.i) || strings.ContainsAny(c.u.key, "0123456789") {
		return false
	}
	n := c.n
	if j := c.i + n; j < len(f.us) && f.us[j].isCapWord() && !f.us[j].sentStart {
		if gn, t := f.lookup(j); gn == 1 && t.e.Type == PER && t.via == ViaAlias {
			n++ // the title's name ends with a listed surname: la ministra Elvira Calderone
		}
	}
	if f.us[c.i-1].is(clsPortfolioWords) && !f.nameAfterPortfolio(c.i, n) {
		return false // the rest of the ministry's name: per gli Affari Regionali, per la Pubblica Sicurezza
	}
	return c.decide(f.overPlace(c, ruleMatch{n: n, typ: PER, e: f.linkPerson(c.i, n), via: ViaRule, strong: true}))
}

// overPlace returns m, a person's name found by a title or a noun of
// people right before it, made to refuse the gazetteer's match of the same
// span when that is a listed town (il cantautore Mango, not the town of
// Mango; personBeforePlace), with evidence that outweighs the list's.
func (f *finder) overPlace(c *ruleCtx, m ruleMatch) ruleMatch {
	if c.gn == m.n && c.gt.e != nil && c.gt.e.Type == LOC && c.gt.via != ViaDemonym {
		m.veto, m.ev = true, evOverListed
	}
	return m
}

// ruleOrgNoun: a noun naming a kind of organization right before the run
// (l'azienda Zorbatex, il quotidiano Zorba, il sito Tmz, la band Zorbs)
// makes it an organization.
func (f *finder) ruleOrgNoun(c *ruleCtx) bool {
	i := c.i
	if i == 0 || !f.us[i-1].is(clsOrgNouns) || f.us[i-1].cap || strings.ContainsAny(c.u.key, "0123456789") {
		return false
	}
	return c.decide(ruleMatch{n: c.n, typ: ORG, via: ViaRule})
}

// rulePersonNoun: a noun of people or one named after someone right before
// the run (il cantautore Zorbi, la famiglia Zorbi, il governo Zorbi, la
// riforma Zorbi) makes a person.
func (f *finder) rulePersonNoun(c *ruleCtx) bool {
	i := c.i
	if i == 0 || !f.us[i-1].is(clsPersonNouns) || f.us[i-1].cap || strings.ContainsAny(c.u.key, "0123456789") {
		return false
	}
	return c.decide(f.overPlace(c, ruleMatch{n: c.n, typ: PER, e: f.linkPerson(i, c.n), via: ViaRule, strong: true}))
}

// ruleOrgSuffix: a company's or club's suffix ends an organization's name
// (Zorbatex S.p.A., Roma Calcio).
func (f *finder) ruleOrgSuffix(c *ruleCtx) bool {
	if c.n < 2 || !f.us[c.i+c.n-1].is(clsOrgSuffixes) {
		return false
	}
	return c.decide(ruleMatch{n: c.n, typ: ORG, via: ViaRule})
}

// ruleAcronym: a word of three or four capitals that is no Roman numeral or
// common abbreviation (PIL, IVA) is an organization.
func (f *finder) ruleAcronym(c *ruleCtx) bool {
	u, k := c.u, c.u.key
	if c.n != 1 || !u.upper || len(k) < 3 || len(k) > 4 || strings.ContainsAny(k, "0123456789") || romanNumeral(k) || u.is(clsNotOrgAcronyms) {
		return false
	}
	return c.decide(ruleMatch{n: 1, typ: ORG, via: ViaRule})
}

// ruleNamesake: a word shaped like a first name right before the listed
// surname of a person whose first name it is not names another person of
// that surname (Samuele Bersani, not Pier Luigi Bersani), inside a
// sentence: one name, no listed person's.
func (f *finder) ruleNamesake(c *ruleCtx) bool {
	i, u := c.i, c.u
	if c.n != 1 || u.sentStart || u.upper || len(u.key) < 3 || strings.HasSuffix(u.key, ".") || i+1 >= len(f.us) || !f.us[i+1].isCapWord() ||
		f.lower.has(u.h) || i > 0 && f.us[i-1].is(clsArticled) ||
		nounShaped(u.key) || adjectiveLike(u.key) || strings.ContainsAny(u.key, "0123456789") ||
		u.is(clsThingWords|clsCommonCaps|clsFunctionWords|clsTitles|clsOrgHeads|clsLocHeads|clsPersonNouns) {
		return false // la Finanziaria Prodi, la riforma Gelmini, della Croda Marcora: a thing named after the person
	}
	gn, t := f.lookup(i + 1)
	if gn != 1 || t.e.Type != PER || t.via != ViaAlias || firstNameOf(t.e, u.key) || inName(t.e.Name, u.key) {
		return false
	}
	return c.decide(ruleMatch{n: 2, typ: PER, e: f.localEntry(PER, f.text[u.start:f.us[i+1].end]), via: ViaRule})
}

// ruleOfRelative: di after a noun of a person's relatives, acts or works
// (la moglie di Rossi, le dimissioni di Letta, il monologo di Celentano)
// makes a person, with weak evidence: the rest of the document may say
// otherwise (l'opera di Zorbolo); not after the nouns whose di names a place
// as often (la casa di Lanzarote, il governo di Santiago).
func (f *finder) ruleOfRelative(c *ruleCtx) bool {
	i, u := c.i, c.u
	if i < 2 || f.us[i-1].key != "di" || !f.afterPersonNoun(i) || placeOwners[f.us[i-2].key] || u.upper || nounShaped(u.key) || u.is(clsThingWords|clsCommonCaps) ||
		strings.ContainsAny(u.key, "0123456789") || c.n > 1 && !f.personShaped(i, c.n) {
		return false
	}
	return c.decide(ruleMatch{n: c.n, typ: PER, e: f.linkPerson(i, c.n), via: ViaRule})
}

// inName reports key as a word of name (José Manuel Barroso: manuel).
func inName(name, key string) bool {
	for _, w := range strings.Fields(name) {
		if sameText(w, key) {
			return true
		}
	}
	return false
}

// rulePlaceCue: a place preposition (a Canicattì, verso Kiev), a noun of
// settlements (la città di Alcamo) or di after a common noun or a head
// word (il sindaco di Casteldaccia, Festival di Cannes) before a run that
// is no common noun makes a place; di after a relative (la moglie di Rossi)
// does not.
func (f *finder) rulePlaceCue(c *ruleCtx) bool {
	i, n, u, k := c.i, c.n, c.u, c.u.key
	if c.given || u.upper || nounShaped(k) || u.is(clsThingWords) || u.is(clsCommonCaps) || strings.ContainsAny(k, "0123456789") {
		return false
	}
	if f.eventApposition(i + n) {
		return c.decide(ruleMatch{n: n, skip: true}) // ad Atreju, la festa di Fratelli d'Italia: an event, not a place
	}
	if f.placeCue(i) || f.placeNounBefore(i) {
		return c.decide(ruleMatch{n: n, typ: LOC, via: ViaRule})
	}
	if i > 1 && f.us[i-1].key == "di" && !f.afterPersonNoun(i) && (!f.us[i-2].cap || f.headBefore(i)) && (n == 1 || !f.personShaped(i, n)) {
		ev := evWeak // il sindaco di X, but also la vittoria di X
		if f.headBefore(i) {
			ev = evPlace // Festival di Cannes, Arcivescovo di Utrecht
		}
		return c.decide(ruleMatch{n: n, typ: LOC, via: ViaRule, ev: ev})
	}
	return false
}

// eventApposition reports an apposition at unit j, right after a name,
// whose head is a noun of events (Atreju, la festa di Fratelli d'Italia;
// Pontida, il raduno della Lega): the name is the event's.
func (f *finder) eventApposition(j int) bool {
	if j+2 >= len(f.us) || f.us[j].key != "," {
		return false
	}
	if a := &f.us[j+1]; a.is(clsArticle) && !a.cap {
		j++
	}
	return eventNouns[f.us[j+1].key]
}

// ruleQuotedTitle: a capitalized run alone between quotation marks, with
// no cue before it, is the title of a work or a program («Annozero», "Pane
// e tulipani"), not a person's name.
func (f *finder) ruleQuotedTitle(c *ruleCtx) bool {
	i, j := c.i, c.i+c.n
	if i == 0 || j >= len(f.us) || !isOpeningQuote(f.us[i-1].key) || !isClosingQuote(f.us[j].key) {
		return false
	}
	return c.decide(ruleMatch{n: c.n, skip: true})
}

func isOpeningQuote(k string) bool { return k == "«" || k == "“" || k == "\"" || k == "‘" }

func isClosingQuote(k string) bool {
	return k == "»" || k == "”" || k == "\"" || k == "’" || k == "'"
}

// ruleSentenceStart: a lone capitalized word that opens a sentence is
// capitalized by the sentence, unless a verb or a comma follows a word that
// is no common one (Faletti, che …; Travaglio attacca). Otherwise the word
// is decided after the scan, by the rest of the document (resolveDeferred).
func (f *finder) ruleSentenceStart(c *ruleCtx) bool {
	i, u, k := c.i, c.u, c.u.key
	if !u.sentStart || c.n != 1 {
		return false
	}
	if f.subjectOf(i) && !f.lower.has(u.h) && !nounShaped(k) &&
		!u.is(clsThingWords) && !u.upper && len(k) > 2 {
		return c.decide(ruleMatch{n: 1, typ: f.coordinatedType(i, PER), via: ViaRule})
	}
	f.deferred = append(f.deferred, i)
	return c.decide(none)
}

// ruleWordBeforePerson: a capitalized word that is no given name, before a
// given name and a surname, is no part of the person's name when it is a
// common word (la commissione Bilancio | Mario Ferretti) or opens the
// sentence (Arrestato | Derek Chauvin): it is passed over, and the person
// is named from the given name on.
func (f *finder) ruleWordBeforePerson(c *ruleCtx) bool {
	i, u := c.i, c.u
	if c.n < 3 || c.given || !f.us[i+1].is(clsGiven) || u.is(clsCapParticles) {
		return false
	}
	if !u.sentStart && !f.lower.has(u.h) && !nounShaped(u.key) && !u.is(clsPortfolioWords|clsCommonCaps|clsThingWords) {
		return false // Murray James Jones: a first name no list holds
	}
	return c.decide(ruleMatch{n: 1, skip: true})
}

// rulePersonShaped: two or three capitalized words with no cue, shaped like
// a first name and a surname, are a person; after an article, or written
// after one elsewhere, an organization (la Pro Recco).
func (f *finder) rulePersonShaped(c *ruleCtx) bool {
	i, n := c.i, c.n
	if n < 2 || n > 3 || !f.personShaped(i, n) {
		return false
	}
	if i > 0 && f.us[i-1].is(clsArticled) || f.articled.has(c.u.h) {
		return c.decide(ruleMatch{n: n, typ: ORG, via: ViaRule, rule: "person-shaped:org"})
	}
	return c.decide(ruleMatch{n: n, typ: PER, e: f.linkPerson(i, n), via: ViaRule})
}

// ruleUnshapedRun: a run of capitalized words with no cue and not shaped
// like a person's name is as often a work, an event or a foreign
// organization: consumed, not reported.
func (f *finder) ruleUnshapedRun(c *ruleCtx) bool {
	if c.n < 2 {
		return false
	}
	return c.decide(ruleMatch{n: c.n, skip: true})
}

// ruleLoneWord: a lone capitalized word with no cue, never written in lower
// case, shaped like no common noun, and not after an article, a preposition
// (but insieme a Rossi) or a noun (il Milan, su Twitter, la scala Richter)
// nor coordinated with a
// capitalized common noun (Sport e Spettacolo) nor part of a longer name
// (Venezia Mestre, Gioia del Colle, due Zorbi) is a surname; it takes
// the type of a listed name it is coordinated with (Bergamo, Brescia e
// Crema), and a name the document writes after an article is no person's.
func (f *finder) ruleLoneWord(c *ruleCtx) bool {
	i, u, k := c.i, c.u, c.u.key
	if f.lower.has(u.h) || u.upper || len(k) <= 1 || nounShaped(k) || u.is(clsThingWords) || strings.ContainsAny(k, "0123456789") ||
		i > 0 && (f.us[i-1].is(clsNotBeforePerson) && !f.dativeBefore(i) || f.afterNoun(i)) || f.coordinatedWithWord(i) ||
		f.insideLongerName(i) {
		return false
	}
	typ := f.coordinatedType(i, PER)
	if typ == PER && f.articled.has(u.h) {
		typ = ORG // il Drago … Drago: a club, a company, not a person
	}
	ev := evShape
	if typ == PER && f.subjectOf(i) {
		ev = evPlace // Zorbetti ha dichiarato: the subject of a verb of speech or action
	}
	return c.decide(ruleMatch{n: 1, typ: typ, via: ViaRule, ev: ev})
}

// emitListed emits the gazetteer's match of gn units at i (target f.rc.gt),
// as listedRules decide, and returns the number of units consumed.
func (f *finder) emitListed(i, gn int) int {
	c := &f.rc
	c.i, c.u, c.gn = i, &f.us[i], gn
	if !(f.listedPlace(c) && f.apply(listedPlaceRules, c) || c.gt.e.Type == ORG && f.apply(listedRules, c)) {
		f.emit(i, i+gn, c.gt.e, c.gt.via, c.gt.e.Type) // as listed
		return gn
	}
	m := &c.m
	if m.e == nil {
		f.emitRule(i, m)
		return m.n
	}
	if f.ruleOf != nil {
		f.ruleOf[f.us[i].start] = m.rule
	}
	f.emit(i, i+m.n, m.e, m.via, m.typ) // a listed entry: evListed
	return m.n
}

// listedPlace reports a gazetteer match at c that names a place (not its
// demonym) and is followed by a unit.
func (f *finder) listedPlace(c *ruleCtx) bool {
	return c.gt.e.Type == LOC && c.gt.via != ViaDemonym && c.i+c.gn < len(f.us)
}

// ruleSplitOffice: a listed office named after its seat (Procura di
// Napoli, Tribunale di Milano, Corte d'appello di Venezia, Corte suprema
// degli Stati Uniti) is two mentions, the office and the place, as KIND
// annotates it.
func (f *finder) ruleSplitOffice(c *ruleCtx) bool {
	i := c.i
	if c.gn < 3 || c.gt.e.Type != ORG || c.gt.via == ViaDemonym {
		return false
	}
	n := f.withoutSeat(i, c.gn)
	if n == c.gn {
		return false
	}
	return c.decide(ruleMatch{n: n, typ: ORG, e: c.gt.e, via: c.gt.via})
}

// ruleSeatAsPlace: a listed seat that stands for an institution (il
// Quirinale, Palazzo Chigi, la Casa Bianca, l'Eliseo, Montecitorio) is a
// place where something happens after a locative preposition (ha giurato al
// Quirinale, Meloni alla Casa Bianca), as buildings used as places are; not
// after a title (sottosegretario alla Presidenza del Consiglio).
func (f *finder) ruleSeatAsPlace(c *ruleCtx) bool {
	i, e := c.i, c.gt.e
	if c.gt.via == ViaDemonym || i > 1 && f.us[i-2].is(clsTitles) || !isSeat(e) && !f.us[i].is(clsLocHeads) && !isBuilding(e) {
		return false // il sottosegretario alla Presidenza del Consiglio: a portfolio
	}
	return c.decide(ruleMatch{n: c.gn, typ: LOC, e: e, via: c.gt.via})
}

// isBuilding reports an entry whose name is a building's (Palazzo Madama),
// or that is also listed as the building of that name (Montecitorio,
// Palazzo Montecitorio); not an institution with a building among its
// other names (ONU, Palazzo di Vetro).
func isBuilding(e *Entry) bool {
	w, _, _ := strings.Cut(e.Name, " ")
	if locHeads[word.Fold(w)] {
		return true
	}
	for _, a := range e.Aliases {
		if h, rest, ok := strings.Cut(a, " "); ok && rest == e.Name && locHeads[word.Fold(h)] {
			return true
		}
	}
	return false
}

// rulePlaceCompound: a listed place joined by a hyphen to a capitalized
// word is one longer place's name when the word is no listed name (Roma-
// Lido, Addis Abeba-Bole) or a place without demonyms, a locality
// (Milano-Linate, Roma-Fiumicino); two places with demonyms joined so are
// two (la relazione Cina-Russia, la partita Italia-Croazia).
func (f *finder) rulePlaceCompound(c *ruleCtx) bool {
	j := c.i + c.gn
	if !f.listedPlace(c) || j+1 >= len(f.us) || !isHyphen0(f.text[f.us[j].start:f.us[j].end]) ||
		f.us[j].start != f.us[j-1].end || !f.capAttached(j+1) {
		return false
	}
	n := 1
	if f.first[j+1] >= 0 {
		gn, t := f.lookup(j + 1)
		if gn > 0 && t.via != ViaDemonym {
			if t.e.Type != LOC || len(t.e.Demonyms) > 0 {
				return false
			}
			n = gn
		}
	}
	return c.decide(ruleMatch{n: c.gn + 1 + n, typ: LOC, via: ViaRule})
}

// ruleClubSuffix: a listed place followed by a club's or company's suffix
// names the club (Cagliari Calcio, Manchester United).
func (f *finder) ruleClubSuffix(c *ruleCtx) bool {
	if !f.listedPlace(c) {
		return false
	}
	nx := f.us[c.i+c.gn]
	if !nx.isCapWord() || nx.sentStart || !nx.is(clsOrgSuffixes) && !nx.is(clsClubSuffixes) {
		return false
	}
	return c.decide(ruleMatch{n: c.gn + 1, typ: ORG, via: ViaRule})
}

// ruleGeoAdjective: a listed place followed by an adjective of its parts is
// that part, a place (l'Italia settentrionale).
func (f *finder) ruleGeoAdjective(c *ruleCtx) bool {
	if !f.listedPlace(c) || !f.us[c.i+c.gn].is(clsGeoAdjectives) {
		return false
	}
	return c.decide(ruleMatch{n: c.gn + 1, typ: LOC, e: c.gt.e, via: c.gt.via})
}

// ruleStateActor: with Options.Metonymy, a listed place after a bare
// definite article, not followed by what keeps it a place (è, a comma), is
// the state as an actor (l'Italia ha votato); a place whose people have no
// name (la Terra) is no state.
func (f *finder) ruleStateActor(c *ruleCtx) bool {
	i, gn, t := c.i, c.gn, c.gt
	if !f.g.opts.Metonymy || t.e.Type != LOC || t.via == ViaDemonym || len(t.e.Demonyms) == 0 || i == 0 || !f.us[i-1].is(clsBareArticles) ||
		i+gn < len(f.us) && f.us[i+gn].is(clsLocFollowers) {
		return false
	}
	return c.decide(ruleMatch{n: gn, typ: ORG, e: t.e, via: t.via})
}

// lowerRule finds names that open with a lower-case word: places named
// with their head (via Roma) and, with Options.Generic, institutions named
// by a common noun (il governo). It reports whether a rule decided; the
// decision is in f.lc.m.
func (f *finder) lowerRule(i int) bool {
	if f.us[i].cls&clsLowerCue == 0 {
		return false // most lower-case words: no table says anything about them
	}
	c := &f.lc // f.rc stays as it is: lowerRule runs inside capRules
	c.i, c.u = i, &f.us[i]
	return f.apply(lowerRules, c)
}

// ruleLowerLocHead: a lower-case head before a capitalized name is part of
// the place's name (via Roma, piazza Tienanmen, provincia di Trapani).
func (f *finder) ruleLowerLocHead(c *ruleCtx) bool {
	i := c.i
	if !c.u.is(clsLowerLocHeads) {
		return false
	}
	j := i + 1
	if j < len(f.us) && f.us[j].is(clsOfPrepositions) {
		j++
	}
	if j >= len(f.us) || !f.us[j].isCapWord() || f.us[j].sentStart {
		return false
	}
	n := f.capRun(j, false)
	if g, t := f.lookup(j); g > n && t.e.Type == LOC {
		n = g
	}
	if e := f.listedPlaceAnyCase(i, j+n); e != nil {
		return c.decide(ruleMatch{n: j + n - i, typ: LOC, e: e, via: ViaName}) // piazza del Popolo: Piazza del Popolo
	}
	return c.decide(ruleMatch{n: j + n - i, typ: LOC, via: ViaRule})
}

// listedPlaceAnyCase returns the place the gazetteer lists by the name of
// units [i, j) written with a lower-case head (piazza del Popolo is listed
// as Piazza del Popolo), nil when none or several.
func (f *finder) listedPlaceAnyCase(i, j int) *Entry {
	x := f.g.index
	nd := f.first[i]
	for k := i + 1; nd >= 0 && k < j; k++ {
		f.steps.Add(1)
		nd = x.child(nd, f.us[k].id)
	}
	if nd < 0 {
		return nil
	}
	var e *Entry
	for _, t := range x.targetsOf(nd) {
		if t.e.Type != LOC || t.via == ViaDemonym {
			continue
		}
		if e != nil && e != t.e {
			return nil
		}
		e = t.e
	}
	return e
}

// rulePartitoAdjective: partito before an adjective names a party (il
// partito popolare, il partito comunista cinese).
func (f *finder) rulePartitoAdjective(c *ruleCtx) bool {
	i := c.i
	if c.u.key != "partito" || i+1 >= len(f.us) || !f.us[i+1].word || f.us[i+1].cap || !adjectiveLike(f.us[i+1].key) && !f.isDemonym(i+1) {
		return false
	}
	return c.decide(ruleMatch{n: f.headRun(i), typ: ORG, via: ViaRule})
}

// ruleGenericPhrase: with Options.Generic, institutions named by several
// common words (i vigili del fuoco, la protezione civile).
func (f *finder) ruleGenericPhrase(c *ruleCtx) bool {
	if !f.g.opts.Generic {
		return c.decide(none) // the remaining rules are all Generic's
	}
	i := c.i
	for _, p := range genericPhrases {
		f.steps.Add(1)
		if i+len(p) > len(f.us) || f.us[i].key != p[0] {
			continue
		}
		ok := true
		for k := 1; k < len(p); k++ {
			if f.us[i+k].key != p[k] {
				ok = false
				break
			}
		}
		if ok {
			return c.decide(ruleMatch{n: len(p), typ: ORG, via: ViaRule})
		}
	}
	return false
}

// ruleGenericInstitution: with Options.Generic, a common noun that stands
// for one institution (il governo, la polizia), with a demonym or an
// adjective after it (il governo cinese, la polizia locale).
func (f *finder) ruleGenericInstitution(c *ruleCtx) bool {
	i := c.i
	if !c.u.is(clsGenericInstitutions) {
		return c.decide(none)
	}
	n := 1
	if i+1 < len(f.us) && f.us[i+1].word && !f.us[i+1].cap && (f.isDemonym(i+1) || adjectiveLike(f.us[i+1].key)) {
		n = 2
	}
	return c.decide(ruleMatch{n: n, typ: ORG, via: ViaRule})
}

// coref finds a partial name (a surname, De Gasperi) of a person named in full
// earlier in the document.
func (f *finder) coref(i int) ruleMatch {
	if len(f.tails) == 0 || !f.us[i].isCapWord() || !f.tailStarts.has(f.us[i].h) {
		return none
	}
	for n := 3; n >= 1; n-- {
		f.steps.Add(1)
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
			return ruleMatch{n: n, typ: PER, e: e, via: ViaCoref, rule: "coref"}
		}
	}
	return none
}

// acronymCoref links an acronym in brackets right after an organization's
// name to it: China Central Television (CCT).
func (f *finder) acronymCoref(i int) ruleMatch {
	u := f.us[i]
	if !u.upper || i < 2 || f.us[i-1].key != "(" || len(f.out) == 0 {
		return none
	}
	if i+1 < len(f.us) && f.us[i+1].key != ")" {
		return none
	}
	last := f.out[len(f.out)-1]
	if last.End != f.us[i-2].end || last.Via == ViaDemonym || last.Type == PER {
		return none
	}
	return ruleMatch{n: 1, typ: last.Type, e: last.Entry, via: ViaCoref}
}

// emitRule appends the mention for a rule match.
func (f *finder) emitRule(i int, r *ruleMatch) {
	if r.skip {
		return
	}
	e := r.e
	if e == nil {
		e = f.localEntry(r.typ, f.text[f.us[i].start:f.us[i+r.n-1].end])
	}
	if f.ruleOf != nil {
		f.ruleOf[f.us[i].start] = r.rule
	}
	f.weak = r.typ == PER && r.n == 1 && !r.strong
	f.ev = r.ev
	if f.ev == evNone {
		f.ev = evCue // a back reference: as strong as what it refers to
	}
	f.emit(i, i+r.n, e, r.via, r.typ)
	f.weak, f.ev = false, evListed
}

// nameAfterPortfolio reports a run of n words at i after a minister's
// portfolio that is a name, not the rest of the ministry's name: none of
// its words in capitals or shaped like a common noun or adjective
// (Regionali, Sicurezza, Costituzionali), and a lone word written in lower
// case nowhere in the document (il commissario delle Finanze Postel).
func (f *finder) nameAfterPortfolio(i, n int) bool {
	for _, u := range f.us[i : i+n] {
		if u.upper || u.word && (nounShaped(u.key) || n == 1 && (adjectiveLike(u.key) || f.lower.has(u.h))) {
			return false
		}
	}
	return true
}

// linkPerson returns the gazetteer's person when the run ends with one of
// its names (Mario Draghi with Draghi listed), else nil; a run ending with a
// listed surname must start with the first word of one of the person's
// names: Elvira Calderone is not Marina Calderone, though Calderone alone is.
func (f *finder) linkPerson(i, n int) *Entry {
	for k := i + 1; k < i+n; k++ {
		gn, t := f.lookup(k)
		if gn == i+n-k && t.e.Type == PER && t.via != ViaDemonym {
			if gn == 1 && !firstNameOf(t.e, f.us[i].key) {
				return nil // another first name before a listed surname
			}
			return t.e
		}
	}
	return nil
}

// firstNameOf reports whether key is the first word of e's name or of one
// of its aliases.
func firstNameOf(e *Entry, key string) bool {
	for k := -1; k < len(e.Aliases); k++ {
		name := e.Name
		if k >= 0 {
			name = e.Aliases[k]
		}
		first, _, _ := strings.Cut(name, " ")
		if sameText(first, key) {
			return true
		}
		if part, _, ok := strings.Cut(first, "-"); ok && sameText(part, key) {
			return true // Hans Gert Poettering is Hans-Gert Pöttering
		}
	}
	return false
}
