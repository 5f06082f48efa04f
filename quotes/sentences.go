package quotes

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

// splitSentences numbers the narrator's sentences and the paragraphs. The
// sentences are the document's (the tokenizer's, which the Analyzer made
// once and the word table carries) with the breaks a reader of quotations
// does not want left out: after a colon or a semicolon, and inside a
// quotation, whose sentences belong to the narrator's sentence that holds
// it. Paragraphs are separated by blank lines.
func (d *analysis) splitSentences() {
	sents := d.words.Sentences
	if sents == nil {
		sents = (*tokenize.Tokenizer)(nil).Group(d.text, d.toks)
	}
	var sid, pid int32
	start, i := 0, 0
	for _, s := range sents {
		a := i
		i += len(s.Tokens)
		if a == 0 {
			continue
		}
		gap := d.text[d.toks[a-1].End:d.toks[a].Start]
		para := false
		if k := newlineIn(gap); k >= 0 && strings.IndexByte(gap[k+1:], '\n') >= 0 {
			// A blank line ends the paragraph; a single line break is a
			// space, as for the tokenizer (hard-wrapped text).
			para = true
		}
		if !para && (d.low[a-1] == ":" || d.low[a-1] == ";" || d.sameQuote(a-1, a)) {
			continue
		}
		d.addSentence(start, a, sid, pid)
		start = a
		sid++
		if para {
			pid++
		}
	}
	d.addSentence(start, len(d.toks), sid, pid)
	d.work.Add(len(d.toks))
}

// addSentence numbers the tokens [a, b) as sentence sid of paragraph pid.
func (d *analysis) addSentence(a, b int, sid, pid int32) {
	if a >= b {
		return
	}
	for t := a; t < b; t++ {
		d.sent[t], d.para[t] = sid, pid
	}
	d.sents = append(d.sents, span{a, b})
}

// sameQuote reports whether tokens i and j lie inside one pair of quotation
// marks (its content or its marks), so that a break between them is inside
// the quotation.
func (d *analysis) sameQuote(i, j int) bool {
	return d.quote[i] >= 0 && d.quote[i] == d.quote[j]
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
