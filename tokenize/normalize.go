package tokenize

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// quoteReplacer unifies typographic apostrophes and quotation marks.
var quoteReplacer = strings.NewReplacer(
	"’", "'", "‘", "'", "ʼ", "'", "‛", "'", "′", "'", "`", "'", "´", "'",
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`, "″", `"`, "«", `"`, "»", `"`,
)

// Normalize returns s in Unicode NFC with typographic apostrophes (’ ‘ ʼ)
// turned into ' and double quotation marks (“ ” „ « ») into ", for
// matching words and names whatever keyboard typed them. Token offsets
// always refer to the original text: normalize token texts, not the input
// you tokenize.
func Normalize(s string) string {
	return quoteReplacer.Replace(norm.NFC.String(s))
}
