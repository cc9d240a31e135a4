package oci

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// ErrNoEngine: no container engine address is configured and none can be started.
var ErrNoEngine = errors.New("oci: no container engine")

// FindHost is the engine address to use when none is given: DOCKER_HOST, else Docker's
// socket, else podman's system socket (/run/podman/podman.sock), when there; "" when
// none of them is.
func FindHost() string {
	if h := os.Getenv("DOCKER_HOST"); h != "" {
		return h
	}
	for _, sock := range []string{"/var/run/docker.sock", "/run/podman/podman.sock"} {
		if fi, err := os.Stat(sock); err == nil && fi.Mode()&os.ModeSocket != 0 {
			return "unix://" + sock
		}
	}
	return ""
}

// StartPodman starts `podman system service` on a socket in a new temporary folder and
// waits (at most a minute) until it answers; stop ends it and removes the folder. The
// service also ends with the calling process. It fails with ErrNoEngine when podman is
// not installed.
func StartPodman(ctx context.Context) (host string, stop func(), err error) {
	podman, err := exec.LookPath("podman")
	if err != nil {
		return "", nil, fmt.Errorf("%w: podman is not installed (apt-get install podman runc) and no engine address is given", ErrNoEngine)
	}
	dir, err := os.MkdirTemp("", "poco-podman-")
	if err != nil {
		return "", nil, err
	}
	sock := filepath.Join(dir, "podman.sock")
	logPath := filepath.Join(dir, "service.log")
	logf, err := os.Create(logPath)
	if err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	defer logf.Close()
	cmd := exec.Command(podman, "--log-level=warn", "system", "service", "--time=0", "unix://"+sock)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Dir = dir // conmon leaves files (an "oom" marker) in its working folder
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM, Setpgid: true}
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	stop = func() {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-done
		}
		os.RemoveAll(dir)
	}
	hc := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, "unix", sock)
	}}, Timeout: 2 * time.Second}
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) && ctx.Err() == nil {
		select {
		case <-done:
			b, _ := os.ReadFile(logPath)
			stop()
			return "", nil, fmt.Errorf("oci: podman system service exited:\n%s", b)
		default:
		}
		if resp, err := hc.Get("http://podman/_ping"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return "unix://" + sock, stop, nil
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	b, _ := os.ReadFile(logPath)
	stop()
	return "", nil, fmt.Errorf("oci: podman system service did not answer on %s within a minute:\n%s", sock, b)
}
