// Command tribuna analyzes Italian news text.
package main

import (
	"fmt"

	"github.com/tribuna-nlp/tribuna/internal/sample"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

func main() {
	fmt.Println(len(tokenize.Tokens(sample.Article)), "tokens")
}
