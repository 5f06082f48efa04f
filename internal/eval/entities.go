package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// EntityDoc is one paragraph of an entity gold file in JSON Lines
// (testdata/entities/politics.jsonl): its text, the day it is set, its
// entities (demonyms among them, with Via "demonym") and its role mentions.
type EntityDoc struct {
	ID       string       `json:"id"`
	Text     string       `json:"text"`
	Date     string       `json:"date"` // YYYY-MM-DD, or empty
	Entities []GoldEntity `json:"entities"`
	Roles    []GoldRole   `json:"roles"`
}

// Day is the parsed Date (zero when Date is empty).
func (d EntityDoc) Day() time.Time {
	t, _ := time.Parse(time.DateOnly, d.Date)
	return t
}

// GoldEntity is an annotated mention: a name (Via empty) or a demonym (Via
// "demonym", Type its place's). Name is the canonical name, ID the Wikidata
// id, empty where the annotator did not give one.
type GoldEntity struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Name  string `json:"name"`
	ID    string `json:"id"`
	Via   string `json:"via,omitempty"`
}

// GoldRole is an annotated role mention and the person it names at the
// paragraph's date (Name empty: the text and the date name no one).
type GoldRole struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Name  string `json:"name"`
	ID    string `json:"id"`
}

// viaDemonym is the Via of a demonym, in the gold and in system output.
const viaDemonym = "demonym"

// ReadEntityDocs reads an entity gold file, one paragraph a line, and checks
// every span (offsets inside the text and giving its text, known types,
// entities in order and not overlapping); errors name the file and line.
func ReadEntityDocs(r io.Reader, name string) ([]EntityDoc, error) {
	var docs []EntityDoc
	ids := map[string]bool{}
	err := eachLine(r, name, func(line []byte, n int) error {
		var d EntityDoc
		dec := json.NewDecoder(strings.NewReader(string(line)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			return err
		}
		if d.ID == "" || ids[d.ID] {
			return fmt.Errorf("want a unique id, got %q", d.ID)
		}
		ids[d.ID] = true
		if err := checkEntityDoc(d); err != nil {
			return fmt.Errorf("%s: %w", d.ID, err)
		}
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func checkEntityDoc(d EntityDoc) error {
	if d.Date != "" {
		if _, err := time.Parse(time.DateOnly, d.Date); err != nil {
			return fmt.Errorf("date %q: want YYYY-MM-DD", d.Date)
		}
	}
	span := func(what string, i, start, end int, text string) error {
		if start < 0 || end > len(d.Text) || start >= end {
			return fmt.Errorf("%s %d: offsets %d-%d outside the text (%d bytes)", what, i, start, end, len(d.Text))
		}
		if d.Text[start:end] != text {
			return fmt.Errorf("%s %d: text[%d:%d] is %q, not %q", what, i, start, end, d.Text[start:end], text)
		}
		return nil
	}
	prevEnd := 0
	for i, e := range d.Entities {
		if err := span("entity", i, e.Start, e.End, e.Text); err != nil {
			return err
		}
		if !isKINDType(e.Type) || e.Name == "" || (e.Via != "" && e.Via != viaDemonym) {
			return fmt.Errorf("entity %d (%q): want type PER/LOC/ORG, a name and via empty or %q", i, e.Text, viaDemonym)
		}
		if e.Start < prevEnd {
			return fmt.Errorf("entity %d (%q): overlaps or precedes the one before", i, e.Text)
		}
		prevEnd = e.End
	}
	for i, r := range d.Roles {
		if err := span("role", i, r.Start, r.End, r.Text); err != nil {
			return err
		}
		if r.Name == "" && r.ID != "" {
			return fmt.Errorf("role %d (%q): an id without a name", i, r.Text)
		}
	}
	return nil
}

// SystemEntity is an entity mention a system found, with its link.
type SystemEntity struct {
	Start, End     int
	Type, Name, ID string
	Via            string // "demonym" for demonyms; anything else for names
}

// SystemRole is a role mention a system found: Resolved when it names a
// person of the gazetteer (Name and ID are then that person's).
type SystemRole struct {
	Start, End int
	Name, ID   string
	Resolved   bool
}

// EntityAnalyzer runs a system on a paragraph set on date (zero: none).
type EntityAnalyzer func(text string, date time.Time) ([]SystemEntity, []SystemRole)

// EntityScores are the scores of a system on an entity gold file.
type EntityScores struct {
	Name               string
	Docs               int
	ByType             map[string]PRF // PER, LOC, ORG: exact span and type, demonyms left out
	Overall            PRF
	Matched, Linked    int // matched entities; of them, with the gold name and id
	WrongName, WrongID int // matched entities whose name, or only whose id, differ
	GoldIDs            int // matched entities whose gold gives an id (the others are linked by name)
	Demonyms           PRF // exact span of the gold demonyms
	DemonymsLinked     int // of the found demonyms, linked to the gold place
	Roles              PRF // exact span of the role mentions
	RolesResolved      int // of the matched roles, naming the gold person (or no one, as the gold)
	Errors             []string
}

// String reports the scores, one line each.
func (s EntityScores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d paragraphs\n", s.Name, s.Docs)
	fmt.Fprintf(&b, "  entities  all  %s\n", s.Overall)
	for _, t := range kindTypes {
		fmt.Fprintf(&b, "            %-4s %s\n", t, s.ByType[t])
	}
	fmt.Fprintf(&b, "  linking   %d/%d matched entities have the gold name and id (%.2f%%): wrong entity %d, right name with a wrong id %d; %d of the matched have a gold id\n",
		s.Linked, s.Matched, 100*ratio(s.Linked, s.Matched), s.WrongName, s.WrongID, s.GoldIDs)
	fmt.Fprintf(&b, "  demonyms  found %d/%d, linked right %d/%d, %d not in the gold\n",
		s.Demonyms.Correct, s.Demonyms.Gold, s.DemonymsLinked, s.Demonyms.Correct, s.Demonyms.System-s.Demonyms.Correct)
	fmt.Fprintf(&b, "  roles          %s\n", s.Roles)
	fmt.Fprintf(&b, "  role persons   %d/%d matched roles name the gold person (%.2f%%)\n",
		s.RolesResolved, s.Roles.Correct, 100*ratio(s.RolesResolved, s.Roles.Correct))
	return b.String()
}

// ScoreEntities runs analyze on every paragraph (with its date) and scores it.
func ScoreEntities(name string, docs []EntityDoc, analyze EntityAnalyzer) EntityScores {
	s := EntityScores{Name: name, Docs: len(docs), ByType: map[string]PRF{}}
	for _, d := range docs {
		ents, roles := analyze(d.Text, d.Day())
		s.scoreEntities(d, ents)
		s.scoreRoles(d, roles)
	}
	for _, t := range kindTypes {
		s.Overall.Add(s.ByType[t])
	}
	return s
}

type spanKey struct{ start, end int }

// entityMatch is what scoring one paragraph's entities keeps: its gold
// spans by offsets (names and demonyms apart) and the spans found.
type entityMatch struct {
	gold, goldDem   map[spanKey]GoldEntity
	found, foundDem map[spanKey]bool
	typed           map[spanKey]bool // gold spans found with another type
}

func (s *EntityScores) scoreEntities(d EntityDoc, sys []SystemEntity) {
	em := s.countGold(d)
	for _, m := range byStartEntity(sys) {
		if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
			continue
		}
		if m.Via == viaDemonym {
			s.scoreDemonym(d, m, em)
			continue
		}
		if !isKINDType(m.Type) || em.found[spanKey{m.Start, m.End}] {
			continue
		}
		s.scoreEntity(d, m, em)
	}
	for _, g := range d.Entities {
		k := spanKey{g.Start, g.End}
		switch {
		case g.Via == viaDemonym && !em.foundDem[k]:
			s.errorf(d, "demonym missed %q → %s", g.Text, g.Name)
		case g.Via != viaDemonym && !em.found[k] && !em.typed[k]:
			s.errorf(d, "missed   %s %q → %s", g.Type, g.Text, g.Name)
		}
	}
}

// countGold counts d's gold entities and demonyms and indexes them.
func (s *EntityScores) countGold(d EntityDoc) entityMatch {
	em := entityMatch{
		gold: map[spanKey]GoldEntity{}, goldDem: map[spanKey]GoldEntity{},
		found: map[spanKey]bool{}, foundDem: map[spanKey]bool{}, typed: map[spanKey]bool{},
	}
	for _, g := range d.Entities {
		if g.Via == viaDemonym {
			em.goldDem[spanKey{g.Start, g.End}] = g
			s.Demonyms.Gold++
			continue
		}
		em.gold[spanKey{g.Start, g.End}] = g
		p := s.ByType[g.Type]
		p.Gold++
		s.ByType[g.Type] = p
	}
	return em
}

// scoreDemonym scores a demonym the system found (once per span): found
// in the gold, then linked to the gold's entity.
func (s *EntityScores) scoreDemonym(d EntityDoc, m SystemEntity, em entityMatch) {
	k := spanKey{m.Start, m.End}
	if em.foundDem[k] {
		return
	}
	em.foundDem[k] = true
	s.Demonyms.System++
	text := d.Text[m.Start:m.End]
	g, ok := em.goldDem[k]
	if !ok {
		s.errorf(d, "demonym spurious %q → %s", text, m.Name)
		return
	}
	s.Demonyms.Correct++
	if linkedRight(g.Name, g.ID, m.Name, m.ID) {
		s.DemonymsLinked++
	} else {
		s.errorf(d, "demonym link %q: gold %s, system %s", text, nameID(g.Name, g.ID), nameID(m.Name, m.ID))
	}
}

// scoreEntity scores an entity mention the system found: a gold span of
// its type, then linked to the gold's entity (by name and id, by name only,
// or to another).
func (s *EntityScores) scoreEntity(d EntityDoc, m SystemEntity, em entityMatch) {
	k := spanKey{m.Start, m.End}
	text := d.Text[m.Start:m.End]
	p := s.ByType[m.Type]
	p.System++
	g, ok := em.gold[k]
	if !ok || g.Type != m.Type {
		s.ByType[m.Type] = p
		if ok {
			em.typed[k] = true
			s.errorf(d, "type     %q: gold %s, system %s", text, g.Type, m.Type)
		} else {
			s.errorf(d, "spurious %s %q → %s", m.Type, text, nameID(m.Name, m.ID))
		}
		return
	}
	em.found[k] = true
	p.Correct++
	s.ByType[m.Type] = p
	s.Matched++
	if g.ID != "" {
		s.GoldIDs++
	}
	switch {
	case linkedRight(g.Name, g.ID, m.Name, m.ID):
		s.Linked++
	case sameName(g.Name, m.Name):
		s.WrongID++
		s.errorf(d, "link     %q: gold %s, system %s", text, nameID(g.Name, g.ID), nameID(m.Name, m.ID))
	default:
		s.WrongName++
		s.errorf(d, "link     %q: gold %s, system %s", text, nameID(g.Name, g.ID), nameID(m.Name, m.ID))
	}
}

func (s *EntityScores) scoreRoles(d EntityDoc, sys []SystemRole) {
	gold := map[spanKey]GoldRole{}
	for _, g := range d.Roles {
		gold[spanKey{g.Start, g.End}] = g
	}
	s.Roles.Gold += len(d.Roles)
	found := map[spanKey]bool{}
	for _, r := range sys {
		k := spanKey{r.Start, r.End}
		if r.Start < 0 || r.End > len(d.Text) || r.Start >= r.End || found[k] {
			continue
		}
		found[k] = true
		s.Roles.System++
		text := d.Text[r.Start:r.End]
		sysName := "(unresolved)"
		if r.Resolved {
			sysName = nameID(r.Name, r.ID)
		}
		g, ok := gold[k]
		if !ok {
			s.errorf(d, "role spurious %q → %s", text, sysName)
			continue
		}
		s.Roles.Correct++
		right := !r.Resolved
		if g.Name != "" {
			right = r.Resolved && linkedRight(g.Name, g.ID, r.Name, r.ID)
		}
		if right {
			s.RolesResolved++
		} else {
			goldName := "(no one)"
			if g.Name != "" {
				goldName = nameID(g.Name, g.ID)
			}
			s.errorf(d, "role person %q: gold %s, system %s", text, goldName, sysName)
		}
	}
	for _, g := range d.Roles {
		if !found[spanKey{g.Start, g.End}] {
			who := g.Name
			if who == "" {
				who = "(no one)"
			}
			s.errorf(d, "role missed %q → %s", g.Text, who)
		}
	}
}

func (s *EntityScores) errorf(d EntityDoc, format string, a ...any) {
	s.Errors = append(s.Errors, d.ID+" "+fmt.Sprintf(format, a...))
}

// linkedRight: the same canonical name and, where the gold gives an id, the
// same id.
func linkedRight(goldName, goldID, name, id string) bool {
	return sameName(goldName, name) && (goldID == "" || goldID == id)
}

// sameName compares canonical names, the apostrophe variants unified.
func sameName(a, b string) bool {
	return apostrophes.Replace(a) == apostrophes.Replace(b)
}

var apostrophes = strings.NewReplacer("’", "'", "‘", "'")

func nameID(name, id string) string {
	if id == "" {
		return name
	}
	return name + " (" + id + ")"
}

func byStartEntity(ms []SystemEntity) []SystemEntity {
	out := append([]SystemEntity(nil), ms...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
