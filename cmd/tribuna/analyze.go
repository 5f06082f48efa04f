package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/tribuna-nlp/tribuna"
)

// job is one document on its way through the batch pipeline.
type job struct {
	src  string // file name for messages ("-" is standard input)
	line int    // 1-based line of a JSON Lines document; 0 for a whole file
	raw  []byte // a JSON line still to decode (in the worker)
	id   json.RawMessage
	text string
	err  error  // set by the reader (bad line) or the worker
	out  []byte // the rendered document
}

func (j *job) where() string {
	name := displayName(j.src)
	if j.line > 0 {
		return fmt.Sprintf("%s:%d", name, j.line)
	}
	return name
}

type analyzeFlags struct {
	format string
	in     string
	jobs   int
}

func runAnalyze(args []string, e env) int {
	fs := newFlags("analyze", "Usage: tribuna analyze [-format text|json|jsonl|html] [-in text|jsonl] [-j N] [FILE|-]...\n", e)
	var f analyzeFlags
	fs.StringVar(&f.format, "format", "text", "output format: text, json, jsonl or html")
	fs.StringVar(&f.in, "in", "text", "input format: text (each FILE is one document) or jsonl (one {\"id\":…,\"text\":…} per line)")
	fs.IntVar(&f.jobs, "j", runtime.GOMAXPROCS(0), "number of documents analyzed at once")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	r, ok := renderers[f.format]
	if !ok {
		fmt.Fprintf(e.stderr, "tribuna analyze: unknown -format %q (want text, json, jsonl or html)\n", f.format)
		return 2
	}
	if f.in != "text" && f.in != "jsonl" {
		fmt.Fprintf(e.stderr, "tribuna analyze: unknown -in %q (want text or jsonl)\n", f.in)
		return 2
	}
	if f.jobs < 1 {
		f.jobs = 1
	}
	files := inputs(fs)
	// A JSON array when more than one document may come out.
	many := f.in == "jsonl" || len(files) > 1
	return analyzeBatch(files, f, r, many, e)
}

// analyzeBatch reads documents from files, analyzes them on f.jobs workers
// and writes them in input order. Documents travel in batches of up to
// batchDocs documents or batchBytes bytes, so that the goroutines hand work
// over once per batch rather than once per document; a batch is sent early
// when the input has nothing more buffered, so that a slow stream is not held
// back. Memory stays bounded: at most 4×jobs batches are in flight at once.
func analyzeBatch(files []string, f analyzeFlags, r renderer, many bool, e env) int {
	an := tribuna.New()
	slots := make(chan struct{}, 4*f.jobs)
	todo := make(chan *batch, f.jobs)
	done := make(chan *batch, f.jobs)

	var consumed atomic.Int64
	go func() {
		readDocuments(files, f.in, &countingReader{r: e.stdin, n: &consumed}, &consumed, func(b *batch) {
			slots <- struct{}{}
			todo <- b
		})
		close(todo)
	}()

	var wg sync.WaitGroup
	for range f.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range todo {
				for _, j := range b.jobs {
					analyzeJob(an, j, r, many, len(files) > 1)
				}
				done <- b
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	w := bufio.NewWriterSize(e.stdout, 64<<10)
	prog := newProgress(e.stderr, e.stderrIsTerminal && many, &consumed, totalSize(files))
	failed, written := 0, 0
	pending := map[int]*batch{}
	next := 0
	r.begin(w, many)
	for b := range done {
		pending[b.seq] = b
		for {
			b, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			for _, j := range b.jobs {
				if j.err != nil {
					failed++
					prog.clear()
					fmt.Fprintf(e.stderr, "tribuna: %s: %v\n", j.where(), j.err)
					continue
				}
				r.separator(w, written, many)
				w.Write(j.out)
				putBuffer(j.out)
				j.out = nil
				written++
				prog.add()
			}
		}
		if len(done) == 0 {
			w.Flush()
		}
	}
	r.end(w, many)
	if err := w.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "tribuna: writing output: %v\n", err)
		return 1
	}
	prog.finish()
	if failed > 0 {
		fmt.Fprintf(e.stderr, "tribuna: %d of %d documents failed\n", failed, failed+written)
		return 1
	}
	return 0
}

// analyzeJob decodes (for JSON Lines), analyzes and renders one document.
func analyzeJob(an *tribuna.Analyzer, j *job, r renderer, many, manyFiles bool) {
	if j.raw != nil {
		j.id, j.text, j.err = decodeLine(j.raw)
		j.raw = nil
	}
	if j.err != nil {
		return
	}
	d := an.Analyze(j.text)
	if len(j.id) == 0 && manyFiles {
		j.id, _ = json.Marshal(j.src)
	}
	j.out, j.err = r.document(d, j.id, many)
	j.text = ""
}

// batch is a run of consecutive documents, numbered by seq.
type batch struct {
	seq  int
	jobs []*job
	size int // bytes of input held
}

// Batch limits: enough documents to make handing a batch over cheap, few
// enough that 4×jobs batches stay small in memory.
const (
	batchDocs  = 8
	batchBytes = 64 << 10
)

// readDocuments calls emit for every batch of documents of files, in order,
// numbering them. Unreadable files and bad lines become jobs with an error,
// so that they are reported in order and the other documents still come out.
func readDocuments(files []string, in string, stdin io.Reader, consumed *atomic.Int64, emit func(*batch)) {
	seq := 0
	cur := &batch{}
	flush := func() {
		if len(cur.jobs) == 0 {
			return
		}
		cur.seq = seq
		seq++
		emit(cur)
		cur = &batch{}
	}
	// send adds j to the batch; idle says the input has nothing buffered,
	// so that the next read may wait.
	send := func(j *job, idle bool) {
		cur.jobs = append(cur.jobs, j)
		cur.size += len(j.raw) + len(j.text)
		if idle || len(cur.jobs) >= batchDocs || cur.size >= batchBytes {
			flush()
		}
	}
	for _, name := range files {
		readSource(name, in, stdin, consumed, send)
	}
	flush()
}

// readSource emits the documents of one file ("-" is standard input).
func readSource(name, in string, stdin io.Reader, consumed *atomic.Int64, send func(*job, bool)) {
	rc, err := openInput(name, stdin)
	if err != nil {
		send(&job{src: name, err: err}, false)
		return
	}
	defer rc.Close()
	var rd io.Reader = rc
	if name != "-" { // standard input comes counted already
		rd = &countingReader{r: rc, n: consumed}
	}
	if in == "jsonl" {
		readJSONLines(name, rd, send)
		return
	}
	j := &job{src: name}
	j.text, j.line, j.err = readAllText(rd)
	send(j, name == "-")
}

// readJSONLines emits one job per non-blank line of rd. Lines may be of any
// length; only one line is held in memory at a time.
func readJSONLines(name string, rd io.Reader, send func(*job, bool)) {
	br := bufio.NewReaderSize(rd, 64<<10)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			// The workers decode the line: decoding runs in parallel and
			// the reader never holds the pipeline back.
			send(&job{src: name, line: line, raw: b}, br.Buffered() == 0)
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			send(&job{src: name, line: line, err: fmt.Errorf("cannot read: %w", err)}, true)
			return
		}
	}
}

// invalidUTF8 locates the first invalid byte of b: its 1-based line and an
// error giving its byte offset within that line.
func invalidUTF8(b []byte) (int, error) {
	line, lineStart := 1, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return line, fmt.Errorf("invalid UTF-8 at byte %d of the line (byte %d of the input)", i-lineStart, i)
		}
		if r == '\n' {
			line, lineStart = line+1, i+1
		}
		i += n
	}
	return 0, nil
}

// unwrapPath drops the *os.PathError wrapper, whose path the message already names.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// countingReader counts the bytes read through it, for the progress bar.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// totalSize is the summed size of files, or 0 when one of them is standard
// input or not a regular file (the total is then unknown).
func totalSize(files []string) int64 {
	var total int64
	for _, name := range files {
		if name == "-" {
			return 0
		}
		fi, err := os.Stat(name)
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		total += fi.Size()
	}
	return total
}

// progress draws a one-line progress report on a terminal: a bar when the
// input's size is known, documents and megabytes per second.
type progress struct {
	w        io.Writer
	on       bool
	consumed *atomic.Int64
	total    int64
	start    time.Time
	last     time.Time
	docs     int
	painted  bool
}

func newProgress(w io.Writer, on bool, consumed *atomic.Int64, total int64) *progress {
	now := time.Now()
	return &progress{w: w, on: on, consumed: consumed, total: total, start: now, last: now}
}

func (p *progress) add() {
	p.docs++
	if !p.on {
		return
	}
	if now := time.Now(); now.Sub(p.last) >= 200*time.Millisecond {
		p.last = now
		p.paint()
	}
}

func (p *progress) paint() {
	secs := max(time.Since(p.start).Seconds(), 1e-9)
	read := p.consumed.Load()
	bar := ""
	if p.total > 0 {
		const width = 24
		done := int(min(read, p.total) * width / p.total)
		bar = fmt.Sprintf("[%s%s] %3d%%  ", strings.Repeat("=", done), strings.Repeat(" ", width-done), min(read, p.total)*100/p.total)
	}
	fmt.Fprintf(p.w, "\r%s%d documents  %.0f documents/s  %.1f MB/s ", bar, p.docs, float64(p.docs)/secs, float64(read)/secs/1e6)
	p.painted = true
}

func (p *progress) clear() {
	if p.painted {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", 100)+"\r")
		p.painted = false
	}
}

func (p *progress) finish() {
	if !p.on {
		return
	}
	p.paint()
	fmt.Fprintln(p.w)
}
