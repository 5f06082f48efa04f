package quotes

import (
	"github.com/tribuna-nlp/tribuna/internal/word"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kindOf decides between a direct and a partial quote (CONVENTIONS.md):
// direct when the marked words stand as a sentence or clause of the
// speaker's own. The quote is direct when it opens its sentence, follows a
// colon or a bracket, holds a sentence end of its own, or its pattern says
// so (a verb right before it and a whole clause after, a frame); and when
// only an adjunct of the narrator comes before a clause (Al Cairo «abbiamo
// colto …»).
func (d *analysis) kindOf(s *site, direct bool) Kind {
	c := s.c
	direct = direct || s.atStart || s.ltw == ":" || s.ltw == "(" || hasInnerSentence(s.content)
	if !direct && c.lt >= 0 && d.role[c.lt] == narrator && !determiners[s.ltw] && d.onlyAdjunct(d.sentLo(c.lt), c.lt+1) {
		direct = opensClause(s.content) || startsUpper(s.content)
	}
	if direct && d.verbless(c.a, c.b) {
		s.verbless = true
		return Partial
	}
	if direct {
		return Direct
	}
	return Partial
}

// hasInnerSentence: the quoted words hold a sentence end followed by more words.
func hasInnerSentence(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?', ';':
			rest := strings.TrimLeft(s[i+1:], " ")
			if len(rest) < len(s[i+1:]) && rest != "" {
				r, _ := utf8.DecodeRuneInString(rest)
				if unicode.IsUpper(r) || s[i] == ';' {
					return true
				}
			}
		}
	}
	return false
}

// leftAllowsDirect: the quote follows its speech verb right away (ha detto
// «Non…», ha risposto che «a casa…»), so it is direct when it starts with a
// capital or is a whole clause introduced by che.
func (d *analysis) leftAllowsDirect(c cand) bool {
	if c.lt < 0 {
		return true
	}
	w := d.low[c.lt]
	content := d.text[c.cs:c.ce]
	if w == "che" || w == "come" {
		return d.clauseEndsWith(c)
	}
	if w == "di" || w == "d'" {
		return false
	}
	return startsUpper(content) || opensClause(content)
}

// clauseStarters open a finite clause rather than a noun phrase: ha detto
// «siamo pronti», ha risposto «non ci sto».
var clauseStarters = set("non", "ci", "si", "mi", "ti", "vi", "ne", "io", "noi", "voi", "tu", "è", "sono", "siamo", "siete",
	"sei", "ho", "hai", "ha", "abbiamo", "avete", "hanno", "era", "c'è", "c'era", "bisogna", "occorre", "serve", "vogliamo", "voglio",
	"possiamo", "posso", "dobbiamo", "devo", "andiamo", "faremo", "saremo", "abbiamo")

// opensClause: the first or second word of the quote starts a clause.
func opensClause(content string) bool {
	n := 0
	for _, w := range strings.Fields(content) {
		w = word.Fold(strings.Trim(w, ".,;:!?"))
		if clauseStarters[w] {
			return true
		}
		if n++; n == 2 {
			break
		}
	}
	return false
}

// clauseEndsWith: nothing of the narrator's clause follows the quote.
func (d *analysis) clauseEndsWith(c cand) bool {
	if c.rt >= len(d.toks) || d.sent[c.rt] != d.sent[max(c.rt-1, 0)] {
		return true
	}
	w := d.low[c.rt]
	return w == "." || w == "," || w == ";" || w == ":" || w == "!" || w == "?" || w == "e" || w == "ma" || w == "che" || w == ")" || d.isDash(c.rt)
}

// onlyAdjunct: the narrator's tokens [s, e) hold no verb, only an adjunct
// such as Al Cairo or Nonostante il rinvio,.
func (d *analysis) onlyAdjunct(s, e int) bool {
	if e-s > 8 {
		return false
	}
	for t := s; t < e; t++ {
		d.work.Add(1)
		w := d.low[t]
		if d.role[t] != narrator || d.verb[t] >= 0 || d.in(t, cAvere|cEssere) || w == "che" || w == ":" {
			return false
		}
	}
	return d.onlyFrontMatter(s, e)
}

func trimRightPunct(text string, lo, e int) int {
	for e > lo {
		r, n := utf8.DecodeLastRuneInString(text[lo:e])
		if !unicode.IsSpace(r) && r != ',' && r != ';' && r != ':' {
			break
		}
		e -= n
	}
	return e
}

func trimLeftPunct(text string, s, hi int) int {
	for s < hi {
		r, n := utf8.DecodeRuneInString(text[s:hi])
		if !unicode.IsSpace(r) && r != ',' && r != '.' && r != ';' && r != ':' {
			break
		}
		s += n
	}
	return s
}

// verbless: the quoted tokens [a, b) show no finite verb, so they stand
// for no clause of the speaker's (CONVENTIONS.md: a phrase is partial):
// «Un artista forte ed originale», «I fischi? Una buffonata», «Addio, cuore
// matto». A verb is seen by its form: an auxiliary or a frequent verb, a
// speech verb of the lexicon, a clitic before a word (si vede, ci sono),
// or an ending that only verbs have (-iamo, -rò, -rà, -rei, -ebbe, -avo …).
// Present forms of other verbs (arriva, spara) cannot be told from nouns:
// such a quote is taken for verbless only when it is short.
func (d *analysis) verbless(a, b int) bool {
	return b-a <= 12 && d.phraseShaped(a, b) && !d.hasFinite(a, b)
}

// phraseShaped: the quote opens the way a phrase does and a clause seldom
// does: with a greeting or an interjection (Addio, Ciao, Grazie, Sì), an
// indefinite article (Un artista forte), or as a question answered by a
// phrase (I fischi? Una buffonata). A clause may open like a noun phrase
// (L'asse Roma-Berlino regge), so a definite article proves nothing.
func (d *analysis) phraseShaped(a, b int) bool {
	if a >= b {
		return false
	}
	if interjections[d.low[a]] || d.low[a] == "un" || d.low[a] == "uno" || d.low[a] == "una" || d.low[a] == "un'" {
		return true
	}
	for t := a + 1; t < b-1; t++ {
		if d.low[t] == "?" {
			return true
		}
	}
	return false
}

// interjections open greetings and exclamations.
var interjections = set("addio", "ciao", "grazie", "sì", "no", "ok", "bravo", "brava", "bravi", "evviva", "auguri", "complimenti",
	"onore", "arrivederci", "benvenuto", "benvenuti")

// hasFinite: a token of [a, b) looks like a finite verb (finiteAt).
func (d *analysis) hasFinite(a, b int) bool {
	for t := a; t < b; t++ {
		d.work.Add(1)
		if d.finiteAt(t, b) {
			return true
		}
	}
	return false
}

// finiteAt: the token at t (before b) looks like a finite verb.
func (d *analysis) finiteAt(t, b int) bool {
	w := d.low[t]
	switch {
	case !d.isWord(t):
		return false
	case d.in(t, cAvere|cEssere):
		return !nonFiniteAux[w]
	case d.in(t, cCommonVerb) || w == "c'è" || w == "c'era" || clauseStarters[w] && !d.in(t, cPronoun|cAdverb):
		return true
	case d.in(t, cClitic) && !d.in(t, cArticle) && t+1 < b && d.isWord(t+1) && !d.in(t+1, cArticle|cPreposition|cDeterminer|cConjunction):
		return true
	case t > 0 && verbOpeners[d.low[t-1]] && d.bits[t]&wUpper == 0 && !d.in(t, cArticle|cPreposition|cDeterminer|cConjunction|cPronoun|cAdverb):
		return true // che dividono, non respiro, se entra, chi spara
	}
	if f, ok := d.formAt(t); ok {
		return f.kind == finite || f.kind == subjunctive
	}
	for _, e := range finiteEndings {
		if len(w) > len(e)+1 && hasSuffix(w, e) {
			return true
		}
	}
	return d.otherVerb(t)
}

// verbOpeners are followed by a verb when no article or pronoun comes
// between: che dividono, non respiro, se entra, chi spara.
var verbOpeners = set("che", "non", "se", "chi", "perché", "quando", "mentre", "dove")

// nonFiniteAux are the forms of avere and essere that make no clause.
var nonFiniteAux = set("avere", "aver", "avendo", "avuto", "essere", "esser", "essendo", "stato", "stata", "stati", "state")

// finiteEndings are endings of finite forms that Italian nouns and
// adjectives hardly have.
var finiteEndings = []string{"iamo", "iate", "rò", "rà", "rai", "remo", "rete", "rei", "resti", "rebbe", "ebbe", "ebbero", "ranno",
	"avo", "evo", "evi", "avamo", "evamo", "avano", "evano", "ivano", "arono", "erono", "irono", "ssi", "sse", "ssero"}
