package quotes

import (
	"github.com/tribuna-nlp/tribuna/internal/word"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nonSpeech recognizes titles, names and scare quotes: quotation marks that
// no one is said to utter.
func (d *analysis) nonSpeech(c cand, atStart bool, ltw string, dropped bool) bool {
	content := d.text[c.cs:c.ce]
	// A title noun just before: il libro «…», la lista «…», intitolata «…»,
	// il programma televisivo «…».
	if c.lt >= 0 && d.role[c.lt] == narrator {
		if titleNouns[ltw] {
			return true
		}
		if c.lt > 0 && d.in(c.lt-1, cTitleNoun) && d.isWord(c.lt) && !startsUpper(d.toks[c.lt].Text) && !d.verbLike(c.lt) {
			return true
		}
	}
	// A capitalized name after an article or preposition: alla «Voce del popolo».
	if determiners[ltw] && startsUpper(content) && wordCount(content) <= 6 && !strings.ContainsAny(content, ".!?;:,") {
		return true
	}
	if titleCase(content) && ltw != ":" {
		if !atStart || !d.adjacentRight(c) {
			return true
		}
	}
	// «Un elettore» scrive alla …: a short quote that is the subject of the
	// verb right after it, which has no subject of its own.
	if atStart && dropped && c.rt < len(d.toks) && d.role[c.rt] == narrator && d.isWord(c.rt) && wordCount(content) <= 4 && !strings.ContainsAny(content, ".!?,;:") {
		return true
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
