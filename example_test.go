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
	// (output filled in once the packages settle)
}

func ExampleNew() {
	// An Analyzer that only tokenizes and stems: no gazetteer is loaded.
	a := tribuna.New(tribuna.WithSteps(tribuna.StepStems))
	d := a.Analyze("Le nazioni rafforzano i legami.")
	for i, t := range d.Tokens {
		fmt.Println(t.Text, d.Stems[i])
	}
	// (output filled in once the packages settle)
}

func ExampleDocument_MarshalJSON() {
	a := tribuna.New(tribuna.WithSteps(tribuna.StepEntities))
	d := a.Analyze("Putin a Pechino.")
	d.ID = "esempio"
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(d); err != nil {
		fmt.Println(err)
	}
	// (output filled in once the packages settle)
}
