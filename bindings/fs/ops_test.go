package fs

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

func TestUVErrorMessages(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{fail(syscall.ENOENT, "open", "x"), "ENOENT: no such file or directory, open 'x'"},
		{fail(syscall.EEXIST, "rename", "a", "b"), "EEXIST: file already exists, rename 'a' -> 'b'"},
		{fail(syscall.EBADF, "close"), "EBADF: bad file descriptor, close"},
		{fail(&os.PathError{Op: "open", Path: "p", Err: syscall.EACCES}, "open", "p"), "EACCES: permission denied, open 'p'"},
		{fail(syscall.Errno(200), "read"), "UNKNOWN: unknown error, read"},
	}
	for _, c := range cases {
		if got := c.err.Error(); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
	if fail(nil, "open", "x") != nil {
		t.Error("fail(nil) is not nil")
	}
	// an existing uvError keeps its syscall and paths
	inner := fail(syscall.ENOENT, "lstat", "deep")
	if got := fail(inner, "rm", "top").Error(); got != "ENOENT: no such file or directory, lstat 'deep'" {
		t.Errorf("wrapped: %q", got)
	}
	if errnoOf(errors.New("plain")) != syscall.EIO {
		t.Error("plain errors should map to EIO")
	}
}

func TestMkdirpReturnsFirstCreated(t *testing.T) {
	dir := t.TempDir()
	first, err := mkdirp(filepath.Join(dir, "a", "b", "c"), 0o777)
	if err != nil || first != filepath.Join(dir, "a") {
		t.Fatalf("mkdirp = %q, %v", first, err)
	}
	first, err = mkdirp(filepath.Join(dir, "a", "b", "c"), 0o777)
	if err != nil || first != "" {
		t.Fatalf("second mkdirp = %q, %v", first, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "f"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = mkdirp(filepath.Join(dir, "f"), 0o777)
	if errnoOf(err) != syscall.EEXIST {
		t.Fatalf("mkdirp on a file: %v", err)
	}
	_, err = mkdirp(filepath.Join(dir, "f", "x"), 0o777)
	if errnoOf(err) != syscall.ENOTDIR {
		t.Fatalf("mkdirp through a file: %v", err)
	}
}

func TestReaddirSortedWithTypes(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"b", "a", "C"} {
		if err := os.WriteFile(filepath.Join(dir, n), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "d"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("a", filepath.Join(dir, "l")); err != nil {
		t.Fatal(err)
	}
	names, types, err := readdir(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"C", "a", "b", "d", "l"}
	wantTypes := []int{1, 1, 1, 2, 3}
	for i := range want {
		if names[i] != want[i] || types[i] != wantTypes[i] {
			t.Fatalf("readdir = %v %v", names, types)
		}
	}
	if _, _, err := readdir(filepath.Join(dir, "a")); errnoOf(err) != syscall.ENOTDIR {
		t.Fatalf("readdir of a file: %v", err)
	}
}

func TestRemoveAllAndCopyFile(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	if err := os.WriteFile(src, []byte("content"), 0o640); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(dir, "dst")
	if err := copyFile(src, dst, false); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(dst)
	st, _ := os.Stat(dst)
	if string(b) != "content" || st.Mode().Perm() != 0o640 {
		t.Fatalf("copy: %q %v", b, st.Mode())
	}
	if err := copyFile(src, dst, true); err != unix.EEXIST {
		t.Fatalf("exclusive copy over existing: %v", err)
	}
	if err := copyFile(src, src, false); err != nil {
		t.Fatalf("copy onto itself: %v", err)
	}
	if b, _ := os.ReadFile(src); string(b) != "content" {
		t.Fatalf("copy onto itself changed the file: %q", b)
	}
	tree := filepath.Join(dir, "tree")
	if err := os.MkdirAll(filepath.Join(tree, "x", "y"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(src, filepath.Join(tree, "x", "link")); err != nil {
		t.Fatal(err)
	}
	if err := removeAll(tree); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(tree); !os.IsNotExist(err) {
		t.Fatalf("tree still there: %v", err)
	}
	if _, err := os.Stat(src); err != nil {
		t.Fatalf("symlink target removed: %v", err)
	}
}

func TestRealpathErrorsFollowNodesWalk(t *testing.T) {
	dir, _ := filepath.EvalSymlinks(t.TempDir())
	if err := os.Symlink("missing", filepath.Join(dir, "dangling")); err != nil {
		t.Fatal(err)
	}
	_, err := realpath(filepath.Join(dir, "dangling"), false)
	var ue *uvError
	if !errors.As(err, &ue) || ue.syscall != "stat" || ue.path != filepath.Join(dir, "dangling") {
		t.Fatalf("dangling: %v", err)
	}
	_, err = realpath(filepath.Join(dir, "nope", "deeper"), false)
	if !errors.As(err, &ue) || ue.syscall != "lstat" || ue.path != filepath.Join(dir, "nope") {
		t.Fatalf("missing: %v", err)
	}
	_, err = realpath("rel-missing", true)
	if !errors.As(err, &ue) || ue.syscall != "realpath" || ue.path != "rel-missing" {
		t.Fatalf("native: %v", err)
	}
	got, err := realpath(filepath.Join(dir, "."), true)
	if err != nil || got != dir {
		t.Fatalf("realpath(dir) = %q, %v", got, err)
	}
}

func TestToTimespec(t *testing.T) {
	for _, c := range []struct {
		sec       float64
		wantS, ns int64
	}{{1.5, 1, 500000000}, {0, 0, 0}, {-1.25, -2, 750000000}, {1234567890, 1234567890, 0}} {
		ts := toTimespec(c.sec)
		if ts.Sec != c.wantS || ts.Nsec != c.ns {
			t.Errorf("toTimespec(%v) = %v", c.sec, ts)
		}
	}
}

func TestReadWriteAt(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "rw")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fd := int(f.Fd())
	if n, err := writeAt(fd, []byte("hello"), -1); n != 5 || err != nil {
		t.Fatalf("write = %d, %v", n, err)
	}
	if n, err := writeAt(fd, []byte("J"), 0); n != 1 || err != nil {
		t.Fatalf("pwrite = %d, %v", n, err)
	}
	buf := make([]byte, 10)
	n, err := readAt(fd, buf, 0)
	if err != nil || string(buf[:n]) != "Jello" {
		t.Fatalf("pread = %q, %v", buf[:n], err)
	}
	data, err := readAll("", fd, 0)
	if err != nil || len(data) != 0 {
		t.Fatalf("readAll at EOF = %q, %v", data, err)
	}
	data, err = readAll(f.Name(), -1, unix.O_RDONLY)
	if err != nil || string(data) != "Jello" {
		t.Fatalf("readAll = %q, %v", data, err)
	}
	if _, err := readAll(filepath.Dir(f.Name()), -1, unix.O_RDONLY); err == nil || err.Error() != "EISDIR: illegal operation on a directory, read" {
		t.Fatalf("readAll(dir) = %v", err)
	}
}

func TestWorkPoolRunsInSubmissionOrderWithFourWorkers(t *testing.T) {
	p := newWorkPool()
	started := make(chan int, 16)
	release := make(chan struct{})
	for i := 0; i < 8; i++ {
		i := i
		p.submit(func() {
			started <- i
			<-release
		})
	}
	got := map[int]bool{}
	for i := 0; i < threadpoolSize; i++ {
		got[<-started] = true
	}
	select {
	case n := <-started:
		t.Fatalf("a fifth job (%d) started while four were busy", n)
	default:
	}
	for i := 0; i < threadpoolSize; i++ {
		if !got[i] {
			t.Fatalf("first four jobs should start first, got %v", got)
		}
	}
	close(release)
	for i := threadpoolSize; i < 8; i++ {
		<-started
	}
}
