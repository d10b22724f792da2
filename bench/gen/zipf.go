package gen

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
)

// sampler draws indexes 0..n-1 with fixed weights, by binary search in
// the cumulative weights.
type sampler struct {
	cum []float64
}

// newZipf returns a sampler over n ranks with weight 1/(rank+q)^s, rank
// counted from 1: Zipf's law, with q flattening the head.
func newZipf(n int, s, q float64) *sampler {
	w := make([]float64, n)
	for i := range w {
		w[i] = 1 / math.Pow(float64(i+1)+q-1, s)
	}
	return newWeighted(w)
}

// newWeighted returns a sampler with the given non-negative weights.
func newWeighted(w []float64) *sampler {
	cum := make([]float64, len(w))
	t := 0.0
	for i, x := range w {
		t += x
		cum[i] = t
	}
	return &sampler{cum: cum}
}

func (s *sampler) sample(r *rand.Rand) int {
	x := r.Float64() * s.cum[len(s.cum)-1]
	i := sort.SearchFloat64s(s.cum, x)
	return min(i, len(s.cum)-1)
}

// sampleSubset draws from idx (indexes into weights w) by weight.
func sampleSubset(r *rand.Rand, idx []int, w []float64) int {
	t := 0.0
	for _, i := range idx {
		t += w[i]
	}
	x := r.Float64() * t
	for _, i := range idx {
		x -= w[i]
		if x < 0 {
			return i
		}
	}
	return idx[len(idx)-1]
}

func sortedSet(xs []string) []string {
	slices.Sort(xs)
	return slices.Compact(xs)
}
