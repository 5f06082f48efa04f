// Command tribuna-beam analyzes JSON Lines files {"id", "text"} with Tribuna
// on Apache Beam: in this process on the Prism runner by default, or on
// Dataflow, Flink or Spark with Beam's flags (see the module's README).
//
// Usage:
//
//	tribuna-beam -input 'GLOB' -output DIR [beam flags]
//
// It writes under DIR: docs-*.jsonl (one JSON document per line, as
// `tribuna analyze -in jsonl -format jsonl` writes them), errors-*.jsonl (the
// bad lines), speakers-*.jsonl and entities-*.jsonl (the aggregates; join
// them with tribuna-merge).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	tribunabeam "github.com/tribuna-nlp/tribuna/beam"
)

var (
	input   = flag.String("input", "", "input files, a glob (local path, gs://…): JSON lines {\"id\": …, \"text\": …}")
	output  = flag.String("output", "", "output directory (local path, gs://…); files already there of the kinds written stop the run")
	verbose = flag.Bool("v", false, "print Beam's and Prism's informational logs")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "Usage: tribuna-beam -input 'GLOB' -output DIR [-runner prism|dataflow|flink|spark] [beam flags]\n\n")
		fmt.Fprintf(os.Stderr, "  -input GLOB\n\t%s\n  -output DIR\n\t%s\n\nBeam's flags (-runner, -endpoint, -environment_type, -worker_binary, -project, …): see the README.\n",
			flag.Lookup("input").Usage, flag.Lookup("output").Usage)
	}
	flag.Parse()
	if !*verbose {
		beamlog.LogLevel = "warn"
	}
	beam.Init() // on a worker, runs the worker harness and does not return
	if *input == "" || *output == "" {
		flag.Usage()
		os.Exit(2)
	}

	ctx := context.Background()
	if err := checkEmpty(ctx, *output); err != nil {
		fmt.Fprintf(os.Stderr, "tribuna-beam: %v\n", err)
		os.Exit(1)
	}

	p, s := beam.NewPipelineWithRoot()
	lines := textio.ReadWithFilename(s, *input)
	tribunabeam.WriteResult(s, *output, tribunabeam.Analyze(s, lines))

	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "tribuna-beam: %v\n", err)
		os.Exit(1)
	}
	report(res, time.Since(start))
}

// checkEmpty refuses an output directory that already holds files of the
// kinds this command writes: their random names would not replace them, and
// readers of the directory would count both runs.
func checkEmpty(ctx context.Context, dir string) error {
	fs, err := filesystem.New(ctx, dir)
	if err != nil {
		return err
	}
	defer fs.Close()
	for _, kind := range []string{"docs", "errors", "speakers", "entities"} {
		found, err := fs.List(ctx, dir+"/"+kind+"-*.jsonl")
		if err != nil {
			continue // a directory that does not exist yet
		}
		if len(found) > 0 {
			return fmt.Errorf("%s already holds %s-*.jsonl (%d files): choose a new -output or empty it", dir, kind, len(found))
		}
	}
	return nil
}

// report prints the pipeline's counters, when the runner gives them.
func report(res beam.PipelineResult, took time.Duration) {
	if res == nil {
		return
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().Query(func(r metrics.SingleResult) bool { return r.Namespace() == "tribuna" }).Counters() {
		counts[c.Key.Name] += c.Result()
	}
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(os.Stderr, "tribuna-beam: %s %d\n", n, counts[n])
	}
	if b := counts["text_bytes"]; b > 0 {
		fmt.Fprintf(os.Stderr, "tribuna-beam: %.1f s, %.2f MB/s of text\n", took.Seconds(), float64(b)/took.Seconds()/1e6)
	}
}
