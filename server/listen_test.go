package server_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/tl-project/tl/server"
)

func TestListenDefaultsToLoopback(t *testing.T) {
	for _, addr := range []string{"", ":0", "127.0.0.1:0"} {
		ln, err := server.Listen(addr)
		if err != nil {
			t.Fatalf("Listen(%q): %v", addr, err)
		}
		tcp := ln.Addr().(*net.TCPAddr)
		if !tcp.IP.IsLoopback() || tcp.Port == 0 {
			t.Errorf("Listen(%q) bound %v, want a loopback port", addr, tcp)
		}
		ln.Close()
	}
	if _, err := server.Listen("no-port"); err == nil {
		t.Error("Listen without a port succeeded")
	}
}

func TestServeStopsOnCancel(t *testing.T) {
	ln, err := server.Listen("")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, ln, server.New(newMem(), server.Options{})) }()

	res, err := http.Get("http://" + ln.Addr().String() + "/export.jsonl?q=all")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || len(b) == 0 {
		t.Fatalf("GET over TCP: %d %q", res.StatusCode, b)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Error("still listening after shutdown")
	}
}

func TestListenAndServeBadAddr(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := server.ListenAndServe(ctx, "256.0.0.1:99999", http.NotFoundHandler()); err == nil {
		t.Error("ListenAndServe on a bad address succeeded")
	}
}
