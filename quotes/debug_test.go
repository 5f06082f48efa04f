package quotes

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestDebugDev prints the quotes of the dev documents named in QDEBUG.
func TestDebugDev(t *testing.T) {
	ids := os.Getenv("QDEBUG")
	if ids == "" {
		t.Skip("QDEBUG not set")
	}
	for _, d := range readDev(t) {
		if !strings.Contains(ids, d.ID) {
			continue
		}
		t.Log("=====", d.ID)
		for _, q := range Extract(d.Text) {
			b, _ := json.Marshal(q)
			t.Log(string(b))
		}
	}
}

// TestTrace prints, for each line of the file named in QTRACE, the pattern
// that attributed each marked quote and the noun phrases it read.
func TestTrace(t *testing.T) {
	file := os.Getenv("QTRACE")
	if file == "" {
		t.Skip("QTRACE not set")
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	traceMatch = func(d *analysis, pattern string, s *site, at attribution) {
		t.Logf("  %-22s %q subj=%q dropped=%v fallback=%q cont=%v cue=%q", pattern, s.content, d.npText(at.subj), at.dropped, d.npText(at.fallback), at.continuation, at.cue)
	}
	defer func() { traceMatch = nil }()
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		t.Log(">>", line)
		for _, q := range Extract(line) {
			t.Logf("  => %s %q %v cue=%q", q.Kind, q.Text, q.Speakers, q.Cue)
		}
	}
}
