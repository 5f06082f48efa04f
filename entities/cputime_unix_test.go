//go:build unix

package entities

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the CPU time this process has used (user and system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPUSpeed reports MB per second of CPU time (cpu-MB/s), which the
// other processes of a shared machine disturb less than the wall clock.
func reportCPUSpeed(b *testing.B, bytes int64, start time.Duration) {
	if d := cpuTime() - start; d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}
