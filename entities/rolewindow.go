package entities

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/internal/word"
	"github.com/tribuna-nlp/tribuna/internal/wordtable"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

// A role phrase starts at most roleBefore tokens before the word that opens
// it (il suo omologo, l'ex premier) and, with the place after it, ends
// within roleAfter tokens after that word (il presidente della Repubblica
// francese: four words of the phrase, then a demonym or di + a place), or
// portfolioAfter after a portfolio's title (il ministro dell'Agricoltura,
// della Sovranità alimentare e delle Foreste Francesco Lollobrigida).
const (
	roleBefore     = 3
	roleAfter      = 5
	portfolioAfter = 16
)

// afterOpener is how far the window of the opener key reaches.
func afterOpener(key string) int {
	if _, ok := portfolioHeads[key]; ok {
		return portfolioAfter
	}
	return roleAfter
}

// roleWindows appends to dst the tokens of toks that Roles must read: the
// windows around the words that open a role phrase and around the seats of an
// office (il Cremlino), merged where they touch. Most news has a role word
// every few sentences, so Roles folds and looks up a tenth of the tokens.
// A window starts before any phrase in it can, so no phrase is read across
// two windows. ms is sorted by Start.
func roleWindows(text string, toks []tokenize.Token, ms []Mention, dst []tokenize.Token) []tokenize.Token {
	opens := func(i int) int {
		t := &toks[i]
		if t.Kind != tokenize.Word || !opensRole(text[t.Start:t.End]) {
			return 0
		}
		if portfolioTail(text[t.Start:t.End]) {
			return portfolioAfter
		}
		return roleAfter
	}
	each := func(i int) { dst = append(dst, toks[i]) }
	windows(toks, ms, opens, each)
	return dst
}

// roleWindowsTable appends to dst the indexes of the tokens of tb that Roles
// must read, as roleWindows chooses them; the word table tells the words
// that open a role phrase by their lexicon class.
func roleWindowsTable(tb *wordtable.Table, ms []Mention, dst []int32) []int32 {
	lx := word.Lex()
	opens := func(i int) int {
		if tb.Tokens[i].Kind != tokenize.Word {
			return 0
		}
		w := &tb.Words[i]
		if w.Flags&word.Inner != 0 {
			if !opensRole(tb.Tokens[i].Text) { // ex-premier
				return 0
			}
			if portfolioTail(tb.Tokens[i].Text) {
				return portfolioAfter
			}
			return roleAfter
		}
		if lx.Column(w.ID, word.Entities)&clsRoleStart == 0 || nonOpeners[tb.Keys[i]] {
			return 0
		}
		return afterOpener(tb.Keys[i])
	}
	each := func(i int) { dst = append(dst, int32(i)) }
	windows(tb.Tokens, ms, opens, each)
	return dst
}

// windows calls each, in order and once, for the index of every token in
// the windows around the tokens that opens reports and around the seats of
// ms.
func windows(toks []tokenize.Token, ms []Mention, opens func(int) int, each func(int)) {
	last := -1 // the last token kept
	keep := func(i, after, end int) {
		for k := max(i-roleBefore, last+1); k < len(toks) && (k <= i+after || toks[k].Start < end); k++ {
			each(k)
			last = k
		}
	}
	seat := nextSeat(ms, 0)
	for i := range toks {
		end := 0
		for seat < len(ms) && ms[seat].Start <= toks[i].Start {
			if ms[seat].Start == toks[i].Start {
				end = max(end, ms[seat].End)
			}
			seat = nextSeat(ms, seat+1)
		}
		if after := opens(i); end > 0 || after > 0 {
			keep(i, max(after, roleAfter), end)
		}
	}
}

// nextSeat returns the index of the first mention of ms from i on that
// names the seat of an office, or len(ms).
func nextSeat(ms []Mention, i int) int {
	for i < len(ms) && (ms[i].Via == ViaDemonym || !isSeat(ms[i].Entry)) {
		i++
	}
	return i
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
// ministra) in any case, but for nonOpeners: frequent words (prima di, alta
// tensione) whose phrases, primo ministro and alta rappresentante, open a
// window at their second word.
func opensRole(word string) bool {
	if opensRoleWord(word) {
		return true
	}
	if len(word) < len("x-re") || strings.IndexByte(word, '-') < 0 && strings.IndexByte(word, "‐"[0]) < 0 {
		return false // no hyphen of any kind (‐ and ‑ start with the same byte): most words
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
	if c < 'a' || c > 'z' || roleOpenerInitials[len(w)]&(1<<(c-'a')) == 0 {
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
// letter, and roleOpenerInitials, by length, the first letters that have
// some: most words are turned down by one bit test.
var roleOpeners, roleOpenerInitials = func() (t [17][26][]string, initials [17]uint32) {
	for w := range roleStarts {
		if !nonOpeners[w] {
			t[len(w)][w[0]-'a'] = append(t[len(w)][w[0]-'a'], w)
			initials[len(w)] |= 1 << (w[0] - 'a')
		}
	}
	return t, initials
}()

// portfolioTail reports whether word's last part between hyphens
// (ex-Ministro) is a portfolio's title, in any case.
func portfolioTail(word string) bool {
	if i := strings.LastIndexAny(word, "-‐‑"); i >= 0 {
		word = word[i+1:]
	}
	for t := range portfolioHeads {
		if len(t) == len(word) && asciiEqualFold(word, t) {
			return true
		}
	}
	return false
}
