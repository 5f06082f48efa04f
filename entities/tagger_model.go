package entities

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"sort"
)

// The model file: an 8-byte magic, a 2-byte format version (big endian),
// then a gzip stream of the model: the feature set version, the scheme, the
// types, the reading conventions, the note, the feature hashes (sorted,
// delta-coded), their weights quantized to 16 bits with one scale, the
// transition weights, the tag dictionary (word hashes, sorted and
// delta-coded), and a CRC-32 of all of it.
const (
	modelMagic   = "\x89TRBNER\n"
	modelVersion = 2
	// Limits that a damaged file cannot make LoadTagger exceed.
	maxModelFeatures = 1 << 26
	maxModelTypes    = 32
	maxModelString   = 1 << 20
)

// WriteTo writes the model to w in the format LoadTagger reads.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	var head [10]byte
	copy(head[:], modelMagic)
	binary.BigEndian.PutUint16(head[8:], modelVersion)
	if _, err := cw.Write(head[:]); err != nil {
		return cw.n, err
	}
	zw, _ := gzip.NewWriterLevel(cw, gzip.BestCompression)
	crc := crc32.NewIEEE()
	bw := bufio.NewWriter(io.MultiWriter(zw, crc))
	buf := t.appendHeader(nil)
	bw.Write(buf)
	buf = t.writeFeatures(bw, buf[:0])
	for _, x := range t.chain.trans {
		buf = binary.BigEndian.AppendUint32(buf, math.Float32bits(x))
	}
	buf = t.appendTagDictionary(buf)
	bw.Write(buf)
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], crc.Sum32())
	zw.Write(sum[:])
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	return cw.n, cw.err
}

// appendHeader appends what comes before the features: the feature set
// version, the scheme, the types, the reading conventions and the note.
func (t *Tagger) appendHeader(buf []byte) []byte {
	buf = binary.AppendUvarint(buf, featureVersion)
	buf = append(buf, t.tags.scheme)
	buf = binary.AppendUvarint(buf, uint64(len(t.tags.types)))
	for _, ty := range t.tags.types {
		buf = appendString(buf, string(ty))
	}
	var opts byte
	if t.opts.Metonymy {
		opts |= 1
	}
	if t.opts.Generic {
		opts |= 2
	}
	if t.opts.TitleInstitutions {
		opts |= 4
	}
	buf = append(buf, opts)
	return appendString(buf, t.note)
}

// writeFeatures appends the feature hashes in order (delta-coded), the
// weights' scale and the weights to buf, writing buf to bw whenever it
// passes 64 KiB so that a large model is never held twice; it returns buf
// with what is not written yet.
func (t *Tagger) writeFeatures(bw *bufio.Writer, buf []byte) []byte {
	n := t.tags.n()
	keys, weights := t.sortedSlots()
	buf = binary.AppendUvarint(buf, uint64(len(keys)))
	prev := uint64(0)
	for _, k := range keys {
		buf = binary.AppendUvarint(buf, k-prev)
		prev = k
		if len(buf) > 1<<16 {
			bw.Write(buf)
			buf = buf[:0]
		}
	}
	buf = binary.BigEndian.AppendUint32(buf, math.Float32bits(t.scale))
	for _, w := range weights {
		for y := 0; y < n; y++ {
			buf = binary.AppendVarint(buf, int64(weight(w, y)))
		}
		if len(buf) > 1<<16 {
			bw.Write(buf)
			buf = buf[:0]
		}
	}
	return buf
}

// appendTagDictionary appends the words of the tag dictionary: their
// count, then their hashes in order, delta-coded.
func (t *Tagger) appendTagDictionary(buf []byte) []byte {
	var dict []uint64
	for _, h := range t.onlyO.slots {
		if h != 0 {
			dict = append(dict, h)
		}
	}
	sort.Slice(dict, func(i, j int) bool { return dict[i] < dict[j] })
	buf = binary.AppendUvarint(buf, uint64(len(dict)))
	prev := uint64(0)
	for _, h := range dict {
		buf = binary.AppendUvarint(buf, h-prev)
		prev = h
	}
	return buf
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// sortedSlots returns the weights of the features in order of their hash,
// and the hashes.
func (t *Tagger) sortedSlots() (keys []uint64, weights [][]uint64) {
	idx := make([]int, 0, t.nfeat)
	for j := 0; j*t.stride < len(t.slots); j++ {
		if t.slots[j*t.stride] != 0 {
			idx = append(idx, j)
		}
	}
	sort.Slice(idx, func(a, b int) bool { return t.slots[idx[a]*t.stride] < t.slots[idx[b]*t.stride] })
	for _, j := range idx {
		keys = append(keys, t.slots[j*t.stride])
		weights = append(weights, t.slots[j*t.stride+1:(j+1)*t.stride])
	}
	return keys, weights
}

func quantize(x, scale float32) int32 {
	q := math.Round(float64(x / scale))
	return int32(max(-32767, min(32767, q)))
}

// setWeights sets t's features: keys and their dense rows of ntags
// weights, rounded to 16 bits (the largest weight is 32767 steps of
// t.scale) as the file stores them, so that a model tags the same before it
// is written and after it is read.
func (t *Tagger) setWeights(keys []uint64, dense []float32) {
	n := t.tags.n()
	var m float32
	for _, x := range dense {
		m = max(m, float32(math.Abs(float64(x))))
	}
	t.scale = 1
	if m > 0 {
		t.scale = m / 32767
	}
	t.build(keys, func(i, y int) int32 { return quantize(dense[i*n+y], t.scale) })
}

// LoadTagger reads a model written by Tagger.WriteTo (the file of `tribuna
// train ner`). Errors say what is wrong: not a model, another format
// version, a model of another feature set (train it again), a damaged or
// truncated file.
func LoadTagger(r io.Reader) (*Tagger, error) {
	var head [10]byte
	if n, err := io.ReadFull(r, head[:]); err != nil {
		if n == 0 {
			return nil, errors.New("not a tribuna NER model: empty file")
		}
		return nil, errors.New("not a tribuna NER model: file too short")
	}
	if string(head[:8]) != modelMagic {
		return nil, fmt.Errorf("not a tribuna NER model (it starts with %q; a model starts with %q)", head[:8], modelMagic)
	}
	if v := binary.BigEndian.Uint16(head[8:]); v != modelVersion {
		return nil, fmt.Errorf("NER model format version %d: this version of tribuna reads version %d", v, modelVersion)
	}
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("damaged NER model: %v", err)
	}
	body, err := io.ReadAll(io.LimitReader(zr, 1<<31))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, errors.New("truncated NER model file")
		}
		return nil, fmt.Errorf("damaged NER model: %v", err)
	}
	if len(body) < 4 {
		return nil, errors.New("truncated NER model file")
	}
	data, sum := body[:len(body)-4], binary.BigEndian.Uint32(body[len(body)-4:])
	if crc32.ChecksumIEEE(data) != sum {
		return nil, errors.New("damaged NER model: checksum mismatch")
	}
	return decodeModel(data)
}

// modelReader reads the fields of a model body, remembering the first error.
type modelReader struct {
	b     *bytes.Reader
	err   error
	at    string  // the part being read, for messages
	scale float32 // the weights' scale, once read
}

func (m *modelReader) fail(format string, args ...any) {
	if m.err == nil {
		m.err = fmt.Errorf("damaged NER model (%s): %s", m.at, fmt.Sprintf(format, args...))
	}
}

func (m *modelReader) uvarint() uint64 {
	if m.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(m.b)
	if err != nil {
		m.fail("unexpected end")
	}
	return v
}

func (m *modelReader) varint() int64 {
	if m.err != nil {
		return 0
	}
	v, err := binary.ReadVarint(m.b)
	if err != nil {
		m.fail("unexpected end")
	}
	return v
}

func (m *modelReader) byte() byte {
	if m.err != nil {
		return 0
	}
	c, err := m.b.ReadByte()
	if err != nil {
		m.fail("unexpected end")
	}
	return c
}

func (m *modelReader) float() float32 {
	var b [4]byte
	if m.err != nil {
		return 0
	}
	if _, err := io.ReadFull(m.b, b[:]); err != nil {
		m.fail("unexpected end")
		return 0
	}
	return math.Float32frombits(binary.BigEndian.Uint32(b[:]))
}

func (m *modelReader) string() string {
	n := m.uvarint()
	if m.err != nil {
		return ""
	}
	if n > maxModelString || n > uint64(m.b.Len()) {
		m.fail("a string of %d bytes", n)
		return ""
	}
	b := make([]byte, n)
	io.ReadFull(m.b, b)
	return string(b)
}

func decodeModel(data []byte) (*Tagger, error) {
	m := &modelReader{b: bytes.NewReader(data), at: "header"}
	t := &Tagger{}
	if !m.header(t) {
		return nil, m.err
	}
	n := t.tags.n()
	keys := m.featureKeys()
	if m.err != nil {
		return nil, m.err
	}
	qs := m.weights(len(keys), n)
	if m.err != nil {
		return nil, m.err
	}
	t.scale = m.scale
	trans := m.transitions(n)
	dict := m.dictionary()
	if m.err == nil && m.b.Len() != 0 {
		m.fail("%d bytes after the end", m.b.Len())
	}
	if m.err != nil {
		return nil, m.err
	}
	t.build(keys, func(i, y int) int32 { return qs[i*n+y] })
	mask, final := t.tags.constraints()
	for i := range trans {
		trans[i] += mask[i] // a damaged file cannot allow what the scheme forbids
	}
	t.chain = newChain(n, trans, final)
	t.setOnlyO(dict)
	return t, nil
}

// header reads the feature set's version, the tag scheme, the entity types,
// the reading conventions and the note into t.
func (m *modelReader) header(t *Tagger) bool {
	if fv := m.uvarint(); m.err == nil && fv != featureVersion {
		m.err = fmt.Errorf("NER model trained with feature set %d; this version of tribuna computes feature set %d: train it again", fv, featureVersion)
		return false
	}
	t.tags.scheme = m.byte()
	if m.err == nil && t.tags.scheme != schemeBIO && t.tags.scheme != schemeBILOU {
		m.fail("unknown tag scheme %d", t.tags.scheme)
	}
	nt := m.uvarint()
	if m.err == nil && (nt == 0 || nt > maxModelTypes) {
		m.fail("%d entity types", nt)
	}
	for i := uint64(0); m.err == nil && i < nt; i++ {
		t.tags.types = append(t.tags.types, Type(m.string()))
	}
	opts := m.byte()
	t.opts = options{Metonymy: opts&1 != 0, Generic: opts&2 != 0, TitleInstitutions: opts&4 != 0}
	t.note = m.string()
	return m.err == nil
}

// featureKeys reads the features' keys, stored in increasing order as
// differences.
func (m *modelReader) featureKeys() []uint64 {
	m.at = "features"
	nf := m.uvarint()
	if m.err == nil && (nf > maxModelFeatures || nf > uint64(m.b.Len())) {
		m.fail("%d features", nf)
	}
	if m.err != nil {
		return nil
	}
	keys := make([]uint64, nf)
	prev := uint64(0)
	for i := range keys {
		d := m.uvarint()
		if m.err != nil {
			return nil
		}
		if d == 0 && i > 0 || prev+d < prev {
			m.fail("features out of order")
			return nil
		}
		prev += d
		keys[i] = prev
	}
	if nf > 0 && keys[0] == 0 {
		m.fail("feature 0")
		return nil
	}
	return keys
}

// weights reads the scale (into m.scale) and the quantized weights of nf
// features for n tags.
func (m *modelReader) weights(nf, n int) []int32 {
	m.at = "weights"
	scale := m.float()
	if m.err == nil && (scale <= 0 || math.IsInf(float64(scale), 0) || math.IsNaN(float64(scale))) {
		m.fail("scale %v", scale)
	}
	if m.err == nil && uint64(m.b.Len()) < uint64(nf)*uint64(n) {
		m.fail("%d weights for %d bytes", nf*n, m.b.Len())
	}
	if m.err != nil {
		return nil
	}
	m.scale = scale
	qs := make([]int32, nf*n)
	for i := range qs {
		q := m.varint()
		if m.err == nil && (q < -32767 || q > 32767) {
			m.fail("weight out of range")
		}
		if m.err != nil {
			return nil
		}
		qs[i] = int32(q)
	}
	return qs
}

// transitions reads the scores of the tag transitions (and of the start).
func (m *modelReader) transitions(n int) []float32 {
	m.at = "transitions"
	trans := make([]float32, (n+1)*n)
	for i := range trans {
		trans[i] = m.float()
		if m.err == nil && (math.IsNaN(float64(trans[i])) || math.IsInf(float64(trans[i]), 1)) {
			m.fail("not a number")
		}
	}
	return trans
}

// dictionary reads the hashes of the words that are always O.
func (m *modelReader) dictionary() []uint64 {
	m.at = "tag dictionary"
	nd := m.uvarint()
	if m.err == nil && nd > uint64(m.b.Len()) {
		m.fail("%d words", nd)
	}
	dict := make([]uint64, 0, min(nd, maxModelFeatures))
	prev := uint64(0)
	for i := uint64(0); m.err == nil && i < nd; i++ {
		d := m.uvarint()
		if d == 0 && i > 0 || prev+d < prev {
			m.fail("words out of order")
		}
		prev += d
		dict = append(dict, prev)
	}
	return dict
}
