package tokenize

import "fmt"

// Kind classifies a token.
type Kind uint8

// Token kinds. The zero Kind is Word.
const (
	Word    Kind = iota // letters, with any elided article or preposition as its own Word (dell’ + Ucraina), abbreviations (sen.), acronyms (S.p.A.)
	Number              // 1.000.000, 3,5, 24/02/2022, 10:30, 2°, 1ª, '90
	Punct               // . , ; : ! ? … « » “ ” " ‘ ’ ( ) – —
	Symbol              // % € $ & + = and other symbols
	URL                 // https://example.org/x, www.example.org, repubblica.it
	Email               // name@example.org
	Hashtag             // #elezioni
	Mention             // @Palazzo_Chigi
	Emoji               // one emoji sequence (flags, skin tones, ZWJ sequences) or ASCII emoticon :)
)

var kindNames = [...]string{"word", "number", "punct", "symbol", "url", "email", "hashtag", "mention", "emoji"}

// String returns the lower-case name used in JSON and CoNLL-U output ("word", "number" …).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind from its name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("tokenize: unknown token kind %q", b)
}

// Token is a span of the input text. Start and End are byte offsets into the
// text that was tokenized, End exclusive, and text[Start:End] == Text always.
type Token struct {
	Text       string
	Start, End int
	Kind       Kind
}

// Sentence is a span of the input text with the tokens it holds.
// Start is the first token's Start and End the last token's End.
type Sentence struct {
	Start, End int
	Tokens     []Token
}
