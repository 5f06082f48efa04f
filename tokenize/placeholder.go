package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// Tokens splits text into tokens. PLACEHOLDER: a crude splitter that the real
// tokenizer replaces; it exists only so that other packages can compile.
func Tokens(text string) []Token {
	var toks []Token
	start := -1
	flush := func(end int) {
		if start >= 0 {
			toks = append(toks, Token{Text: text[start:end], Start: start, End: end, Kind: Word})
			start = -1
		}
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case (r == '\'' || r == '’') && start >= 0:
			end := i + utf8.RuneLen(r)
			flush(end)
		default:
			flush(i)
			if !unicode.IsSpace(r) {
				n := utf8.RuneLen(r)
				if r == utf8.RuneError {
					n = 1
				}
				toks = append(toks, Token{Text: text[i : i+n], Start: i, End: i + n, Kind: Punct})
			}
		}
	}
	flush(len(text))
	return toks
}
