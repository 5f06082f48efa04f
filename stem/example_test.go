package stem_test

import (
	"fmt"

	"github.com/kljensen/snowball/spanish"

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

// Stem has the signature of github.com/kljensen/snowball's languages, so
// Italian sits next to them.
func Example_withKljensenLanguages() {
	stemmers := map[string]func(word string, stemStopWords bool) string{
		"italian": stem.Stem,
		"spanish": spanish.Stem,
	}
	fmt.Println(stemmers["italian"]("nazioni", true), stemmers["spanish"]("naciones", true))
	// Output:
	// nazion nacion
}
