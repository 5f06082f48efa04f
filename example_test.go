package tribuna_test

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/tribuna-nlp/tribuna"
)

func ExampleAnalyze() {
	d := tribuna.Analyze("«Siamo pronti», ha detto Giorgia Meloni a Bruxelles. Xi Jinping è a Mosca: il presidente cinese ha detto che la visita sarà lunga.")
	fmt.Println(len(d.Sentences), "sentences,", len(d.Tokens), "tokens")
	for _, m := range d.Entities {
		fmt.Printf("%s %s → %s (%s)\n", m.Type, m.Text, m.Entry.Name, m.Via)
	}
	for _, q := range d.Quotes {
		fmt.Printf("%s %q — %s, %s\n", q.Kind, q.Text, q.Speakers[0].Name, q.Cue)
	}
	// Output:
	// 3 sentences, 29 tokens
	// PER Giorgia Meloni → Giorgia Meloni (name)
	// LOC Bruxelles → Bruxelles (name)
	// PER Xi Jinping → Xi Jinping (name)
	// LOC Mosca → Mosca (name)
	// LOC cinese → Cina (demonym)
	// direct "Siamo pronti" — Giorgia Meloni, ha detto
	// indirect "la visita sarà lunga" — Xi Jinping, ha detto
}

func ExampleNew() {
	// An Analyzer that only tokenizes and stems: no gazetteer is loaded.
	a := tribuna.New(tribuna.WithSteps(tribuna.StepStems))
	d := a.Analyze("Le nazioni rafforzano i legami.")
	for i, t := range d.Tokens {
		fmt.Println(t.Text, d.Stems[i])
	}
	// Output:
	// Le le
	// nazioni nazion
	// rafforzano rafforz
	// i i
	// legami legam
	// .
}

func ExampleDocument_MarshalJSON() {
	a := tribuna.New(tribuna.WithSteps(tribuna.StepEntities))
	d := a.Analyze("Putin a Pechino.")
	d.ID = "esempio"
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(d); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"id":"esempio","text":"Putin a Pechino.","sentences":[{"start":0,"end":16}],"tokens":[{"text":"Putin","start":0,"end":5,"kind":"word"},{"text":"a","start":6,"end":7,"kind":"word"},{"text":"Pechino","start":8,"end":15,"kind":"word"},{"text":".","start":15,"end":16,"kind":"punct"}],"entities":[{"text":"Putin","start":0,"end":5,"type":"PER","name":"Vladimir Putin","id":"Q7747","via":"alias"},{"text":"Pechino","start":8,"end":15,"type":"LOC","name":"Pechino","id":"Q956","via":"name"}],"quotes":[]}
}
