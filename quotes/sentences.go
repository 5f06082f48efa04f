package quotes

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

// narratorSentences cuts the narrator's sentences: the tokenizer's sentences with
// only . ! ? … ending them and quotations kept inside the sentence that
// holds them, however many sentences they quote.
var narratorSentences = tokenize.New(tokenize.WithStrongBreaksOnly(), tokenize.WithQuotedSentencesKept())

// splitSentences numbers the narrator's sentences, as the tokenizer cuts
// them (narratorSentences), and the paragraphs, which blank lines separate.
func (d *analysis) splitSentences() {
	var sid, pid int32
	i := 0
	for _, s := range narratorSentences.Group(d.text, d.toks) {
		a := i
		if a > 0 {
			// A blank line ends the paragraph; a single line break is a
			// space, as for the tokenizer (hard-wrapped text).
			gap := d.text[d.toks[a-1].End:d.toks[a].Start]
			if k := newlineIn(gap); k >= 0 && strings.IndexByte(gap[k+1:], '\n') >= 0 {
				pid++
			}
		}
		for ; i < a+len(s.Tokens); i++ {
			d.sent[i], d.para[i] = sid, pid
		}
		d.sents = append(d.sents, span{a, i})
		sid++
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
