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
}

// titleAnnounced: a title noun just before the quote: il libro «…», la
// lista «…», intitolata «…», il programma televisivo «…». A noun frame
// (queste le sue parole «…») is speech.
func titleAnnounced(d *analysis, s *site, at attribution) bool {
	c := s.c
	if c.lt < 0 || d.role[c.lt] != narrator || at.nounFrame {
		return false
	}
	if titleNouns[s.ltw] {
		return true
	}
	return c.lt > 0 && d.in(c.lt-1, cTitleNoun) && d.isWord(c.lt) && !startsUpper(d.toks[c.lt].Text) && !d.verbLike(c.lt)
}

// nameAfterArticle: a short capitalized span after an article or a
// preposition is a name: alla «Voce del popolo», il «Corriere».
func nameAfterArticle(d *analysis, s *site, _ attribution) bool {
	return determiners[s.ltw] && startsUpper(s.content) && wordCount(s.content) <= 6 && !strings.ContainsAny(s.content, ".!?;:,")
}

// titleCased: every word capitalized but for connectors, and not a quote
// that stands alone with its cue after it.
func titleCased(d *analysis, s *site, _ attribution) bool {
	return titleCase(s.content) && s.ltw != ":" && (!s.atStart || !d.adjacentRight(s.c))
}

// quotedSubject: the quote is the speaker the cue names («Un elettore»
// scrive alla …, secondo gli «ermellini», precisa la «velina»): a name, not
// speech.
func quotedSubject(d *analysis, s *site, at attribution) bool {
	c := s.c
	if n := at.subj; n.ok() && n.a >= c.a && n.b <= c.b && !(n.a >= c.ia && n.b <= c.ib) {
		return true
	}
	dropped := at.dropped || !at.subj.ok()
	return s.atStart && dropped && c.rt < len(d.toks) && d.role[c.rt] == narrator && d.isWord(c.rt) && wordCount(s.content) <= 4 && !strings.ContainsAny(s.content, ".!?,;:")
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
	for _, stem := range []string{"chiam", "ribattezz", "battezz", "soprannomin", "denomin", "titol", "recit"} {
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
