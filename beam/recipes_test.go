package tribunabeam

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tribuna-nlp/tribuna/beam/aggregate"
)

// The recipes of the README for running the tribuna command as a map step,
// tested as far as this machine allows: the pipe contract Spark's rdd.pipe
// relies on, and the Kubernetes Indexed Job's shard script run locally with
// JOB_COMPLETION_INDEX set. Spark and Kubernetes themselves are not here.

var (
	tribunaOnce sync.Once
	tribunaBin  string
	tribunaErr  error
)

// tribunaCommand builds the tribuna command of the parent module once.
func tribunaCommand(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the tribuna command")
	}
	tribunaOnce.Do(func() {
		dir, err := os.MkdirTemp("", "tribuna-bin")
		if err != nil {
			tribunaErr = err
			return
		}
		tribunaBin = filepath.Join(dir, "tribuna")
		build := exec.Command("go", "build", "-o", tribunaBin, "./cmd/tribuna")
		build.Dir = ".."
		if out, err := build.CombinedOutput(); err != nil {
			tribunaErr = fmt.Errorf("building the command: %v\n%s", err, out)
		}
	})
	require.NoError(t, tribunaErr)
	return tribunaBin
}

// sparkPipeCommand is the command of recipes/spark/tribuna_pipe.py.
const sparkPipeCommand = "tribuna analyze -in jsonl -format jsonl -j 1 -errors inline -"

// pipe runs command as Spark's rdd.pipe does for one partition: the command
// split on white space, each element and a newline written to its standard
// input, each line of its standard output an element of the result; a
// non-zero exit fails the task.
func pipe(t *testing.T, bin, command string, elements []string) ([]string, error) {
	t.Helper()
	args := strings.Fields(command)
	require.Equal(t, "tribuna", args[0])
	cmd := exec.Command(bin, args[1:]...)
	var in bytes.Buffer
	for _, e := range elements {
		in.WriteString(e + "\n")
	}
	cmd.Stdin = &in
	var out bytes.Buffer
	cmd.Stdout = &out
	err := cmd.Run()
	if out.Len() == 0 {
		return nil, err
	}
	return strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n"), err
}

func TestSparkPipeContract(t *testing.T) {
	bin := tribunaCommand(t)
	src, err := os.ReadFile("recipes/spark/tribuna_pipe.py")
	require.NoError(t, err)
	assert.Contains(t, string(src), strings.Replace(sparkPipeCommand, "tribuna", "{tribuna}", 1), "the recipe's command is the one tested here")

	var lines []string
	for _, l := range strings.Split(strings.TrimSuffix(readFile(t, input), "\n"), "\n") {
		if strings.TrimSpace(l) != "" { // the recipe filters blank lines out
			lines = append(lines, l)
		}
	}
	// Two partitions, as Spark would cut them.
	for _, part := range [][]string{lines[:3], lines[3:]} {
		out, err := pipe(t, bin, sparkPipeCommand, part)
		require.NoError(t, err, "a bad line must not fail the task")
		require.Len(t, out, len(part), "one output line per input line")
		for i, o := range out {
			var got, in struct {
				ID    json.RawMessage `json:"id"`
				Error *string         `json:"error"`
			}
			require.NoError(t, json.Unmarshal([]byte(o), &got))
			if json.Unmarshal([]byte(part[i]), &in) == nil {
				assert.JSONEq(t, string(in.ID), string(got.ID), "in input order")
			}
		}
	}
}

func TestKubernetesIndexedJobShards(t *testing.T) {
	bin := tribunaCommand(t)
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	// Three shards of the test input.
	in := t.TempDir()
	lines := strings.SplitAfter(readFile(t, input), "\n")
	shards := [][]string{lines[:2], lines[2:5], lines[5:]}
	for i, s := range shards {
		require.NoError(t, os.WriteFile(filepath.Join(in, fmt.Sprintf("news-%d.jsonl", i)), []byte(strings.Join(s, "")), 0o644))
	}
	out := t.TempDir()
	runShard := func(index string) (string, error) {
		cmd := exec.Command("sh", "recipes/kubernetes/shard.sh")
		cmd.Env = append(os.Environ(), "JOB_COMPLETION_INDEX="+index, "INPUT_GLOB="+in+"/*.jsonl",
			"OUTPUT_DIR="+out, "TRIBUNA="+bin, "JOBS=2")
		b, err := cmd.CombinedOutput()
		return string(b), err
	}
	for i := range shards {
		msg, err := runShard(fmt.Sprint(i))
		require.NoError(t, err, msg)
		assert.Contains(t, msg, fmt.Sprintf("news-%d.jsonl", i))
	}
	msg, err := runShard("3")
	assert.Error(t, err, "an index past the last shard fails")
	assert.Contains(t, msg, "no shard 3")
	msg, err = runShard("x")
	assert.Error(t, err)
	assert.Contains(t, msg, "not a number")

	parts, err := filepath.Glob(filepath.Join(out, "part-*.jsonl"))
	require.NoError(t, err)
	require.Equal(t, []string{"part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"}, baseNames(parts))
	tmp, _ := filepath.Glob(filepath.Join(out, "*.tmp"))
	assert.Empty(t, tmp)

	// One output line per non-blank input line; the documents are the core
	// library's, the bad lines error records.
	want := expectedOutput(t)
	var docs, errs []string
	for i, p := range parts {
		nonBlank := 0
		for _, l := range shards[i] {
			if strings.TrimSpace(l) != "" {
				nonBlank++
			}
		}
		got := strings.Split(strings.TrimSuffix(readFile(t, p), "\n"), "\n")
		assert.Len(t, got, nonBlank, p)
		for _, l := range got {
			if strings.Contains(l, `"error":`) && !strings.Contains(l, `"text":`) {
				errs = append(errs, l)
			} else {
				docs = append(docs, l)
			}
		}
	}
	sameLines(t, want.docs, docs)
	assert.Len(t, errs, len(want.bad))

	// tribuna-merge's sums over the parts are the pipeline's aggregates.
	totals := aggregate.NewTotals()
	for _, p := range parts {
		for _, l := range strings.Split(strings.TrimSuffix(readFile(t, p), "\n"), "\n") {
			require.NoError(t, totals.AddLine([]byte(l)))
		}
	}
	assert.Equal(t, 4, totals.Documents)
	assert.Equal(t, 3, totals.Errors)
	wantSpeakers, wantEntities := countDirectly(want.analyed)
	assert.Equal(t, wantSpeakers, byName(totals.Speakers(), func(s aggregate.Speaker) string { return s.Name }))
	assert.Equal(t, wantEntities, byName(totals.Entities(), func(e aggregate.Entity) string { return e.Name }))
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	return string(b)
}

func baseNames(paths []string) []string {
	var out []string
	for _, p := range paths {
		out = append(out, filepath.Base(p))
	}
	return out
}

func byName[T any](records []T, name func(T) string) map[string]T {
	m := map[string]T{}
	for _, r := range records {
		m[name(r)] = r
	}
	return m
}
