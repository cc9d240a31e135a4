package pocotest

import "time"

func secs(s uint64) time.Duration { return time.Duration(s) * time.Second }
