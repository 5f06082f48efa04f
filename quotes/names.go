package quotes

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// name is a proper name in the document: an entity mention, or a run of
// capitalized words that passes the name gate (gatedRun) where the entities
// layer found none.
type name struct {
	span
	start, end int
	entry      *entities.Entry // nil for a gated run
	typ        entities.Type
	via        entities.Via // how entities found it; 0 for a gated run
	person     bool         // a person as far as can be told
}

var nameConnectors = set("di", "de", "del", "della", "dei", "degli", "delle", "d'", "da", "van", "von", "der", "bin", "al", "el", "la", "le", "dell'")

// findNames collects the proper names in one pass: the entity mentions the
// entities layer found (demonyms aside), and the capitalized runs it left
// that pass the name gate.
func (d *analysis) findNames() {
	toks := d.toks
	mi := 0
	d.work.Add(len(toks) + len(d.ments)) // the passes over both
	for i := 0; i < len(toks); i++ {
		for mi < len(d.ments) && (d.ments[mi].Start < toks[i].Start || d.ments[mi].Via == entities.ViaDemonym || d.ments[mi].End <= d.ments[mi].Start) {
			mi++
		}
		if mi < len(d.ments) && d.ments[mi].Start == toks[i].Start {
			i = d.mentionName(i, d.ments[mi]) - 1
			mi++
			continue
		}
		if d.bits[i]&wUpper == 0 {
			continue // most tokens: no capital, no name
		}
		mentionStart := len(d.text)
		if mi < len(d.ments) {
			mentionStart = d.ments[mi].Start
		}
		if j, ok := d.gatedRun(i, mentionStart); ok {
			d.addRun(i, j)
			i = j - 1
		}
	}
	d.joinParticles()
}

// joinParticles makes one name of two that an Arabic particle glued to
// the second joins (Ayman al-Zawāhirī, Abd el-Kader), which the entities
// layer may find as two: the name a speaker is given is the whole one.
func (d *analysis) joinParticles() {
	out := d.names[:0]
	for i := 0; i < len(d.names); i++ {
		d.work.Add(1)
		nm := d.names[i]
		if i+1 < len(d.names) {
			nx := d.names[i+1]
			if p := nm.b; nx.a == p+2 && arabicParticles[d.low[p]] && d.low[p+1] == "-" && d.gapIsSpace(p) &&
				d.toks[p+1].Start == d.toks[p].End && d.toks[p+2].Start == d.toks[p+1].End {
				nm.b, nm.end = nx.b, nx.end
				nm.person = nm.person || nx.person || nx.typ == entities.PER
				if nm.entry == nil || nx.entry != nil && nx.via != entities.ViaRule {
					nm.entry, nm.typ, nm.via = nx.entry, nx.typ, nx.via
				}
				i++
			}
		}
		for t := nm.a; t < nm.b; t++ {
			d.nameAt[t] = int32(len(out))
		}
		out = append(out, nm)
	}
	d.names = out
}

// arabicParticles join a given name to a family name with a hyphen.
var arabicParticles = set("al", "el", "ad", "as", "ash", "ar", "an", "az", "bin", "ibn", "abu", "abd")

// mentionName adds the name of mention m, which starts at token i, and
// returns the token after it.
func (d *analysis) mentionName(i int, m entities.Mention) int {
	toks := d.toks
	a, b := i, i
	for b < len(toks) && toks[b].Start < m.End {
		d.work.Add(1)
		b++
	}
	// A mention wider than its entry's name (Economia Giancarlo Giorgetti
	// for Giancarlo Giorgetti): keep the tokens that spell the name.
	if m.Entry != nil && b-a > 1 {
		if name := m.Entry.Name; len(m.Text) > len(name) && m.Text[len(m.Text)-len(name)-1] == ' ' && strings.HasSuffix(m.Text, name) {
			if k := strings.Count(strings.TrimSpace(name), " ") + 1; k < b-a {
				a = b - k
			}
		}
	}
	d.addName(name{span: span{a, b}, start: toks[a].Start, end: toks[b-1].End, entry: m.Entry, typ: m.Type, via: m.Via, person: m.Type == entities.PER})
	return b
}

// gatedRun is the name gate for a speaker no list holds and the entities
// layer did not find (Adusbef; a surname that is also a common word:
// Speciale, Moro, Conte): a run of capitalized words from token i, ending
// before token limit, that can be a name. Its words are no function words,
// role nouns or speech verbs, and no elided words (Nell', Quell') but for a
// capitalized particle inside a sentence (Dall'Olio). Where every word is
// capitalized (a sentence or paragraph start) a single word is a name only
// when it stands as a subject (subjectLike): Conclusa la riunione, Saputa
// la notizia, Vorrei dire are not names.
func (d *analysis) gatedRun(i, limit int) (int, bool) {
	if d.bits[i]&wUpper == 0 || d.toks[i].Kind != tokenize.Word {
		return 0, false // most tokens
	}
	toks := d.toks
	first := i
	if d.particle(i) {
		i++
	} else if !d.capWord(i) {
		return 0, false
	}
	j := i + 1
	for j < len(toks) && toks[j].Start < limit && d.role[j] == d.role[i] {
		d.work.Add(1)
		if d.capWord(j) && d.gapIsSpace(j) {
			j++
			continue
		}
		// Connectors inside names: Dipartimento del Tesoro, Giornale d'Italia.
		if d.in(j, cNameConnector) && j+1 < len(toks) && toks[j+1].Start < limit && d.capWord(j+1) && d.gapIsSpace(j+1) && !startsUpper(d.toks[j].Text) {
			j += 2
			continue
		}
		// A double surname: Bob-Waksberg, Navarro-Valls.
		if d.low[j] == "-" && j+1 < len(toks) && toks[j+1].Start < limit && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End && d.capWord(j+1) {
			j += 2
			continue
		}
		break
	}
	if j-first == 1 && (d.capsUninformative(first) && !d.subjectLike(first) || d.capitalOrdinal(first)) {
		return 0, false
	}
	return j, true
}

// capitalOrdinal: the single capitalized word i is an ordinal between an
// article and a lower-case noun, an office written with a capital (il Primo
// cittadino, la Prima ministra), though Primo is also a given name.
func (d *analysis) capitalOrdinal(i int) bool {
	return ordinals[d.low[i]] && i > 0 && d.in(i-1, cArticle) && i+1 < len(d.toks) &&
		d.isWord(i+1) && d.bits[i+1]&wUpper == 0 && d.role[i+1] == d.role[i]
}

// ordinals that stand before an office's noun.
var ordinals = set("primo", "prima", "secondo", "seconda", "terzo", "terza")

// particle: an elided particle written with a capital inside a sentence
// and glued to a capitalized word: the start of a surname (Dall'Olio,
// Dell'Utri, D'Alema).
func (d *analysis) particle(i int) bool {
	if !d.isWord(i) || d.bits[i]&wUpper == 0 || d.capsUninformative(i) {
		return false
	}
	w := d.low[i]
	if w[len(w)-1] != '\'' || i+1 >= len(d.toks) || d.toks[i+1].Start != d.toks[i].End {
		return false
	}
	return d.capWord(i + 1)
}

// capsUninformative: a capital at token i says nothing of a name, because
// the sentence or paragraph starts there.
func (d *analysis) capsUninformative(i int) bool {
	return d.isSentStart(i) || d.paraStart(i)
}

// subjectLike: the single capitalized word i, at a sentence start, is no
// word the rules know (a function word, an adverb, a verb or participle by
// its ending) and stands as the subject of what follows: a verb (Speciale
// si è opposto, Moro ha detto) or a comma (Moro, dopo aver detto …).
func (d *analysis) subjectLike(i int) bool {
	w := d.low[i]
	if d.cls[i] != 0 || d.bits[i]&(wCapFunction|wRoleNoun|wForm) != 0 || d.adverb(i) || verbShaped(w) || discourseWords[w] {
		return false
	}
	n := i + 1
	if n >= len(d.toks) || d.role[n] != narrator {
		return false
	}
	if d.low[n] == "," {
		return true
	}
	if d.in(n, cAvere|cEssere) || d.low[n] == "si" || d.in(n, cClitic) && n+1 < len(d.toks) && d.in(n+1, cAvere|cEssere) {
		return true
	}
	f, ok := d.formAt(n)
	return ok && (f.kind == finite || f.kind == participle)
}

// verbShaped: an ending of verb forms that open sentences: first persons
// (abbiamo, vorrei), gerunds, participles.
func verbShaped(w string) bool {
	if hasSuffix(w, "iamo") || hasSuffix(w, "rei") || hasSuffix(w, "ndo") || looksParticiple(w) {
		return true
	}
	// A gerund with its clitics: asciugandosi, dicendogli.
	if i := strings.LastIndex(w, "ndo"); i > 2 && len(w)-i <= 7 {
		return clitics[w[i+3:]] || w[i+3:] == "si" || w[i+3:] == "gli" || w[i+3:] == "glielo"
	}
	return false
}

// discourseWords open sentences with a comma and are no names.
var discourseWords = set("insomma", "certo", "ebbene", "purtroppo", "finalmente", "ovviamente", "naturalmente", "inoltre",
	"infine", "invece", "anzi", "comunque", "pertanto", "ecco", "sì", "no", "grazie", "bene", "ok", "beh", "ah", "oh")

// addRun adds the gated run [i, j).
func (d *analysis) addRun(i, j int) {
	toks := d.toks
	nm := name{span: span{i, j}, start: toks[i].Start, end: toks[j-1].End}
	// Two capitalized words or more are a person's name unless an article
	// opens them (The Next Generation, La Repubblica).
	nm.person = j-i >= 2 && !isAllCaps(toks[i].Text) && !titleArticles[d.low[i]]
	// A long run after a preposition often ends with a person's name:
	// il ministro delle Riforme Costituzionali Maria Elena Boschi.
	if j-i >= 3 && i > 0 && d.in(i-1, cPreposition) && !d.in(j-2, cNameConnector) && !d.in(j-3, cNameConnector) {
		head := name{span: span{i, j - 2}, start: toks[i].Start, end: toks[j-3].End}
		d.addName(head)
		nm = name{span: span{j - 2, j}, start: toks[j-2].Start, end: toks[j-1].End, person: true}
	}
	d.addName(nm)
}

func (d *analysis) addName(nm name) {
	if d.initialPeriod(nm) {
		// Andrea C., Mario R.: the initial of a surname keeps its period
		// (the token stays the sentence's, only the name's text takes it).
		nm.end = d.toks[nm.b].End
	}
	for t := nm.a; t < nm.b; t++ {
		d.work.Add(1)
		d.nameAt[t] = int32(len(d.names))
	}
	d.names = append(d.names, nm)
}

// initialPeriod: the name is a given name and the initial of a surname,
// whose period follows it at once (Andrea C.): the news's way to name
// someone without naming him.
func (d *analysis) initialPeriod(nm name) bool {
	if nm.b-nm.a < 2 || nm.b >= len(d.toks) {
		return false
	}
	last, next := d.toks[nm.b-1], d.toks[nm.b]
	return len(last.Text) == 1 && last.Text[0] >= 'A' && last.Text[0] <= 'Z' && next.Text == "." && next.Start == last.End
}

// capWord: a capitalized word that can be part of a name: no function word
// (unless in capitals), role noun, elided word or speech verb opening a
// sentence.
func (d *analysis) capWord(i int) bool {
	if !d.isWord(i) || d.bits[i]&wUpper == 0 {
		return false
	}
	b := d.bits[i]
	if b&wCapFunction != 0 && !isAllCaps(d.toks[i].Text) || b&wRoleNoun != 0 {
		return false
	}
	if w := d.low[i]; w[len(w)-1] == '\'' {
		return false
	}
	if d.verb[i] >= 0 && d.isSentStart(i) {
		return false
	}
	return true
}

// nameText is the text of a name.
func (d *analysis) nameText(nm name) string { return d.text[nm.start:nm.end] }

// namesBefore is the index of the last name starting before token pos, or -1.
func (d *analysis) namesBefore(pos int) int {
	return sort.Search(len(d.names), func(k int) bool { return d.names[k].a >= pos }) - 1
}

// nameParts indexes the multi-word names by their first and by their last
// token, built once per document.
func (d *analysis) nameParts() (first, last map[string][]int) {
	m := &d.memo
	if m.first != nil {
		return m.first, m.last
	}
	m.first, m.last = map[string][]int{}, map[string][]int{}
	for i, nm := range d.names {
		d.work.Add(1)
		if nm.b-nm.a < 2 {
			continue
		}
		f, l := plainLetters(d.toks[nm.a].Text), plainLetters(d.toks[nm.b-1].Text)
		m.first[f] = append(m.first[f], i)
		m.last[l] = append(m.last[l], i)
	}
	return m.first, m.last
}

// acronyms indexes the multi-word names by their initials (Banca Centrale
// Europea under BCE), built when an acronym is first looked up.
func (d *analysis) acronyms() map[string][]int {
	m := &d.memo
	if m.acro != nil {
		return m.acro
	}
	m.acro = map[string][]int{}
	var buf []byte
	for i, nm := range d.names {
		d.work.Add(1)
		if nm.b-nm.a < 2 || isAllCaps(d.toks[nm.a].Text) {
			continue
		}
		buf = buf[:0]
		for t := nm.a; t < nm.b; t++ {
			d.work.Add(1)
			if startsUpper(d.toks[t].Text) {
				r, _ := utf8.DecodeRuneInString(d.toks[t].Text)
				buf = utf8.AppendRune(buf, r)
			}
		}
		m.acro[string(buf)] = append(m.acro[string(buf)], i)
	}
	return m.acro
}

// sameTokens: the n tokens from a and from b have the same text.
func (d *analysis) sameTokens(a, b, n int) bool {
	for k := 0; k < n; k++ {
		d.work.Add(1)
		if x, y := d.toks[a+k].Text, d.toks[b+k].Text; x != y && plainLetters(x) != plainLetters(y) {
			return false
		}
	}
	return true
}

// titleArticles open the names of works and papers, not of people.
var titleArticles = set("the", "il", "lo", "la", "i", "gli", "le", "l'", "el", "los", "las", "les", "der", "die", "das")

// plainLetters is s without its diacritics (Zawāhirī → Zawahiri,
// Janukovyč → Janukovyc), for telling the forms of one name apart from
// its spellings.
func plainLetters(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
