package server_test

import (
	"fmt"
	"io"
	"net/http/httptest"

	"github.com/tl-project/tl/server"
)

func ExampleNew() {
	// newMem is an in-memory Querier; the engine provides the real one.
	h := server.New(newMem(), server.Options{})
	r := httptest.NewRequest("GET", "/export.csv?q=actor+USA", nil)
	r.Host = "localhost:8080"
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	b, _ := io.ReadAll(w.Result().Body)
	fmt.Print(string(b))
	// Output:
	// date,type,status,actors,place,source,id
	// 2021-06-16,summit,occurred,"Russia, United States, Joe Biden, Vladimir Putin",,a-001.txt,ev-e75767b31b262330
	// 2022-06,meeting,planned,"Russia, United States",,"doc""><script>alert(9)</script>",ev-0f62ed2b96605007
}
