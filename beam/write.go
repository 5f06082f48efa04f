package tribunabeam

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/tribuna-nlp/tribuna/beam/aggregate"
)

// WriteBundles writes lines, a PCollection of strings, as JSON Lines files
// named prefix-<random>.jsonl: one file per bundle, written by a DoFn that
// the runner fuses with the step that made the lines. Unlike textio.Write,
// which groups every line under one key and so holds and writes them all
// in one place, nothing is shuffled and workers write in parallel.
//
// A bundle writes to prefix-<random>.jsonl.tmp and renames it when it
// finishes (where the file system can rename; GCS makes an object visible
// only when it is closed), so a failed bundle leaves no partial .jsonl file.
// A bundle that the runner retries after it finished writes its lines again
// under another name: readers that must not count a document twice drop
// repeated ids. The lines of a file are in the order the bundle saw them,
// not the input's.
func WriteBundles(s beam.Scope, prefix string, lines beam.PCollection) {
	s = s.Scope("tribuna.WriteBundles")
	filesystem.ValidateScheme(prefix)
	beam.ParDo0(s, &writeBundleFn{Prefix: prefix}, lines)
}

// WriteResult writes what Analyze made under dir: docs-*.jsonl,
// errors-*.jsonl, speakers-*.jsonl and entities-*.jsonl, as WriteBundles
// writes them. The aggregate files may be several (one per bundle of the
// combine); tribuna-merge adds them up into one of each.
func WriteResult(s beam.Scope, dir string, r Result) {
	s = s.Scope("tribuna.WriteResult")
	WriteBundles(s, dir+"/docs", r.Docs)
	WriteBundles(s, dir+"/errors", beam.ParDo(s, formatError, r.Errors))
	WriteBundles(s, dir+"/speakers", beam.ParDo(s, formatSpeaker, r.Speakers))
	WriteBundles(s, dir+"/entities", beam.ParDo(s, formatEntity, r.Entities))
}

func formatError(e LineError) (string, error) {
	b, err := json.Marshal(e)
	return string(b), err
}

func formatSpeaker(_ string, sp aggregate.Speaker) (string, error) {
	if sp.Entities == nil {
		sp.Entities = map[string]int{} // {} rather than null
	}
	b, err := json.Marshal(sp)
	return string(b), err
}

func formatEntity(_ string, e aggregate.Entity) (string, error) {
	b, err := json.Marshal(e)
	return string(b), err
}

// writeBundleFn writes the lines of each bundle to a file of its own, opened
// at the bundle's first line.
type writeBundleFn struct {
	Prefix string `json:"prefix"`

	fs        filesystem.Interface
	file, tmp string
	w         io.WriteCloser
	buf       *bufio.Writer
}

func (f *writeBundleFn) ProcessElement(ctx context.Context, line string) error {
	if f.w == nil {
		if err := f.open(ctx); err != nil {
			return err
		}
	}
	if _, err := f.buf.WriteString(line); err != nil {
		return err
	}
	return f.buf.WriteByte('\n')
}

func (f *writeBundleFn) open(ctx context.Context) error {
	fs, err := filesystem.New(ctx, f.Prefix)
	if err != nil {
		return err
	}
	var r [8]byte
	if _, err := rand.Read(r[:]); err != nil {
		return err
	}
	f.fs = fs
	f.file = f.Prefix + "-" + hex.EncodeToString(r[:]) + ".jsonl"
	f.tmp = f.file
	if _, ok := fs.(filesystem.Renamer); ok {
		f.tmp = f.file + ".tmp"
	}
	f.w, err = fs.OpenWrite(ctx, f.tmp)
	if err != nil {
		fs.Close()
		return fmt.Errorf("tribunabeam: %w", err)
	}
	if f.buf == nil {
		f.buf = bufio.NewWriterSize(f.w, 1<<20)
	} else {
		f.buf.Reset(f.w)
	}
	return nil
}

func (f *writeBundleFn) FinishBundle(ctx context.Context) error {
	if f.w == nil {
		return nil // an empty bundle writes no file
	}
	defer func() { f.fs.Close(); f.w, f.fs = nil, nil }()
	if err := f.buf.Flush(); err != nil {
		f.w.Close()
		return err
	}
	if err := f.w.Close(); err != nil {
		return err
	}
	if f.tmp != f.file {
		return f.fs.(filesystem.Renamer).Rename(ctx, f.tmp, f.file)
	}
	return nil
}

func init() {
	register.DoFn2x1[context.Context, string, error](&writeBundleFn{})
	register.Function1x2(formatError)
	register.Function2x2(formatSpeaker)
	register.Function2x2(formatEntity)
}
