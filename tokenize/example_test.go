package tokenize_test

import (
	"fmt"

	"github.com/tribuna-nlp/tribuna/tokenize"
)

func ExampleTokens() {
	for _, t := range tokenize.Tokens("L’invasione dell’Ucraina è costata il 3,5% del PIL.") {
		fmt.Printf("%s %s %d-%d\n", t.Text, t.Kind, t.Start, t.End)
	}
	// Output:
	// L’ word 0-4
	// invasione word 4-13
	// dell’ word 14-21
	// Ucraina word 21-28
	// è word 29-31
	// costata word 32-39
	// il word 40-42
	// 3,5 number 43-46
	// % symbol 46-47
	// del word 48-51
	// PIL word 52-55
	// . punct 55-56
}

func ExampleSentences() {
	text := "Il sen. Rossi ha detto: «Siamo pronti.» Poi è uscito."
	for _, s := range tokenize.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Il sen. Rossi ha detto:
	// «Siamo pronti.»
	// Poi è uscito.
}

func ExampleAll() {
	words := 0
	for t := range tokenize.All("Xi ha incontrato Putin a Pechino. #Cina @Cremlino") {
		if t.Kind == tokenize.Word {
			words++
		} else {
			fmt.Println(t.Text, t.Kind)
		}
	}
	fmt.Println(words, "words")
	// Output:
	// . punct
	// #Cina hashtag
	// @Cremlino mention
	// 6 words
}

func ExampleAppendTokens() {
	var toks []tokenize.Token
	for _, text := range []string{"Piove.", "Domani c’è il sole."} {
		toks = tokenize.AppendTokens(toks[:0], text) // reuses the memory of the last text
		fmt.Println(len(toks), toks[len(toks)-2].Text)
	}
	// Output:
	// 2 Piove
	// 6 sole
}

func ExampleNormalize() {
	fmt.Println(tokenize.Normalize("D’Alema ha detto “sì”"))
	// Output: D'Alema ha detto "sì"
}

func ExampleNew() {
	t := tokenize.New(tokenize.WithAbbreviations("amb."), tokenize.WithStrongBreaksOnly())
	text := "L'amb. Neri ha spiegato: la trattativa continua. Domani si vota."
	for _, s := range t.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// L'amb. Neri ha spiegato: la trattativa continua.
	// Domani si vota.
}
