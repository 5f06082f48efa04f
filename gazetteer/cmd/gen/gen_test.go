package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestOutputIsUpToDate runs the generator twice and checks that it writes
// the same bytes each time, and the bytes of the committed
// entities/data/gazetteer.tsv: whoever edits a source regenerates.
func TestOutputIsUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	dir := t.TempDir()
	var outs [][]byte
	for i := 0; i < 2; i++ {
		out := filepath.Join(dir, "g.tsv")
		cmd := exec.Command("go", "run", "./cmd/gen", "-o", out)
		cmd.Dir = filepath.Join("..", "..") // the generator runs from the gazetteer directory
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b)
	}
	if !bytes.Equal(outs[0], outs[1]) {
		t.Fatal("two runs of the generator differ")
	}
	committed, err := os.ReadFile(filepath.Join("..", "..", "..", "entities", "data", "gazetteer.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(outs[0], committed) {
		t.Fatal("entities/data/gazetteer.tsv is not what the generator writes: run go generate ./... at the repository's root")
	}
}

func TestASCIIKeyTypewriterAccent(t *testing.T) {
	for in, want := range map[string]string{
		"Daniela Garnero Santanche'": "daniela garnero santanch",
		"Daniela Garnero Santanchè":  "daniela garnero santanch",
		"Garnero Santanch":           "garnero santanch",
		"Massimo D'Alema":            "massimo d'alema",
	} {
		if got := asciiKey(in); got != want {
			t.Errorf("asciiKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPartyOfCoalition(t *testing.T) {
	g := newGen("../..") // the gazetteer directory
	if err := g.addCurated(); err != nil {
		t.Fatal(err)
	}
	if got := g.party("LEGA - SALVINI PER FONTANA - LEGA LOMBARDA"); got != "Lega" {
		t.Errorf("one list: got %q, want Lega", got)
	}
	if got := g.party("FORZA ITALIA - BERLUSCONI PER FONTANA | LEGA - SALVINI PER FONTANA - LEGA LOMBARDA"); got != "" {
		t.Errorf("a coalition's lists: got %q, want none", got)
	}
}
