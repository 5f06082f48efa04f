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
		if d.role[t] != narrator || d.verb[t] >= 0 || avere[w] || essere[w] || w == "che" || w == ":" {
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
