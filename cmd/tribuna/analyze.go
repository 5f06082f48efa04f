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
	"github.com/tribuna-nlp/tribuna/entities"
)

// job is one document on its way through the batch pipeline.
type job struct {
	src  string // file name for messages ("-" is standard input)
	n    int    // 0-based number of the document in input order
	line int    // 1-based line of a JSON Lines document; 0 for a whole file
	off  int64  // byte offset of the line in its input, for messages
	raw  []byte // a JSON line still to decode (in the worker)
	id   json.RawMessage
	text string
	date string // the line's "date", YYYY-MM-DD
	err  error  // set by the reader (bad line) or the worker
	bad  bool   // err says the line is not a document (not UTF-8 or JSON, no text, a bad date), not that the input could not be read
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
	format   string
	in       string
	jobs     int
	fields   string
	offsets  string
	date     string
	encoding string
	nerModel string
	errors   string   // where bad lines are reported: "stderr" or "inline" (errors_inline.go)
	gazettes fileList // -g: the user's gazetteer files, merged into the default one
}

const analyzeUsage = `Usage: tribuna analyze [flags] [FILE|-]...

Analyzes each FILE (standard input when there is none, or for -) as one
document, or with -in jsonl each line of them, and writes the documents in
input order. Flags may come before or after the files.

JSON offsets are UTF-8 byte offsets into "text" by default, end exclusive:
text[start:end] in Go. -offsets runes counts code points, so that Python's
text[start:end] gives the span; -offsets utf16 counts UTF-16 code units,
for JavaScript's text.slice(start, end) and Java's substring.

Flags:
`

// newAnalyzeCommand defines the flags of analyze into f.
func newAnalyzeCommand(f *analyzeFlags) *command {
	c := newCommand("analyze", analyzeUsage)
	fs := c.fs
	fs.StringVar(&f.format, "format", "text", "output `format`: text (a readable summary), json, jsonl (one document per line) or html (one self-contained page)")
	fs.StringVar(&f.in, "in", "text", "input `format`: text (each FILE is one document) or jsonl (one {\"id\": …, \"text\": …, \"date\": \"YYYY-MM-DD\"} per line; id and date optional)")
	fs.StringVar(&f.fields, "fields", "all", "json, jsonl: the comma-separated `list` of what to write, among "+strings.Join(tribuna.FieldNames(), ", ")+` (the id and date are always written; stems implies tokens). Steps no field needs are not run`)
	fs.StringVar(&f.offsets, "offsets", "bytes", "json, jsonl: count offsets in `unit`s of bytes (UTF-8: Go), runes (code points: Python) or utf16 (UTF-16 code units: JavaScript, Java)")
	fs.StringVar(&f.date, "date", "", "the `day` the texts were written, YYYY-MM-DD: role mentions (la premier) resolve to who held the office then; a jsonl line's \"date\" wins (default: the years the text names, else today)")
	fs.StringVar(&f.encoding, "encoding", "utf-8", "input `encoding`: utf-8, or latin1 (read as Windows-1252, its superset, as browsers do)")
	fs.IntVar(&f.jobs, "j", runtime.GOMAXPROCS(0), "`N` documents analyzed at once")
	fs.StringVar(&f.errors, "errors", "stderr", errorsUsage)
	fs.Var(&f.gazettes, "g", "a gazetteer `FILE` of one's own people, places and organizations (TSV or JSON Lines, as tribuna gazetteer writes and entities.Load reads), merged into the embedded one (repeatable)")
	fs.StringVar(&f.nerModel, "ner-model", "", "find entities with the trained tagger in `file` (tribuna train ner) instead of the gazetteer's rules alone")
	return c
}

// analyzeOptions are the flags of analyze, checked.
type analyzeOptions struct {
	in        string
	jobs      int
	steps     tribuna.Steps // what the output needs
	json      tribuna.JSONFormat
	date      time.Time
	decode    decoder
	tagger    *entities.Tagger    // -ner-model
	gazetteer *entities.Gazetteer // -g merged into the default; nil without
	errors    string              // -errors
}

func runAnalyze(args []string, e env) int {
	var f analyzeFlags
	files, status, stop := newAnalyzeCommand(&f).parse(args, e)
	if stop {
		return status
	}
	files = orStdin(files)
	o, r, err := f.check(files)
	if err != nil {
		fmt.Fprintf(e.stderr, "tribuna analyze: %v\n", err)
		return 2
	}
	if o.tagger, err = loadTagger(f.nerModel); err != nil {
		fmt.Fprintf(e.stderr, "tribuna: %v\n", err)
		return 1
	}
	if len(f.gazettes) > 0 {
		var ok bool
		if o.gazetteer, ok = loadGazetteers(f.gazettes, true, e); !ok {
			return 1
		}
	}
	// A JSON array when more than one document may come out.
	many := f.in == "jsonl" || len(files) > 1
	return analyzeBatch(files, o, r, many, e)
}

// check validates the flags and returns the options and the renderer of
// the documents of files.
func (f *analyzeFlags) check(files []string) (analyzeOptions, renderer, error) {
	var o analyzeOptions
	newRenderer, ok := renderers[f.format]
	if !ok {
		return o, nil, fmt.Errorf("unknown -format %q (want text, json, jsonl or html)", f.format)
	}
	if f.in != "text" && f.in != "jsonl" {
		return o, nil, fmt.Errorf("unknown -in %q (want text or jsonl)", f.in)
	}
	if f.jobs < 1 {
		return o, nil, fmt.Errorf("-j %d: the number of documents analyzed at once must be 1 or more", f.jobs)
	}
	fields, err := tribuna.ParseFields(f.fields)
	if err != nil {
		return o, nil, fmt.Errorf("-fields: %v", err)
	}
	if f.fields != "all" && f.format != "json" && f.format != "jsonl" {
		return o, nil, fmt.Errorf("-fields applies to -format json and jsonl, not %s", f.format)
	}
	offsets, err := tribuna.ParseOffsets(f.offsets)
	if err != nil {
		return o, nil, fmt.Errorf("-offsets: %v", err)
	}
	if offsets != tribuna.ByteOffsets && f.format != "json" && f.format != "jsonl" {
		return o, nil, fmt.Errorf("-offsets applies to -format json and jsonl, not %s", f.format)
	}
	if f.date != "" {
		if o.date, err = parseDate(f.date); err != nil {
			return o, nil, fmt.Errorf("-date: %v", err)
		}
	}
	if o.decode, err = decoderFor(f.encoding); err != nil {
		return o, nil, err
	}
	if err := checkErrors(*f); err != nil {
		return o, nil, err
	}
	o.in, o.jobs, o.steps, o.errors = f.in, f.jobs, tribuna.AllSteps, f.errors
	o.json = tribuna.JSONFormat{Fields: fields, Offsets: offsets}
	if f.format == "json" || f.format == "jsonl" {
		o.steps = fields.Steps()
	}
	return o, newRenderer(renderConfig{json: o.json, title: pageTitle(files)}), nil
}

// parseDate reads a day written YYYY-MM-DD.
func parseDate(s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a day written YYYY-MM-DD", s)
	}
	return d, nil
}

// analyzeBatch reads documents from files, analyzes them on f.jobs workers
// and writes them in input order. Documents travel in batches of up to
// batchDocs documents or batchBytes bytes, so that the goroutines hand work
// over once per batch rather than once per document; a batch is sent early
// when the input has nothing more buffered, so that a slow stream is not held
// back. Memory stays bounded: at most 4×jobs batches are in flight at once
// (slots holds one token per batch read and not yet written).
func analyzeBatch(files []string, f analyzeOptions, r renderer, many bool, e env) int {
	an := tribuna.New(tribuna.WithSteps(f.steps), tribuna.WithDate(f.date), tribuna.WithTagger(f.tagger), tribuna.WithGazetteer(f.gazetteer))
	slots := make(chan struct{}, 4*f.jobs)
	var consumed atomic.Int64
	todo := readBatches(files, f, slots, &consumed, e)
	done := analyzeBatches(an, todo, f.jobs, r, many, len(files) > 1)

	w := bufio.NewWriterSize(e.stdout, 64<<10)
	out := batchWriter{w: w, r: r, many: many, inline: f.errors == "inline", stderr: e.stderr,
		prog: newProgress(e.stderr, e.stderrIsTerminal && many, &consumed, totalSize(files))}
	r.begin(w, many)
	out.writeInOrder(done, slots)
	r.end(w, many)
	if err := w.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "tribuna: writing output: %v\n", err)
		return 1
	}
	out.prog.finish()
	return out.report()
}

// readBatches reads the documents of files on a goroutine of its own and
// sends them in batches on the channel it returns, taking a slot for each
// batch first; the channel is closed after the last one.
func readBatches(files []string, f analyzeOptions, slots chan struct{}, consumed *atomic.Int64, e env) <-chan *batch {
	todo := make(chan *batch, f.jobs)
	go func() {
		readDocuments(files, f.in, f.decode, &countingReader{r: e.stdin, n: consumed}, consumed, func(b *batch) {
			slots <- struct{}{}
			todo <- b
		})
		close(todo)
	}()
	return todo
}

// analyzeBatches analyzes the batches of todo on jobs goroutines and sends
// each, analyzed, on the channel it returns (in the order they finish),
// which is closed when todo is drained.
func analyzeBatches(an *tribuna.Analyzer, todo <-chan *batch, jobs int, r renderer, many, manyFiles bool) <-chan *batch {
	done := make(chan *batch, jobs)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range todo {
				for _, j := range b.jobs {
					analyzeJob(an, j, r, many, manyFiles)
				}
				done <- b
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	return done
}

// batchWriter writes analyzed documents and reports the failed ones,
// counting both for the closing lines.
type batchWriter struct {
	w                        *bufio.Writer
	r                        renderer
	many, inline             bool
	stderr                   io.Writer
	prog                     *progress
	failed, written, inlined int
	notUTF8                  bool
}

// writeInOrder writes the batches of done in the order they were read,
// holding back those that finish early, and frees a slot for each batch
// written. The output is flushed whenever no other batch is waiting, so that
// a slow stream's documents come out as they are analyzed.
func (o *batchWriter) writeInOrder(done <-chan *batch, slots <-chan struct{}) {
	pending := map[int]*batch{}
	next := 0
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
				o.write(j)
			}
		}
		if len(done) == 0 {
			o.w.Flush()
		}
	}
}

// write writes one document, or its error: as an error record with -errors
// inline when its input line was bad, else on standard error.
func (o *batchWriter) write(j *job) {
	if j.err != nil && j.bad && o.inline {
		o.inlined++
		o.w.Write(errorRecord(j))
		return
	}
	if j.err != nil {
		o.failed++
		o.notUTF8 = o.notUTF8 || errors.Is(j.err, errNotUTF8)
		o.prog.clear()
		fmt.Fprintf(o.stderr, "tribuna: %s: %v\n", j.where(), j.err)
		return
	}
	o.r.separator(o.w, o.written, o.many)
	o.w.Write(j.out)
	putBuffer(j.out)
	j.out = nil
	o.written++
	o.prog.add()
}

// report writes the closing counts of bad lines and failed documents and
// returns the exit status: 1 when a document failed.
func (o *batchWriter) report() int {
	if o.inlined > 0 {
		fmt.Fprintf(o.stderr, "tribuna: %d bad lines written as error records\n", o.inlined)
	}
	if o.failed > 0 {
		fmt.Fprintf(o.stderr, "tribuna: %d of %d documents failed\n", o.failed, o.failed+o.written)
		if o.notUTF8 {
			fmt.Fprintf(o.stderr, "tribuna: %s\n", notUTF8Hint)
		}
		return 1
	}
	return 0
}

// analyzeJob decodes (for JSON Lines), analyzes and renders one document.
func analyzeJob(an *tribuna.Analyzer, j *job, r renderer, many, manyFiles bool) {
	if j.raw != nil {
		var l line
		l, j.err = decodeLine(j.raw, j.off)
		j.id, j.text, j.date = l.id, l.text, l.date
		if j.err != nil {
			j.bad, j.id = true, lineID(j.raw)
		}
		j.raw = nil
	}
	if j.err != nil {
		return
	}
	var date time.Time
	if j.date != "" {
		if date, j.err = parseDate(j.date); j.err != nil {
			j.err, j.bad = fmt.Errorf(`"date": %v`, j.err), true
			return
		}
	}
	d := an.AnalyzeAt(j.text, date)
	if len(j.id) == 0 && manyFiles {
		j.id, _ = json.Marshal(j.src)
	}
	j.out, j.err = r.document(d, docMeta{id: j.id, n: j.n, src: j.src}, many)
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
func readDocuments(files []string, in string, decode decoder, stdin io.Reader, consumed *atomic.Int64, emit func(*batch)) {
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
	n := 0
	send := func(j *job, idle bool) {
		j.n, n = n, n+1
		cur.jobs = append(cur.jobs, j)
		cur.size += len(j.raw) + len(j.text)
		if idle || len(cur.jobs) >= batchDocs || cur.size >= batchBytes {
			flush()
		}
	}
	for _, name := range files {
		readSource(name, in, decode, stdin, consumed, send)
	}
	flush()
}

// readSource emits the documents of one file ("-" is standard input).
func readSource(name, in string, decode decoder, stdin io.Reader, consumed *atomic.Int64, send func(*job, bool)) {
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
	if decode != nil {
		rd = decode(rd)
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
// length; only one line is held in memory at a time. A byte order mark
// before the first line, as Windows editors write one, is skipped.
func readJSONLines(name string, rd io.Reader, send func(*job, bool)) {
	br := bufio.NewReaderSize(rd, 64<<10)
	var off int64
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		start := off
		off += int64(len(b))
		if line == 1 && bytes.HasPrefix(b, bom) {
			b, start = b[len(bom):], start+int64(len(bom))
		}
		if len(bytes.TrimSpace(b)) > 0 {
			// The workers decode the line: decoding runs in parallel and
			// the reader never holds the pipeline back.
			send(&job{src: name, line: line, off: start, raw: b}, br.Buffered() == 0)
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			send(&job{src: name, line: line, err: fmt.Errorf("cannot read: %w", unwrapPath(err))}, true)
			return
		}
	}
}

// bom is the UTF-8 byte order mark, U+FEFF.
var bom = []byte("\uFEFF")

// invalidUTF8 locates the first invalid byte of b, which starts at byte
// base of the input: its 1-based line within b and an error giving its byte
// offset within that line and within the input.
func invalidUTF8(b []byte, base int64) (int, error) {
	line, lineStart := 1, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return line, fmt.Errorf("%w at byte %d of the line (byte %d of the input)", errNotUTF8, i-lineStart, base+int64(i))
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
