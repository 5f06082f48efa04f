package quotes

import (
	"sort"
	"strings"
	"time"

	"github.com/tribuna-nlp/tribuna/entities"
)

// roleMemo holds the role mentions of a document: given by the pipeline,
// or computed when a role first names a speaker.
type roleMemo struct {
	set    bool
	allSet bool
	given  bool               // roles came with the document (the Analyzer found them)
	all    []entities.Mention // the gazetteer's role mentions, by Start
	roles  []entities.Mention // those resolved to a person the document mentions
}

func (m *roleMemo) clear() { *m = roleMemo{} }

// roles are the document's role phrases that the gazetteer resolved to a
// person the document mentions, computed the first time they are needed.
func (d *analysis) roles() []entities.Mention {
	r := &d.memo.roles
	if !r.set {
		r.set = true
		if len(d.ments) > 0 || r.given {
			r.roles = d.mentionedRoles(d.allRoles(), nil)
		}
	}
	return r.roles
}

// allRoles are all the document's role mentions, resolved or not: given
// by the pipeline, or computed the first time they are needed.
func (d *analysis) allRoles() []entities.Mention {
	r := &d.memo.roles
	if !r.allSet {
		r.allSet = true
		if !r.given && d.gaz != nil {
			r.all = d.gaz.RolesAt(d.text, d.toks, d.ments, time.Time{})
		}
	}
	return r.all
}

// roleID is the ID of the person the role mention at the noun phrase n
// resolved to (Document.Roles: la segretaria dem → Elly Schlein), whether
// or not the document names that person; "" when it resolved to no one.
func (d *analysis) roleID(n np) string {
	if d.gaz == nil || !n.ok() {
		return ""
	}
	head := false
	for t := n.a; t < n.b && !head; t++ {
		d.work.Add(1)
		head = d.bits[t]&wRoleHead != 0
	}
	if !head {
		return ""
	}
	if m, ok := roleMentionIn(d.allRoles(), d.toks[n.a].Start, d.toks[n.b-1].End); ok && m.Entry.Type == entities.PER {
		return m.Entry.ID
	}
	return ""
}

// mentionedRoles appends to dst the role mentions of all whose person the
// document mentions.
func (d *analysis) mentionedRoles(all, dst []entities.Mention) []entities.Mention {
	if len(all) == 0 {
		return dst
	}
	named := make(map[*entities.Entry]bool, 16)
	for _, m := range d.ments {
		if m.Type == entities.PER && m.Entry != nil {
			named[m.Entry] = true
		}
	}
	for _, m := range all {
		if named[m.Entry] {
			dst = append(dst, m)
		}
	}
	d.work.Add(len(all) + len(d.ments))
	return dst
}

// isMetonym: the entry stands for an office (Cremlino, Palazzo Chigi).
func isMetonym(e *entities.Entry) bool {
	if e == nil || e.Type == entities.PER {
		return false
	}
	for _, r := range e.Roles {
		if r.Metonym {
			return true
		}
	}
	return false
}

// A role phrase without a name (il sindaco, il ministro degli Esteri, il
// legale) names a person only when something ties that person to the role
// (CONVENTIONS.md: otherwise the role is the speaker, as written), in
// this order:
//
//   - the same text: a name written next to the same role noun or a synonym
//     of it, earlier in the document (il sindaco di Bologna, Sergio Cofferati
//     … il primo cittadino; l'avvocato Sergio Rastrelli … il legale), with
//     no modifier that contradicts (il ministro degli Esteri Simon is not il
//     ministro della Difesa): it outweighs the gazetteer's holder in the
//     years the text names (Papa Benedetto XVI … il pontefice, in a text
//     that recalls Paolo VI's 1968);
//   - the gazetteer's role mentions (entities.Gazetteer.Roles): il presidente
//     cinese → Xi Jinping, when the document mentions him;
//   - the gazetteer's roles of a person the document mentions (Montezemolo,
//     presidente of Confindustria … il presidente degli industriali), held
//     in the years the text names and with no place that contradicts (Tajani,
//     segretario of Forza Italia, is not il segretario della Lega).
//
// Relational nouns (la sorella, il figlio, l'avvocato di …) are tied only by
// the text, and no role goes to the nearest person for want of another.

// roleSynonyms are the role nouns that name the same office, by group.
var roleSynonyms = [][]string{
	{"sindaco", "sindaca", "primo cittadino", "prima cittadina"},
	{"avvocato", "avvocata", "legale", "difensore"},
	{"giudice", "gip", "gup", "magistrato", "magistrata"},
	{"pm", "procuratore", "procuratrice", "magistrato", "magistrata"},
	{"medici", "dottori", "sanitari"},
	{"medico", "dottore", "dottoressa"},
	{"papa", "pontefice"},
	{"premier", "presidente del consiglio", "capo del governo"},
	{"re", "regina", "sovrano", "sovrana", "monarca"},
	{"allenatore", "tecnico", "mister", "ct"},
	{"governatore", "governatrice", "presidente della regione"},
	{"deputato", "deputata", "onorevole", "parlamentare"},
	{"senatore", "senatrice", "parlamentare"},
	{"ministro", "ministra", "titolare"},
	{"segretario", "segretaria"},
	{"presidente", "presidentessa"},
}

// roleGroups maps a role word (or two-word role) to the bits of its
// synonym groups.
var roleGroups = func() map[string]uint32 {
	m := map[string]uint32{}
	for i, g := range roleSynonyms {
		for _, w := range g {
			m[w] |= 1 << i
		}
	}
	return m
}()

// roleSynonymWords are the one-word roles of roleSynonyms, a word class
// (cRoleSyn) so that the search for a tie skips other words at once.
var roleSynonymWords = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range roleSynonyms {
		for _, w := range g {
			if !strings.Contains(w, " ") {
				m[w] = true
			}
		}
	}
	return m
}()

// roleHead is the head of a role phrase: its first role noun (or a
// two-word role: primo cittadino), or else its first noun (il ds, il
// texano), as [a, b).
type roleHead struct {
	a, b    int
	key     string // the role as written, lower case, without ex- or neo-
	groups  uint32
	generic bool // no role noun: a noun that describes the person
}

// sameRole: two heads name the same office.
func (h roleHead) sameRole(o roleHead) bool {
	return h.key == o.key || h.groups&o.groups != 0
}

// twoWordStarts open the two-word roles of roleSynonyms.
var twoWordStarts = set("primo", "prima", "presidente", "capo")

// headOf finds the role head of the noun phrase [a, b): a role noun, or
// else the first noun after the article (il ds, il corridore texano).
func (d *analysis) headOf(a, b int) (roleHead, bool) {
	for t := a; t < b; t++ {
		d.work.Add(1)
		if d.role[t] != narrator {
			return roleHead{}, false
		}
		if h, ok := d.headAt(t); ok {
			return h, true
		}
	}
	t := a
	for t < b && (d.in(t, cArticle|cDeterminer) || d.adverb(t) || headModifiers[d.low[t]]) {
		d.work.Add(1)
		t++
	}
	if t >= b || !d.isWord(t) || d.bits[t]&wUpper != 0 || d.verb[t] >= 0 || d.in(t, cPreposition|cAvere|cEssere|cPronoun|cConjunction) {
		return roleHead{}, false
	}
	return roleHead{a: t, b: t + 1, key: bareRole(d.low[t]), generic: true}, true
}

// headModifiers stand before a noun and leave the head to it: l'ormai ex
// premier, il nuovo presidente.
var headModifiers = set("ex", "neo", "nuovo", "nuova", "attuale", "stesso", "stessa", "giovane", "anziano", "anziana", "vecchio", "vecchia")

// bareRole drops the ex- and neo- of a role (l'ex-presidente, il neo-sovrano).
func bareRole(w string) string {
	for _, p := range []string{"ex-", "neo-"} {
		if len(w) > len(p)+2 && w[:len(p)] == p {
			return w[len(p):]
		}
	}
	return w
}

// headAt reads a role head at token t.
func (d *analysis) headAt(t int) (roleHead, bool) {
	w := bareRole(d.low[t])
	if twoWordStarts[w] && t+1 < len(d.toks) {
		for two, g := range twoWordRoles {
			if first, second := two[0], two[1]; w == first && d.low[t+1] == second {
				return roleHead{a: t, b: t + 2, key: first + " " + second, groups: g}, true
			}
		}
	}
	g, syn := roleGroups[w]
	if !syn && !d.in(t, cRoleNoun) && !roleNouns[w] {
		return roleHead{}, false
	}
	return roleHead{a: t, b: t + 1, key: w, groups: g}, true
}

// twoWordRoles are the two-word roles of roleSynonyms with their groups.
var twoWordRoles = func() map[[2]string]uint32 {
	m := map[[2]string]uint32{}
	for w, g := range roleGroups {
		if first, second, ok := strings.Cut(w, " "); ok && !strings.Contains(second, " ") {
			m[[2]string{first, second}] = g
		}
	}
	return m
}()

// roleSpeaker resolves a role phrase n that holds no name: to a person
// tied to the role (see above), to the person the paragraph is about for
// a noun that describes rather than names an office (salient), or not at
// all.
func (r *resolver) roleSpeaker(n np) (Speaker, bool) {
	d := r.d
	h, ok := d.headOf(n.a, n.b)
	// The same paragraph first: a name it writes next to the role (Papa
	// Benedetto XVI … il pontefice) outweighs the gazetteer's holder in
	// the years the text names (Paolo VI, for a text that recalls 1968);
	// the rest of the document after the gazetteer's role mentions.
	if ok && !d.plural(n.a, h.a) {
		if ni, ok := d.textTie(h, d.modifiers(h.b, n.b), n.a, true); ok {
			return r.canonical(ni), true
		}
	}
	if m, ok := d.roleMention(n); ok {
		return Speaker{Name: m.Entry.Name, ID: m.Entry.ID}, true
	}
	if ok && !d.plural(n.a, h.a) {
		if ni, ok := d.textTie(h, d.modifiers(h.b, n.b), n.a, false); ok {
			return r.canonical(ni), true
		}
	}
	if ok && !d.plural(n.a, h.a) && d.definite(n.a) {
		if ni, ok := d.textTieAfter(h, d.modifiers(h.b, n.b), n); ok {
			return r.canonical(ni), true
		}
	}
	if ok && d.plural(n.a, h.a) {
		if name, ok := d.fullerGroup(h, n); ok {
			return Speaker{Name: name}, true
		}
		if ni, ok := d.courtOf(h, n); ok {
			return r.canonical(ni), true
		}
	}
	if !ok || d.plural(n.a, h.a) {
		return Speaker{}, false // i medici, le associazioni: no one person
	}
	mods := d.modifiers(h.b, n.b)
	if h.generic || !officeNouns[h.key] {
		if ni, ok := r.salient(h, n, mods); ok {
			return r.canonical(ni), true
		}
		if ni, ok := d.orgDescribed(h, n); ok {
			return r.canonical(ni), true
		}
		return r.describedBefore(h, n, mods)
	}
	if ni, ok := r.heldRole(h, mods, n.a); ok {
		return r.canonical(ni), true
	}
	return Speaker{}, false
}

// officeNouns name offices, which only the gazetteer or the text tie to a
// person; other nouns describe a person (il texano, l'imbianchino, la
// donna) and may stand for the one the paragraph is about.
var officeNouns = withPlurals("presidente", "premier", "ministro", "ministra", "segretario", "segretaria", "leader",
	"portavoce", "sindaco", "sindaca", "governatore", "governatrice", "capo", "capogruppo", "deputato", "deputata",
	"senatore", "senatrice", "parlamentare", "sottosegretario", "sottosegretaria", "vicepresidente", "vicepremier",
	"cancelliere", "cancelliera", "re", "regina", "sovrano", "sovrana", "papa", "pontefice", "consigliere", "consigliera",
	"assessore", "assessora", "direttore", "direttrice", "ambasciatore", "ambasciatrice", "procuratore", "procuratrice",
	"questore", "prefetto", "commissario", "commissaria", "comandante", "generale", "responsabile", "amministratore",
	"ad", "titolare", "coordinatore", "coordinatrice", "candidato", "candidata", "rappresentante", "dirigente",
	"giudice", "gip", "gup", "pm", "magistrato", "magistrata", "primo cittadino", "ct", "allenatore", "tecnico",
	"mister", "cardinale", "vescovo", "arcivescovo", "imam", "rabbino", "esponente", "delegato", "delegata",
	"inviato", "inviata", "presidentessa", "onorevole", "on.", "sen.")

// relationalNouns name a person by a relation to another (la sorella di,
// il legale di): never the person the paragraph is about.
var relationalNouns = withPlurals("padre", "madre", "figlio", "figlia", "moglie", "marito", "fratello", "sorella", "zio",
	"zia", "nonno", "nonna", "cugino", "cugina", "amico", "amica", "compagno", "compagna", "fidanzato", "fidanzata",
	"avvocato", "avvocata", "legale", "difensore", "collega", "consulente", "assistente", "vedova", "vedovo", "genitore",
	"convivente", "vicino", "vicina", "nipote", "suocero", "suocera", "cognato", "cognata", "erede")

// replyVerbs answer someone: their subject is another party.
var replyVerbs = set("replicare", "ribattere", "rispondere", "obiettare", "contestare", "controbattere")

// salient is the person the paragraph is about, whom a describing noun
// (il corridore texano, l'imbianchino) stands for: the last speaker of the
// paragraph, or else the named subject of a sentence before (topicBefore).
// Not for a relational noun, a phrase that names a place or organization,
// or the subject of a reply (replicare, rispondere: another party).
func (r *resolver) salient(h roleHead, n np, mods modifiers) (int, bool) {
	d := r.d
	if relationalNouns[h.key] || len(mods.entries) > mods.places || replyVerbs[r.lemma] || !d.definite(n.a) {
		return 0, false
	}
	if h.generic && !personNoun(h.key) {
		return 0, false // la possibilità, lo staff, il partito: no person
	}
	fem := d.feminine(n.a, h)
	if fem == -1 && professionNoun(h.key) {
		fem = 0 // il ministro, l'investigatore: said of women too
	}
	// A name no list holds (La Sharapova) may be the person too.
	fits := func(ni int) bool {
		return (d.names[ni].typ == entities.PER || d.names[ni].typ == "") && (fem == 0 || r.nameGender(ni) != -fem)
	}
	para := d.para[n.a]
	if r.lastName >= 0 && r.lastPara == para && fits(r.lastName) {
		return r.lastName, true
	}
	if s, ok := d.topicBefore(n.a); ok && len(s.names) == 1 && fits(s.names[0]) {
		return s.names[0], true
	}
	return 0, false
}

// topicBefore is the named subject of the nearest sentence before token
// t's in its paragraph that has one, at most three sentences back, over
// sentences whose subject is dropped or names no one (José Perez Bautista
// … è stato arrestato. Sul suo computer sono stati trovati appunti. … il
// ventiquattrenne ha affermato): the person the paragraph is about, whom
// a describing noun stands for. A sentence whose subject is another
// person's name ends the search.
func (d *analysis) topicBefore(t int) (np, bool) {
	t = min(t, len(d.toks)-1)
	si := int(d.sent[t]) - 1
	for si >= 0 && d.sents[si].a >= t {
		d.work.Add(1)
		si--
	}
	for k := 0; k < 3 && si >= 0 && d.para[d.sents[si].a] == d.para[t]; k, si = k+1, si-1 {
		d.work.Add(1)
		s := d.sents[si]
		if n, dropped := d.clauseStartSubject(s.a, s.b); !dropped && len(n.names) > 0 {
			return n, true
		}
	}
	return np{}, false
}

// courtOf: judges without a name (i giudici del Palazzo di Giustizia, i
// magistrati di piazza Cavour) speak for the court the paragraph named
// before them (La Corte di Cassazione ha pubblicato le motivazioni …):
// its ruling's words are the court's.
func (d *analysis) courtOf(h roleHead, n np) (int, bool) {
	if !judgeNouns[h.key] || len(n.names) > 0 {
		return 0, false
	}
	para := d.para[n.a]
	for ni := d.namesBefore(n.a); ni >= 0 && d.para[d.names[ni].a] == para && n.a-d.names[ni].a < 4*window; ni-- {
		d.work.Add(1)
		if nm := d.names[ni]; nm.b <= n.a && d.role[nm.a] == narrator && courtWords[d.low[nm.a]] {
			return ni, true
		}
	}
	return 0, false
}

var (
	judgeNouns = set("giudici", "magistrati", "togati")
	courtWords = set("corte", "tribunale", "cassazione", "consulta", "tar")
)

// orgNouns describe an organization (il partito, la compagnia, l'accademia).
var orgNouns = set("partito", "compagnia", "società", "azienda", "accademia", "organizzazione", "gruppo", "movimento",
	"associazione", "sindacato", "federazione", "colosso", "gigante", "istituto", "fondazione", "agenzia", "formazione",
	"ong", "multinazionale", "casa", "emittente", "testata", "quotidiano", "giornale", "università", "ateneo", "ente")

// orgDescribed: a definite singular description of an organization
// with no name (Il partito di estrema destra, la compagnia di Mountain
// View, l'accademia svedese) stands for the organization the paragraph
// named last before it: one whose name begins with the same noun
// (Accademia Reale Svedese delle Scienze) if there is one, else the
// nearest the gazetteer or the name gate calls an organization, in the
// narrator's words and not as the genitive of another noun.
func (d *analysis) orgDescribed(h roleHead, n np) (int, bool) {
	if !h.generic || !orgNouns[h.key] || len(n.names) > 0 || !d.definite(n.a) {
		return 0, false
	}
	para, nearest := d.para[n.a], -1
	for ni := d.namesBefore(n.a); ni >= 0 && d.para[d.names[ni].a] == para && n.a-d.names[ni].a < 4*window; ni-- {
		d.work.Add(1)
		nm := d.names[ni]
		if nm.b > n.a || d.role[nm.a] != narrator || nm.a > 0 && d.in(nm.a-1, cGenitive) {
			continue // a quote's words, or a name that qualifies a noun (il capo della NTEK)
		}
		if d.low[nm.a] == h.key {
			return ni, true
		}
		if nearest < 0 && (nm.typ == entities.ORG || nm.typ == "" && !nm.person && !d.ppAttached(ni)) {
			nearest = ni
		}
	}
	return nearest, nearest >= 0
}

// describedBefore: a describing noun stands for the last speaker of the
// paragraph when the text gave that speaker no name but a description
// («…» ha detto il titolare di un ristorante … «…» ha aggiunto il
// ristoratore; Il convivente di Vanessa ha ammesso … L'uomo ha
// confessato): the description the conventions name him by, as salient
// does for a named speaker, with the same exclusions and a gender that
// does not contradict.
func (r *resolver) describedBefore(h roleHead, n np, mods modifiers) (Speaker, bool) {
	d := r.d
	last := r.lastDesc
	if !last.ok() || r.lastName >= 0 || len(r.last) != 1 || r.lastPara != d.para[n.a] || last.a == n.a {
		return Speaker{}, false
	}
	if relationalNouns[h.key] || len(mods.entries) > mods.places || replyVerbs[r.lemma] || !d.definite(n.a) || h.generic && !personNoun(h.key) {
		return Speaker{}, false
	}
	lh, ok := d.headOf(last.a, last.b)
	if !ok || d.plural(last.a, lh.a) {
		return Speaker{}, false
	}
	if fem, lfem := d.feminine(n.a, h), d.feminine(last.a, lh); fem != 0 && lfem != 0 && fem != lfem {
		return Speaker{}, false
	}
	return r.last[0], true
}

// professionNoun: an office or an agent noun, whose masculine Italian
// news also uses for women (il ministro, l'investigatore Francesca …).
func professionNoun(w string) bool {
	return officeNouns[w] || len(w) > 6 && (hasSuffix(w, "tore") || hasSuffix(w, "sore") || hasSuffix(w, "dore"))
}

// personNoun: a noun shaped like one that names a person: the role nouns,
// and the endings of agents, origins and ages (il corridore, la tennista,
// il texano, l'imbianchino, il ventiquattrenne).
func personNoun(w string) bool {
	if roleNouns[w] {
		return true
	}
	for _, suf := range []string{"ista", "iste", "tore", "dore", "sore", "trice", "ante", "ente", "ano", "ana", "ese", "ino", "ina", "iere",
		"iera", "aio", "aia", "enne", "ologo", "ologa", "iatra", "ario", "aria",
		"isti", "tori", "trici", "ologi"} {
		if len(w) > len(suf)+2 && hasSuffix(w, suf) && !hasSuffix(w, "mente") {
			return true
		}
	}
	return false
}

// feminine is the gender of a noun phrase from its article and head: 1
// feminine, -1 masculine, 0 unknown.
func (d *analysis) feminine(a int, h roleHead) int {
	switch d.low[a] {
	case "la", "una":
		return 1
	case "il", "lo", "un", "uno":
		return -1
	}
	switch w := h.key; {
	case hasSuffix(w, "essa") || hasSuffix(w, "trice"):
		return 1
	case hasSuffix(w, "tore") || hasSuffix(w, "o"):
		return -1
	}
	return 0
}

// maleInA are given names ending in -a that are men's.
var maleInA = set("andrea", "luca", "nicola", "mattia", "elia", "enea", "tobia", "gianluca", "battista", "giosuè", "joshua")

// nameGender is the gender of a person's name by its given name's ending
// (in the fullest form the text gives: Samuel for Samuel Apogeo): 1
// feminine (Maria, Serena), -1 masculine (Marco, Samuel), 0 unknown (a
// surname alone, Andrea).
func (r *resolver) nameGender(ni int) int {
	full := r.fullestForm(ni)
	first, _, ok := strings.Cut(full, " ")
	if !ok {
		return 0
	}
	first = strings.ToLower(first)
	switch {
	case maleInA[first]:
		return -1
	case hasSuffix(first, "a"):
		return 1
	case hasSuffix(first, "o") || hasSuffix(first, "i"):
		return -1
	case len(first) > 2 && first[len(first)-1] >= 'b' && first[len(first)-1] <= 'z' && !strings.ContainsRune("aeiou", rune(first[len(first)-1])):
		return -1 // Samuel, David: consonant endings are mostly men's
	}
	return 0
}

// definite: a definite singular article opens the phrase at a.
func (d *analysis) definite(a int) bool {
	switch d.low[a] {
	case "il", "lo", "la", "l'":
		return true
	}
	return false
}

// modifiers are what qualifies a role in the tokens [a, b) after its head:
// the content words (degli Esteri, della Lega, francese) as lower-case
// keys, and the entries of the entity mentions among them.
type modifiers struct {
	words   []string
	entries []*entities.Entry
	places  int // how many of the entries are demonyms (il corridore texano)
}

func (d *analysis) modifiers(a, b int) modifiers { return d.modifiersIn(0, a, b) }

// modifiersIn reads the modifiers of [a, b) into scratch k of the
// document's buffers (0 for a role phrase, 1 for a phrase it is compared
// with), so that reading them allocates nothing once the scratch has grown;
// they are valid until the next read into the same scratch.
func (d *analysis) modifiersIn(k, a, b int) modifiers {
	m := &d.buf.mods[k]
	m.words, m.entries, m.places = m.words[:0], m.entries[:0], 0
	for t := a; t < b && t < a+8; t++ {
		d.work.Add(1)
		if d.role[t] != narrator || !d.isWord(t) || d.in(t, cArticle|cPreposition|cConjunction) {
			continue
		}
		m.words = append(m.words, d.low[t])
		if ni := d.nameAt[t]; ni >= 0 && d.names[ni].entry != nil && d.names[ni].a == t {
			m.entries = append(m.entries, d.names[ni].entry)
		}
	}
	n := len(m.entries)
	m.entries = d.demonymsIn(m.entries, a, b)
	m.places = len(m.entries) - n
	return *m
}

// demonymsIn are the places of the demonyms in the tokens [a, b).
func (d *analysis) demonymsIn(dst []*entities.Entry, a, b int) []*entities.Entry {
	if a >= b {
		return dst
	}
	lo, hi := d.toks[a].Start, d.toks[b-1].End
	k := sort.Search(len(d.ments), func(k int) bool { return d.ments[k].Start >= lo })
	for ; k < len(d.ments) && d.ments[k].Start < hi; k++ {
		d.work.Add(1)
		if m := d.ments[k]; m.Via == entities.ViaDemonym && m.Entry != nil {
			dst = append(dst, m.Entry)
		}
	}
	return dst
}

// agree: the modifiers of two phrases of the same role do not contradict:
// one of them has none, or they share a word or an entity.
func (m modifiers) agree(o modifiers) bool {
	if len(m.words) == 0 || len(o.words) == 0 {
		return true
	}
	for _, w := range m.words {
		for _, x := range o.words {
			if w == x {
				return true
			}
		}
	}
	for _, e := range m.entries {
		for _, x := range o.entries {
			if e == x {
				return true
			}
		}
	}
	return false
}

// isPerson: name ni can be a person's: the entities layer says so, or it
// found nothing there (a surname no list holds: il ministro degli esteri
// Simon).
func (d *analysis) isPerson(ni int) bool {
	typ := d.names[ni].typ
	return typ == entities.PER || typ == ""
}

// plural: the noun phrase from a to its head h has a plural determiner.
func (d *analysis) plural(a, h int) bool {
	for t := a; t < h; t++ {
		switch d.low[t] {
		case "i", "gli", "le", "dei", "degli", "delle", "ai", "agli", "alle", "dai", "dagli", "dalle", "nei", "negli", "nelle",
			"sui", "sugli", "sulle", "coi", "alcuni", "alcune", "molti", "molte", "tutti", "tutte", "questi", "queste", "quei", "quegli", "quelle", "due", "tre":
			return true
		}
	}
	return false
}

// textTie finds, before token pos, a person the text names next to the
// same role: il ministro degli esteri Simon, Il sindaco di Bologna, Sergio
// Cofferati (the name after the role), Sergio Rastrelli, difensore di …
// (the name before it); the nearest one.
func (d *analysis) textTie(h roleHead, mods modifiers, pos int, inPara bool) (int, bool) {
	para := d.para[min(pos, len(d.toks)-1)]
	for t := pos - 1; t >= 0 && pos-t < 4*window && (!inPara || d.para[t] == para); t-- {
		d.work.Add(1)
		o, ok := d.sameRoleAt(h, t)
		if !ok {
			continue
		}
		// The name after the role: its modifiers come between them.
		if ni, ok := d.nameAfterRole(o, mods, pos); ok {
			return ni, true
		}
		// The name before it: Sergio Rastrelli, difensore di fiducia …
		a := t
		if a > 0 && d.in(a-1, cArticle) {
			a--
		}
		if a >= 2 && d.low[a-1] == "," {
			if ni := d.nameAt[a-2]; ni >= 0 && d.names[ni].b == a-1 && d.isPerson(int(ni)) && !d.ppAttached(int(ni)) {
				end := o.b
				for end < len(d.toks) && end < o.b+8 && d.role[end] == narrator && d.low[end] != "," && !d.isBoundary(end) {
					end++
				}
				if mods.agree(d.modifiersIn(1, o.b, end)) {
					return int(ni), true
				}
			}
		}
	}
	return 0, false
}

// textTieAfter: a role phrase the paragraph ties to a name only later,
// the same role written before the name (Il ladro … affermava di … Intanto,
// il ladro, Vincenzo Peruggia, venne arrestato): the conventions name the
// speaker as the paragraph names him at his fullest.
func (d *analysis) textTieAfter(h roleHead, mods modifiers, n np) (int, bool) {
	para := d.para[n.a]
	for t := n.b; t < len(d.toks) && t-n.b < 4*window && d.para[t] == para; t++ {
		d.work.Add(1)
		if d.role[t] != narrator {
			continue
		}
		// Not a role a preposition governs (la direttrice … della contea, Meghan DeBolt).
		if o, ok := d.sameRoleAt(h, t); ok && t > 0 && !d.in(t-1, cPreposition) {
			if ni, ok := d.nameAfterRole(o, mods, len(d.toks)); ok {
				return ni, true
			}
		}
	}
	return 0, false
}

// sameRoleAt reads at token t a role head that names the same office as h
// (or, for a describing noun, the same noun).
func (d *analysis) sameRoleAt(h roleHead, t int) (roleHead, bool) {
	var o roleHead
	ok := false
	switch {
	case h.generic:
		if w := d.low[t]; w == h.key || len(w) > len(h.key) && w[len(w)-len(h.key):] == h.key && bareRole(w) == h.key {
			o, ok = roleHead{a: t, b: t + 1, key: h.key}, true
		}
	case d.cls[t]&(cRoleNoun|cRoleSyn) != 0 || d.bits[t]&wRoleNoun != 0 || d.low[t] == "primo" || d.low[t] == "prima":
		o, ok = d.headAt(t)
	}
	return o, ok && h.sameRole(o)
}

// nameAfterRole: the person's name that follows the role o (before lim),
// with only the role's modifiers between them, when they agree with mods.
func (d *analysis) nameAfterRole(o roleHead, mods modifiers, lim int) (int, bool) {
	for u := o.b; u < len(d.toks) && u <= o.b+8 && u < lim; u++ {
		d.work.Add(1)
		if ni := d.nameAt[u]; ni >= 0 && d.names[ni].a == u && !d.ppAttached(int(ni)) && !d.modifier(int(ni)) && d.isPerson(int(ni)) {
			return int(ni), mods.agree(d.modifiersIn(1, o.b, u))
		}
		if isSentenceEnd(d.low[u]) || d.low[u] == ";" || d.role[u] != narrator || d.verb[u] >= 0 || d.in(u, cAvere|cEssere) {
			break
		}
	}
	return 0, false
}

// heldRole finds, among the people the document names before token pos
// (the last speaker first, then the nearest), one whose gazetteer roles
// hold role h with modifiers mods.
func (r *resolver) heldRole(h roleHead, mods modifiers, pos int) (int, bool) {
	d := r.d
	if r.lastName >= 0 && r.lastPara == d.para[pos] && d.holds(r.lastName, h, mods) {
		return r.lastName, true
	}
	first := d.namesBefore(pos)
	for ni := first; ni >= 0 && first-ni < 100; ni-- {
		d.work.Add(1)
		if d.holds(ni, h, mods) {
			return ni, true
		}
	}
	return 0, false
}

// holds: the gazetteer gives name ni a role like h, in the years the text
// names, whose name and place agree with mods.
func (d *analysis) holds(ni int, h roleHead, mods modifiers) bool {
	nm := d.names[ni]
	if nm.entry == nil || nm.typ != entities.PER {
		return false
	}
	lo, hi, dated := d.years()
	for _, role := range nm.entry.Roles {
		d.work.Add(1)
		if role.Metonym {
			continue
		}
		name := strings.ToLower(role.Name)
		head, rest, _ := strings.Cut(name, " ")
		g := roleGroups[head]
		if g2, ok := roleGroups[name]; ok {
			g |= g2
		}
		if head != h.key && name != h.key && g&h.groups == 0 {
			continue
		}
		if dated && !role.HeldIn(0) && (role.To != 0 && role.To+2 < lo || role.From-2 > hi) {
			continue
		}
		if role.To == 0 && dated && role.From-2 > hi {
			continue
		}
		if !mods.fitRole(rest, role.Place) {
			continue
		}
		return true
	}
	return false
}

// fitRole: modifiers that do not contradict a gazetteer role whose name
// goes on with rest (degli esteri) and whose place is place: an entity
// among them is that place, and the words of a portfolio are in rest.
func (m modifiers) fitRole(rest, place string) bool {
	for _, e := range m.entries {
		if !strings.EqualFold(e.Name, place) {
			return false
		}
	}
	if rest == "" || len(m.words) == 0 || len(m.entries) > 0 {
		return true
	}
	for _, w := range m.words {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

// fullerGroup: a plural role phrase with no name (i dottori, i giudici
// amministrativi) stands for the group the paragraph described before with
// the same noun or a synonym and more words (le richieste dei medici
// dell'ospedale Sainte-Anne … Secondo i dottori; Secondo i giudici della
// sezione terza-ter del Tar del Lazio … Secondo i giudici amministrativi):
// the conventions name a speaker without a name by its fullest
// description. Each word that qualifies n must begin as a word of the
// earlier phrase does (amministrativi, amministrativo), so that i giudici
// del Tar is not i giudici della Cassazione. The name is that phrase with
// a plural article (dei medici → i medici …).
func (d *analysis) fullerGroup(h roleHead, n np) (string, bool) {
	para := d.para[n.a]
	for t := n.a - 1; t > 0 && n.a-t < 4*window && d.para[t] == para; t-- {
		d.work.Add(1)
		w := d.low[t]
		if w != h.key && roleGroups[w]&h.groups == 0 {
			continue
		}
		art, ok := pluralArticles[d.low[t-1]]
		if !ok || d.role[t] != narrator {
			continue
		}
		e := d.groupEnd(t + 1)
		if e-(t+1) <= n.b-h.b || !d.qualifiersWithin(h.b, n.b, t+1, e) {
			continue
		}
		if art == d.low[t-1] {
			return d.spanText(t-1, e), true
		}
		return art + " " + d.spanText(t, e), true
	}
	return "", false
}

// pluralArticles give the article of a plural noun phrase from the article
// or articulated preposition before its head.
var pluralArticles = map[string]string{"i": "i", "gli": "gli", "le": "le", "dei": "i", "degli": "gli", "delle": "le",
	"ai": "i", "agli": "gli", "alle": "le", "dai": "i", "dagli": "gli", "dalle": "le", "sui": "i", "sugli": "gli",
	"sulle": "le", "nei": "i", "negli": "gli", "nelle": "le"}

// groupEnd is where the words that qualify a head end, from token a: at a
// comma, a verb, a clause word, a preposition other than di (its
// complements qualify it: i medici dell'ospedale; in, a, su … open an
// adjunct: gli organizzatori in una nota) or a boundary, within fourteen
// tokens; a person's name right after the head makes it no description (a).
func (d *analysis) groupEnd(a int) int {
	if a < len(d.toks) && d.nameAt[a] >= 0 && d.isPerson(int(d.nameAt[a])) && d.names[d.nameAt[a]].a == a {
		return a
	}
	e := a
	for e < len(d.toks) && e-a < 14 && d.role[e] == narrator && (d.isWord(e) || d.innerHyphen(e)) && d.verb[e] < 0 &&
		!d.in(e, cConjunction|cAvere|cEssere|cClauseOpener) && !relatives[d.low[e]] && d.low[e] != "e" &&
		!(prepositions[d.low[e]] && !genitives[d.low[e]]) {
		d.work.Add(1)
		e++
	}
	return e
}

// innerHyphen: the token t is a hyphen inside a word (Sainte-Anne, terza-ter).
func (d *analysis) innerHyphen(t int) bool {
	return d.low[t] == "-" && t > 0 && t+1 < len(d.toks) && d.toks[t-1].End == d.toks[t].Start && d.toks[t].End == d.toks[t+1].Start
}

// qualifiersWithin: every word of [a, b) of four letters or more begins
// with the first five letters (or all, if shorter) of a word of [c, e).
func (d *analysis) qualifiersWithin(a, b, c, e int) bool {
	for t := a; t < b; t++ {
		w := d.low[t]
		if len(w) < 4 || !d.isWord(t) {
			continue
		}
		p := w[:min(len(w), 5)]
		found := false
		for u := c; u < e && !found; u++ {
			d.work.Add(1)
			found = len(d.low[u]) >= len(p) && d.low[u][:len(p)] == p
		}
		if !found {
			return false
		}
	}
	return true
}
