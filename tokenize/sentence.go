package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into sentences; each holds its tokens, which share
// one backing array.
func (t *Tokenizer) Sentences(text string) []Sentence {
	if t == nil {
		t = defaultTokenizer
	}
	return t.group(text, t.Tokens(text))
}

// maxQuoteTokens bounds how long a quotation may stay open before its
// sentence breaks are taken at face value, so that an unpaired mark cannot
// glue a whole document into one sentence.
const maxQuoteTokens = 200

// maxInnerQuoteTokens bounds the quotations whose sentences may be part of
// the outer sentence: a short «Basta. Ora» can be, a whole speech cannot.
const maxInnerQuoteTokens = 40

// group cuts toks into sentences. It is one pass over the tokens with the
// state of the quotations open at each point and the breaks waiting for them
// to close; splitting it would pass that state around for no clarity.
func (t *Tokenizer) group(text string, toks []Token) []Sentence {
	sents := make([]Sentence, 0, len(toks)/20+1)
	start := 0
	cut := func(end int) { // end: index of the sentence's last token
		if end < start {
			return
		}
		sents = append(sents, Sentence{Start: toks[start].Start, End: toks[end].End, Tokens: toks[start : end+1 : end+1]})
		start = end + 1
	}
	// Breaks found inside an open quotation wait until it closes: if the
	// outer sentence goes on after the closing mark they are dropped.
	var pending []int
	var open openMarks
	quoteStart := 0
	commit := func() {
		for _, p := range pending {
			cut(p)
		}
		pending = pending[:0]
		open = openMarks{}
	}
	for i := 0; i < len(toks); i++ {
		tok := toks[i]
		if tok.Kind == Punct {
			switch q := quoteRole(text, tok); {
			case q > 0:
				if open.depth() == 0 {
					quoteStart = i
				}
				open.push(tok)
			case q < 0 && open.depth() > 0:
				open.pop(tok)
				if open.depth() == 0 && len(pending) > 0 {
					if t.quotedKept || i-quoteStart <= maxInnerQuoteTokens && continuesSentence(toks, i+1) {
						pending = pending[:0]
					} else {
						commit()
					}
				}
			}
		}
		if open.depth() > 0 && i-quoteStart > maxQuoteTokens {
			commit()
		}
		if i+1 < len(toks) && paragraphBreak(text[tok.End:toks[i+1].Start]) {
			commit()
			cut(i)
			continue
		}
		if !t.isTerminal(tok) || !t.breaksAfter(text, toks, i, start) {
			continue
		}
		// Closing quotation marks and brackets right after the terminal
		// belong to the sentence: …innovativi.” | Si prevede.
		j := i
		closed := false
		for j+1 < len(toks) && toks[j+1].Kind == Punct && quoteRole(text, toks[j+1]) < 0 && toks[j+1].Start == toks[j].End {
			j++
			if open.depth() > 0 {
				open.pop(toks[j])
				closed = open.depth() == 0
			}
		}
		switch {
		case open.depth() > 0:
			pending = append(pending, j)
		case closed && j-quoteStart <= maxInnerQuoteTokens && continuesSentence(toks, j+1):
			// A quoted sentence the outer one goes on after:
			// «Chi è?» chiese lui.
			pending = pending[:0]
		case closed && t.quotedKept:
			// The quotation ends the narrator's sentence: its inner
			// sentences are part of it.
			pending = pending[:0]
			cut(j)
		default:
			commit()
			cut(j)
		}
		i = j
	}
	commit()
	cut(len(toks) - 1)
	return sents
}

// openMarks counts the quotation marks and the brackets open at a point.
// A closing quotation mark closes the brackets left open inside its
// quotation (« … [… »), so that one unpaired bracket does not keep the
// quotation open.
type openMarks struct{ quotes, brackets int }

func (o *openMarks) depth() int { return o.quotes + o.brackets }

func (o *openMarks) push(tok Token) {
	if isBracket(tok.Text) {
		o.brackets++
	} else {
		o.quotes++
	}
}

func (o *openMarks) pop(tok Token) {
	switch {
	case !isBracket(tok.Text) && o.quotes > 0:
		o.quotes--
		if o.quotes == 0 {
			o.brackets = 0
		}
	case o.brackets > 0:
		o.brackets--
	default:
		o.quotes--
	}
}

func isBracket(s string) bool { return s == "(" || s == ")" || s == "[" || s == "]" }

// isTerminal reports whether tok may end a sentence.
func (t *Tokenizer) isTerminal(tok Token) bool {
	if tok.Kind != Punct {
		return false
	}
	switch tok.Text[0] {
	case '.', '!', '?':
		return true
	case ':', ';':
		return !t.strongOnly
	}
	return strings.HasPrefix(tok.Text, "…")
}

// breaksAfter decides whether the terminal toks[i] ends its sentence,
// looking at what follows.
func (t *Tokenizer) breaksAfter(text string, toks []Token, i, start int) bool {
	if i+1 >= len(toks) {
		return true
	}
	tok := toks[i]
	// The tags, links and emoji that close a post belong to its last
	// sentence: "Prova! #elezioni http://t.co/x".
	if onlyTagsFollow(text, toks, i+1) {
		return false
	}
	// "RT @user: testo": the colon after a mention introduces a post.
	if tok.Text == ":" && i > 0 && toks[i-1].Kind == Mention && toks[i-1].End == tok.Start {
		return false
	}
	// A numbered heading or list item: "1028. Nozione dell'utilità."
	if tok.Text == "." && i == start+1 && toks[start].Kind == Number {
		return false
	}
	// A list of short entries: "Terni, azioni 300; Ilva, azioni 500;"
	if tok.Text == ";" && isShortEntry(toks[start:i]) {
		return false
	}
	// Skip closing marks to see how the next sentence would start.
	k := i + 1
	for k < len(toks) && toks[k].Kind == Punct && quoteRole(text, toks[k]) < 0 {
		k++
	}
	if k >= len(toks) {
		return true
	}
	next := toks[k]
	if k > i+1 && next.Kind == Punct && next.Text == "." {
		return false // the period after the closing mark ends it: …avanti ..." .
	}
	// A label and its value: "Scuole materne: 20 aprile." (but a numbered
	// list after a colon, "1) …", starts a sentence).
	if tok.Text == ":" && next.Kind == Number && !(k+1 < len(toks) && (toks[k+1].Text == ")" || toks[k+1].Text == ".")) {
		return false
	}
	// A period inside a string such as 4.a or 4.c does not end anything.
	if tok.Text == "." && next.Start == tok.End && k == i+1 && isAlnumAt(text, next.Start) {
		return false
	}
	if tok.Text == "." || tok.Text[0] == '!' || tok.Text[0] == '?' || tok.Text[0] == ':' || tok.Text[0] == ';' {
		// The treebanks end a sentence here even before a lower-case word.
		return true
	}
	// … and ...
	return !startsLower(next.Text) && next.Kind != Punct || startsQuote(text, next)
}

// maxTrailingTags bounds the look-ahead over the tags that close a post.
const maxTrailingTags = 16

// onlyTagsFollow reports whether the tokens from k to the end of the text
// or of the paragraph are hashtags, mentions, URLs and emoji only.
func onlyTagsFollow(text string, toks []Token, k int) bool {
	for m := k; m < len(toks) && m < k+maxTrailingTags; m++ {
		switch toks[m].Kind {
		case Hashtag, Mention, URL, Emoji:
		default:
			return false
		}
		if m+1 == len(toks) || paragraphBreak(text[toks[m].End:toks[m+1].Start]) {
			return true
		}
	}
	return false
}

// isShortEntry reports whether the tokens since the last break, up to a
// semicolon, look like an entry of a list: short, with a comma.
func isShortEntry(toks []Token) bool {
	comma := false
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-6; k-- {
		switch toks[k].Text {
		case ",":
			comma = true
		case ";":
			return comma
		}
	}
	return comma && len(toks) <= 6
}

func startsQuote(text string, tok Token) bool {
	return tok.Kind == Punct && quoteRole(text, tok) > 0
}

// continuesSentence reports whether the token at k goes on with the
// sentence that a quotation interrupted (a lower-case word, a comma).
func continuesSentence(toks []Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	tok := toks[k]
	if startsLower(tok.Text) {
		return true
	}
	switch tok.Text {
	case ",", ";", ":", "(", "–", "—", "-":
		return true
	}
	return false
}

// startsLower reports whether s starts with a lower-case letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// quoteRole returns +1 for an opening quotation mark or bracket, -1 for a
// closing one and 0 otherwise. A straight " opens after white space.
func quoteRole(text string, tok Token) int {
	switch tok.Text {
	case "«", "“", "‘", "(", "[", "„":
		return 1
	case "»", "”", "’", ")", "]":
		return -1
	case `"`, "'":
		if tok.Start == 0 {
			return 1
		}
		before, _ := utf8.DecodeLastRuneInString(text[:tok.Start])
		after, _ := utf8.DecodeRuneInString(text[tok.End:])
		if (unicode.IsSpace(before) || before == '(') && tok.End < len(text) && !unicode.IsSpace(after) {
			return 1
		}
		return -1
	}
	return 0
}

// paragraphBreak reports whether the white space gap holds a blank line.
func paragraphBreak(gap string) bool {
	if len(gap) < 2 {
		return false // most gaps: none or one space
	}
	first := strings.IndexByte(gap, '\n')
	return first >= 0 && strings.IndexByte(gap[first+1:], '\n') >= 0
}
