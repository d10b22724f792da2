package reliability

import (
	"encoding/binary"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/tl-project/tl/engine"
)

// setSchemaVersion rewrites the schema version key of the database in dir
// directly through Badger, in the encoding the engine wrote it in.
func setSchemaVersion(t *testing.T, dir string, v uint64) {
	t.Helper()
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	err = bdb.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.DefaultIteratorOptions)
		defer it.Close()
		var key, old []byte
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().KeyCopy(nil)
			if strings.HasSuffix(string(k), "schema") {
				key = k
				old, err = it.Item().ValueCopy(nil)
				if err != nil {
					return err
				}
				break
			}
		}
		if key == nil {
			return errors.New("no schema version key found")
		}
		var val []byte
		switch {
		case len(old) == 8:
			val = binary.BigEndian.AppendUint64(nil, v)
		case string(old) == strconv.Itoa(engine.SchemaVersion):
			val = []byte(strconv.FormatUint(v, 10))
		default:
			val = binary.AppendUvarint(nil, v)
		}
		return txn.Set(key, val)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestNewerSchemaRefused writes a schema version newer than this build's
// into a database and requires the library (ErrSchemaVersion) and the CLI
// (a message saying to upgrade) to refuse it; an older version is refused
// with instructions.
func TestNewerSchemaRefused(t *testing.T) {
	for _, tc := range []struct {
		name    string
		version uint64
		want    string
	}{
		{"newer", engine.SchemaVersion + 1, "newer"},
		{"older", 0, "older"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "db")
			ingest(t, dir, "--published", "2024-01-01", filepath.Join(exampleCorpus, "01_geneva_summit_2021.txt"))
			setSchemaVersion(t, dir, tc.version)

			db, err := engine.Open(dir, nil)
			if err == nil {
				db.Close()
				t.Fatalf("Open accepted schema version %d", tc.version)
			}
			if !errors.Is(err, engine.ErrSchemaVersion) {
				t.Errorf("Open: %v, want ErrSchemaVersion", err)
			}
			r := tl(t, "", "--db", dir, "stats")
			noPanic(t, "schema", r)
			if r.code == 0 || !strings.Contains(r.stderr, tc.want) || !strings.Contains(r.stderr, "schema version") {
				t.Errorf("tl should refuse with a message about a %s schema version: %s", tc.want, r)
			}
		})
	}
}
