package engine

import "testing"

func TestCacheSize(t *testing.T) {
	tests := []struct {
		o    Options
		want int64
	}{
		{Options{}, DefaultCacheSize},
		{Options{ReadOnly: true}, ReadOnlyCacheSize},
		{Options{CacheSize: 1 << 20}, 1 << 20},
		{Options{CacheSize: 1 << 20, ReadOnly: true}, 1 << 20},
	}
	for _, tt := range tests {
		if got := tt.o.cacheSize(); got != tt.want {
			t.Errorf("%+v: cache %d, want %d", tt.o, got, tt.want)
		}
	}
}
