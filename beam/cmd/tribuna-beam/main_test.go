package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The README's command, run as written: the test input analyzed on Prism
// in this process, offline.
func TestReadmeCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "tribuna-beam")
	build := exec.Command("go", "build", "-o", bin, ".")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)

	dir := filepath.Join(t.TempDir(), "out")
	run := func() (string, error) {
		cmd := exec.Command(bin, "-input", "testdata/*.jsonl", "-output", dir)
		cmd.Dir = "../.." // the module's root, where the README's command runs
		b, err := cmd.CombinedOutput()
		return string(b), err
	}
	msg, err := run()
	require.NoError(t, err, msg)
	assert.Contains(t, msg, "tribuna-beam: documents 4\n")
	assert.Contains(t, msg, "tribuna-beam: bad_lines 3\n")
	assert.NotContains(t, msg, "level=INFO", "Prism's logs stay quiet without -v")
	for _, kind := range []string{"docs", "errors", "speakers", "entities"} {
		files, err := filepath.Glob(filepath.Join(dir, kind+"-*.jsonl"))
		require.NoError(t, err)
		assert.NotEmpty(t, files, kind)
	}
	docs, _ := filepath.Glob(filepath.Join(dir, "docs-*.jsonl"))
	n := 0
	for _, f := range docs {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		n += strings.Count(string(b), "\n")
	}
	assert.Equal(t, 4, n)

	// A second run into the same directory would mix two runs' files.
	msg, err = run()
	assert.Error(t, err)
	assert.Contains(t, msg, "already holds docs-*.jsonl")

	// Flags are checked.
	cmd := exec.Command(bin, "-input", "testdata/*.jsonl")
	b, err := cmd.CombinedOutput()
	assert.Error(t, err)
	assert.Contains(t, string(b), "Usage: tribuna-beam")
}
