package quotes

import (
	"github.com/tribuna-nlp/tribuna/internal/word"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nonSpeech recognizes the quotation marks that no one is said to utter:
// titles, names, nicknames, slogans and the narrator's scare quotes. The
// checks are tried in order, each for one Italian construction.
func (d *analysis) nonSpeech(s *site, at attribution) bool {
	for _, check := range nonSpeechChecks {
		if check.match(d, s, at) {
			return true
		}
	}
	return false
}

var nonSpeechChecks = []struct {
	name  string
	match func(d *analysis, s *site, at attribution) bool
}{
	{"title noun before", titleAnnounced},          // il libro «…», il programma televisivo «…», intitolata «…»
	{"name after a determiner", nameAfterArticle},  // alla «Voce del popolo»
	{"title case", titleCased},                     // il «Lodo Alfano», «Yes We Can»
	{"the quote names its speaker", quotedSubject}, // «Un elettore» scrive …, secondo gli «ermellini»
	{"label before a colon", labelColon},           // la scritta: «…», una frase che recita: «…»
	{"work and its year", workWithYear},            // «Il vigile Concilia» (1959)
	{"naming verb", namedBy},                       // ribattezzato «…», lo chiamano «…», titolava «…»
	{"scare quote in a phrase", scareInPhrase},     // circa la «portata», il perché di quelle «donazioni»
}

// titleAnnounced: a title noun just before the quote: il libro «…», la
// lista «…», intitolata «…», il programma televisivo «…». A noun frame
// (queste le sue parole «…») is speech.
func titleAnnounced(d *analysis, s *site, at attribution) bool {
	c := s.c
	if c.lt < 0 || d.role[c.lt] != narrator || at.nounFrame {
		return false
	}
	// ha pronunciato la parola «Basta!», ha esordito con la frase «…»: words
	// someone utters are speech.
	if speechTitles[s.ltw] && at.named() && d.uttered(c.lt) {
		return false
	}
	// ha definito il progetto «uno spreco»: what a judging verb calls its
	// object is speech (il progetto «Roma Capitale» is a name).
	if f, ok := lexicon()[at.lemma]; ok && f.flags&partialOnly != 0 && !s.upper {
		return false
	}
	if titleNouns[s.ltw] {
		return true
	}
	// il motto-tormentone «…»: a compound whose first part is a title noun.
	if first, _, ok := strings.Cut(s.ltw, "-"); ok && titleNouns[first] {
		return true
	}
	if c.lt >= 2 && d.low[c.lt-1] == "-" && d.toks[c.lt-1].Start == d.toks[c.lt-2].End && titleNouns[d.low[c.lt-2]] {
		return true
	}
	if c.lt > 0 && d.in(c.lt-1, cTitleNoun) && d.isWord(c.lt) && !startsUpper(d.toks[c.lt].Text) && !d.verbLike(c.lt) {
		return true
	}
	return s.upper && d.titleNounBefore(c.lt)
}

// titleNounBefore: a capitalized quote after a title noun and its
// adjectives or a comma: la serie televisiva statunitense «Xena, …», una
// canzone, «La canzone del re».
func (d *analysis) titleNounBefore(lt int) bool {
	if d.low[lt] == "," {
		return lt > 0 && d.in(lt-1, cTitleNoun) && !speechTitles[d.low[lt-1]]
	}
	for t := lt; t >= 0 && lt-t < 3 && d.role[t] == narrator; t-- {
		if d.in(t, cTitleNoun) {
			return t < lt && !speechTitles[d.low[t]]
		}
		if !d.isWord(t) || startsUpper(d.toks[t].Text) || d.in(t, cArticle|cPreposition|cAvere|cEssere|cClitic|cConjunction) || d.verb[t] >= 0 {
			return false
		}
	}
	return false
}

// uttered: the title noun at t is the object of a speech verb or of con
// right before it (ha pronunciato la parola, con le seguenti parole), not a
// phrase of the clause (che la frase «…» non si presta).
func (d *analysis) uttered(t int) bool {
	for u := t - 1; u >= 0 && t-u <= 4 && d.role[u] == narrator; u-- {
		w := d.low[u]
		switch {
		case w == "con" || d.verb[u] >= 0:
			return true
		case d.in(u, cArticle) || d.adverb(u) || w == "seguenti" || w == "seguente":
		default:
			return false
		}
	}
	return false
}

// speechTitles announce words, uttered when the text says who utters them.
var speechTitles = set("frase", "parola", "parole", "espressione", "battuta", "formula")

// nameAfterArticle: a short capitalized span after an article or a
// preposition is a name: alla «Voce del popolo», il «Corriere».
func nameAfterArticle(d *analysis, s *site, _ attribution) bool {
	return determiners[s.ltw] && s.upper && s.words <= 6 && !s.punct
}

// titleCased: every word capitalized but for connectors, and not a quote
// that stands alone with its cue after it.
func titleCased(d *analysis, s *site, _ attribution) bool {
	if s.punct || s.words > 6 || s.ltw == ":" || !titleCase(s.content) || opensClause(s.content) {
		return false // «È una Bibbia»: a clause, not a title
	}
	return !s.atStart || !d.adjacentRight(s.c)
}

// quotedSubject: the quote is the speaker the cue names («Un elettore»
// scrive alla …, secondo gli «ermellini», precisa la «velina»): a name, not
// speech.
func quotedSubject(d *analysis, s *site, at attribution) bool {
	c := s.c
	if n := at.subj; n.ok() && n.a >= c.a && n.b <= c.b && d.role[n.a] != narrator {
		return true
	}
	// «Un elettore» scrive …: a short phrase (no clause: «Vi uccidiamo»
	// urlavano is speech) before a verb that has no other subject.
	dropped := at.dropped || !at.subj.ok()
	return s.atStart && dropped && c.rt < len(d.toks) && d.role[c.rt] == narrator && d.isWord(c.rt) && s.words <= 4 && !s.punct && !opensClause(s.content)
}

// scareInPhrase: one to three words, in lower case, inside a prepositional
// phrase (circa la «portata» di tale emendamento, alla «farfallina» di X,
// sono delle «feste») or after a possessive (le loro «dimissioni di
// massa») that no speech verb governs (ha paragonato X a un
// «lombrico», ha riferito di un «clima amichevole» are speech, and so is
// the complement of a verb that judges: paragonare a, definire come): the
// narrator's scare quotes. A quote coordinated with the one before it (un
// «lombrico» e alla «muffa») follows that one.
func scareInPhrase(d *analysis, s *site, at attribution) bool {
	c := s.c
	// ha paragonato X, riciclando …, a un «lombrico»: a judging verb's complement.
	if f, ok := lexicon()[at.lemma]; ok && f.flags&partialOnly != 0 {
		return false
	}
	if c.lt < 1 || s.words > 3 || s.punct || s.upper || d.role[c.lt] != narrator {
		return false
	}
	if s.prev != nil && s.prevCand >= 0 && d.coordinatedQuotes(d.cands[s.prevCand].rt, c.lt) {
		return false
	}
	p := c.lt // the preposition
	switch {
	case d.in(p, cPreposition) && d.in(p, cDeterminer) && !isSimplePrep(d.low[p]):
	case d.in(p, cArticle|cDeterminer) && p > 0 && d.in(p-1, cPreposition) && isSimplePrep(d.low[p-1]) || d.low[p-1] == "circa":
		p--
	case possessives[d.low[p]] && d.in(p-1, cArticle):
		p-- // le loro «dimissioni di massa»: what the text names as theirs
	default:
		return false
	}
	for t := p - 1; t >= 0 && p-t <= 3 && d.role[t] == narrator; t-- {
		// si sono detti contrari alle «…»: the phrase is the adjective's.
		if v, ok := d.speechVerbAt(t); ok && !v.selfSaid {
			return false
		}
	}
	return true
}

// isSimplePrep: a preposition without an article (di, a, da, in, con, su, per, tra, fra).
func isSimplePrep(w string) bool {
	switch w {
	case "di", "d'", "a", "ad", "da", "in", "con", "su", "per", "tra", "fra":
		return true
	}
	return false
}

// labelNouns are the written things whose words a colon introduces without
// anyone saying them: la scritta: «…», il cartello: «…».
var labelNouns = set("scritta", "scritte", "cartello", "cartelli", "striscione", "striscioni", "titolo", "titoli", "slogan",
	"motto", "insegna", "hashtag", "didascalia", "epigrafe", "targa")

// labelColon: the phrase before a colon names a written label, not a
// speaker: Sul cartello la scritta: «…», una frase che recita: «…».
func labelColon(d *analysis, s *site, _ attribution) bool {
	if s.ltw != ":" {
		return false
	}
	colon := s.c.lt
	lo := d.sentLo(colon)
	for t := colon - 1; t >= lo && colon-t <= 6 && d.role[t] == narrator; t-- {
		d.work.Add(1)
		if d.nameAt[t] >= 0 || d.in(t, cRoleNoun) || d.isBoundary(t) || d.low[t] == "," {
			return false
		}
		if labelNouns[d.low[t]] && t > lo && d.in(t-1, cDeterminer) {
			return true
		}
	}
	return false
}

// workWithYear: a quote followed by a year in brackets cites a work:
// «Il vigile Concilia» (1959).
func workWithYear(d *analysis, s *site, _ attribution) bool {
	t := s.c.rt
	return t+2 < len(d.toks) && d.low[t] == "(" && d.bits[t+1]&wYear != 0 && d.low[t+2] == ")"
}

// namedBy: a verb of naming, of headlines or of what a text reads right
// before the quote (a clitic, a short object or a colon between): quello
// che i media hanno ribattezzato «…», lo chiamano «…», il Corriere titolava
// «…», una frase che recita: «…».
func namedBy(d *analysis, s *site, _ attribution) bool {
	c := s.c
	if s.words > 6 || s.punct && hasInnerSentence(s.content) {
		return false // La sentenza recita: «nel reato di minaccia …»: a text's words
	}
	lt := c.lt
	if s.ltw == ":" {
		lt--
	}
	for t := lt; t >= 0 && lt-t < 4 && d.role[t] == narrator; t-- {
		d.work.Add(1)
		if namingVerb(d.low[t]) {
			return true
		}
		if d.isBoundary(t) || d.verb[t] >= 0 {
			return false
		}
	}
	return false
}

// namingVerb: a form of chiamare, ribattezzare, battezzare, soprannominare,
// denominare, titolare or recitare.
func namingVerb(w string) bool {
	for _, stem := range []string{"chiam", "ribattezz", "battezz", "soprannomin", "denomin", "titol", "recit", "firm"} {
		if strings.HasPrefix(w, stem) && len(w) > len(stem) {
			switch rest := w[len(stem):]; rest {
			case "a", "ano", "ava", "avano", "ò", "arono", "ato", "ata", "ati", "ate", "ando", "are", "erà", "eranno", "erebbe":
				return true
			}
		}
	}
	return false
}

// verbLike: an auxiliary, a speech verb or a function word that can
// introduce a predicate (è «…», come «…», di «…»).
func (d *analysis) verbLike(t int) bool {
	w := d.low[t]
	if avere[w] || essere[w] || prepositions[w] || articles[w] || w == "come" || w == "che" {
		return true
	}
	_, ok := d.formAt(t)
	return ok
}

var titleConnectors = set("di", "d'", "del", "della", "dei", "degli", "delle", "dell'", "e", "il", "la", "le", "lo", "i", "gli", "a", "al", "alla", "in", "per", "da", "con", "su", "l'", "un", "una", "of", "the", "and")

// titleCase: a short span whose words are all capitalized but for connectors
// (Corriere della Sera, Yes We Can, Lodo Alfano), with no sentence punctuation.
func titleCase(s string) bool {
	if strings.ContainsAny(s, ".!?;:,") || wordCount(s) > 6 {
		return false
	}
	n := 0
	for rest := s; ; n++ {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			return n > 0
		}
		end := strings.IndexFunc(rest, unicode.IsSpace)
		if end < 0 {
			end = len(rest)
		}
		w := rest[:end]
		rest = rest[end:]
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		lw := word.Fold(w) // no allocation for a lower-case word
		if n > 0 && titleConnectors[lw] {
			continue
		}
		if k := strings.IndexByte(lw, '\''); n > 0 && k >= 0 && titleConnectors[lw[:k+1]] {
			continue
		}
		return false
	}
}

// titleLike: a short capitalized span without sentence punctuation (Un elettore, Corriere della Sera).
func titleLike(s string) bool {
	return startsUpper(s) && wordCount(s) <= 4 && !strings.ContainsAny(s, ".!?;:,")
}

func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}
