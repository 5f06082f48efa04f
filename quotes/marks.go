package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotation mark families. The straight double quote opens or closes by
// context; ’ closes only when it is not an apostrophe.
const (
	famGuillemet = iota // « »
	famDouble           // “ ”
	famStraight         // "
	famSingle           // ‘ ’
	numFamilies
)

// maxNesting bounds the stack of open marks; deeper openers are ignored.
const maxNesting = 32

// pair is a matched pair of quotation marks. Content is text[cs:ce].
type pair struct {
	open, cs, ce, closeEnd int
}

type openMark struct {
	fam, pos, size int
}

// markLead holds the bytes that can start a rune pairMarks looks at.
var markLead = [256]bool{'"': true, '\n': true, 0xC2: true, 0xE2: true}

// pairMarks pairs the quotation marks of text and returns the outermost pairs
// in order, appended to out. Each rune is visited once and each opener pushed and popped at
// most once, so the cost is linear whatever the balance of the marks. An
// opener left open at the end of a paragraph continues the quote when the next
// paragraph opens with a mark of the same family (multi-paragraph quotes);
// otherwise it is dropped.
func pairMarks(text string, out []pair) []pair {
	var (
		stackArr [maxNesting]openMark
		stack    = stackArr[:0]
		count    [numFamilies]int
	)
	pop := func() openMark {
		m := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		count[m.fam]--
		return m
	}
	closeFam := func(fam, pos, size int) {
		for count[fam] > 0 {
			m := pop()
			if m.fam == fam {
				if len(stack) == 0 && pos > m.pos+m.size {
					out = append(out, pair{open: m.pos, cs: m.pos + m.size, ce: pos, closeEnd: pos + size})
				}
				return
			}
		}
	}
	push := func(fam, pos, size int) {
		// « and “ do not nest in their own family: a second opener means the
		// first one was never closed, and it is dropped.
		if (fam == famGuillemet || fam == famDouble) && count[fam] > 0 {
			for count[fam] > 0 {
				pop()
			}
		}
		if len(stack) < maxNesting {
			stack = append(stack, openMark{fam, pos, size})
			count[fam]++
		}
	}
	for i := 0; i < len(text); {
		// Only ", newline and runes led by 0xC2 (« ») or 0xE2 (“ ” ‘ ’) matter;
		// other bytes are skipped without decoding.
		if !markLead[text[i]] {
			i++
			for i < len(text) && !markLead[text[i]] {
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n':
			// A blank line ends a paragraph; a single line break is a space.
			j := skipSpace(text, i+1)
			if len(stack) == 1 {
				// A quote open at the end of a paragraph goes on when the next
				// paragraph reopens it with the same family.
				if f, n, ok := openerAt(text, j); ok && f == stack[0].fam {
					i = j + n
					continue
				}
			}
			if strings.IndexByte(text[i+1:j], '\n') < 0 {
				break
			}
			for len(stack) > 0 {
				pop()
			}
			i = j
			continue
		case '«':
			push(famGuillemet, i, size)
		case '»':
			closeFam(famGuillemet, i, size)
		case '“':
			push(famDouble, i, size)
		case '”':
			if count[famDouble] == 0 && spaceBefore(text, i) && letterAfter(text, i+size) {
				push(famDouble, i, size) // ” typed as an opener
			} else {
				closeFam(famDouble, i, size)
			}
		case '"':
			before, after := spaceBefore(text, i), spaceOrPunctAfter(text, i+size)
			switch {
			case count[famStraight] > 0 && !before:
				closeFam(famStraight, i, size)
			case !after:
				push(famStraight, i, size)
			case count[famStraight] > 0:
				closeFam(famStraight, i, size)
			}
		case '‘':
			push(famSingle, i, size)
		case '’':
			if count[famSingle] > 0 && !(letterBefore(text, i) && letterAfter(text, i+size)) {
				closeFam(famSingle, i, size)
			}
		}
		i += size
	}
	return out
}

// openerAt reports whether an opening mark starts at text[i:].
func openerAt(text string, i int) (fam, size int, ok bool) {
	if i >= len(text) {
		return 0, 0, false
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '«':
		return famGuillemet, n, true
	case '“':
		return famDouble, n, true
	case '"':
		return famStraight, n, true
	case '‘':
		return famSingle, n, true
	}
	return 0, 0, false
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// spaceBefore: the mark at i begins the text or follows a space or an opening bracket or dash.
func spaceBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '«' || r == '“' || r == '‘' || r == '–' || r == '—' || r == '\''
}

// spaceOrPunctAfter: the text ends at i or goes on with a space or punctuation.
func spaceOrPunctAfter(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r) || (unicode.IsPunct(r) && r != '(' && r != '«' && r != '“' && r != '‘' && r != '\'')
}

func letterBefore(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r)
}

func letterAfter(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
