package entities

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

// A role phrase starts at most roleBefore tokens before the word that opens
// it (il suo omologo) and, with the place after it, ends within roleAfter
// tokens after that word (il presidente della Repubblica francese: four
// words of the phrase, then a demonym or di + a place).
const (
	roleBefore = 3
	roleAfter  = 5
)

// roleWindows appends to dst the tokens of toks that Roles must read: the
// windows around the words that open a role phrase and around the seats of an
// office (il Cremlino), merged where they touch. Most news has a role word
// every few sentences, so Roles folds and looks up a tenth of the tokens.
// A window starts before any phrase in it can, so no phrase is read across
// two windows. ms is sorted by Start.
func roleWindows(text string, toks []tokenize.Token, ms []Mention, dst []tokenize.Token) []tokenize.Token {
	last := -1 // the last token kept
	mi := 0
	keep := func(i, end int) {
		for k := max(i-roleBefore, last+1); k < len(toks) && (k <= i+roleAfter || toks[k].Start < end); k++ {
			dst = append(dst, toks[k])
			last = k
		}
	}
	for i, t := range toks {
		end := 0
		for mi < len(ms) && ms[mi].Start < t.Start {
			mi++
		}
		for ; mi < len(ms) && ms[mi].Start == t.Start; mi++ {
			if m := &ms[mi]; m.Via != ViaDemonym && isSeat(m.Entry) {
				end = max(end, m.End)
			}
		}
		if end > 0 || t.Kind == tokenize.Word && opensRole(text[t.Start:t.End]) {
			keep(i, end)
		}
	}
	return dst
}

// isSeat reports whether e stands for an office (Cremlino, Palazzo Chigi).
func isSeat(e *Entry) bool {
	if e == nil {
		return false
	}
	for _, r := range e.Roles {
		if r.Metonym {
			return true
		}
	}
	return false
}

// opensRole reports whether word, or a part of it between hyphens
// (ex-premier), is a word that opens a role phrase (presidente, omologo,
// ministra) in any case, but for primo and prima: frequent words (prima di)
// whose phrases, primo ministro and prima ministra, open a window at their
// second word.
func opensRole(word string) bool {
	plain := true // no hyphen of any kind: most words
	for i := 0; i < len(word) && plain; i++ {
		plain = word[i] != '-' && word[i] != 0xE2
	}
	if plain {
		return opensRoleWord(word)
	}
	start := 0
	for i := 0; i < len(word); i++ {
		n := 0
		switch {
		case word[i] == '-':
			n = 1
		case strings.HasPrefix(word[i:], "‐") || strings.HasPrefix(word[i:], "‑"):
			n = len("‐")
		default:
			continue
		}
		if opensRoleWord(word[start:i]) {
			return true
		}
		i += n - 1
		start = i + 1
	}
	return opensRoleWord(word[start:])
}

// opensRoleWord: w is one of roleOpeners, in any case.
func opensRoleWord(w string) bool {
	if len(w) < 2 || len(w) >= len(roleOpeners) {
		return false
	}
	c := w[0] | 0x20
	if c < 'a' || c > 'z' {
		return false
	}
	for _, o := range roleOpeners[len(w)][c-'a'] {
		if asciiEqualFold(w, o) {
			return true
		}
	}
	return false
}

// asciiEqualFold: s is lower, an ASCII word, with any letter in upper case.
func asciiEqualFold(s, lower string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// roleOpeners holds the words opensRole looks for by length and first
// letter: most words fall in an empty bucket and cost no hashing.
var roleOpeners = func() (t [17][26][]string) {
	for w := range roleStarts {
		if w != "primo" && w != "prima" {
			t[len(w)][w[0]-'a'] = append(t[len(w)][w[0]-'a'], w)
		}
	}
	return t
}()
