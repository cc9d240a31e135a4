package wallet

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"golang.org/x/term"
)

// EnvPassword names the environment variable ReadPassword reads when no file is given.
const EnvPassword = "POCO_PASSWORD"

// PasswordOptions say where ReadPassword looks for a password and what it is for.
type PasswordOptions struct {
	// File, if set, holds the password on its first line (a trailing newline, or CR LF,
	// is not part of it).
	File string
	// Prompt is what a person at a terminal is asked, e.g. "Password for 0x…: ".
	Prompt string
	// New says the password will protect a new key: an empty one is refused, and a person
	// at a terminal types it twice.
	New bool
	// Terminal, if set, replaces the process's terminal: it shows prompt, reads a line
	// without echoing it and returns it without its newline, or ErrNoTerminal. When nil,
	// ReadPassword uses standard input if it is a terminal, else the controlling terminal
	// (/dev/tty) if there is one.
	Terminal func(prompt string) (string, error)
}

var (
	// ErrNoTerminal is returned by a PasswordOptions.Terminal when there is no terminal.
	ErrNoTerminal = errors.New("no terminal")
	// ErrNoPassword is returned (wrapped) by ReadPassword when it has no source.
	ErrNoPassword = errors.New("no password")
)

// ReadPassword returns a password from, in order: opts.File, the POCO_PASSWORD environment
// variable (when not empty), or a prompt on a terminal. Without any of them (no terminal,
// as in CI) it returns an error wrapping ErrNoPassword that names the three ways.
func ReadPassword(opts PasswordOptions) (string, error) {
	if opts.File != "" {
		pw, err := readFirstLine(opts.File)
		if err != nil {
			return "", fmt.Errorf("reading password file: %w", err)
		}
		if opts.New && pw == "" {
			return "", fmt.Errorf("password file %s: %w", opts.File, ErrEmptyPassword)
		}
		return pw, nil
	}
	if pw := os.Getenv(EnvPassword); pw != "" {
		return pw, nil
	}
	ask := opts.Terminal
	if ask == nil {
		ask = askTerminal
	}
	prompt := opts.Prompt
	if prompt == "" {
		prompt = "Password: "
	}
	pw, err := ask(prompt)
	if errors.Is(err, ErrNoTerminal) {
		return "", fmt.Errorf("%w: give a file with --password-file (or POCO_PASSWORD_FILE), set %s, or run on a terminal to be asked for it",
			ErrNoPassword, EnvPassword)
	}
	if err != nil {
		return "", fmt.Errorf("reading password: %w", err)
	}
	if !opts.New {
		return pw, nil
	}
	if pw == "" {
		return "", ErrEmptyPassword
	}
	again, err := ask("Repeat the password: ")
	if err != nil {
		return "", fmt.Errorf("reading password: %w", err)
	}
	if again != pw {
		return "", errors.New("the two passwords differ")
	}
	return pw, nil
}

// ReadSecretFile reads a secret kept in a file (a private key, a mnemonic, a passphrase):
// "-" reads standard input (in), at most 1 MiB. Its errors never quote the content.
func ReadSecretFile(path string, in io.Reader) (string, error) {
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return "", err
		}
		defer f.Close()
		in = f
	}
	data, err := io.ReadAll(io.LimitReader(in, 1<<20))
	if err != nil {
		return "", err
	}
	return string(data), nil
}

// FirstLine returns the first line of s without its line ending.
func FirstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return strings.TrimSuffix(line, "\r")
}

func readFirstLine(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	return FirstLine(string(data)), nil
}

// askTerminal prompts on the process's terminal: standard input if it is one (the prompt
// goes to standard error), else /dev/tty.
func askTerminal(prompt string) (string, error) {
	if fd := int(os.Stdin.Fd()); term.IsTerminal(fd) {
		return readHidden(fd, os.Stderr, prompt)
	}
	tty, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
	if err != nil {
		return "", ErrNoTerminal
	}
	defer tty.Close()
	fd := int(tty.Fd())
	if !term.IsTerminal(fd) {
		return "", ErrNoTerminal
	}
	return readHidden(fd, tty, prompt)
}

// readHidden reads a line from the terminal fd without echo. If the process is interrupted
// meanwhile, it restores the terminal (echo on) before exiting, as the interrupt would.
func readHidden(fd int, out io.Writer, prompt string) (string, error) {
	state, err := term.GetState(fd)
	if err != nil {
		return "", err
	}
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	defer func() {
		signal.Stop(signals)
		close(done)
	}()
	go func() {
		select {
		case <-signals:
			_ = term.Restore(fd, state)
			fmt.Fprintln(out)
			os.Exit(130)
		case <-done:
		}
	}()
	fmt.Fprint(out, prompt)
	b, err := term.ReadPassword(fd)
	fmt.Fprintln(out)
	if err != nil {
		return "", err
	}
	return string(b), nil
}
