package engine_test

import (
	"context"
	"testing"
	"time"

	"github.com/tl-project/tl/engine"
)

func TestTiming(t *testing.T) {
	events := benchCorpus(20000)
	t0 := time.Now()
	db, _ := engine.Open("", &engine.Options{InMemory: true})
	t.Log("open", time.Since(t0))
	for i := 0; i < 20000; i += 1000 {
		t1 := time.Now()
		db.IngestEvents(context.Background(), events[i:i+1000])
		if i%5000 == 0 {
			t.Log("batch", i, time.Since(t1))
		}
	}
	t2 := time.Now()
	db.Close()
	t.Log("close", time.Since(t2), "total", time.Since(t0))
}
