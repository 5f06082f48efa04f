package tokenize

import (
	"strings"

	"github.com/tribuna-nlp/tribuna/internal/word"
	"golang.org/x/text/unicode/norm"
)

// quoteReplacer writes every apostrophe of the word layer's set as ' and
// the double quotation marks as ".
var quoteReplacer = func() *strings.Replacer {
	var pairs []string
	for _, r := range word.Apostrophes() {
		if r != '\'' {
			pairs = append(pairs, string(r), "'")
		}
	}
	for _, q := range []string{"“", "”", "„", "‟", "″", "«", "»"} {
		pairs = append(pairs, q, `"`)
	}
	return strings.NewReplacer(pairs...)
}()

// Normalize returns s in Unicode NFC with every apostrophe (’ ‘ ʼ ` ´ …)
// turned into ' and double quotation marks (“ ” „ « ») into ", for
// matching words and names whatever keyboard typed them. Token offsets
// always refer to the original text: normalize token texts, not the input
// you tokenize.
func Normalize(s string) string {
	return quoteReplacer.Replace(norm.NFC.String(s))
}
