package entities

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteJSONL writes the entries in load order as JSON Lines that Load reads
// back into the same gazetteer: one object a line with every field (id,
// type, name, aliases, demonyms, roles in the TSV syntax, party, gender, flags,
// source), lists empty rather than absent.
func (g *Gazetteer) WriteJSONL(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, e := range g.entries {
		j := jsonEntry{ID: e.ID, Type: string(e.Type), Name: e.Name, Aliases: list(e.Aliases),
			Demonyms: list(e.Demonyms), Roles: roleStrings(e.Roles), Party: e.Party, Gender: e.Gender, Flags: list(e.Flags),
			Source: list(e.Sources)}
		if err := enc.Encode(jsonOut(j)); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// jsonOut is jsonEntry with every field written (no omitempty).
type jsonOut struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Demonyms []string `json:"demonyms"`
	Roles    []string `json:"roles"`
	Party    string   `json:"party"`
	Gender   string   `json:"gender"`
	Flags    []string `json:"flags"`
	Source   []string `json:"source"`
}

func list(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}

func roleStrings(rs []Role) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = roleString(r)
	}
	return out
}

// WriteTSV writes the entries in load order in the TSV format of
// data/README.md, with every column (the header names them), which Load
// reads back into the same gazetteer. A value the format cannot hold (a tab
// or a line break anywhere, a | inside a list item or a role, a ; inside a
// flag) is an error naming the entry.
func (g *Gazetteer) WriteTSV(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(strings.Join(tsvColumns[:], "\t"))
	bw.WriteByte('\n')
	for _, e := range g.entries {
		if err := writeTSVEntry(bw, e); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func writeTSVEntry(bw *bufio.Writer, e *Entry) error {
	bad := func(what, v string) error {
		return fmt.Errorf("entry %s %q: %s %q cannot be written as TSV", e.ID, e.Name, what, v)
	}
	cell := func(what, v, forbidden string) error {
		if strings.ContainsAny(v, "\t\n\r"+forbidden) || v != strings.TrimSpace(v) {
			return bad(what, v)
		}
		bw.WriteString(v)
		return nil
	}
	cells := func(what string, vs []string, sep string) error {
		for i, v := range vs {
			if i > 0 {
				bw.WriteString(sep)
			}
			if v == "" {
				return bad(what, v)
			}
			if err := cell(what, v, sep); err != nil {
				return err
			}
		}
		return nil
	}
	roles := roleStrings(e.Roles)
	for i, f := range []func() error{
		func() error { return cell("id", e.ID, "") },
		func() error { return cell("type", string(e.Type), "") },
		func() error { return cell("name", e.Name, "") },
		func() error { return cells("alias", e.Aliases, "|") },
		func() error { return cells("demonym", e.Demonyms, "|") },
		func() error { return cells("role", roles, "|") },
		func() error { return cells("flag", e.Flags, ";") },
		func() error { return cell("party", e.Party, "") },
		func() error { return cell("gender", e.Gender, "") },
		func() error { return cells("source", e.Sources, "|") },
	} {
		if i > 0 {
			bw.WriteByte('\t')
		}
		if err := f(); err != nil {
			return err
		}
	}
	return bw.WriteByte('\n')
}
