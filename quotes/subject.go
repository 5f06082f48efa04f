package quotes

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// np is a noun phrase naming a speaker: tokens [a, b) as written, the proper
// names it holds (coordinated names give several), or a pronoun.
type np struct {
	a, b    int
	names   []int
	pronoun bool
	pair    bool // i due leader, entrambi: the two people last named together
	also    []np // further speakers outside the mention: hanno detto, così come X, …
}

func (n np) ok() bool { return n.b > n.a }

var pairWords = set("due", "entrambi", "entrambe", "ambedue")

// mentionSpan is the span that names the speaker: the names when there are
// some (Vladimir Putin e Xi Jinping), the phrase as written otherwise.
func (d *analysis) mentionSpan(n np) (Span, bool) {
	if !n.ok() {
		return Span{}, false
	}
	a, b := n.a, n.b
	if len(n.names) > 0 {
		a, b = d.names[n.names[0]].a, d.names[n.names[len(n.names)-1]].b
	}
	// Coordinated subjects before it: the mention spans them all.
	for _, o := range n.also {
		if o.a < a && len(o.names) > 0 {
			a = d.names[o.names[0]].a
		}
	}
	s := d.toks[a].Start
	e := d.toks[b-1].End
	return Span{Text: d.text[s:e], Start: s, End: e}, true
}

// ppAttached: the name is the object of a preposition (del Tesoro, di Buenos Aires).
func (d *analysis) ppAttached(ni int) bool {
	a := d.names[ni].a
	return a > 0 && d.in(a-1, cPreposition) && d.role[a-1] == narrator
}

// modifier: a name that qualifies a role noun (la senatrice Pd) rather than naming a person.
func (d *analysis) modifier(ni int) bool {
	nm := d.names[ni]
	if nm.person || nm.a == 0 {
		return false
	}
	return d.in(nm.a-1, cRoleNoun) && (len(d.toks[nm.a].Text) <= 4 || isAllCaps(d.toks[nm.a].Text))
}

// speakerName: a name that can be the subject in its place.
func (d *analysis) speakerName(ni int) bool {
	return !d.ppAttached(ni) && !d.modifier(ni)
}

// coordinated extends the name group ending with name ni leftwards over
// "X e Y" and "X, Y e Z".
func (d *analysis) coordinated(ni int, lo int) []int {
	group := []int{ni}
	for {
		d.work.Add(1)
		a := d.names[group[0]].a
		if a-2 < lo {
			break
		}
		c := d.low[a-1]
		if c != "e" && c != "ed" && c != "," {
			break
		}
		pj := d.nameAt[a-2]
		if pj < 0 || !d.speakerName(int(pj)) {
			break
		}
		group = append([]int{int(pj)}, group...)
	}
	if len(group) > 1 && d.low[d.names[group[1]].a-1] == "," && d.low[d.names[group[len(group)-1]].a-1] != "e" {
		// "Renzi, Matteo" or an apposition, not a list
		return group[len(group)-1:]
	}
	return group
}

// segSubject finds the subject in the comma-free segment [s, e) that ends
// right before a verb phrase.
func (d *analysis) segSubject(s, e int) (np, bool) {
	for e > s && (d.in(e-1, cClitic) || d.adverb(e-1)) && d.nameAt[e-1] < 0 {
		d.work.Add(1)
		e--
	}
	if e <= s {
		return np{}, false
	}
	last := d.low[e-1]
	if d.in(e-1, cPronoun) || last == "stesso" && e-2 >= s && d.in(e-2, cPronoun) {
		a := e - 1
		if last == "stesso" {
			a--
		}
		return np{a: a, b: e, pronoun: true}, true
	}
	if relatives[last] || last == "quale" || last == "quali" {
		// Relative pronoun: the antecedent right before it.
		e--
		if last == "quale" || last == "quali" {
			e--
		}
		if e > s && d.nameAt[e-1] >= 0 && d.speakerName(int(d.nameAt[e-1])) {
			g := d.coordinated(int(d.nameAt[e-1]), s)
			return d.nameGroup(g), true
		}
		if n, ok := d.roleNP(s, e); ok {
			return n, true
		}
		// X, che ha detto …: the antecedent closes the phrase before the comma.
		if e == s && s >= 2 && (d.low[s-1] == "," || d.low[s-1] == "(") && d.role[s-2] == narrator {
			n, ok := d.antecedent(s - 1)
			if ok && last == "quale" && len(n.names) > 1 {
				// Salvini e Giorgia Meloni (la quale ha riferito …): the last one.
				n = d.nameGroup(n.names[len(n.names)-1:])
			}
			return n, ok
		}
		return np{}, false
	}
	if r := d.beforeRelative(s, e); r < e {
		if n, ok := d.chunkLeft(s, r); ok && len(n.names) > 0 {
			return n, true
		}
	}
	// L'infermiere che ha accompagnato Andrea in ambulanza ha riferito: the
	// head before a subject relative, not a name inside the relative.
	if r := d.subjectRelative(s, e); r < e {
		if n, ok := d.chunkLeft(s, r); ok && len(n.names) == 0 && !n.pronoun && d.plausibleSpeaker(n) {
			return n, true
		}
	}
	return d.chunkLeft(s, e)
}

// subjectRelative: where che opens a relative clause inside [s, e) whose
// subject it is (che ha accompagnato, che aveva detto), after a phrase of
// the narrator's; e if none.
func (d *analysis) subjectRelative(s, e int) int {
	for t := s + 1; t+1 < e && t-s < 8; t++ {
		d.work.Add(1)
		if d.role[t] != narrator {
			return e
		}
		if d.low[t] == "che" {
			if d.in(t+1, cAvere|cEssere) || d.verb[t+1] >= 0 || d.finiteAt(t+1, e) {
				return t
			}
			return e
		}
	}
	return e
}

// genitives are di and its articulated forms (il ministro dell'Interno).
var genitives = set(word.GrammarWords(word.OfPreposition)...)

// beforeRelative: where a relative clause opens inside [s, e) right after
// a name (Michael Bloomberg che … ha dovuto vedersela con l'Uragano Sandy,
// ha detto: the subject is before che), or e.
func (d *analysis) beforeRelative(s, e int) int {
	for t := s + 1; t < e; t++ {
		d.work.Add(1)
		if d.low[t] == "che" && d.nameAt[t-1] >= 0 {
			return t
		}
	}
	return e
}

// chunkLeft reads the segment [s, e) from right to left: the first name that
// no preposition governs is the subject; a phrase opened by an article that
// no preposition governs is the subject (il presidente del Consiglio, la
// visita); prepositional phrases are skipped; a bare noun or adjective
// (portavoce di Putin, vestite tutte di nero) makes the segment an
// apposition, not a subject.
func (d *analysis) chunkLeft(s, e int) (np, bool) {
	end := e
	t := e - 1
	for t >= s {
		d.work.Add(1)
		if d.role[t] != narrator {
			return np{}, false
		}
		if ni := d.nameAt[t]; ni >= 0 {
			nm := d.names[ni]
			if d.speakerName(int(ni)) && nm.a >= s {
				return d.nameGroup(d.coordinated(int(ni), s)), true
			}
			t = nm.a - 1
			if t >= s && d.in(t, cPreposition) {
				end = d.ppEnd(t, end, e)
				t--
			}
			continue
		}
		w := d.low[t]
		switch {
		case d.in(t, cPronoun):
			return np{a: t, b: t + 1, pronoun: true}, true
		case !d.isWord(t) || firstPersons[w]:
			return np{}, false
		case d.in(t, cPreposition) && !d.in(t, cArticle):
			end = d.ppEnd(t, end, e)
			t--
			continue
		case d.in(t, cArticle) || w == "questo" || w == "questa" || w == "quest'" || quantifiers[w]:
			if t > s && d.in(t-1, cPreposition) && !d.in(t-1, cArticle) {
				end = d.ppEnd(t-1, end, e)
				t -= 2
				continue
			}
			if !d.onlyFrontMatter(s, t) {
				return np{}, false // an object, not the subject: con tale ragionamento i popolari
			}
			n := d.phrase(t, end)
			return n, end > t
		}
		// A lower-case word: part of a phrase whose opening decides.
		k := t
		for k > s && d.isWord(k-1) && d.nameAt[k-1] < 0 && !d.in(k-1, cArticle) && (!d.in(k-1, cPreposition) && !d.in(k-1, cDeterminer) || d.adjectiveAfterArticle(k-1)) && d.role[k-1] == narrator {
			d.work.Add(1)
			k--
		}
		if k == s || !d.isWord(k-1) || d.role[k-1] != narrator {
			return d.barePhrase(s, k, end)
		}
		t = k - 1
	}
	return np{}, false
}

// ppEnd: a preposition at t governs what follows it; the first one that is
// not a genitive, read from the right, ends the phrase (i manifestanti
// davanti a Montecitorio → i manifestanti).
func (d *analysis) ppEnd(t, end, e int) int {
	if !d.in(t, cGenitive) && end == e {
		return t
	}
	return end
}

// adjectiveAfterArticle: a word that is a preposition elsewhere (prima,
// secondo) is an adjective of the noun phrase right after an article or an
// articulated preposition, when a word of the phrase follows it (la prima
// cittadina, la prima ministra, del secondo mandato): it does not end the
// phrase as a preposition would.
func (d *analysis) adjectiveAfterArticle(u int) bool {
	return u > 0 && u+1 < len(d.toks) && d.in(u, cPreposition) && !d.in(u, cArticle) &&
		(d.in(u-1, cArticle) || articulated[d.low[u-1]]) && d.role[u-1] == narrator && d.role[u+1] == narrator &&
		d.isWord(u+1) && !d.in(u+1, cPreposition|cArticle) && d.verb[u+1] < 0
}

var articulated = set(word.GrammarWords(word.ArticulatedPrep)...)

// barePhrase: a phrase [k, end) without an article opening the segment at
// s is a subject only as a pair word (Fonti vicine) or a bare plural of
// speakers opening the sentence (Fonti giornalistiche ipotizzano, Testimoni
// affermano); otherwise it is an apposition or a predicate.
func (d *analysis) barePhrase(s, k, end int) (np, bool) {
	if d.in(k, cRoleNoun) && k == s && d.in(k, cPairWord) {
		return np{a: k, b: end, pair: true}, true
	}
	if k == s && d.isSentStart(k) && (d.in(k, cSpeakerNoun) || d.in(k, cRoleNoun)) {
		return np{a: k, b: end}, true
	}
	return np{}, false
}

// nameGroup is the noun phrase of the coordinated names g.
func (d *analysis) nameGroup(g []int) np {
	return np{a: d.names[g[0]].a, b: d.names[g[len(g)-1]].b, names: g}
}

// phrase is the noun phrase [a, b) without a name; pair when a word of it
// names a party to a pair (le parti, entrambi).
func (d *analysis) phrase(a, b int) np {
	n := np{a: a, b: b}
	for u := a; u < b; u++ {
		d.work.Add(1)
		if d.in(u, cPairWord) {
			n.pair = true
		}
	}
	return n
}

// roleNP finds a noun phrase without a name in [s, e): from its first
// article (or role noun) that no preposition governs, to e.
func (d *analysis) roleNP(s, e int) (np, bool) {
	for t := s; t < e; t++ {
		d.work.Add(1)
		w := d.low[t]
		if d.role[t] != narrator {
			return np{}, false
		}
		if prepositions[w] && !articles[w] {
			return np{}, false // a prepositional phrase
		}
		if articles[w] || roleNouns[w] || pairWords[w] {
			n := d.phrase(t, e)
			return n, true
		}
		if !conjunctions[w] && !d.adverb(t) {
			return np{}, false
		}
	}
	return np{}, false
}

// subjectLeft finds the subject of the verb phrase starting at token p,
// looking left within its sentence over commas, parentheticals and relative
// clauses. dropped is true when the clause has no subject of its own (Ha poi
// aggiunto, «…» ha detto.): the speaker then comes from the context.
func (d *analysis) subjectLeft(p int) (n np, dropped bool) {
	lo := d.sentLo(p)
	// X ha chiesto … e in più occasioni ha ribadito: the clause's subject.
	if d.coordinatedVP(p, lo) {
		return d.clauseSubject(p)
	}
	// …, anche se dice di …: the main clause's subject, when it can speak;
	// a thing (secondo X, la morte del personaggio è …, anche se dice)
	// leaves the speaker to the search below.
	if d.subordinateVP(p, lo) {
		if n, dropped := d.clauseSubject(p); dropped || d.plausibleSpeaker(n) {
			return n, dropped
		}
	}
	e := p
	adjoining := true // the segment ends at the verb (or at a bracket before it)
	for seg := 0; seg < 8 && e > lo; seg++ {
		d.work.Add(1)
		// Alvarez (soprannominato Canelo …) ha dichiarato: the bracket is an aside.
		if d.low[e-1] == ")" {
			if o := d.openingBracket(e-1, lo); o >= 0 {
				e = o
				continue
			}
		}
		s := d.segmentStart(e, lo)
		if s == e {
			ne, n, done := d.emptySegment(e, p)
			if done {
				return n, !n.ok()
			}
			adjoining = adjoining && (e == p || ne != e-1) // Marta Vincenzi (PD), ha concluso
			e = ne
			continue
		}
		// Coordinated verb phrase (e ha insistito): the clause's subject.
		if e-1 >= s && (d.low[e-1] == "e" || d.low[e-1] == "ed") {
			return d.clauseSubject(p)
		}
		// Haneke, che, dopo l'annuncio, si è limitato a dire: the relative
		// pronoun alone stands for the name before its comma.
		if s >= 2 && d.low[s-1] == "," && d.relativeOnly(s, e) {
			if n, ok := d.antecedent(s - 1); ok {
				return n, false
			}
		}
		if d.asideSegment(s, e, lo, adjoining) {
			e = s - 1
			adjoining = false
			continue
		}
		if n, ok := d.segSubject(s, e); ok {
			if m, ok := d.nameBeforeDescription(n, s, lo); ok {
				return m, false
			}
			return n, false
		}
		if s == lo || d.role[s-1] != narrator || d.isBoundary(s-1) {
			// The segment opens the clause and has no subject.
			if segOpensWithVerb(d, s, e) {
				return np{}, true
			}
			return d.clauseStartSubject(s, p)
		}
		e = s - 1
		adjoining = false
	}
	return np{}, true
}

// asideSegment: the segment [s, e) after a comma is an aside and the
// subject stands before it: an apposition, a participle or gerund phrase
// (Carla Del Ponte, membro della commissione …, ha annunciato; Rosy Bindi,
// difesa dal segretario X, ha detto; Violante, commentando …, ha
// affermato), or, right before the verb, a name in apposition
// to a role that a preposition governs (… ricevute dal sindaco di Genova,
// Marta Vincenzi, ha concluso).
func (d *analysis) asideSegment(s, e, lo int, adjoining bool) bool {
	if s <= lo+1 || d.low[s-1] != "," {
		return false
	}
	if d.appositive(s, e) {
		return true
	}
	// Il teologo, durante l'incontro al quale era presente …, ha proposto:
	// a prepositional phrase between commas.
	if d.in(s, cPreposition) && !d.in(s, cGenitive) && !mediators[d.low[s]] && (d.in(s, cArticle) || d.in(s+1, cArticle|cDeterminer)) &&
		e < len(d.toks) && d.low[e] == "," && e-s >= 3 {
		return true
	}
	if adjoining && d.ppAside(s, e) {
		return true
	}
	// X, quando gli è stato chiesto se …, ha dichiarato: a subordinate
	// clause between commas (not mentre X ha detto, whose X is the subject).
	if e < len(d.toks) && d.low[e] == "," && subordinators[d.low[s]] && d.low[s] != "anche" && s+1 < e {
		for t := s + 1; t < e; t++ {
			if d.finiteAt(t, e) {
				return true
			}
		}
	}
	// Violante, infatti, commentando la rabbia del premier Silvio
	// Berlusconi …, ha affermato: a gerund phrase between commas.
	if e < len(d.toks) && d.low[e] == "," && e-s >= 2 && isGerund(d.low[s]) {
		return true
	}
	return adjoining && d.nameAt[s] >= 0 && d.names[d.nameAt[s]].b == e && d.roleInPP(s-1, lo)
}

// ppAside: the segment [s, e) after a comma and right before the verb is
// a prepositional phrase with an articulated preposition and no article of
// its own, so no subject (Il sindaco, Mehmet Demirgul, ai microfoni della
// televisione turca NTV ha affermato: not NTV).
func (d *analysis) ppAside(s, e int) bool {
	w := d.low[s]
	if e-s < 3 || !prepositions[w] || !determiners[w] || articles[w] || d.in(s, cGenitive) || mediators[w] {
		return false
	}
	for t := s + 1; t < e; t++ {
		d.work.Add(1)
		// alla quale proposta Joseph Ratzinger ha risposto: a relative
		// clause, whose subject is a person's name.
		if articles[d.low[t]] || d.role[t] != narrator || relatives[d.low[t]] || d.low[t] == "quale" || d.low[t] == "quali" ||
			d.nameAt[t] >= 0 && d.names[d.nameAt[t]].typ == entities.PER {
			return false
		}
	}
	return true
}

// isGerund: the word is a gerund, with or without clitics (commentando,
// rispondendo, dicendogli).
func isGerund(w string) bool {
	if len(w) > 5 && (hasSuffix(w, "ando") || hasSuffix(w, "endo")) && w != "quando" {
		return true
	}
	i := strings.LastIndex(w, "ndo")
	return i > 2 && len(w)-i <= 7 && (clitics[w[i+3:]] || w[i+3:] == "si" || w[i+3:] == "gli")
}

// segmentStart: the first token of the comma-free segment of narrator
// words that ends at e, not before lo.
func (d *analysis) segmentStart(e, lo int) int {
	s := e
	for s > lo && d.role[s-1] == narrator && d.low[s-1] != "," && !d.isDash(s-1) && !d.isBoundary(s-1) {
		d.work.Add(1)
		s--
	}
	return s
}

// quotedName: the mark at m closes a short quote in title case (an «Un
// elettore», the «Corriere»), which names who writes or speaks.
func (d *analysis) quotedName(m int) (np, bool) {
	if m < 0 || d.role[m] != markTok || d.quote[m] < 0 {
		return np{}, false
	}
	c := d.cands[d.quote[m]]
	if c.b > c.a && c.b-c.a <= 4 && titleLike(d.text[c.cs:c.ce]) {
		return np{a: c.a, b: c.b}, true
	}
	return np{}, false
}

// quotedWord: the mark at m closes a short quote (four words at most, no
// sentence punctuation) that a naming verb or a title noun of the
// narrator's clause introduces (si firma "Leonardo", chiamato «il
// Professore»); it returns the token of the opening mark.
func (d *analysis) quotedWord(m int) (int, bool) {
	if m < 0 || d.role[m] != markTok || d.quote[m] < 0 {
		return 0, false
	}
	c := d.cands[d.quote[m]]
	if c.rt != m+1 || c.lt < 0 || d.role[c.lt] != narrator || !namingVerb(d.low[c.lt]) && !d.in(c.lt, cTitleNoun) || c.b-c.a > 4 {
		return 0, false
	}
	if strings.ContainsAny(d.text[c.cs:c.ce], ".!?;:,") {
		return 0, false
	}
	return c.lt + 1, true
}

// nameBeforeDescription: Name, role phrase, verb: the name is the mention
// (George W. Bush, l'attuale Presidente degli Stati Uniti, ha affermato),
// when the description n is the segment at s and the name stands alone
// before its comma.
func (d *analysis) nameBeforeDescription(n np, s, lo int) (np, bool) {
	if len(n.names) > 0 || n.pronoun || s < 2 || d.low[s-1] != "," {
		return np{}, false
	}
	ni := d.nameAt[s-2]
	if ni < 0 || !d.speakerName(int(ni)) || d.names[ni].b != s-1 {
		return np{}, false
	}
	nm := d.names[ni]
	if nm.a == lo || d.low[nm.a-1] == "," || d.in(nm.a-1, cConjunction) || d.adverb(nm.a-1) {
		return np{a: nm.a, b: nm.b, names: []int{int(ni)}}, true
	}
	return np{}, false
}

// emptySegment reads what ends at e when no narrator word does, for the
// subject search of the verb at p: a short quoted name right before the
// verb is its subject («Un elettore» scrive alla «Voce del popolo»); a
// short quote a naming verb introduces is a word of the clause (Il ladro,
// che si firma "Leonardo", affermava); a quote or a boundary ends the
// search (no subject: done with an empty n); a comma or a bracket is
// stepped over. It returns where the search goes on.
func (d *analysis) emptySegment(e, p int) (next int, n np, done bool) {
	if n, ok := d.quotedName(e - 1); ok && e == p {
		return e, n, true
	}
	if o, ok := d.quotedWord(e - 1); ok {
		return o, np{}, false
	}
	if d.role[e-1] != narrator || d.isBoundary(e-1) {
		return e, np{}, true
	}
	return e - 1, np{}, false
}

// relativeOnly: the segment [s, e) is a relative pronoun alone (che, il
// quale).
func (d *analysis) relativeOnly(s, e int) bool {
	// che poi esclamerà, il quale subito ha detto: adverbs after it.
	for e-s > 1 && e-s <= 4 && d.adverb(e-1) && d.nameAt[e-1] < 0 {
		d.work.Add(1)
		e--
	}
	switch e - s {
	case 1:
		return d.low[s] == "che"
	case 2:
		return d.in(s, cArticle) && (d.low[s+1] == "quale" || d.low[s+1] == "quali")
	}
	return false
}

// coordinatedVP: the verb phrase at p is coordinated to an earlier one of
// the same clause by e, with only adverbs and a prepositional phrase
// between (e in più occasioni ha ribadito, e poi ha aggiunto); e + an
// article opens a subject (e un portavoce ha riferito).
func (d *analysis) coordinatedVP(p, lo int) bool {
	pp := false // a preposition seen: the words after it are its object
	for t := p - 1; t >= lo && p-t <= 5 && d.role[t] == narrator; t-- {
		d.work.Add(1)
		w := d.low[t]
		switch {
		case w == "e" || w == "ed":
			return t < p-1 && t > lo && pp
		case d.adverb(t):
			pp = true
		case d.in(t, cPreposition):
			pp = true
		case d.isWord(t) && d.nameAt[t] < 0 && d.bits[t]&wUpper == 0 && d.verb[t] < 0 && !d.in(t, cAvere|cEssere|cPronoun|cClauseOpener|cArticle|cDeterminer) || d.in(t, cArticle|cDeterminer) && t > lo && d.in(t-1, cPreposition):
		default:
			return false
		}
	}
	return false
}

// adverbialLocutions are a preposition and a word that open a sentence as
// an adverb does, with no comma after them (In realtà X non esclude …).
var adverbialLocutions = map[string]map[string]bool{
	"in":  set("realtà", "effetti", "particolare", "seguito", "pratica", "sostanza"),
	"di":  set("fatto"),
	"nel": set("frattempo", "contempo"),
	"del": set("resto"),
	"per": set("ora"),
}

// adverbialLocution: the tokens t, t+1 (before limit) are an adverbial locution.
func (d *analysis) adverbialLocution(t, limit int) bool {
	return t+1 < limit && adverbialLocutions[d.low[t]][d.low[t+1]]
}

// subordinateVP: the verb phrase at p opens a subordinate clause right
// after a comma, with no subject of its own (David Shore non esclude la
// possibilità di un film, anche se ammette che …; …, perché ritiene …):
// its subject is the main clause's, not the object before the comma.
func (d *analysis) subordinateVP(p, lo int) bool {
	sub := false
	for t := p - 1; t > lo && p-t <= 4 && d.role[t] == narrator; t-- {
		d.work.Add(1)
		w := d.low[t]
		switch {
		case w == ",":
			return sub
		case subordinateOpeners[w]:
			sub = true
		case w == "non" || d.adverb(t) || d.in(t, cClitic) && !d.in(t, cArticle):
		default:
			return false
		}
	}
	return false
}

// subordinateOpeners open a subordinate clause whose subject may be the
// main clause's (anche se, perché, poiché, sebbene).
var subordinateOpeners = set("se", "perché", "poiché", "sebbene", "benché", "siccome", "giacché", "anche", "pur", "pure", "quando", "mentre", "dopo", "malgrado", "nonostante")

// roleInPP: the tokens before e (back to a comma or lo) end with a role
// noun phrase governed by a preposition: dal sindaco di Genova.
func (d *analysis) roleInPP(e, lo int) bool {
	for t := e - 1; t >= lo && e-t <= 6 && d.role[t] == narrator && d.low[t] != ","; t-- {
		d.work.Add(1)
		if (d.in(t, cRoleNoun) || personNoun(d.low[t])) && !(t > lo && d.in(t-1, cGenitive)) {
			if t > lo && d.plural(t-1, t) {
				return false // con i cittadini, Roberta Lombardi commenta
			}
			if t > lo && d.in(t-1, cPreposition) && !d.in(t-1, cGenitive) || t > lo+1 && d.in(t-1, cArticle) && d.in(t-2, cPreposition) {
				return true
			}
			// … al quale era presente anche il segretario del papa, Georg
			// Gänswein, ha proposto: the role is a subject inside the aside.
			return t > lo+1 && d.in(t-1, cArticle) && d.verbBefore(t-1, lo)
		}
	}
	return false
}

// mediators name who speaks for the subject (il ministero, tramite la
// portavoce X, ha detto; il PD, per bocca del capogruppo, …; l'Italia, con
// il ministro X, dichiara): such a phrase
// is no aside to skip.
var mediators = set("tramite", "attraverso", "mediante", "per", "con", "col")

// verbBefore: a finite verb (an auxiliary or a frequent verb) stands in
// the segment before token t, back to a comma or lo.
func (d *analysis) verbBefore(t, lo int) bool {
	for u := t - 1; u >= lo && t-u <= 4 && d.role[u] == narrator && d.low[u] != ","; u-- {
		d.work.Add(1)
		if d.in(u, cAvere|cEssere|cCommonVerb) {
			return true
		}
	}
	return false
}

// openingBracket is the ( that the ) at t closes, or -1.
func (d *analysis) openingBracket(t, lo int) int {
	for u := t - 1; u >= lo && t-u < 30; u-- {
		d.work.Add(1)
		switch d.low[u] {
		case "(":
			return u
		case ")", ".", ";":
			return -1
		}
	}
	return -1
}

// appositive: the comma segment [s, e) is an apposition (membro della
// commissione, ex ministro, presidente di X) or a participle phrase
// (difesa dal segretario, avvicinato da X) rather than a subject: it opens
// with a bare noun or a past participle, no article, name or pronoun.
func (d *analysis) appositive(s, e int) bool {
	t := s
	for t < e && d.adverb(t) {
		t++
	}
	if t >= e || !d.isWord(t) || d.nameAt[t] >= 0 || d.bits[t]&wUpper != 0 {
		return false
	}
	w := d.low[t]
	// X, il quale era arrivato in ritardo, ha detto: a relative clause.
	if w == "che" || w == "cui" || d.in(t, cArticle) && t+1 < e && (d.low[t+1] == "quale" || d.low[t+1] == "quali") {
		return t+1 < e
	}
	if d.in(t, cArticle|cDeterminer|cPreposition|cPronoun|cConjunction|cAvere|cEssere|cClitic|cClauseOpener) || d.verb[t] >= 0 || relatives[w] {
		return false
	}
	if looksParticiple(w) {
		return true
	}
	// A bare noun, then a preposition or the end: membro della …, ex ministro.
	return d.in(t, cRoleNoun) || w == "ex" || t+1 < e && d.in(t+1, cPreposition)
}
func segOpensWithVerb(d *analysis, s, e int) bool {
	for t := s; t < e; t++ {
		w := d.low[t]
		if conjunctions[w] || d.adverb(t) {
			continue
		}
		if avere[w] || essere[w] || clitics[w] {
			return true
		}
		_, ok := d.formAt(t)
		return ok
	}
	return true
}

// clauseSubject is the subject at the start of the sentence (or the part
// after its last ; or :) that holds token p.
func (d *analysis) clauseSubject(p int) (np, bool) {
	lo := d.sentLo(p)
	s := p
	for s > lo && !(d.role[s-1] == narrator && (d.low[s-1] == ";" || d.low[s-1] == ":")) {
		d.work.Add(1)
		s--
	}
	return d.clauseStartSubject(s, p)
}

// clauseStartSubject reads the subject forward from the clause start s,
// skipping conjunctions, adverbs and fronted prepositional segments.
func (d *analysis) clauseStartSubject(s, limit int) (np, bool) {
	t := s
	for t < limit {
		d.work.Add(1)
		w := d.low[t]
		switch {
		case d.role[t] != narrator:
			return np{}, true
		case d.adverbialLocution(t, limit):
			t += 2 // In realtà David Shore …: no segment to skip to a comma
			continue
		case conjunctions[w] || d.adverb(t) || w == ",":
			t++
			continue
		case prepositions[w] && !articles[w] || subordinators[w] || w == "come":
			// Per voce di X, …: X speaks.
			if w == "per" && t+2 < limit && d.low[t+1] == "voce" && d.in(t+2, cGenitive) {
				if n, ok := d.npForward(t+3, limit); ok {
					return n, false
				}
			}
			// A fronted prepositional or subordinate segment: skip to its comma.
			u := t
			for u < limit && d.low[u] != "," && d.role[u] == narrator {
				d.work.Add(1)
				if d.isBoundary(u) {
					return np{}, true
				}
				u++
			}
			if u >= limit || d.role[u] != narrator {
				return np{}, true
			}
			t = u + 1
			continue
		}
		break
	}
	if t >= limit {
		return np{}, true
	}
	if n, ok := d.npForward(t, limit); ok {
		return n, false
	}
	return np{}, true
}

// npForward reads a noun phrase starting at t: names, a pronoun, or an
// article + role noun phrase, with an apposition (Il portavoce, Dudallah,).
func (d *analysis) npForward(t, limit int) (np, bool) {
	if t < 0 || t >= limit || t >= len(d.toks) {
		return np{}, false
	}
	w := d.low[t]
	if pronouns[w] {
		b := t + 1
		if b < limit && d.low[b] == "stesso" {
			b++
		}
		return np{a: t, b: b, pronoun: true}, true
	}
	if ni := d.nameAt[t]; ni >= 0 && d.names[ni].a == t {
		g := d.coordinatedForward(int(ni), limit)
		return np{a: t, b: d.names[g[len(g)-1]].b, names: g}, true
	}
	if !articles[w] && !roleNouns[w] && !pairWords[w] && w != "quest'" && w != "questo" && w != "questa" && !quantifiers[w] {
		return np{}, false
	}
	// Il «Corriere» scrive …, precisa la «velina»: a short quote after the
	// article is the phrase's noun.
	if t+1 < limit && d.role[t+1] == markTok && d.quote[t+1] >= 0 {
		c := d.cands[d.quote[t+1]]
		if content := d.text[c.cs:c.ce]; c.b > c.a && (titleLike(content) || wordCount(content) <= 3 && !strings.ContainsAny(content, ".!?;:,")) {
			return np{a: c.a, b: c.b}, true
		}
	}
	return d.descriptionForward(t, limit)
}

// descriptionForward reads a determiner or role noun phrase from t (il
// portavoce del ministro, molti cronisti) up to a verb, a clause word or a
// preposition; a name inside it is the speaker (il ministro Rossi), and a
// name in apposition after a comma replaces it (Il portavoce, Dudallah,).
func (d *analysis) descriptionForward(t, limit int) (np, bool) {
	u := t + 1
	var nameIdx []int
	for u < limit && u-t < 12 && d.role[u] == narrator {
		d.work.Add(1)
		lw := d.low[u]
		if ni := d.nameAt[u]; ni >= 0 {
			if d.speakerName(int(ni)) && !d.ppAttached(int(ni)) {
				nameIdx = []int{int(ni)}
			}
			u = d.names[ni].b
			continue
		}
		if lw == "," {
			// Apposition: Il presidente della Commissione, José Manuel Barroso,
			if n, ok := d.appositionAt(u+1, limit); ok {
				return n, true
			}
			break
		}
		if d.endsDescription(t, u) {
			break
		}
		if (prepositions[lw] && !genitives[lw] || locatives[lw]) && !d.adjectiveAfterArticle(u) {
			// i manifestanti davanti a Montecitorio: the phrase ends here, but an
			// apposition may follow (il capogruppo del Pd alla Camera, Chiara Braga).
			if n, ok := d.appositionAfterPP(u, limit); ok && len(nameIdx) == 0 {
				return n, true
			}
			// il capogruppo del M5S alla Camera Francesco Silvestri: the name
			// right after the role's complement is the role's holder.
			if ni, ok := d.nameAfterComplement(t, u, limit); ok && len(nameIdx) == 0 {
				return np{a: t, b: d.names[ni].b, names: []int{ni}}, true
			}
			break
		}
		if len(nameIdx) > 0 {
			break // a lower-case word after the name ends the phrase
		}
		u++
	}
	if len(nameIdx) > 0 {
		return np{a: t, b: d.names[nameIdx[0]].b, names: nameIdx}, true
	}
	n := d.phrase(t, u)
	return n, u > t
}

// endsDescription: the word u cannot continue the phrase begun at t: an
// auxiliary, a clitic, che, e, a boundary or dash, a naming verb, an adverb
// or a verb form not after a determiner.
func (d *analysis) endsDescription(t, u int) bool {
	lw := d.low[u]
	if d.in(u, cAvere|cEssere) || u > t+1 && d.in(u, cClitic) || lw == "che" || lw == "e" || lw == "ed" || d.isBoundary(u) || d.isDash(u) ||
		u > t+1 && !hasSuffix(lw, "are") && namingVerb(lw) || u > t+1 && d.cls[u]&(cAdverb|cPreposition) == cAdverb && d.nameAt[u] < 0 || u > t+1 && d.otherVerb(u) {
		return true
	}
	if prepositions[lw] && !genitives[lw] || locatives[lw] {
		return false // the caller reads an apposition after the phrase
	}
	_, ok := d.formAt(u)
	return ok && !d.in(u-1, cDeterminer)
}

// appositionAt: names (coordinated) starting at c, in apposition after a comma.
func (d *analysis) appositionAt(c, limit int) (np, bool) {
	if c >= limit || c >= len(d.toks) {
		return np{}, false
	}
	ni := d.nameAt[c]
	if ni < 0 || d.names[ni].a != c {
		return np{}, false
	}
	g := d.coordinatedForward(int(ni), limit)
	return d.nameGroup(g), true
}

// nameAfterComplement: in a role phrase begun at t (il capogruppo del M5S,
// la presidente della commissione), the complement opened by the
// preposition at u is a name or one or two nouns (alla Camera, in
// commissione Bilancio) and a person's name follows it with no comma: the
// name is in apposition to the whole phrase, whose holder it names. A
// name right after the preposition (a Giorgia Meloni) or after a role
// noun of the complement (al sindaco Mario Rossi) is the complement's, an
// addressee, not the phrase's holder.
func (d *analysis) nameAfterComplement(t, u, limit int) (int, bool) {
	if !d.roleIn(t, u) {
		return 0, false
	}
	v := u + 1
	if v < limit && d.in(v, cArticle) {
		v++
	}
	words := 0
	for v < limit && words < 2 && d.role[v] == narrator {
		d.work.Add(1)
		if ni := d.nameAt[v]; ni >= 0 {
			if d.names[ni].a != v || words > 0 {
				break
			}
			v = d.names[ni].b // alla Camera
			words = 2
			break
		}
		if !d.isWord(v) || d.in(v, cRoleNoun|cPreposition|cArticle|cClitic|cAvere|cEssere) || d.adverb(v) || d.verb[v] >= 0 || d.otherVerb(v) {
			return 0, false
		}
		v++
		words++
	}
	if words == 0 || v >= limit || d.role[v] != narrator {
		return 0, false
	}
	ni := d.nameAt[v]
	if ni < 0 || d.names[ni].a != v || d.names[ni].typ != entities.PER && !d.names[ni].person {
		return 0, false
	}
	return int(ni), true
}

// roleIn: a role noun among the tokens [a, b).
func (d *analysis) roleIn(a, b int) bool {
	for k := a; k < b; k++ {
		d.work.Add(1)
		if d.in(k, cRoleNoun) {
			return true
		}
	}
	return false
}

// appositionAfterPP: a comma within five narrator words after the
// preposition at u, followed by a name in apposition.
func (d *analysis) appositionAfterPP(u, limit int) (np, bool) {
	for v := u + 1; v < limit && v <= u+5 && d.role[v] == narrator; v++ {
		d.work.Add(1)
		if d.low[v] == "," {
			return d.appositionAt(v+1, limit)
		}
	}
	return np{}, false
}

func (d *analysis) coordinatedForward(ni, limit int) []int {
	g := []int{ni}
	u := d.names[ni].b
	for u+1 < limit && (d.low[u] == "e" || d.low[u] == "ed") && d.nameAt[u+1] >= 0 && d.names[d.nameAt[u+1]].a == u+1 {
		d.work.Add(1)
		g = append(g, int(d.nameAt[u+1]))
		u = d.names[d.nameAt[u+1]].b
	}
	return g
}

// subjectRight reads an inverted subject after a verb phrase ending at p
// («…», ha detto Xi a Putin), then an addressee introduced by a.
func (d *analysis) subjectRight(p int) (n np, addressee string, ok bool) {
	lim := d.sentHi(max(p-1, 0))
	t := d.pastAdverbials(p, lim)
	if t >= lim || d.role[t] != narrator {
		return np{}, "", false
	}
	// ha aggiunto nel corso dell'intervista il portavoce: past a
	// prepositional phrase to the subject; ha detto a Paolo Neri il
	// ministro: that phrase is the addressee; ha ribadito in mattinata, a
	// margine del vertice, il ministro: phrases set off by commas.
	before := ""
	if d.in(t, cPreposition) && d.nameAt[t] < 0 {
		before = d.addresseeAt(t, lim)
		if u, ok := d.pastPP(t, lim); ok {
			t = u
		} else if u, ok := d.pastCommaPPs(t, lim); ok {
			t = u
		}
	}
	if t+1 < lim && d.low[t] == "," && d.role[t+1] == narrator && d.in(t+1, cPreposition) {
		// in mattinata (a time adverbial already past), a margine del vertice,
		if u, ok := d.pastCommaPPs(t+1, lim); ok {
			t = u
		}
	}
	n, ok = d.npForward(t, lim)
	if ok {
		t = n.b
		if len(n.names) > 0 {
			t = d.names[n.names[len(n.names)-1]].b
		}
	}
	addressee = d.addresseeAt(t, lim)
	if addressee == "" && ok {
		addressee = before
	}
	return n, addressee, ok
}

// pastCommaPPs skips prepositional phrases closed by commas after a verb
// (in mattinata, a margine del vertice,) to the article or name that
// follows them: at most three phrases of ten tokens, none with a verb.
func (d *analysis) pastCommaPPs(t, lim int) (int, bool) {
	for k := 0; k < 3 && t < lim && d.in(t, cPreposition) && d.nameAt[t] < 0; k++ {
		u := t + 1
		for u < lim && u < t+10 && d.role[u] == narrator && d.low[u] != "," && !d.isBoundary(u) && d.verb[u] < 0 && !d.in(u, cAvere|cEssere|cClauseOpener) {
			d.work.Add(1)
			u++
		}
		if u+1 >= lim || d.low[u] != "," || d.role[u+1] != narrator {
			return 0, false
		}
		t = u + 1
		if d.in(t, cArticle) && !d.in(t, cPreposition) || d.nameAt[t] >= 0 && d.names[d.nameAt[t]].a == t {
			return t, true
		}
	}
	return 0, false
}

// pastAdverbials skips, from token t, the adverbs and time adverbials
// that stand between a speech verb and its inverted subject (ha detto ieri
// sera Elly Schlein, ha dichiarato in serata il ministro, ha spiegato
// lunedì scorso, ha detto la prima volta): it returns the first token
// after them.
func (d *analysis) pastAdverbials(t, lim int) int {
	for t < lim && d.role[t] == narrator && d.nameAt[t] < 0 {
		d.work.Add(1)
		if u := d.timeAdverbial(t, lim); u > t {
			t = u
			continue
		}
		if !d.adverb(t) || d.in(t, cPreposition) {
			break // in conferenza stampa: a phrase for pastPP, not an adverb
		}
		t++
	}
	return t
}

// timeAdverbial reads a time adverbial from token t: a time adverb or a
// weekday with a part of the day or scorso (ieri sera, oggi pomeriggio,
// lunedì scorso, giovedì 7 aprile), a preposition with a time noun (in
// serata, nel pomeriggio, nei giorni scorsi, alle 10.30), a determiner
// with a time noun (questa mattina, la scorsa settimana, l'anno scorso, il
// 3 marzo, la prima volta), or an interval before fa (due giorni fa, poco
// fa). It returns the token after it, or t when none starts there.
func (d *analysis) timeAdverbial(t, lim int) int {
	ok := func(u int) bool { return u < lim && d.role[u] == narrator && d.nameAt[u] < 0 }
	if !ok(t) {
		return t
	}
	w := d.low[t]
	u := t
	switch {
	case timeAdverbs[w] || d.in(t, cWeekday):
		u++
		if d.in(t, cWeekday) {
			u = d.dateAfter(u, lim)
		}
	case d.number(t) && ok(t+1) && d.in(t+1, cMonth):
		return d.dateAfter(t, lim) // 7 aprile
	case w == "poco" || d.number(t) || quantities[w]:
		// due giorni fa, poco fa
		v := t + 1
		if w != "poco" && ok(v) && timeNouns[d.low[v]] {
			v++
		}
		if !ok(v) || d.low[v] != "fa" || v == t+1 && w != "poco" {
			return t
		}
		return v + 1
	case d.in(t, cArticle) || w == "questa" || w == "questo" || w == "quest'" || d.in(t, cPreposition):
		v := t + 1
		if d.in(t, cPreposition) {
			if ok(v) && d.number(v) && (w == "alle" || w == "all'" || w == "dalle") {
				return d.dateAfter(v, lim) // alle 10.30
			}
			if ok(v) && d.in(v, cArticle) {
				v++ // durante la notte
			}
		}
		if ok(v) && timeModifiers[d.low[v]] {
			v++ // la scorsa settimana, in tarda serata
		}
		switch {
		case ok(v) && (timeNouns[d.low[v]] || d.low[v] == "ieri"):
			u = v + 1
		case ok(v) && d.in(t, cArticle) && d.number(v) && ok(v+1) && d.in(v+1, cMonth):
			return d.dateAfter(v, lim) // il 3 marzo
		default:
			return t
		}
	default:
		return t
	}
	// ieri sera, lunedì mattina, la settimana scorsa, il giorno dopo
	if ok(u) && timeNouns[d.low[u]] && !timeAdverbs[w] || ok(u) && dayParts[d.low[u]] {
		u++
	}
	if ok(u) && timeModifiers[d.low[u]] && d.low[u] != "tarda" && d.low[u] != "tardo" {
		u++
	}
	return u
}

// dateAfter skips a day, a month and a year from u (7 aprile 2005, 10.30).
func (d *analysis) dateAfter(u, lim int) int {
	for k := 0; k < 3 && u < lim && d.role[u] == narrator && (d.number(u) || d.in(u, cMonth) || d.bits[u]&wYear != 0); k++ {
		d.work.Add(1)
		u++
	}
	return u
}

// Words of time adverbials (timeAdverbial).
var (
	timeAdverbs = set("ieri", "oggi", "domani", "stamattina", "stamani", "stamane", "stasera", "stanotte", "altroieri", "dopodomani")
	dayParts    = set("mattina", "mattino", "mattinata", "pomeriggio", "sera", "serata", "notte", "nottata")
	timeNouns   = set("mattina", "mattino", "mattinata", "pomeriggio", "sera", "serata", "notte", "nottata", "giornata",
		"giorno", "giorni", "settimana", "settimane", "mese", "mesi", "anno", "anni", "volta", "volte", "ore", "minuti",
		"weekend", "vigilia", "momento")
	timeModifiers = set("scorso", "scorsa", "scorsi", "scorse", "prossimo", "prossima", "passato", "passata", "stesso", "stessa",
		"prima", "primo", "ultima", "ultimo", "altra", "altro", "dopo", "successivo", "successiva", "precedente", "tarda", "tardo")
	quantities = set("due", "tre", "quattro", "cinque", "sei", "sette", "otto", "dieci", "pochi", "poche", "alcuni", "alcune", "qualche", "molti")
)

// pastPP skips the prepositional phrases from token t (nel corso
// dell'intervista, nel corso della conferenza stampa di ieri sera) to a
// subject that no preposition governs: an article, or a name; ok is false
// when none comes within ten words, or a clause opens first.
func (d *analysis) pastPP(t, lim int) (int, bool) {
	for u := t + 1; u < lim && u < t+10 && d.role[u] == narrator; u++ {
		d.work.Add(1)
		if d.isBoundary(u) || d.low[u] == "," || d.verb[u] >= 0 || d.in(u, cAvere|cEssere|cClauseOpener) {
			return 0, false
		}
		if d.in(u-1, cPreposition) {
			continue
		}
		if d.in(u, cArticle) && !d.in(u, cPreposition) || d.nameAt[u] >= 0 && d.names[d.nameAt[u]].a == u {
			return u, true
		}
	}
	return 0, false
}

// addresseeAt reads "a X" / "al X" at t.
func (d *analysis) addresseeAt(t, lim int) string {
	for t < lim && d.role[t] == narrator && d.adverb(t) && d.nameAt[t] < 0 {
		d.work.Add(1)
		t++
	}
	if t+1 >= lim || d.role[t] != narrator {
		return ""
	}
	switch d.low[t] {
	case "a", "ad", "al", "alla", "all'", "ai", "agli", "alle", "allo":
	default:
		return ""
	}
	// a Putin, all'on. Turati, al presidente Vladimir Putin
	for u := t + 1; u < lim && u <= t+4 && d.role[u] == narrator; u++ {
		d.work.Add(1)
		if ni := d.nameAt[u]; ni >= 0 && d.names[ni].a == u {
			nm := d.names[ni]
			if b := nm.b; b < lim && d.role[b] == narrator && d.number(b) && d.toks[b].Start == nm.end+1 {
				return d.text[nm.start:d.toks[b].End] // a Rtl 102.5: a station and its frequency
			}
			return d.nameText(nm)
		}
		if !d.in(u, cRoleNoun) && !d.in(u, cArticle) && !d.adverb(u) && !startsUpper(d.toks[u].Text) {
			break
		}
	}
	return ""
}

// onlyFrontMatter: the tokens before a subject starting at k, back to the
// segment start s or a clause opener (che, dove), are conjunctions, adverbs
// and prepositional phrases (Dal G20 di Buenos Aires il premier …).
func (d *analysis) onlyFrontMatter(s, k int) bool {
	t := k - 1
	// … e un portavoce ha riferito: a coordinator opens a new clause.
	if t >= s && t > 0 && (coordinators[d.low[t]] || d.low[t] == "mentre") && d.role[t] == narrator {
		return true
	}
	for t >= s {
		d.work.Add(1)
		w := d.low[t]
		switch {
		case clauseOpeners[w]:
			return true
		case conjunctions[w] || d.adverb(t):
			t--
			continue
		}
		// Sabato 1º agosto la televisione …: a date before the subject.
		if d.toks[t].Kind != tokenize.Word || d.in(t, cMonth) || timeWords[w] {
			t--
			continue
		}
		u := t
		for u >= s && !d.in(u, cPreposition) && !d.in(u, cClauseOpener) && (d.isWord(u) || d.toks[u].Kind == 1) {
			d.work.Add(1)
			u--
		}
		if u < s || !d.in(u, cPreposition) {
			return false
		}
		t = u - 1
	}
	return true
}

var clauseOpeners = set("che", "dove", "quando", "cui", "mentre", "se", "perché", "poiché", "qualora", "sebbene", "benché", "nonostante")

// quantifiers open a noun phrase as an article does: molti cronisti,
// alcuni testimoni.
var quantifiers = set("molti", "molte", "alcuni", "alcune", "diversi", "diverse", "numerosi", "numerose", "tanti", "tante",
	"pochi", "poche", "vari", "varie", "tutti", "tutte", "ciascuno", "ciascuna", "ogni", "qualche", "taluni", "parecchi")

// firstPersons in the narrator's text are the author, not a reported speaker.
var firstPersons = set("io", "noi", "voi", "tu")

// locatives end a noun phrase like a preposition: davanti a, dietro.
var locatives = set("davanti", "dietro", "accanto", "vicino", "fuori", "dentro", "sotto", "sopra", "presso", "oltre", "durante", "dopo", "prima", "mentre", "quando")

// antecedent is the noun phrase ending right before token e: a name group,
// or a common noun phrase back to its article or preposition (dai
// socialisti, che …).
func (d *analysis) antecedent(e int) (np, bool) {
	if ni := d.nameAt[e-1]; ni >= 0 {
		if n, ok := d.appositionAnchor(int(ni)); ok {
			return n, true
		}
		g := d.coordinated(int(ni), max(e-12, 0))
		return d.nameGroup(g), true
	}
	k := e - 1
	for k > 0 && e-k < 8 && d.isWord(k) && d.role[k] == narrator && !d.in(k, cArticle) && !(d.in(k, cPreposition) && !d.in(k, cGenitive)) {
		d.work.Add(1)
		k--
	}
	if k >= 0 && d.in(k, cArticle) {
		return np{a: k, b: e}, e > k+1
	}
	if k >= 0 && d.in(k, cPreposition) && k+1 < e {
		return np{a: k + 1, b: e}, true
	}
	return np{}, false
}

// pluralVerb: the verb phrase is in the third person plural (hanno detto,
// dicono, sono stati).
func (d *analysis) pluralVerb(v vp) bool {
	for t := v.a; t < v.b; t++ {
		w := d.low[t]
		// fanno appello, fanno sapere: the number is fare's.
		if d.in(t, cAvere|cEssere) || t == v.v || fareForms[w] || rendereForms[w] {
			return hasSuffix(w, "no") || w == "furono" || w == "ebbero"
		}
	}
	return false
}

// conjuncts are the subjects coordinated before the subject n of a plural
// verb (La premier Giorgia Meloni e il presidente francese Emmanuel
// Macron hanno detto; X di Roma, Y di Milano e Z di Napoli hanno detto),
// each a name (with the role and modifiers around it) or a role phrase.
func (d *analysis) conjuncts(n np) []np {
	if !n.ok() || n.pronoun {
		return nil
	}
	var out []np
	a := d.conjunctStart(n.a)
	prep := "" // da X e da Y: the same preposition before each conjunct
	if a >= 3 && prepositions[d.low[a-1]] && (d.low[a-2] == "e" || d.low[a-2] == "ed") {
		prep, a = d.low[a-1], a-1
	}
	for k := 0; k < 5 && a >= 2; k++ {
		d.work.Add(1)
		sep := d.low[a-1]
		if sep != "e" && sep != "ed" && (sep != "," || k == 0 && !d.listEnd(n)) {
			break // the last conjunct follows e: X, Y e Z (I presidenti di Camera e Senato, X e Y, is an apposition)
		}
		// The conjunct before the separator: back to the one before it.
		e := a - 1
		s := e
		for s > 0 && e-s < 10 && d.role[s-1] == narrator && d.low[s-1] != "," && d.low[s-1] != "e" && d.low[s-1] != "ed" && !d.isBoundary(s-1) && d.verb[s-1] < 0 {
			d.work.Add(1)
			s--
		}
		cs, afterPrep := s, false
		if prep != "" {
			p := e - 1
			for p > s && prepBase(d.low[p]) != prepBase(prep) {
				p--
			}
			if prepBase(d.low[p]) != prepBase(prep) || prepBase(prep) == "" {
				break
			}
			cs, afterPrep = p+1, true
		}
		c, ok := d.conjunctIn(cs, e, afterPrep)
		if !ok {
			break
		}
		out = append(out, c)
		if sep != "," && (s == 0 || d.low[s-1] != ",") {
			break // the first conjunct: X e Y, or X, Y e Z
		}
		a = s
	}
	return out
}

// prepBase is the simple preposition of an articulated one (dal, dalla →
// da; nel → in), so that dal ministro X e da Y repeat the same one.
func prepBase(w string) string {
	if !prepositions[w] {
		return "" // David is no da
	}
	switch {
	case w == "di" || w == "d'" || strings.HasPrefix(w, "del"):
		return "di"
	case strings.HasPrefix(w, "da"):
		return "da"
	case w == "a" || w == "ad" || strings.HasPrefix(w, "al"):
		return "a"
	case w == "in" || strings.HasPrefix(w, "nel"):
		return "in"
	case strings.HasPrefix(w, "su"):
		return "su"
	case w == "con" || w == "col" || w == "coi":
		return "con"
	}
	return w
}

// listEnd: n holds names joined by e and no comma follows it: the end of a
// list (Norvegia, Giappone e Islanda hanno sostenuto), not an apposition.
func (d *analysis) listEnd(n np) bool {
	if len(n.names) < 2 {
		return false
	}
	end := d.names[n.names[len(n.names)-1]].b
	return end < len(d.toks) && d.low[end] != ","
}

// conjunctStart is where the conjunct holding token a begins: back over
// its role phrase (il presidente francese Emmanuel Macron).
func (d *analysis) conjunctStart(a int) int {
	for a > 0 && d.role[a-1] == narrator && d.isWord(a-1) && d.nameAt[a-1] < 0 && d.verb[a-1] < 0 && !d.in(a-1, cConjunction|cAvere|cEssere|cPreposition) && d.low[a-1] != "e" {
		d.work.Add(1)
		a--
	}
	return a
}

// conjunctIn reads one conjunct in [s, e): its first name that no
// preposition governs (Anna Neri di Milano), or, right after the
// preposition the conjuncts repeat (afterPrep: da X e da Y), its first
// person; or else its role phrase.
func (d *analysis) conjunctIn(s, e int, afterPrep bool) (np, bool) {
	if afterPrep {
		// dal ministro degli Esteri britannico David Miliband: the person
		// the entities layer found, the last in the conjunct.
		for t := e - 1; t >= s; t-- {
			d.work.Add(1)
			if ni := d.nameAt[t]; ni >= 0 && d.names[ni].a >= s && d.names[ni].typ == entities.PER {
				nm := d.names[ni]
				return np{a: nm.a, b: min(nm.b, e), names: []int{int(ni)}}, true
			}
		}
	}
	for t := s; t < e; t++ {
		d.work.Add(1)
		if ni := d.nameAt[t]; ni >= 0 && d.names[ni].a >= s && d.speakerName(int(ni)) {
			nm := d.names[ni]
			return np{a: nm.a, b: min(nm.b, e), names: []int{int(ni)}}, true
		}
	}
	if e > s && d.in(s, cArticle) && roleNounIn(d, np{a: s, b: e}) {
		return np{a: s, b: e}, true
	}
	return np{}, false
}

// clauseSubjectBefore: the subject of an earlier clause of the same sentence,
// for a verb whose subject is dropped after ; or :.
func (d *analysis) clauseSubjectBefore(p int) (np, bool) {
	lo := d.sentLo(p)
	if lo >= p {
		return np{}, false
	}
	n, dropped := d.clauseStartSubject(lo, p)
	if dropped || n.b > p {
		return np{}, false
	}
	return n, true
}

// npText is the text of a noun phrase.
func (d *analysis) npText(n np) string {
	if s, ok := d.mentionSpan(n); ok {
		return s.Text
	}
	return ""
}

// appositionAnchor: a relative pronoun after an apposition stands for the
// person the apposition describes, not for the name a preposition governs
// at its end (Maria Rossi, presidente dell'Ascom di Torino, che si è detta
// …: Maria Rossi, not Torino). ni is that last name; the apposition is a
// role phrase back to a comma, and before the comma a person's name that
// is a subject in its place.
func (d *analysis) appositionAnchor(ni int) (np, bool) {
	if !d.ppAttached(ni) {
		return np{}, false
	}
	c := d.names[ni].a - 1
	for c > 0 && d.names[ni].a-c < 12 && d.low[c] != "," {
		d.work.Add(1)
		if d.role[c] != narrator || d.verb[c] >= 0 || d.isBoundary(c) || d.in(c, cAvere|cEssere|cConjunction) {
			return np{}, false
		}
		c--
	}
	if c < 1 || d.low[c] != "," {
		return np{}, false
	}
	h := c + 1
	if d.in(h, cArticle) {
		h++
	}
	if _, ok := d.headAt(h); !ok {
		return np{}, false
	}
	p := d.nameAt[c-1]
	if p < 0 || !d.isPerson(int(p)) || !d.speakerName(int(p)) {
		return np{}, false
	}
	return d.nameGroup(d.coordinated(int(p), max(c-12, 0))), true
}
