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
// otherwise it is dropped. It is one loop on purpose: a state machine over
// the marks whose state (the stack of openers, the paragraph, the last
// mark) every branch reads; it is the hot loop of the package, and split
// into calls the state would travel through every call.
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
		case '“', '„':
			push(famDouble, i, size) // „ opens in German and Polish typography
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

// cand is a candidate quote: a pair of marks and its token range.
type cand struct {
	pair
	a, b   int // content tokens [a, b)
	lt, rt int // last token before the opening mark (-1), first token after the closing mark (len)
	// An interruption «A – ha detto X – B»: the narrator's tokens [ia, ib) inside the marks
	// (the first one; asides holds every one, «A – ha detto – B – ha concluso X – C»).
	ia, ib  int
	asides  [maxAsides]span
	nAsides int
}

// markQuotes lays the pairs of marks onto the tokens: each pair with words
// inside becomes a candidate, its tokens inQuote and its marks markTok, and
// the narrator's interruption inside it (findInterruption) goes back to the
// narrator.
func (d *analysis) markQuotes() {
	toks := d.toks
	k := 0
	for _, p := range d.pairs {
		for k < len(toks) && toks[k].End <= p.open {
			k++
		}
		c := cand{pair: p, lt: k - 1}
		i := k
		for i < len(toks) && toks[i].Start < p.cs {
			d.role[i], d.quote[i] = markTok, int32(len(d.cands))
			i++
		}
		c.a = i
		for i < len(toks) && toks[i].End <= p.ce {
			d.role[i], d.quote[i] = inQuote, int32(len(d.cands))
			i++
		}
		c.b = i
		for i < len(toks) && toks[i].Start < p.closeEnd {
			d.role[i], d.quote[i] = markTok, int32(len(d.cands))
			i++
		}
		c.rt = i
		k = i
		if c.b > c.a {
			d.cands = append(d.cands, c)
			continue
		}
		// Nothing inside the marks: they stay the narrator's.
		for t := c.lt + 1; t < c.rt; t++ {
			d.role[t], d.quote[t] = narrator, -1
		}
	}
	d.work.Add(len(d.toks) + len(d.pairs)) // each token is passed once
	for i := range d.cands {
		d.findInterruption(&d.cands[i])
	}
}

// findInterruption finds «A – ha detto X – B» inside a candidate: the
// narrator's aside between two dashes (any of – — -, the second one maybe
// followed by punctuation: – dichiara X –.), opened by a cue within four
// words (asideCue); its tokens become the narrator's.
func (d *analysis) findInterruption(c *cand) {
	for k := c.a + 1; k < c.b-2 && c.nAsides < maxAsides; k++ {
		d.work.Add(1)
		if !d.isDash(k) {
			continue
		}
		cue, ok := d.asideCue(k+1, c.b)
		if !ok {
			continue
		}
		for e := cue + 1; e < c.b-1 && e <= cue+14; e++ {
			d.work.Add(1)
			if d.isDash(e) {
				if c.nAsides == 0 {
					c.ia, c.ib = k, e+1
				}
				c.asides[c.nAsides] = span{k, e + 1}
				c.nAsides++
				for t := k; t <= e; t++ {
					d.work.Add(1)
					d.role[t], d.quote[t] = narrator, -1
				}
				k = e
				break
			}
			if isSentenceEnd(d.low[e]) {
				break
			}
		}
	}
}

// maxAsides bounds the narrator's asides read inside one quote.
const maxAsides = 4

// asideCue finds, from token j (inside the marks, before b), the cue that
// makes a dash phrase the narrator's, within four words: a speech verb (–
// ha detto X –, – spiega –), any ha + participle (– ha esultato il sindaco
// –), si legge, a frame (– secondo il ministro –) or the narrator's cito.
// Auxiliaries, clitics, adverbs, e and come may come before it.
func (d *analysis) asideCue(j, b int) (int, bool) {
	for i := j; i < b && i <= j+3; i++ {
		d.work.Add(1)
		w := d.low[i]
		if f, ok := d.formAt(i); ok && (f.kind == finite || f.kind == participle) {
			return i, true
		}
		if i > j && d.in(i-1, cAvere) && looksParticiple(w) {
			return i, true
		}
		if w == "si" && i+1 < b && (d.low[i+1] == "legge" || d.low[i+1] == "leggeva" || d.low[i+1] == "apprende") {
			return i + 1, true
		}
		if i == j && (w == "secondo" || w == "per" || w == "cito" || w == "citiamo" || w == "testuale") && i+1 < b && (d.bits[i+1]&wUpper != 0 || d.in(i+1, cArticle) || w != "per" && w != "secondo") {
			return i, true
		}
		if !d.in(i, cAvere|cEssere|cClitic) && !d.adverb(i) && w != "e" && w != "come" {
			return 0, false
		}
	}
	return 0, false
}
