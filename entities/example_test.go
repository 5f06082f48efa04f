package entities_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/tribuna-nlp/tribuna/entities"
)

func ExampleGazetteer_Find() {
	text := "Xi ha ricevuto Putin a Pechino, dove l’assistente del Cremlino Yuri Ushakov ha parlato dell’Ucraina con i media cinesi."
	for _, m := range entities.Default().Find(text, nil) {
		fmt.Printf("%s\t%s\t%s\t%s\n", m.Text, m.Type, m.Entry.Name, m.Via)
	}
	// Output:
	// Xi	PER	Xi Jinping	alias
	// Putin	PER	Vladimir Putin	alias
	// Pechino	LOC	Pechino	name
	// Cremlino	ORG	Cremlino	name
	// Yuri Ushakov	PER	Yuri Ushakov	name
	// Ucraina	LOC	Ucraina	name
	// cinesi	LOC	Cina	demonym
}

func ExampleLoad() {
	data := "id\ttype\tname\taliases\tdemonyms\troles\tflags\n" +
		"x:zorbatex\tORG\tZorbatex S.p.A.\tZorbatex|ZTX\t\t\t\n"
	user, err := entities.Load(strings.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	g := entities.Default().Merge(user)
	for _, m := range g.Find("La ZTX ha aperto una sede a Torino.", nil) {
		fmt.Println(m.Text, m.Type, m.Entry.Name)
	}
	_, err = entities.Load(strings.NewReader("id\ttype\tname\taliases\tdemonyms\troles\tflags\nx:a\tLOC\n"))
	fmt.Println(err)
	// Output:
	// ZTX ORG Zorbatex S.p.A.
	// Torino LOC Torino
	// line 2: want 7 columns, got 2
}

func ExampleGazetteer_Roles() {
	text := "Xi Jinping ha accolto Vladimir Putin. Il presidente cinese ha promesso di lavorare con il suo omologo russo."
	g := entities.Default()
	for _, m := range g.Roles(text, nil, g.Find(text, nil)) {
		fmt.Printf("%s → %s\n", m.Text, m.Entry.Name)
	}
	// Output:
	// Il presidente cinese → Xi Jinping
	// il suo omologo russo → Vladimir Putin
}

func ExampleGazetteer_ResolveRole() {
	g := entities.Default()
	fmt.Println(g.ResolveRole("presidente", "Russia", 2010, nil).Name)
	fmt.Println(g.ResolveRole("presidente", "Russia", 2020, nil).Name)
	// Output:
	// Dmitrij Medvedev
	// Vladimir Putin
}

func ExampleGazetteer_RolesAt() {
	text := "Il ministro dell'Interno ha incontrato il sindaco di Milano."
	g := entities.Default()
	ms := g.Find(text, nil)
	for _, day := range []string{"2019-06-01", "2020-06-01", "1850-01-01"} {
		date, _ := time.Parse("2006-01-02", day)
		for _, m := range g.RolesAt(text, nil, ms, date) {
			fmt.Printf("%s %s → %q %q\n", day, m.Text, m.Entry.Name, m.Entry.ID)
		}
	}
	// Output:
	// 2019-06-01 Il ministro dell'Interno → "Matteo Salvini" "Q1055449"
	// 2019-06-01 il sindaco di Milano → "Giuseppe Sala" "x:giuseppe-sala"
	// 2020-06-01 Il ministro dell'Interno → "Luciana Lamorgese" "Q67129448"
	// 2020-06-01 il sindaco di Milano → "Giuseppe Sala" "x:giuseppe-sala"
	// 1850-01-01 Il ministro dell'Interno → "ministro dell'Interno" ""
	// 1850-01-01 il sindaco di Milano → "sindaco di Milano" ""
}
