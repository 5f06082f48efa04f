package stem_test

import (
	"fmt"

	"github.com/tribuna-nlp/tribuna/stem"
)

func ExampleStem() {
	for _, w := range []string{"nazioni", "sanzioni", "banche", "CITTÀ", "dell’Ucraina", "divano", "della"} {
		fmt.Println(w, "→", stem.Stem(w, false))
	}
	// Output:
	// nazioni → nazion
	// sanzioni → sanzion
	// banche → banc
	// CITTÀ → citt
	// dell’Ucraina → ucrain
	// divano → divan
	// della → della
}

func ExampleIsStopWord() {
	for _, w := range []string{"della", "Sono", "è", "Cina"} {
		fmt.Println(w, stem.IsStopWord(w))
	}
	// Output:
	// della true
	// Sono true
	// è true
	// Cina false
}

func ExampleStemmer() {
	var s stem.Stemmer // the zero Stemmer is ready to use
	for _, w := range []string{"colloqui", "rigenerare", "colloqui", "legami"} {
		fmt.Print(s.Stem(w, true), " ")
	}
	fmt.Println()
	// Output:
	// colloqu rigener colloqu legam
}

func ExampleStopWords() {
	words := stem.StopWords()
	fmt.Println(len(words), words[:5])
	// Output:
	// 279 [ad al allo ai agli]
}
