// Command icount runs one task on the sample article a given number of
// times, for counting the instructions it takes with valgrind's callgrind,
// which, unlike a clock, gives the same count whatever else the machine is
// doing:
//
//	go build -o /tmp/icount ./cmd/icount
//	for task in analyze uniseg; do for n in 0 50; do
//	  valgrind --tool=callgrind --callgrind-out-file=/dev/null /tmp/icount $task $n 2>&1 | grep refs
//	done; done
//
// The difference between n=50 and n=0 is the cost of 50 runs of the task,
// without the start-up and the gazetteer's loading. The ratio of the two
// tasks' costs is the instruction-count counterpart of BenchmarkPipeline's.
package main

import (
	"fmt"
	"os"
	"strconv"

	"github.com/rivo/uniseg"

	"github.com/tribuna-nlp/tribuna"
	"github.com/tribuna-nlp/tribuna/internal/sample"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: icount analyze|uniseg N")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	text := sample.Article
	var a *tribuna.Analyzer
	if os.Args[1] == "analyze" {
		a = tribuna.New()
		a.Analyze(text) // warm: the gazetteer and the tables load here
	}
	words := 0
	for range n {
		switch os.Args[1] {
		case "analyze":
			words += len(a.Analyze(text).Tokens)
		case "uniseg":
			rest, state := text, -1
			for len(rest) > 0 {
				_, rest, state = uniseg.FirstWordInString(rest, state)
				words++
			}
		}
	}
	fmt.Println(words)
}
