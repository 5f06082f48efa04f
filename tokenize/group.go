package tokenize

// Group cuts toks, the tokens of text as Tokens returned them, into
// sentences by the Tokenizer's rules. Each Sentence's Tokens is a sub-slice
// of toks, so a caller that needs both the tokens and the sentences
// tokenizes once and copies nothing:
//
//	toks := tk.Tokens(text)
//	sents := tk.Group(text, toks)
func (t *Tokenizer) Group(text string, toks []Token) []Sentence {
	if t == nil {
		t = defaultTokenizer
	}
	return t.group(text, toks)
}
