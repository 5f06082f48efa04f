package tokenize

import (
	"iter"
	"sync/atomic"
)

// Tokenizer splits Italian text into tokens and sentences. The zero value
// (and a nil *Tokenizer) uses the defaults; New returns one with options. A
// Tokenizer is immutable and safe for concurrent use.
type Tokenizer struct {
	abbrevs    map[string]struct{} // user abbreviations, added to the defaults
	strongOnly bool                // split sentences only at . ! ? …
	quotedKept bool                // a quotation's sentences never end the sentence around it
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

// WithQuotedSentencesKept makes a quotation part of the sentence that holds
// it, however many sentences it quotes: the sentences are the narrator's,
// as a reader of quotations wants them (Disse: «Basta. Ora si cambia.» E
// se ne andò. is one sentence up to the closing mark). By default, as in the
// treebanks, a long quotation's sentences are sentences of their own. A
// quotation left open breaks at its sentences after 200 tokens, so that an
// unpaired mark cannot glue a document into one sentence.
func WithQuotedSentencesKept() Option {
	return func(t *Tokenizer) { t.quotedKept = true }
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

// Tokens splits text into tokens. The result is allocated once, sized
// from the typical density of Italian text.
func (t *Tokenizer) Tokens(text string) []Token {
	if t == nil {
		t = defaultTokenizer
	}
	// Allocating the result first lets the garbage collection that a large
	// allocation starts run while the text is scanned into a buffer
	// without pointers; the tokens, whose texts point into the input, are
	// then written in one tight pass, usually after the collection is over
	// and its write barrier is off.
	toks := make([]Token, 0, estimateTokens(len(text)))
	s := scanner{t: t, text: text}
	if uint64(len(text)) <= maxSpanOffset {
		if buf := takeSpans(); buf != nil {
			if want := min(estimateTokens(len(text)), cachedSpans); cap(*buf) < want {
				grown := make([]tokenSpan, 0, want)
				buf = &grown
			}
			spans := (*buf)[:0]
			for len(spans) < cap(spans) {
				start, end, kind, ok := s.nextSpan()
				if !ok {
					break
				}
				spans = append(spans, tokenSpan{start: uint32(start), end: uint32(end), kind: kind})
			}
			toks = appendSpans(toks, text, spans)
			spanCache.Store(buf)
		}
	}
	// Whatever the buffer did not hold (a long text, a concurrent call).
	return appendScanned(toks, &s)
}

// AppendTokens appends the tokens of text to dst and returns the extended
// slice, in the manner of strconv.AppendInt: passing the previous result
// back as dst[:0] reuses its memory, so that tokenizing a stream of texts
// allocates only when a text has more tokens than any before it.
func (t *Tokenizer) AppendTokens(dst []Token, text string) []Token {
	if t == nil {
		t = defaultTokenizer
	}
	if cap(dst)-len(dst) < len(text)/16 {
		dst = growTokens(dst, estimateTokens(len(text)))
	}
	return appendScanned(dst, &scanner{t: t, text: text})
}

// appendScanned appends the tokens that s has yet to scan.
func appendScanned(dst []Token, s *scanner) []Token {
	text := s.text
	for {
		start, end, kind, ok := s.nextSpan()
		if !ok {
			return dst
		}
		if len(dst) == cap(dst) {
			// Denser than estimated: project the total from the
			// density so far, so that the slice grows about once.
			projected := int(int64(len(dst)) * int64(len(text)) / int64(end) * 9 / 8)
			dst = growTokens(dst, projected-len(dst)+16)
		}
		dst = dst[:len(dst)+1]
		p := &dst[len(dst)-1]
		// Setting the fields in place avoids copying a whole Token
		// through the garbage collector's bulk write barrier.
		p.Text, p.Start, p.End, p.Kind = text[start:end], start, end, kind
	}
}

// appendSpans appends the tokens of text that spans locate.
func appendSpans(dst []Token, text string, spans []tokenSpan) []Token {
	if cap(dst)-len(dst) < len(spans) {
		dst = growTokens(dst, len(spans))
	}
	n := len(dst)
	dst = dst[:n+len(spans)]
	out := dst[n:]
	for i, sp := range spans {
		p := &out[i]
		p.Text, p.Start, p.End, p.Kind = text[sp.start:sp.end], int(sp.start), int(sp.end), sp.kind
	}
	return dst
}

// tokenSpan is a token without its text, for the buffer without pointers
// that Tokens scans into.
type tokenSpan struct {
	start, end uint32
	kind       Kind
}

// maxSpanOffset is the longest text whose offsets fit a tokenSpan.
const maxSpanOffset = 1<<32 - 1

// cachedSpans bounds the span buffer that Tokens keeps for the next call
// (3 MB, the tokens of about 1.4 MB of text); a sync.Pool would not do, as
// the garbage collections that Tokens' own allocations start empty it.
const cachedSpans = 1 << 18

var (
	spanCache     atomic.Pointer[[]tokenSpan] // the buffer while no call holds it
	spanCacheMade atomic.Bool
)

// takeSpans returns the span buffer, or nil while another call holds it.
func takeSpans() *[]tokenSpan {
	if buf := spanCache.Swap(nil); buf != nil {
		return buf
	}
	if spanCacheMade.CompareAndSwap(false, true) {
		return new([]tokenSpan)
	}
	return nil
}

// AppendTokens appends the tokens of text to dst with the default rules;
// see [Tokenizer.AppendTokens].
func AppendTokens(dst []Token, text string) []Token { return defaultTokenizer.AppendTokens(dst, text) }

// growTokens returns dst with room for n more tokens. Unlike slices.Grow
// it allocates once even under the race detector.
func growTokens(dst []Token, n int) []Token {
	out := make([]Token, len(dst), len(dst)+n)
	copy(out, dst)
	return out
}

// estimateTokens guesses how many tokens text of n bytes holds: Italian
// news text averages one token per 5.7 bytes.
func estimateTokens(n int) int { return n*2/11 + 16 }

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
