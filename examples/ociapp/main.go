// Command ociapp is an example Poco app shipped as an OCI image: a static Linux binary,
// alone in the image's root filesystem (no base image, no registry). `make ociapp` builds
// it and packs examples/build/ociapp.tar, an OCI image layout archive, and prints its
// digest, the checksum to register the app with (type OCI).
//
// Its first argument picks what it does; it writes $IEXEC_OUT/result.txt and names it in
// computed.json:
//
//	ociapp [WORDS...]   greets WORDS and summarises its first input file, like hello
//	ociapp sandbox      reports what the container sees: user, network interfaces,
//	                    whether the root filesystem is writable, effective capabilities
//	ociapp net ADDR     tries a TCP connection to ADDR and reports whether it failed
//	ociapp alloc MIB    allocates and touches MIB MiB of memory
//	ociapp gpu          lists the GPUs it sees (nvidia-smi -L, else /dev/nvidia*)
package main

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func main() {
	var b strings.Builder
	args := os.Args[1:]
	mode := ""
	if len(args) > 0 {
		mode = args[0]
	}
	switch mode {
	case "sandbox":
		sandbox(&b)
	case "net":
		if len(args) < 2 {
			fail(fmt.Errorf("usage: ociapp net HOST:PORT"))
		}
		conn, err := net.DialTimeout("tcp", args[1], 3*time.Second)
		if err == nil {
			conn.Close()
			fmt.Fprintf(&b, "network: connected to %s\n", args[1])
		} else {
			fmt.Fprintf(&b, "network: no connection to %s: %v\n", args[1], err)
		}
	case "alloc":
		n, _ := strconv.Atoi(args[len(args)-1])
		var keep [][]byte
		for i := 0; i < n; i++ {
			m := make([]byte, 1<<20)
			for j := range m {
				m[j] = byte(j)
			}
			keep = append(keep, m)
		}
		fmt.Fprintf(&b, "allocated %d MiB\n", len(keep))
	case "gpu":
		if out, err := exec.Command("nvidia-smi", "-L").CombinedOutput(); err == nil {
			fmt.Fprintf(&b, "nvidia-smi -L:\n%s", out)
		} else {
			devs, _ := filepath.Glob("/dev/nvidia*")
			fmt.Fprintf(&b, "nvidia-smi: %v; devices: %v\n", err, devs)
		}
	default:
		fmt.Fprintf(&b, "hello from a container, %s\n", strings.Join(args, " "))
		fmt.Fprintf(&b, "task %s of deal %s, index %s of %s\n",
			os.Getenv("IEXEC_TASK_ID"), os.Getenv("IEXEC_DEAL_ID"), os.Getenv("IEXEC_BAG_INDEX"), os.Getenv("IEXEC_BAG_SIZE"))
		if name := os.Getenv("IEXEC_INPUT_FILE_NAME_1"); name != "" {
			data, err := os.ReadFile(filepath.Join(os.Getenv("IEXEC_IN"), name))
			if err != nil {
				fail(err)
			}
			fmt.Fprintf(&b, "input %s: %d bytes, sha256 %x\n", name, len(data), sha256.Sum256(data))
		}
	}
	out := os.Getenv("IEXEC_OUT")
	result := filepath.Join(out, "result.txt")
	if err := os.WriteFile(result, []byte(b.String()), 0o644); err != nil {
		fail(err)
	}
	computed, _ := json.Marshal(map[string]string{"deterministic-output-path": result})
	if err := os.WriteFile(filepath.Join(out, "computed.json"), computed, 0o644); err != nil {
		fail(err)
	}
	fmt.Print(b.String())
}

// sandbox reports what the container sees of its host.
func sandbox(b *strings.Builder) {
	fmt.Fprintf(b, "uid=%d gid=%d\n", os.Getuid(), os.Getgid())
	var names []string
	if ifs, err := net.Interfaces(); err == nil {
		for _, i := range ifs {
			names = append(names, i.Name)
		}
	}
	fmt.Fprintf(b, "interfaces=%s\n", strings.Join(names, ","))
	f, err := os.Create("/probe")
	if err == nil {
		f.Close()
		os.Remove("/probe")
	}
	fmt.Fprintf(b, "rootfs-writable=%v\n", err == nil)
	if st, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(st), "\n") {
			if v, ok := strings.CutPrefix(l, "CapEff:"); ok {
				fmt.Fprintf(b, "caps=%s\n", strings.TrimSpace(v))
			}
		}
	}
	_, err = os.Stat("/iexec_in")
	fmt.Fprintf(b, "input-folder=%v\n", err == nil)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "ociapp:", err)
	os.Exit(1)
}
