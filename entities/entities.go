package entities

import "github.com/tribuna-nlp/tribuna/tokenize"

// SKELETON: the types are the package's API; the implementation is being written.

// Type is an entity type as KIND annotates it.
type Type string

// Entity types.
const (
	PER Type = "PER" // people
	LOC Type = "LOC" // places: countries, cities, continents, regions, buildings as places
	ORG Type = "ORG" // organizations: institutions, parties, media, governments by metonymy (Cremlino)
)

// How a mention was found (Mention.Via).
const (
	ViaName    = "name"    // the entry's canonical name
	ViaAlias   = "alias"   // one of its aliases
	ViaDemonym = "demonym" // a demonym of a place (cinese → Cina)
	ViaRole    = "role"    // a role mention resolved to a person (il presidente cinese → Xi Jinping)
	ViaRule    = "rule"    // a name no list holds, found by rules (given names, titles, cues)
	ViaCoref   = "coref"   // a partial name referring back to a full name earlier in the document
)

// Role is an office held by a person from From to To (years; To 0 while current).
type Role struct {
	Name  string // presidente, presidente del Consiglio, ministro degli Esteri …
	Place string // canonical name of a LOC or ORG entry: Cina, Italia, Partito Democratico
	From  int
	To    int
}

// Entry is a canonical entity.
type Entry struct {
	ID       string // Wikidata id (Q7747) or a local id (x:palazzo-chigi); empty for entries found by rules
	Name     string // canonical name
	Type     Type
	Aliases  []string
	Demonyms []string
	Roles    []Role
}

// Mention is a span of text that refers to an entry.
type Mention struct {
	Text       string
	Start, End int // byte offsets, text[Start:End] == Text
	Type       Type
	Entry      *Entry // never nil; for ViaRule a document-local entry with an empty ID
	Via        string
}

// Gazetteer holds entries and finds their mentions. Safe for concurrent use.
type Gazetteer struct{}

// Default returns the embedded gazetteer, loaded once.
func Default() *Gazetteer { return &Gazetteer{} }

// Find returns the mentions in text, whose tokens are toks, in order of Start.
func (g *Gazetteer) Find(text string, toks []tokenize.Token) []Mention { return nil }
