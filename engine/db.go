package engine

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"

	"github.com/tl-project/tl/engine/internal/keys"
	"github.com/tl-project/tl/timeline"
)

// SchemaVersion is the version of the key layout this build writes and
// reads (docs/storage.md). It is stored under the meta key "m" "schema".
// Version 3 added packed index lists; a version 2 database, which has none,
// is read and written as it is.
const SchemaVersion = 3

// lockFile is tl's lock file in the database directory; it names the
// process holding the database, for ErrLocked messages.
const lockFile = "tl.lock"

// DB is a tl database: events, their sources and entities in Badger, with
// the indexes that answer queries. A DB is safe for concurrent use by many
// goroutines; ingests are serialised, queries run on consistent snapshots
// alongside them.
type DB struct {
	dir  string
	opts Options
	bdb  *badger.DB
	bo   badger.Options // to reopen bdb after a Load
	lock *dirLock
	gaz  Gazetteer
	ext  Extractor

	// mu guards closed and active; every operation (and every open Rows)
	// counts itself in active, and Close waits for active to drop to zero.
	// Unlike a read lock, this may be taken again by a goroutine that holds
	// it (a Lookup while iterating Rows) without risk of deadlock.
	mu     sync.Mutex
	idle   *sync.Cond
	closed bool
	active int
	// loading is set while Load streams the database: new readers wait.
	loading bool

	// writeMu serialises writers, so that read-modify-write of counters and
	// merges never race.
	writeMu sync.Mutex

	// parsed caches the syntax trees of recent query texts.
	parsed parseCache

	// packed is set when the database holds packed index lists (a Load
	// wrote it): index scans then merge them in, and ingests delete index
	// entries with tombstones.
	packed atomic.Bool
}

// Open opens the database in dir, creating it if needed, and returns a
// handle to it. With Options.InMemory, dir is ignored.
//
// Open returns an error wrapping ErrLocked when another handle holds the
// directory, and ErrSchemaVersion when the database was written by a newer
// (or an unknown) version of tl.
func Open(dir string, opts *Options) (*DB, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	db := &DB{dir: dir, opts: o, gaz: o.Gazetteer, ext: o.Extractor}
	db.idle = sync.NewCond(&db.mu)
	switch {
	case db.gaz == nil && db.ext == nil:
		// The defaults, swappable when the user adds entities.
		g := defaultGazetteer()
		live := newLiveGazetteer(g, defaultExtractor(g))
		db.gaz, db.ext = live, live
	case db.gaz == nil:
		db.gaz = defaultGazetteer()
	case db.ext == nil:
		db.ext = defaultExtractor(db.gaz)
	}

	bo := badger.DefaultOptions(dir).
		WithLogger(badgerLogger{o.Logger}).
		WithNumVersionsToKeep(1).
		WithDetectConflicts(false). // writers are serialised by writeMu
		WithMetricsEnabled(false).
		// Memory stays bounded whatever the size of the database: two
		// 16 MiB memtables (Badger's default is five of 64 MiB), tables
		// of 8 MiB at every level (TableSizeMultiplier 1: Badger's default
		// doubles them level by level up to 64 MiB, and a compaction holds
		// a dozen table builders of twice that), two compactors. A
		// million-file tl ingest peaked at 433 MiB of anonymous memory
		// with the sizes before and 318 MiB with these and the tl
		// command's GC target of 50% (docs/reliability.md).
		WithNumMemtables(2).WithMemTableSize(16 << 20).
		WithBaseTableSize(8 << 20).WithNumCompactors(2).
		// The merge search of every ingested event reads index blocks
		// and records (Options.CacheSize).
		WithBlockCacheSize(o.cacheSize()).
		// Tables without compression: a query reads each row's record
		// key in its own block, and a cold query process decompressed a
		// block for almost every row. Uncompressed blocks are read
		// straight from the mapped file (1M events: actor + date range
		// p50 about 2.0 → 1.2 ms, 6% more disk; docs/performance.md).
		// Tables written before keep their compression, which Badger
		// records per table in its manifest.
		WithCompression(options.None)
	bo.TableSizeMultiplier = 1
	switch {
	case o.InMemory:
		if o.ReadOnly {
			return nil, fmt.Errorf("open: %w: an in-memory database cannot be read-only", ErrBadInput)
		}
		bo = bo.WithDir("").WithValueDir("").WithInMemory(true).
			WithMemTableSize(16 << 20).WithBlockCacheSize(8 << 20)
		db.dir = ""
	case dir == "":
		return nil, fmt.Errorf("open: %w: empty directory", ErrBadInput)
	default:
		if o.ReadOnly {
			if _, err := os.Stat(dir); err != nil {
				return nil, fmt.Errorf("open %s: %w", dir, err)
			}
		} else if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("open %s: %w", dir, err)
		}
		bo = bo.WithReadOnly(o.ReadOnly).WithValueThreshold(valueThreshold).WithValueLogFileSize(valueLogFileSize)
		lock, err := lockDir(dir, o.ReadOnly)
		if err != nil {
			return nil, err
		}
		db.lock = lock
	}

	if !o.InMemory && !o.ReadOnly {
		if err := removeEmptyLogs(dir); err != nil {
			db.lock.unlock()
			return nil, err
		}
	}
	bdb, err := badger.Open(bo)
	if err != nil {
		db.lock.unlock()
		if isLockError(err) {
			return nil, lockedError(dir)
		}
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	db.bdb, db.bo = bdb, bo
	if err := db.checkSchema(); err != nil {
		bdb.Close()
		db.lock.unlock()
		return nil, err
	}
	if err := db.applyUserEntities(); err != nil {
		bdb.Close()
		db.lock.unlock()
		return nil, err
	}
	return db, nil
}

// Close releases the database. It waits for open Rows to be closed. Closing
// a closed DB returns ErrClosed.
func (db *DB) Close() error {
	db.mu.Lock()
	if db.closed {
		db.mu.Unlock()
		return ErrClosed
	}
	db.closed = true
	for db.active > 0 {
		db.idle.Wait()
	}
	db.mu.Unlock()
	if !db.opts.ReadOnly && !db.opts.InMemory {
		db.collectValueLog()
	}
	err := db.bdb.Close()
	db.lock.unlock()
	if err != nil {
		return fmt.Errorf("close: %w", err)
	}
	return nil
}

// Path returns the database directory, or "" for an in-memory database.
func (db *DB) Path() string { return db.dir }

// acquire registers an operation, or reports ErrClosed after Close.
func (db *DB) acquire() error {
	db.mu.Lock()
	defer db.mu.Unlock()
	for db.loading && !db.closed {
		db.idle.Wait()
	}
	if db.closed {
		return ErrClosed
	}
	db.active++
	return nil
}

// release ends an operation registered by acquire.
func (db *DB) release() {
	db.mu.Lock()
	db.active--
	if db.active == 0 || db.loading {
		db.idle.Broadcast()
	}
	db.mu.Unlock()
}

// acquireWrite takes the writer lock and registers the operation.
func (db *DB) acquireWrite() error {
	if db.opts.ReadOnly {
		return ErrReadOnly
	}
	db.writeMu.Lock()
	if err := db.acquire(); err != nil {
		db.writeMu.Unlock()
		return err
	}
	return nil
}

func (db *DB) releaseWrite() {
	db.release()
	db.writeMu.Unlock()
}

var schemaKey = append(keys.Prefix(nil, keys.NSMeta), "schema"...)

// checkSchema writes the schema version into a new database and refuses a
// database of another version.
func (db *DB) checkSchema() error {
	var version uint64
	found := false
	empty := true
	err := db.bdb.View(func(txn *badger.Txn) error {
		if _, err := txn.Get(loadingKey); err == nil {
			return fmt.Errorf("%w: a bulk load into %s was cut off while it wrote; remove the directory and load again", ErrIncompleteLoad, db.dir)
		}
		item, err := txn.Get(schemaKey)
		if errors.Is(err, badger.ErrKeyNotFound) {
			it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false})
			defer it.Close()
			it.Rewind()
			empty = !it.Valid()
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		return item.Value(func(v []byte) error {
			x, _, err := keys.DecodeUint64(v)
			version = x
			return err
		})
	})
	if errors.Is(err, ErrIncompleteLoad) {
		return err
	}
	if err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	switch {
	case !found && empty:
		if db.opts.ReadOnly {
			return fmt.Errorf("%w: %s is not a tl database (it is empty)", ErrSchemaVersion, db.dir)
		}
		return db.bdb.Update(func(txn *badger.Txn) error {
			return txn.Set(schemaKey, keys.AppendUint64(nil, SchemaVersion))
		})
	case !found:
		return fmt.Errorf("%w: %s has no schema version: it is not a tl database, or a bulk load into it was cut off (then remove it and load again)", ErrSchemaVersion, db.dir)
	case version > SchemaVersion:
		return fmt.Errorf("%w: database %s has schema version %d, newer than this tl supports (%d); upgrade tl",
			ErrSchemaVersion, db.dir, version, SchemaVersion)
	case version < SchemaVersion && version != 2:
		// Version 2 is version 3 without packed lists: readable as it is.
		return fmt.Errorf("%w: database %s has schema version %d, older than this tl (%d); export it with the older tl and import it again",
			ErrSchemaVersion, db.dir, version, SchemaVersion)
	}
	return db.detectPacked()
}

// detectPacked sets db.packed when the database holds a packed list.
func (db *DB) detectPacked() error {
	prefix := keys.Prefix(nil, keys.NSPacked)
	return db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: false, Prefix: prefix})
		defer it.Close()
		it.Seek(prefix)
		db.packed.Store(it.ValidForPrefix(prefix))
		return nil
	})
}

// isLockError reports whether err is Badger's failure to lock the
// directory. Badger formats the flock error into its message without
// wrapping it, so its text is all there is to go on; tl's own lock file
// (lockDir) catches the usual case before Badger is reached.
func isLockError(err error) bool {
	return errors.Is(err, syscall.EWOULDBLOCK) ||
		strings.Contains(err.Error(), "Another process is using this Badger database")
}

// lockedError builds the ErrLocked error, naming the holder when the owner
// file (or Badger's LOCK file) says who it is.
func lockedError(dir string) error {
	pid, cmd := "", ""
	if b, err := os.ReadFile(filepath.Join(dir, lockFile)); err == nil && len(b) > 0 {
		lines := strings.SplitN(strings.TrimSpace(string(b)), "\n", 2)
		pid = strings.TrimSpace(lines[0])
		if len(lines) > 1 {
			cmd = strings.TrimSpace(lines[1])
		}
	} else if b, err := os.ReadFile(filepath.Join(dir, "LOCK")); err == nil {
		pid = strings.TrimSpace(string(b))
	}
	if _, err := strconv.Atoi(pid); err != nil || pid == "" {
		return fmt.Errorf("%w: database %s is in use by another process", ErrLocked, dir)
	}
	if cmd == "" {
		if b, err := os.ReadFile("/proc/" + pid + "/cmdline"); err == nil {
			cmd = strings.TrimSpace(strings.ReplaceAll(string(b), "\x00", " "))
		}
	}
	if cmd != "" {
		return fmt.Errorf("%w: database %s is in use by process %s (%s)", ErrLocked, dir, pid, cmd)
	}
	return fmt.Errorf("%w: database %s is in use by process %s", ErrLocked, dir, pid)
}

func commandLine() string {
	if len(os.Args) == 0 {
		return ""
	}
	args := append([]string{filepath.Base(os.Args[0])}, os.Args[1:]...)
	if len(args) > 3 {
		args = args[:3]
	}
	return strings.Join(args, " ")
}

// badgerLogger passes Badger's warnings and errors to an slog.Logger and
// drops its chatter.
type badgerLogger struct{ l *slog.Logger }

func (b badgerLogger) Errorf(f string, a ...any) {
	if b.l != nil {
		b.l.Error("badger: " + strings.TrimSpace(fmt.Sprintf(f, a...)))
	}
}

func (b badgerLogger) Warningf(f string, a ...any) {
	if b.l != nil {
		b.l.Warn("badger: " + strings.TrimSpace(fmt.Sprintf(f, a...)))
	}
}

func (badgerLogger) Infof(string, ...any)  {}
func (badgerLogger) Debugf(string, ...any) {}

// Entity returns the entity with the given id: the database's own record
// (stored at ingest, or added with PutEntity) first, then the gazetteer's.
func (db *DB) Entity(id string) (timeline.Entity, error) {
	var e timeline.Entity
	err := db.View(func(tx *Tx) error {
		var err error
		e, err = tx.Entity(id)
		return err
	})
	return e, err
}

// Lookup is Entity in the shape render.Lookup wants: it reports a miss
// instead of an error.
func (db *DB) Lookup(id string) (timeline.Entity, bool) {
	e, err := db.Entity(id)
	return e, err == nil
}

// storedEntity returns the database's own record of an entity.
func (db *DB) storedEntity(id string) (timeline.Entity, error) {
	var e timeline.Entity
	var found bool
	err := db.bdb.View(func(txn *badger.Txn) error {
		var err error
		e, found, err = getEntity(txn, id)
		return err
	})
	if err != nil {
		return e, err
	}
	if !found {
		return e, fmt.Errorf("entity %q: %w", id, ErrNotFound)
	}
	return e, nil
}

// removeEmptyLogs deletes zero-length memtable (.mem) and value log (.vlog)
// files from dir. A crash between Badger creating such a file and its first
// write leaves one behind, and Badger v4.9 then refuses to open the
// directory ("while opening memtables … Create a new file"; badger issue
// #2207). An empty log holds no entry and no value pointer can point into
// it, so removing it loses nothing. It runs under tl's directory lock,
// before Badger opens.
func removeEmptyLogs(dir string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("open %s: %w", dir, err)
	}
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || !(strings.HasSuffix(name, ".mem") || strings.HasSuffix(name, ".vlog")) {
			continue
		}
		info, err := e.Info()
		if err != nil || info.Size() != 0 {
			continue
		}
		if err := os.Remove(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("remove empty log %s: %w", name, err)
		}
	}
	return nil
}

// valueThreshold is the size from which Badger keeps a value in its value
// log instead of beside its key in the LSM tables: event records and
// entity records go to the log (read through mmap, never decompressed),
// index entries and counters stay in the tables, which stay small enough
// for the block cache.
const valueThreshold = 256

// valueLogFileSize bounds a value log file (Badger's default is 1 GiB):
// garbage collection rewrites whole files and never the one being written,
// so smaller files let it reclaim stale records sooner.
const valueLogFileSize = 256 << 20

// collectValueLog rewrites value log files that are mostly stale records
// (events merged or re-stored since), at most a few per Close, so that the
// log does not grow with every merge. Badger finds them from the discard
// statistics its compactions keep; a log with little to reclaim costs a
// lookup.
func (db *DB) collectValueLog() {
	for range 4 {
		if err := db.bdb.RunValueLogGC(0.5); err != nil {
			return // badger.ErrNoRewrite: nothing worth rewriting
		}
	}
}
