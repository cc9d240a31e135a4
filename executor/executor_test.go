package executor

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestCappedBufferKeepsTheFirstCapBytes(t *testing.T) {
	b := &CappedBuffer{Cap: 5}
	for _, s := range []string{"abc", "defg", "h"} {
		if n, err := b.Write([]byte(s)); n != len(s) || err != nil {
			t.Fatalf("Write(%q) = %d, %v; want %d, nil", s, n, err, len(s))
		}
	}
	if got, trunc := b.Bytes(); string(got) != "abcde" || !trunc {
		t.Fatalf("got %q truncated=%v, want %q true", got, trunc, "abcde")
	}
}

func TestEnvNamesEveryInput(t *testing.T) {
	s := Spec{TaskID: "0x1", DealID: "0x2", BagSize: 5, Index: 3, InputFiles: []string{"a", "b"}, DatasetFile: "d"}
	want := []string{"IEXEC_TASK_ID=0x1", "IEXEC_DEAL_ID=0x2", "IEXEC_BAG_SIZE=5", "IEXEC_BAG_INDEX=3",
		"IEXEC_IN=/in", "IEXEC_OUT=/out", "IEXEC_INPUT_FILES_NUMBER=2",
		"IEXEC_INPUT_FILE_NAME_1=a", "IEXEC_INPUT_FILE_NAME_2=b", "IEXEC_DATASET_FILENAME=d"}
	if got := s.Env("/in", "/out"); !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}

func TestEnvAddsSecretsLastOnlyWhenSet(t *testing.T) {
	s := Spec{TaskID: "0x1", DealID: "0x2", BagSize: 1, DatasetFile: "d",
		Secrets: &Secrets{AppDeveloper: "dev", Requester: []string{"r1", "r2"}}}
	want := []string{"IEXEC_TASK_ID=0x1", "IEXEC_DEAL_ID=0x2", "IEXEC_BAG_SIZE=1", "IEXEC_BAG_INDEX=0",
		"IEXEC_IN=/in", "IEXEC_OUT=/out", "IEXEC_INPUT_FILES_NUMBER=0", "IEXEC_DATASET_FILENAME=d",
		"IEXEC_APP_DEVELOPER_SECRET=dev", "IEXEC_REQUESTER_SECRET_1=r1", "IEXEC_REQUESTER_SECRET_2=r2"}
	if got := s.Env("/in", "/out"); !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	s.Secrets = &Secrets{Requester: []string{"only"}}
	if got := s.Env("/in", "/out"); got[len(got)-1] != "IEXEC_REQUESTER_SECRET_1=only" || len(got) != 9 {
		t.Fatalf("without an app secret: %q", got)
	}
	if str := fmt.Sprintf("%v %+v %#v", s.Secrets, s, s); strings.Contains(str, "only") {
		t.Fatalf("a printed spec shows a secret: %s", str)
	}
}

func TestValidateRejectsBadSpecs(t *testing.T) {
	dir := t.TempDir()
	good := Spec{InputDir: dir, OutputDir: dir, App: AppRef{Path: "app"}}
	if err := good.Validate(); err != nil {
		t.Fatalf("valid spec: %v", err)
	}
	for name, edit := range map[string]func(*Spec){
		"no app":               func(s *Spec) { s.App.Path = "" },
		"missing input folder": func(s *Spec) { s.InputDir = filepath.Join(dir, "nope") },
		"no output folder":     func(s *Spec) { s.OutputDir = "" },
		"input escapes":        func(s *Spec) { s.InputFiles = []string{"../x"} },
		"absolute dataset":     func(s *Spec) { s.DatasetFile = "/etc/passwd" },
		"negative output":      func(s *Spec) { s.Limits.OutputBytes = -1 },
	} {
		s := good
		edit(&s)
		if err := s.Validate(); !errors.Is(err, ErrInvalidSpec) {
			t.Errorf("%s: got %v, want ErrInvalidSpec", name, err)
		}
	}
}

func TestCheckOutputCountsTheWholeFolder(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "a"), make([]byte, 60), 0o644)
	os.WriteFile(filepath.Join(dir, "sub", "b"), make([]byte, 50), 0o644)
	for limit, wantErr := range map[int64]bool{0: false, 110: false, 109: true} {
		var r Result
		if err := CheckOutput(&r, Spec{OutputDir: dir, Limits: Limits{OutputBytes: limit}}); err != nil {
			t.Fatal(err)
		}
		if got := errors.Is(r.Err, ErrOutputTooLarge); got != wantErr {
			t.Errorf("limit %d: got ErrOutputTooLarge=%v, want %v", limit, got, wantErr)
		}
	}
}
