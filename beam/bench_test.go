package tribunabeam

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/beam/aggregate"
	"github.com/tribuna-nlp/tribuna/internal/sample"
)

var throughputMB = flag.Int("throughput-mb", 8, "megabytes of JSON lines for BenchmarkThroughput")

// benchInput writes about mb megabytes of JSON lines: the sample article and
// the quotes dev set's paragraphs (when ../shared is there), over and over.
func benchInput(b *testing.B, mb int) (string, int64) {
	b.Helper()
	texts := []string{sample.Article}
	if f, err := os.Open("../../shared/data/quotes/dev.jsonl"); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<24)
		for sc.Scan() {
			var d struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &d) == nil && d.Text != "" {
				texts = append(texts, d.Text)
			}
		}
		f.Close()
	}
	name := filepath.Join(b.TempDir(), "input.jsonl")
	f, err := os.Create(name)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	var size int64
	for i := 0; size < int64(mb)<<20; i++ {
		line, _ := json.Marshal(map[string]any{"id": i, "text": texts[i%len(texts)]})
		w.Write(append(line, '\n'))
		size += int64(len(line) + 1)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
	return name, size
}

// cpuTime is the CPU time the process has used so far, all threads.
func cpuTime() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// reportCPU reports the megabytes of input per second of CPU time: on a
// shared machine, where wall time depends on the other processes' load,
// the figure to compare.
func reportCPU(b *testing.B, size int64, cpuStart float64) {
	if secs := cpuTime() - cpuStart; secs > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/secs, "MB/cpu-s")
	}
	b.ReportMetric(maxRSS(), "maxRSS-MB")
}

// maxRSS is the process's peak resident set so far, in MB.
func maxRSS() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}

// BenchmarkThroughput runs the same work, on the same input, in a plain
// loop with the same Analyzer and on Prism: decode each line, analyze it,
// encode the document and write it to a file, count speakers and entities.
// Both use one core for the analysis: Prism keeps a stage in one bundle.
// MB/cpu-s is the input's megabytes per second of CPU time, all threads (the
// figure to compare on a loaded machine); maxRSS-MB the process's peak so
// far: run one sub-benchmark alone for its own.
//
//	go test -run '^$' -bench Throughput -benchtime 3x -throughput-mb 20
func BenchmarkThroughput(b *testing.B) {
	input, size := benchInput(b, *throughputMB)
	b.Run("loop", func(b *testing.B) {
		b.SetBytes(size)
		cpu := cpuTime()
		for b.Loop() {
			if err := plainLoop(input, filepath.Join(b.TempDir(), "docs.jsonl")); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, size, cpu)
	})
	b.Run("prism", func(b *testing.B) {
		b.SetBytes(size)
		cpu := cpuTime()
		for b.Loop() {
			p, s := beam.NewPipelineWithRoot()
			WriteResult(s, b.TempDir(), Analyze(s, textio.Read(s, input)))
			if err := ptest.Run(p); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, size, cpu)
	})
}

// plainLoop is the pipeline's work without Beam.
func plainLoop(input, output string) error {
	in, err := os.Open(input)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(output)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(out, 1<<20)
	an := tribuna.New()
	totals := aggregate.NewTotals()
	sc := bufio.NewScanner(in)
	sc.Buffer(nil, 1<<26)
	var buf []byte
	bad := 0
	for sc.Scan() {
		l, err := decodeLine(sc.Bytes())
		if err != nil {
			bad++
			continue
		}
		d := an.AnalyzeAt(l.text, l.date)
		buf = appendDocument(buf[:0], d, l.id)
		w.Write(append(buf, '\n'))
		totals.AddDocument(d)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if bad > 0 || len(totals.Speakers()) == 0 {
		return fmt.Errorf("%d bad lines, %d speakers", bad, len(totals.Speakers()))
	}
	return out.Close()
}
