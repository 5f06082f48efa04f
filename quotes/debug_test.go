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
