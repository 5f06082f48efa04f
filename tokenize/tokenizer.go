package tokenize

import (
	"iter"
	"slices"
)

// Tokenizer splits Italian text into tokens and sentences. The zero value
// (and a nil *Tokenizer) uses the defaults; New returns one with options. A
// Tokenizer is immutable and safe for concurrent use.
type Tokenizer struct {
	abbrevs    map[string]struct{} // user abbreviations, added to the defaults
	strongOnly bool                // split sentences only at . ! ? …
}

// Option configures a Tokenizer.
type Option func(*Tokenizer)

// WithAbbreviations adds abbreviations that keep their period and never end
// a sentence, such as "ing." or "Avv."; case and the final period do not
// matter.
func WithAbbreviations(abbrs ...string) Option {
	return func(t *Tokenizer) {
		for _, a := range abbrs {
			k := abbrevKey(a)
			if k == "" {
				continue
			}
			if t.abbrevs == nil {
				t.abbrevs = map[string]struct{}{}
			}
			t.abbrevs[k] = struct{}{}
		}
	}
}

// WithStrongBreaksOnly makes sentences end only at . ! ? … and paragraph
// breaks, not at ':' and ';' as the Italian UD treebanks do by default.
func WithStrongBreaksOnly() Option {
	return func(t *Tokenizer) { t.strongOnly = true }
}

// New returns a Tokenizer with the given options.
func New(opts ...Option) *Tokenizer {
	t := &Tokenizer{}
	for _, o := range opts {
		o(t)
	}
	return t
}

var defaultTokenizer = &Tokenizer{}

// Tokens splits text into tokens with the default rules.
func Tokens(text string) []Token { return defaultTokenizer.Tokens(text) }

// Sentences splits text into sentences with the default rules.
func Sentences(text string) []Sentence { return defaultTokenizer.Sentences(text) }

// All streams the tokens of text with the default rules, without
// allocating per token.
func All(text string) iter.Seq[Token] { return defaultTokenizer.All(text) }

// Tokens splits text into tokens.
func (t *Tokenizer) Tokens(text string) []Token {
	if t == nil {
		t = defaultTokenizer
	}
	// Italian news text averages one token per 5.7 bytes; a denser text
	// grows the slice once or twice.
	toks := make([]Token, 0, len(text)*2/11+1)
	s := scanner{t: t, text: text}
	for {
		start, end, kind, ok := s.nextSpan()
		if !ok {
			return toks
		}
		// Setting the fields in place avoids copying a whole Token
		// through the garbage collector's bulk write barrier.
		if len(toks) == cap(toks) {
			// Denser than estimated: project the total from the
			// density so far, so that the slice grows about once.
			projected := int(int64(len(toks)) * int64(len(text)) / int64(end) * 9 / 8)
			toks = slices.Grow(toks, projected-len(toks)+16)
		}
		toks = toks[:len(toks)+1]
		p := &toks[len(toks)-1]
		p.Text, p.Start, p.End, p.Kind = text[start:end], start, end, kind
	}
}

// All streams the tokens of text without allocating per token.
func (t *Tokenizer) All(text string) iter.Seq[Token] {
	if t == nil {
		t = defaultTokenizer
	}
	return func(yield func(Token) bool) {
		s := scanner{t: t, text: text}
		for {
			tok, ok := s.next()
			if !ok || !yield(tok) {
				return
			}
		}
	}
}
