package fs

import (
	"crypto/rand"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"handshake/runtime"
)

func str(c goja.FunctionCall, i int) string { return c.Argument(i).String() }
func num(c goja.FunctionCall, i int) int64  { return c.Argument(i).ToInteger() }

// bytesArg copies (when async) the bytes of a string or buffer argument.
func bytesArg(c goja.FunctionCall, i int, async bool) []byte {
	v := c.Argument(i)
	if _, ok := v.Export().(string); ok {
		return []byte(v.String())
	}
	b := runtime.BytesOf(nil, v)
	if async {
		b = append([]byte(nil), b...)
	}
	return b
}

// pathOrFd reads argument 0 of readFile/writeFile: a file descriptor when
// isFd (the path is then ""), else a path (the fd is then -1).
func pathOrFd(c goja.FunctionCall, isFd bool) (string, int) {
	if isFd {
		return "", int(num(c, 0))
	}
	return str(c, 0), -1
}

func noValue(err error) (result, error) {
	if err != nil {
		return nil, err
	}
	return nil, nil
}

// buffersArg returns the bytes of an array of buffers (copied when async).
func buffersArg(v goja.Value, async bool) [][]byte {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	n := int(o.Get("length").ToInteger())
	out := make([][]byte, n)
	for i := 0; i < n; i++ {
		b := runtime.BytesOf(nil, o.Get(strconv.Itoa(i)))
		if async {
			b = append([]byte(nil), b...)
		}
		out[i] = b
	}
	return out
}

func value(v any) result {
	return func(vm *goja.Runtime) goja.Value { return vm.ToValue(v) }
}

// retry repeats a system call interrupted by a signal.
func retry(f func() error) error {
	for {
		err := f()
		if err != syscall.EINTR {
			return err
		}
	}
}

func ops() map[string]opDef {
	return map[string]opDef{
		"access": {2, func(c goja.FunctionCall, _ bool) work {
			p, mode := str(c, 0), uint32(num(c, 1))
			return func() (result, error) {
				return noValue(fail(unix.Faccessat(unix.AT_FDCWD, p, mode, 0), "access", p))
			}
		}},
		"open": {3, func(c goja.FunctionCall, _ bool) work {
			p, flags, mode := str(c, 0), int(num(c, 1)), uint32(num(c, 2))
			return func() (result, error) {
				var fd int
				err := retry(func() (e error) { fd, e = unix.Open(p, flags|unix.O_CLOEXEC, mode); return })
				if err != nil {
					return nil, fail(err, "open", p)
				}
				return value(fd), nil
			}
		}},
		"close": {1, func(c goja.FunctionCall, _ bool) work {
			fd := int(num(c, 0))
			return func() (result, error) { return noValue(fail(unix.Close(fd), "close")) }
		}},
		"read": {5, prepRead},
		"write": {5, func(c goja.FunctionCall, async bool) work {
			fd := int(num(c, 0))
			b := runtime.BytesOf(nil, c.Argument(1))
			off, n := int(num(c, 2)), int(num(c, 3))
			pos := c.Argument(4).ToFloat()
			if off < 0 || off > len(b) {
				off = len(b)
			}
			if n < 0 || off+n > len(b) {
				n = len(b) - off
			}
			data := b[off : off+n]
			if async {
				data = append([]byte(nil), data...)
			}
			return writeWork(fd, data, int64(pos))
		}},
		"writeString": {3, func(c goja.FunctionCall, async bool) work {
			return writeWork(int(num(c, 0)), bytesArg(c, 1, async), int64(c.Argument(2).ToFloat()))
		}},
		"writev": {3, func(c goja.FunctionCall, async bool) work {
			fd := int(num(c, 0))
			bufs := buffersArg(c.Argument(1), async)
			pos := int64(c.Argument(2).ToFloat())
			return func() (result, error) {
				n, err := vectorAt(fd, bufs, pos, unix.Writev, unix.Pwritev)
				if err != nil {
					return nil, fail(err, "write")
				}
				return value(n), nil
			}
		}},
		"readv": {3, func(c goja.FunctionCall, async bool) work {
			fd := int(num(c, 0))
			dst := buffersArg(c.Argument(1), false)
			pos := int64(c.Argument(2).ToFloat())
			return func() (result, error) {
				bufs := dst
				if async {
					bufs = make([][]byte, len(dst))
					for i, b := range dst {
						bufs[i] = make([]byte, len(b))
					}
				}
				n, err := vectorAt(fd, bufs, pos, unix.Readv, unix.Preadv)
				if err != nil {
					return nil, fail(err, "read")
				}
				return func(vm *goja.Runtime) goja.Value {
					if async {
						left := n
						for i, b := range bufs {
							if left <= 0 {
								break
							}
							left -= copy(dst[i], b[:min(len(b), left)])
						}
					}
					return vm.ToValue(n)
				}, nil
			}
		}},
		"readFile": {3, func(c goja.FunctionCall, _ bool) work {
			p, fd := pathOrFd(c, c.Argument(1).ToBoolean())
			flags := int(num(c, 2))
			return func() (result, error) {
				data, err := readAll(p, fd, flags)
				if err != nil {
					return nil, err
				}
				return func(vm *goja.Runtime) goja.Value { return vm.ToValue(vm.NewArrayBuffer(data)) }, nil
			}
		}},
		"writeFile": {5, func(c goja.FunctionCall, async bool) work {
			p, fd := pathOrFd(c, c.Argument(1).ToBoolean())
			data := bytesArg(c, 2, async)
			flags, mode := int(num(c, 3)), uint32(num(c, 4))
			return func() (result, error) {
				return noValue(writeAll(p, fd, data, flags, mode))
			}
		}},
		"stat":  {2, prepStat("stat", false)},
		"lstat": {2, prepStat("lstat", true)},
		"fstat": {1, func(c goja.FunctionCall, _ bool) work {
			fd := int(num(c, 0))
			return func() (result, error) {
				var st unix.Statx_t
				err := unix.Statx(fd, "", unix.AT_EMPTY_PATH, unix.STATX_BASIC_STATS|unix.STATX_BTIME, &st)
				if err != nil {
					return nil, fail(err, "fstat")
				}
				return statResult(&st), nil
			}
		}},
		"mkdir": {3, func(c goja.FunctionCall, _ bool) work {
			p, mode, recursive := str(c, 0), uint32(num(c, 1)), c.Argument(2).ToBoolean()
			return func() (result, error) {
				if !recursive {
					return noValue(fail(unix.Mkdir(p, mode), "mkdir", p))
				}
				first, err := mkdirp(p, mode)
				if err != nil {
					return nil, err
				}
				if first == "" {
					return value(goja.Undefined()), nil
				}
				return value(first), nil
			}
		}},
		"readdir": {2, func(c goja.FunctionCall, _ bool) work {
			p, withTypes := str(c, 0), c.Argument(1).ToBoolean()
			return func() (result, error) {
				names, types, err := readdir(p)
				if err != nil {
					return nil, err
				}
				return func(vm *goja.Runtime) goja.Value {
					n := make([]any, len(names))
					for i, s := range names {
						n[i] = s
					}
					if !withTypes {
						return vm.NewArray(n...)
					}
					t := make([]any, len(types))
					for i, x := range types {
						t[i] = x
					}
					return vm.NewArray(vm.NewArray(n...), vm.NewArray(t...))
				}, nil
			}
		}},
		"opendir": {1, func(c goja.FunctionCall, _ bool) work {
			p := str(c, 0)
			return func() (result, error) {
				names, types, err := readdir(p)
				if err != nil {
					// Node's opendir errors name no path
					return nil, fail(errnoOf(err), "opendir")
				}
				return func(vm *goja.Runtime) goja.Value {
					n := make([]any, len(names))
					t := make([]any, len(types))
					for i := range names {
						n[i], t[i] = names[i], types[i]
					}
					return vm.NewArray(vm.NewArray(n...), vm.NewArray(t...))
				}, nil
			}
		}},
		"statfs": {1, func(c goja.FunctionCall, _ bool) work {
			p := str(c, 0)
			return func() (result, error) {
				var st unix.Statfs_t
				if err := unix.Statfs(p, &st); err != nil {
					return nil, fail(err, "statfs", p)
				}
				vals := []any{float64(st.Type), float64(st.Bsize), float64(st.Blocks), float64(st.Bfree),
					float64(st.Bavail), float64(st.Files), float64(st.Ffree)}
				return func(vm *goja.Runtime) goja.Value { return vm.NewArray(vals...) }, nil
			}
		}},
		"unlink": {1, pathOp("unlink", unix.Unlink)},
		"rmdir":  {1, pathOp("rmdir", unix.Rmdir)},
		"rmrf": {1, func(c goja.FunctionCall, _ bool) work {
			p := str(c, 0)
			return func() (result, error) { return noValue(removeAll(p)) }
		}},
		"rename": {2, twoPathOp("rename", func(a, b string) error { return unix.Rename(a, b) })},
		"link":   {2, twoPathOp("link", func(a, b string) error { return unix.Link(a, b) })},
		"symlink": {2, twoPathOp("symlink", func(target, p string) error {
			return unix.Symlink(target, p)
		})},
		"copyFile": {3, func(c goja.FunctionCall, _ bool) work {
			src, dst, mode := str(c, 0), str(c, 1), num(c, 2)
			return func() (result, error) {
				return noValue(fail(copyFile(src, dst, mode&1 != 0), "copyfile", src, dst))
			}
		}},
		"mkdtemp": {1, func(c goja.FunctionCall, async bool) work {
			prefix := str(c, 0)
			return func() (result, error) {
				for i := 0; i < 100; i++ {
					p := prefix + randomSuffix()
					err := unix.Mkdir(p, 0o700)
					if err == unix.EEXIST {
						continue
					}
					if err != nil && async {
						// libuv's async mkdtemp reports the name it tried
						return nil, fail(err, "mkdtemp", p)
					}
					if err != nil {
						return nil, fail(err, "mkdtemp", prefix+"XXXXXX")
					}
					return value(p), nil
				}
				return nil, fail(unix.EEXIST, "mkdtemp", prefix+"XXXXXX")
			}
		}},
		"realpath": {2, func(c goja.FunctionCall, _ bool) work {
			p, native := str(c, 0), c.Argument(1).ToBoolean()
			return func() (result, error) {
				rp, err := realpath(p, native)
				if err != nil {
					return nil, err
				}
				return value(rp), nil
			}
		}},
		"readlink": {1, func(c goja.FunctionCall, _ bool) work {
			p := str(c, 0)
			return func() (result, error) {
				t, err := os.Readlink(p)
				if err != nil {
					return nil, fail(err, "readlink", p)
				}
				return value(t), nil
			}
		}},
		"chmod": {2, func(c goja.FunctionCall, _ bool) work {
			p, mode := str(c, 0), uint32(num(c, 1))
			return func() (result, error) { return noValue(fail(unix.Chmod(p, mode), "chmod", p)) }
		}},
		"fchmod": {2, func(c goja.FunctionCall, _ bool) work {
			fd, mode := int(num(c, 0)), uint32(num(c, 1))
			return func() (result, error) { return noValue(fail(unix.Fchmod(fd, mode), "fchmod")) }
		}},
		"chown": {3, func(c goja.FunctionCall, _ bool) work {
			p, uid, gid := str(c, 0), int(num(c, 1)), int(num(c, 2))
			return func() (result, error) { return noValue(fail(unix.Chown(p, uid, gid), "chown", p)) }
		}},
		"lchown": {3, func(c goja.FunctionCall, _ bool) work {
			p, uid, gid := str(c, 0), int(num(c, 1)), int(num(c, 2))
			return func() (result, error) { return noValue(fail(unix.Lchown(p, uid, gid), "lchown", p)) }
		}},
		"fchown": {3, func(c goja.FunctionCall, _ bool) work {
			fd, uid, gid := int(num(c, 0)), int(num(c, 1)), int(num(c, 2))
			return func() (result, error) { return noValue(fail(unix.Fchown(fd, uid, gid), "fchown")) }
		}},
		"ftruncate": {2, func(c goja.FunctionCall, _ bool) work {
			fd, n := int(num(c, 0)), num(c, 1)
			return func() (result, error) { return noValue(fail(unix.Ftruncate(fd, n), "ftruncate")) }
		}},
		"utimes":  {3, prepUtimes("utime", 0)},
		"lutimes": {3, prepUtimes("lutime", unix.AT_SYMLINK_NOFOLLOW)},
		"futimes": {3, func(c goja.FunctionCall, _ bool) work {
			fd := int(num(c, 0))
			ts := []unix.Timespec{toTimespec(c.Argument(1).ToFloat()), toTimespec(c.Argument(2).ToFloat())}
			return func() (result, error) {
				return noValue(fail(unix.UtimesNanoAt(fd, "", ts, unix.AT_EMPTY_PATH), "futime"))
			}
		}},
		"fsync": {1, func(c goja.FunctionCall, _ bool) work {
			fd := int(num(c, 0))
			return func() (result, error) { return noValue(fail(unix.Fsync(fd), "fsync")) }
		}},
		"fdatasync": {1, func(c goja.FunctionCall, _ bool) work {
			fd := int(num(c, 0))
			return func() (result, error) { return noValue(fail(unix.Fdatasync(fd), "fdatasync")) }
		}},
	}
}

func pathOp(sys string, f func(string) error) prepFunc {
	return func(c goja.FunctionCall, _ bool) work {
		p := str(c, 0)
		return func() (result, error) { return noValue(fail(f(p), sys, p)) }
	}
}

func twoPathOp(sys string, f func(a, b string) error) prepFunc {
	return func(c goja.FunctionCall, _ bool) work {
		a, b := str(c, 0), str(c, 1)
		return func() (result, error) { return noValue(fail(f(a, b), sys, a, b)) }
	}
}

func prepUtimes(sys string, flags int) prepFunc {
	return func(c goja.FunctionCall, _ bool) work {
		p := str(c, 0)
		ts := []unix.Timespec{toTimespec(c.Argument(1).ToFloat()), toTimespec(c.Argument(2).ToFloat())}
		return func() (result, error) {
			return noValue(fail(unix.UtimesNanoAt(unix.AT_FDCWD, p, ts, flags), sys, p))
		}
	}
}

// toTimespec converts seconds (fractional) to a timespec.
func toTimespec(sec float64) unix.Timespec {
	s := int64(sec)
	if float64(s) > sec {
		s--
	}
	ns := int64((sec - float64(s)) * 1e9)
	return unix.Timespec{Sec: s, Nsec: ns}
}

// prepRead reads into a JavaScript buffer: fd, buffer, offset, length,
// position (-1: the file's current position).
func prepRead(c goja.FunctionCall, async bool) work {
	fd := int(num(c, 0))
	b := runtime.BytesOf(nil, c.Argument(1))
	off, n := int(num(c, 2)), int(num(c, 3))
	pos := int64(c.Argument(4).ToFloat())
	if off < 0 || off > len(b) {
		off = len(b)
	}
	if n < 0 || off+n > len(b) {
		n = len(b) - off
	}
	dst := b[off : off+n]
	if !async {
		return func() (result, error) {
			got, err := readAt(fd, dst, pos)
			if err != nil {
				return nil, fail(err, "read")
			}
			return value(got), nil
		}
	}
	return func() (result, error) {
		tmp := make([]byte, len(dst))
		got, err := readAt(fd, tmp, pos)
		if err != nil {
			return nil, fail(err, "read")
		}
		return func(vm *goja.Runtime) goja.Value {
			copy(dst, tmp[:got])
			return vm.ToValue(got)
		}, nil
	}
}

func readAt(fd int, b []byte, pos int64) (int, error) {
	var n int
	err := retry(func() (e error) {
		if pos < 0 {
			n, e = unix.Read(fd, b)
		} else {
			n, e = unix.Pread(fd, b, pos)
		}
		return
	})
	if n < 0 {
		n = 0
	}
	return n, err
}

// writeWork is the work of write() and writeString(): data written whole
// at pos (the current offset when pos < 0).
func writeWork(fd int, data []byte, pos int64) work {
	return func() (result, error) {
		w, err := writeAt(fd, data, pos)
		if err != nil {
			return nil, fail(err, "write")
		}
		return value(w), nil
	}
}

// vectorAt is readv/writev at the current offset (pos < 0) or
// preadv/pwritev at pos, retried when interrupted.
func vectorAt(fd int, bufs [][]byte, pos int64,
	vec func(int, [][]byte) (int, error), vecAt func(int, [][]byte, int64) (int, error)) (int, error) {
	var n int
	err := retry(func() (e error) {
		if pos < 0 {
			n, e = vec(fd, bufs)
		} else {
			n, e = vecAt(fd, bufs, pos)
		}
		return
	})
	return n, err
}

func writeAt(fd int, b []byte, pos int64) (int, error) {
	total := 0
	for total < len(b) || len(b) == 0 {
		var n int
		err := retry(func() (e error) {
			if pos < 0 {
				n, e = unix.Write(fd, b[total:])
			} else {
				n, e = unix.Pwrite(fd, b[total:], pos+int64(total))
			}
			return
		})
		if err != nil {
			return total, err
		}
		total += n
		if len(b) == 0 || n == 0 {
			break
		}
	}
	return total, nil
}

// readAll reads a whole file, by path (opened with flags) or fd.
func readAll(p string, fd int, flags int) ([]byte, error) {
	if fd < 0 {
		var err error
		err = retry(func() (e error) { fd, e = unix.Open(p, flags|unix.O_CLOEXEC, 0o666); return })
		if err != nil {
			return nil, fail(err, "open", p)
		}
		defer unix.Close(fd)
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, fail(err, "fstat")
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return nil, fail(unix.EISDIR, "read")
	}
	size := int64(0)
	if st.Mode&unix.S_IFMT == unix.S_IFREG {
		size = st.Size
	}
	buf := make([]byte, 0, size+1)
	chunk := make([]byte, 64*1024)
	for {
		n, err := readAt(fd, chunk, -1)
		if err != nil {
			return nil, fail(err, "read")
		}
		if n == 0 {
			return buf, nil
		}
		buf = append(buf, chunk[:n]...)
	}
}

// writeAll writes a whole file, by path (opened with flags and mode) or fd.
func writeAll(p string, fd int, data []byte, flags int, mode uint32) error {
	if fd < 0 {
		err := retry(func() (e error) { fd, e = unix.Open(p, flags|unix.O_CLOEXEC, mode); return })
		if err != nil {
			return fail(err, "open", p)
		}
		defer unix.Close(fd)
	}
	if len(data) == 0 {
		return nil
	}
	if _, err := writeAt(fd, data, -1); err != nil {
		return fail(err, "write")
	}
	return nil
}

func prepStat(sys string, lstat bool) prepFunc {
	return func(c goja.FunctionCall, _ bool) work {
		p := str(c, 0)
		quiet := c.Argument(1).ToBoolean()
		flags := 0
		if lstat {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		return func() (result, error) {
			var st unix.Statx_t
			err := unix.Statx(unix.AT_FDCWD, p, flags, unix.STATX_BASIC_STATS|unix.STATX_BTIME, &st)
			if err != nil {
				if quiet && err == unix.ENOENT {
					return value(goja.Undefined()), nil
				}
				return nil, fail(err, sys, p)
			}
			return statResult(&st), nil
		}
	}
}

// statResult is Node's stat array: dev, mode, nlink, uid, gid, rdev,
// blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime,
// ctime and birthtime.
func statResult(st *unix.Statx_t) result {
	vals := []any{
		float64(unix.Mkdev(st.Dev_major, st.Dev_minor)), float64(st.Mode), float64(st.Nlink),
		float64(st.Uid), float64(st.Gid), float64(unix.Mkdev(st.Rdev_major, st.Rdev_minor)),
		float64(st.Blksize), float64(st.Ino), float64(st.Size), float64(st.Blocks),
		float64(st.Atime.Sec), float64(st.Atime.Nsec),
		float64(st.Mtime.Sec), float64(st.Mtime.Nsec),
		float64(st.Ctime.Sec), float64(st.Ctime.Nsec),
		float64(st.Btime.Sec), float64(st.Btime.Nsec),
	}
	return func(vm *goja.Runtime) goja.Value { return vm.NewArray(vals...) }
}

// mkdirp creates p and its missing parents; it returns the first directory
// it created ("" when p already existed), as Node's recursive mkdir does.
func mkdirp(p string, mode uint32) (string, error) {
	var st unix.Stat_t
	if err := unix.Stat(p, &st); err == nil {
		if st.Mode&unix.S_IFMT == unix.S_IFDIR {
			return "", nil
		}
		return "", fail(unix.EEXIST, "mkdir", p)
	}
	// find the missing ancestors, outermost last
	var todo []string
	cur := p
	for {
		err := unix.Stat(cur, &st)
		if err == nil {
			if st.Mode&unix.S_IFMT != unix.S_IFDIR {
				return "", fail(unix.ENOTDIR, "mkdir", p)
			}
			break
		}
		if err != unix.ENOENT {
			return "", fail(err, "mkdir", p)
		}
		todo = append(todo, cur)
		parent := filepath.Dir(cur)
		if parent == cur {
			break
		}
		cur = parent
	}
	first := ""
	for i := len(todo) - 1; i >= 0; i-- {
		d := todo[i]
		err := unix.Mkdir(d, mode)
		if err != nil && err != unix.EEXIST {
			return "", fail(err, "mkdir", p)
		}
		if err == nil && first == "" {
			first = d
		}
	}
	if first != "" && !filepath.IsAbs(p) {
		return first, nil
	}
	if first != "" {
		if abs, err := filepath.Abs(first); err == nil {
			first = abs
		}
	}
	return first, nil
}

// readdir lists a directory sorted by name (libuv's scandir order) with
// Node's dirent types.
func readdir(p string) ([]string, []int, error) {
	fd, err := unix.Open(p, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, nil, fail(err, "scandir", p)
	}
	f := os.NewFile(uintptr(fd), p)
	defer f.Close()
	ents, err := f.ReadDir(-1)
	if err != nil {
		return nil, nil, fail(err, "scandir", p)
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
	names := make([]string, len(ents))
	types := make([]int, len(ents))
	for i, e := range ents {
		names[i] = e.Name()
		types[i] = direntType(e.Type())
	}
	return names, types, nil
}

func direntType(m os.FileMode) int {
	switch {
	case m&os.ModeSymlink != 0:
		return 3
	case m.IsDir():
		return 2
	case m&os.ModeNamedPipe != 0:
		return 4
	case m&os.ModeSocket != 0:
		return 5
	case m&os.ModeCharDevice != 0:
		return 6
	case m&os.ModeDevice != 0:
		return 7
	case m.IsRegular():
		return 1
	}
	return 0
}

// removeAll removes p and everything under it; symlinks are removed, not
// followed.
func removeAll(p string) error {
	var st unix.Stat_t
	if err := unix.Lstat(p, &st); err != nil {
		return fail(err, "lstat", p)
	}
	if st.Mode&unix.S_IFMT != unix.S_IFDIR {
		return fail(unix.Unlink(p), "unlink", p)
	}
	names, _, err := readdir(p)
	if err != nil {
		return err
	}
	for _, n := range names {
		if err := removeAll(filepath.Join(p, n)); err != nil {
			return err
		}
	}
	return fail(unix.Rmdir(p), "rmdir", p)
}

func copyFile(src, dst string, excl bool) error {
	in, err := unix.Open(src, unix.O_RDONLY|unix.O_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer unix.Close(in)
	var st unix.Stat_t
	if err := unix.Fstat(in, &st); err != nil {
		return err
	}
	if st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return unix.EISDIR
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_CLOEXEC
	if excl {
		flags |= unix.O_EXCL
	}
	out, err := unix.Open(dst, flags, st.Mode&0o7777)
	if err != nil {
		return err
	}
	defer unix.Close(out)
	var dstSt unix.Stat_t
	if err := unix.Fstat(out, &dstSt); err == nil && dstSt.Dev == st.Dev && dstSt.Ino == st.Ino {
		return nil // copying a file onto itself leaves it as it is
	}
	if err := unix.Ftruncate(out, 0); err != nil {
		return err
	}
	if err := unix.Fchmod(out, st.Mode&0o7777); err != nil {
		return err
	}
	buf := make([]byte, 128*1024)
	for {
		n, err := readAt(in, buf, -1)
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if _, err := writeAt(out, buf[:n], -1); err != nil {
			return err
		}
	}
}

const tempChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func randomSuffix() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	for i := range b {
		b[i] = tempChars[int(b[i])%len(tempChars)]
	}
	return string(b[:])
}

// realpath resolves p. native follows realpath(3) (errors name realpath
// and p); otherwise errors are those of Node's JavaScript realpath, which
// lstat's each component of the absolute path.
func realpath(p string, native bool) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fail(err, "realpath", p)
	}
	rp, err := filepath.EvalSymlinks(abs)
	if err == nil {
		return rp, nil
	}
	if native {
		return "", fail(err, "realpath", p)
	}
	// find the first component that fails, as Node's walk would: lstat
	// each component, stat each symlink before following it
	parts := strings.Split(abs, "/")
	cur := ""
	for _, part := range parts[1:] {
		if part == "" {
			continue
		}
		cur += "/" + part
		var st unix.Stat_t
		if e := unix.Lstat(cur, &st); e != nil {
			return "", fail(e, "lstat", cur)
		}
		if st.Mode&unix.S_IFMT == unix.S_IFLNK {
			if e := unix.Stat(cur, &st); e != nil {
				return "", fail(e, "stat", cur)
			}
			if resolved, e := filepath.EvalSymlinks(cur); e == nil {
				cur = resolved
			}
		}
	}
	return "", fail(err, "lstat", abs)
}
