package reliability

import (
	"path/filepath"
	"strings"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
)

// corrupt deletes, directly through Badger, the first key of each
// namespace byte in nss: an index entry ('A' actor, 'T' type) or a primary
// event record ('e'), as a torn write or a bad disk would.
func corrupt(t *testing.T, dir string, nss ...byte) {
	t.Helper()
	bdb, err := badger.Open(badger.DefaultOptions(dir).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	err = bdb.Update(func(txn *badger.Txn) error {
		for _, ns := range nss {
			opts := badger.DefaultIteratorOptions
			opts.Prefix = []byte{ns}
			it := txn.NewIterator(opts)
			it.Rewind()
			if !it.Valid() {
				it.Close()
				t.Fatalf("no key in namespace %q", ns)
			}
			k := it.Item().KeyCopy(nil)
			it.Close()
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCheckReportsRepairFixes damages a database behind the engine's back:
// tl check must report it (non-zero exit) without changing anything, so a
// second check reports it again; tl check --repair fixes it, and a check
// after that is clean.
func TestCheckReportsRepairFixes(t *testing.T) {
	for _, tc := range []struct {
		name string
		nss  []byte
	}{
		{"missing actor index entry", []byte{'A'}},
		{"missing type index entry", []byte{'T'}},
		{"event record gone, index entries dangling", []byte{'e'}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "db")
			ingest(t, db, exampleCorpus)
			corrupt(t, db, tc.nss...)
			for i := 0; i < 2; i++ {
				r := tl(t, "", "--db", db, "check")
				noPanic(t, "check", r)
				if r.code == 0 || strings.Contains(r.stdout, "ok:") {
					t.Fatalf("check %d of a damaged database reported ok: %s", i+1, r)
				}
			}
			r := tl(t, "", "--db", db, "check", "--repair")
			noPanic(t, "check --repair", r)
			if r.code != 0 && !strings.Contains(r.stdout+r.stderr, "repair") {
				t.Fatalf("check --repair: %s", r)
			}
			checkOK(t, db)
		})
	}
}
