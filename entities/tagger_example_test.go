package entities_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/tribuna-nlp/tribuna/entities"
)

// A tagger trained on a few sentences of token<TAB>tag data (users train
// theirs on data they may use, with `tribuna train ner`), saved, loaded and
// used by a gazetteer's Find: names no list holds (Zanfrulli, Zorbatex) are
// found and typed by the model, listed ones keep their entries.
func ExampleTrainTagger() {
	var data strings.Builder
	for _, s := range []string{
		"Il sindaco Mario/PER Zanfrulli/PER ha visitato la Zorbatex/ORG a Vigevano/LOC .",
		"La Zorbatex/ORG ha aperto una sede a Pavia/LOC .",
		"Secondo Zanfrulli/PER , la Zorbatex/ORG assumerà cento persone .",
		"Il ministro Giulia/PER Bertoldi/PER ha incontrato i vertici della Tessiture/ORG Riunite/ORG a Como/LOC .",
		"Bertoldi/PER ha detto che la Tessiture/ORG Riunite/ORG resterà in Italia/LOC .",
		"A Vigevano/LOC la Zorbatex/ORG è il primo datore di lavoro .",
	} {
		for _, w := range strings.Fields(s) {
			tok, tag, ok := strings.Cut(w, "/")
			if !ok {
				tag = "O"
			}
			fmt.Fprintf(&data, "%s\t%s\n", tok, tag)
		}
		data.WriteString("\n")
	}
	docs, err := entities.ReadAnnotated(strings.NewReader(data.String()), "example.tsv")
	if err != nil {
		fmt.Println(err)
		return
	}
	t, err := entities.TrainTagger(nil, docs, nil, entities.TrainOptions{Iterations: 10, Note: "example sentences, CC0"})
	if err != nil {
		fmt.Println(err)
		return
	}
	var model bytes.Buffer
	t.WriteTo(&model)
	t, err = entities.LoadTagger(&model)
	if err != nil {
		fmt.Println(err)
		return
	}
	g := entities.Default().WithTagger(t)
	for _, m := range g.Find("Il sindaco Franco Brambati ha visitato la Lanitex a Lodi con la delegazione cinese.", nil) {
		fmt.Printf("%s\t%s\t%s\t%s\n", m.Text, m.Type, m.Entry.Name, m.Via)
	}
	// Output:
	// Franco Brambati	PER	Franco Brambati	rule
	// Lanitex	ORG	Lanitex	model
	// Lodi	LOC	Lodi	name
	// cinese	LOC	Cina	demonym
}
