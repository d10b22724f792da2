package query
import ("testing";"time";"os";"path/filepath";"strconv";"strings";"fmt";"sort")
func TestScratchCorpus(t *testing.T){
 files, _ := filepath.Glob("/root/.cache/go-build/fuzz/github.com/tl-project/tl/query/FuzzParse/*")
 type r struct{d time.Duration; s string}
 var rs []r
 for _, f := range files {
  b, _ := os.ReadFile(f)
  lines := strings.SplitN(string(b), "\n", 3)
  s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(lines[1]), "string("), ")"))
  if err != nil { continue }
  st := time.Now(); q, err := Parse(s); if err == nil { Check(q, CheckOptions{}) }
  rs = append(rs, r{time.Since(st), s})
 }
 sort.Slice(rs, func(i,j int) bool { return rs[i].d > rs[j].d })
 for _, x := range rs[:5] { fmt.Printf("%v %q\n", x.d, x.s[:min(len(x.s),80)]) }
}
