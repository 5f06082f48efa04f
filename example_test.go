package tribuna_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/entities"
)

func ExampleAnalyze() {
	d := tribuna.Analyze("«Siamo pronti», ha detto Giorgia Meloni a Bruxelles. Xi Jinping è a Mosca: il presidente cinese ha detto che la visita sarà lunga.")
	fmt.Println(len(d.Sentences), "sentences,", len(d.Tokens), "tokens")
	for _, m := range d.Entities {
		fmt.Printf("%s %s → %s (%s)\n", m.Type, m.Text, m.Entry.Name, m.Via)
	}
	for _, m := range d.Roles {
		fmt.Printf("role %s → %s\n", m.Text, m.Entry.Name)
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
	// role il presidente cinese → Xi Jinping
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
	// {"id":"esempio","text":"Putin a Pechino.","sentences":[{"start":0,"end":16}],"tokens":[{"text":"Putin","start":0,"end":5,"kind":"word"},{"text":"a","start":6,"end":7,"kind":"word"},{"text":"Pechino","start":8,"end":15,"kind":"word"},{"text":".","start":15,"end":16,"kind":"punct"}],"entities":[{"text":"Putin","start":0,"end":5,"type":"PER","name":"Vladimir Putin","id":"Q7747","via":"alias"},{"text":"Pechino","start":8,"end":15,"type":"LOC","name":"Pechino","id":"Q956","via":"name"}],"roles":[],"quotes":[]}
}

// Counting who and what a text mentions: Counts(0) takes the mentions by
// name (Meloni and Giorgia Meloni are one person) and leaves out demonyms
// such as italiano, which say where something is from.
func ExampleDocument_Counts() {
	d := tribuna.Analyze("Giorgia Meloni è a Bruxelles. Il governo italiano ha detto che Meloni vedrà Ursula von der Leyen a Bruxelles e poi a Roma.")
	for _, c := range d.Counts(0) {
		fmt.Println(c.Entry.Name, c.Entry.Type, c.Mentions)
	}
	fmt.Println(len(d.Counts(tribuna.IncludeDemonyms)), "entries with demonyms")
	// Output:
	// Giorgia Meloni PER 2
	// Bruxelles LOC 2
	// Ursula von der Leyen PER 1
	// Roma LOC 1
	// 5 entries with demonyms
}

// Counting people with their role mentions too: la premier is Giorgia
// Meloni, il presidente francese Emmanuel Macron.
func ExampleDocument_Counts_roles() {
	d := tribuna.Analyze("Giorgia Meloni ha incontrato Emmanuel Macron. La premier ha detto che il presidente francese è d'accordo.")
	for _, m := range d.Roles {
		fmt.Printf("%q → %s\n", m.Text, m.Entry.Name)
	}
	for _, c := range d.Counts(tribuna.IncludeRoles) {
		fmt.Println(c.Entry.Name, c.Mentions)
	}
	// Output:
	// "La premier" → Giorgia Meloni
	// "il presidente francese" → Emmanuel Macron
	// Giorgia Meloni 2
	// Emmanuel Macron 2
}

// Adding one's own people to the embedded gazetteer: a file (here a string)
// in the gazetteer's TSV format, merged with the default.
func ExampleWithGazetteer() {
	mine, err := entities.Load(strings.NewReader(
		"id\ttype\tname\taliases\tdemonyms\troles\tflags\n" +
			"x:anna-verdi\tPER\tAnna Verdi\tVerdi\t\tsindaco@Pavia:2024-\t\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	a := tribuna.New(tribuna.WithGazetteer(entities.Default().Merge(mine)))
	d := a.Analyze("Anna Verdi ha incontrato Giorgia Meloni. «Pavia è pronta», ha detto la sindaca di Pavia.")
	for _, m := range d.Mentions(tribuna.IncludeRoles) {
		fmt.Printf("%s → %s (%s)\n", m.Text, m.Entry.Name, m.Via)
	}
	for _, q := range d.Quotes {
		fmt.Printf("%q — %s\n", q.Text, q.Speakers[0].Name)
	}
	// Output:
	// Anna Verdi → Anna Verdi (name)
	// Giorgia Meloni → Giorgia Meloni (name)
	// Pavia → Pavia (name)
	// la sindaca di Pavia → Anna Verdi (role)
	// Pavia → Pavia (name)
	// "Pavia è pronta" — Anna Verdi
}

// A text is read at the date it was written: il premier of 2021 is Mario
// Draghi, of 2023 Giorgia Meloni (the masculine title is also a woman's; la
// premier of 2021 would name no one: the feminine never names a man).
func ExampleAnalyzer_AnalyzeAt() {
	a := tribuna.New()
	text := "Mario Draghi e Giorgia Meloni erano alla Camera. Il premier ha parlato per primo."
	for _, day := range []string{"2021-06-01", "2023-06-01"} {
		date, _ := time.Parse(time.DateOnly, day)
		d := a.AnalyzeAt(text, date)
		fmt.Println(day, d.Roles[0].Text, "→", d.Roles[0].Entry.Name)
	}
	// Output:
	// 2021-06-01 Il premier → Mario Draghi
	// 2023-06-01 Il premier → Giorgia Meloni
}

// Writing only some fields, with offsets that Python's text[start:end]
// takes (code points: è is one, where it is two UTF-8 bytes).
func ExampleJSONFormat() {
	d := tribuna.Analyze("Così è: la premier Giorgia Meloni è a Bruxelles.")
	fields, err := tribuna.ParseFields("roles")
	if err != nil {
		fmt.Println(err)
		return
	}
	f := tribuna.JSONFormat{Fields: fields, Offsets: tribuna.RuneOffsets}
	fmt.Println(string(f.Append(nil, d)))
	// Output:
	// {"roles":[{"text":"la premier","start":8,"end":18,"type":"PER","name":"Giorgia Meloni","id":"Q451791","via":"role"}]}
}
