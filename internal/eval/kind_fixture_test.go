package eval

import (
	"os"
	"path/filepath"
)

func testdataFile(name string) (string, error) {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	return string(b), err
}
