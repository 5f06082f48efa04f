package quotes

import "strings"

// splitSentences numbers the narrator's sentences: they end at . ! ? outside
// quotation marks, after a quote that ends a sentence before a capital, and at
// paragraph breaks.
func (d *analysis) splitSentences() {
	var sid, pid int32
	start := 0
	for i, t := range d.toks {
		if i > 0 {
			gap := d.text[d.toks[i-1].End:t.Start]
			brk := false
			if k := newlineIn(gap); k >= 0 {
				// A blank line ends the paragraph; a single line break is a
				// space, as for the tokenizer (hard-wrapped text).
				if strings.IndexByte(gap[k+1:], '\n') >= 0 {
					brk = true
					pid++
				}
			} else if d.role[i-1] == narrator && isSentenceEnd(d.low[i-1]) {
				brk = true
			} else if d.role[i-1] == markTok && d.role[i] != inQuote && i >= 2 && d.role[i-2] == inQuote && isSentenceEnd(d.low[i-2]) && startsUpper(t.Text) {
				brk = true
			}
			if brk {
				d.sents = append(d.sents, span{start, i})
				start = i
				sid++
			}
		}
		d.sent[i], d.para[i] = sid, pid
	}
	if len(d.toks) > 0 {
		d.sents = append(d.sents, span{start, len(d.toks)})
	}
	d.work.Add(len(d.toks))
}

// newlineIn is strings.IndexByte(gap, '\n') for the gaps between tokens,
// which are mostly empty or one space.
func newlineIn(gap string) int {
	switch len(gap) {
	case 0:
		return -1
	case 1:
		if gap[0] == '\n' {
			return 0
		}
		return -1
	}
	return strings.IndexByte(gap, '\n')
}

func isSentenceEnd(w string) bool { return w == "." || w == "!" || w == "?" || w == "..." }

// isBoundary: a token that ends a clause for subject search.
func (d *analysis) isBoundary(i int) bool {
	w := d.low[i]
	return w == ";" || w == ":" || isSentenceEnd(w) || w == "(" || w == ")"
}

func (d *analysis) isSentStart(i int) bool {
	return i >= 0 && i < len(d.toks) && d.sents[d.sent[i]].a == i
}

func (d *analysis) paraStart(t int) bool {
	return t < len(d.toks) && (t == 0 || d.para[t-1] != d.para[t])
}

// window bounds how far the rules look around a token, so that a text with
// no sentence punctuation still costs linear time.
const window = 150

// sentLo is the first token of p's sentence, at most window tokens back.
func (d *analysis) sentLo(p int) int {
	if p >= len(d.toks) {
		return len(d.toks)
	}
	return max(d.sents[d.sent[max(p, 0)]].a, p-window)
}

// sentHi is the end of p's sentence, at most window tokens ahead.
func (d *analysis) sentHi(p int) int {
	if p >= len(d.toks) {
		return len(d.toks)
	}
	return min(d.sents[d.sent[max(p, 0)]].b, p+window)
}
