package quotes_test

import (
	"fmt"

	"github.com/tribuna-nlp/tribuna/entities"
	"github.com/tribuna-nlp/tribuna/quotes"
	"github.com/tribuna-nlp/tribuna/tokenize"
)

func ExampleExtract() {
	text := "«La relazione è frutto di duro lavoro», ha detto Xi Jinping a Vladimir Putin."
	for _, q := range quotes.Extract(text) {
		fmt.Printf("%s %q cue=%q speaker=%s addressee=%s\n", q.Kind, q.Text, q.Cue, q.Speakers[0].Name, q.Addressee)
	}
	// Output:
	// direct "La relazione è frutto di duro lavoro" cue="ha detto" speaker=Xi Jinping addressee=Vladimir Putin
}

func ExampleExtract_interrupted() {
	text := "«Spetterà al gruppo – ha soggiunto Mario Rossi – di deliberare sulla partecipazione»."
	for _, q := range quotes.Extract(text) {
		fmt.Printf("%s %q %s\n", q.Kind, q.Text, q.Speakers[0].Name)
	}
	// Output:
	// direct "Spetterà al gruppo" Mario Rossi
	// direct "di deliberare sulla partecipazione" Mario Rossi
}

func ExampleExtract_indirectAndPartial() {
	text := "Il ministro Guido Crosetto ha detto che la difesa europea «non è più rinviabile». " +
		"Ha poi aggiunto che il governo presenterà un piano."
	for _, q := range quotes.Extract(text) {
		fmt.Printf("%s %q %s\n", q.Kind, q.Text, q.Speakers[0].Name)
	}
	// Output:
	// partial "non è più rinviabile" Guido Crosetto
	// indirect "il governo presenterà un piano" Guido Crosetto
}

func ExampleExtractor_ExtractDoc() {
	// A pipeline that has tokens and entity mentions already passes them in.
	e := quotes.New()
	text := "Il libro «Il nome della rosa» è tornato in classifica. «Ne sono felice», ha detto l'editore."
	toks := tokenize.Tokens(text)
	ments := entities.Default().Find(text, toks)
	for _, q := range e.ExtractDoc(text, toks, ments) {
		fmt.Printf("%s %q by %q\n", q.Kind, q.Text, q.Mention.Text)
	}
	// Output:
	// direct "Ne sono felice" by "l'editore"
}
