package fs

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"handshake/runtime"
)

// watchMask is the inotify mask libuv's fs_event uses.
const watchMask = unix.IN_ATTRIB | unix.IN_CREATE | unix.IN_MODIFY | unix.IN_DELETE |
	unix.IN_DELETE_SELF | unix.IN_MOVE_SELF | unix.IN_MOVED_FROM | unix.IN_MOVED_TO

// watchEvent is one change, in Node's terms.
type watchEvent struct {
	rename   bool
	filename string
	newDir   bool // a directory appeared (recursive watches add it)
}

// watcher is one fs.watch handle: an inotify instance read by a
// goroutine, whose events are delivered on the loop.
type watcher struct {
	file   *os.File
	handle *runtime.Handle
	mu     sync.Mutex
	closed bool
	dirs   map[int32]string // watch descriptor -> path relative to the root ("" for the root)
}

// eventsOf turns an inotify buffer into events as libuv reports them:
// 'change' for attribute/content changes, 'rename' for everything else;
// the name is the entry's (for directories) or the watched file's.
func eventsOf(buf []byte, base string, dirs map[int32]string) []watchEvent {
	var out []watchEvent
	for off := 0; off+unix.SizeofInotifyEvent <= len(buf); {
		ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
		nameBytes := buf[off+unix.SizeofInotifyEvent : off+unix.SizeofInotifyEvent+int(ev.Len)]
		off += unix.SizeofInotifyEvent + int(ev.Len)
		if ev.Mask&unix.IN_IGNORED != 0 {
			continue
		}
		name := base
		if ev.Len > 0 {
			name = string(bytes.TrimRight(nameBytes, "\x00"))
			if prefix := dirs[ev.Wd]; prefix != "" {
				name = prefix + "/" + name
			}
		}
		change := ev.Mask&(unix.IN_ATTRIB|unix.IN_MODIFY) != 0
		rename := ev.Mask&^uint32(unix.IN_ATTRIB|unix.IN_MODIFY|unix.IN_ISDIR) != 0
		if rename {
			newDir := ev.Mask&unix.IN_ISDIR != 0 && ev.Mask&(unix.IN_CREATE|unix.IN_MOVED_TO) != 0
			out = append(out, watchEvent{rename: true, filename: name, newDir: newDir})
		} else if change {
			out = append(out, watchEvent{filename: name})
		}
	}
	return out
}

// watchBinding adds watchStart/watchClose/watchRef to the fs binding.
func watchBinding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	watchers := map[int64]*watcher{}
	var nextID int64
	// watchStart(path, recursive, persistent, onchange) -> id, or throws
	// Node's watch error.
	_ = o.Set("watchStart", func(c goja.FunctionCall) goja.Value {
		p := c.Argument(0).String()
		recursive := c.Argument(1).ToBoolean()
		persistent := c.Argument(2).ToBoolean()
		onchange := c.Argument(3)
		fd, err := unix.InotifyInit1(unix.IN_NONBLOCK | unix.IN_CLOEXEC)
		if err != nil {
			panic(toJS(r, fail(err, "watch", p), true))
		}
		wd, err := unix.InotifyAddWatch(fd, p, watchMask)
		if err != nil {
			unix.Close(fd)
			panic(toJS(r, fail(err, "watch", p), true))
		}
		w := &watcher{file: os.NewFile(uintptr(fd), "inotify"), dirs: map[int32]string{int32(wd): ""}}
		if recursive {
			_ = filepath.WalkDir(p, func(sub string, d os.DirEntry, err error) error {
				if err != nil || !d.IsDir() || sub == p {
					return nil
				}
				if swd, err := unix.InotifyAddWatch(fd, sub, watchMask); err == nil {
					rel, _ := filepath.Rel(p, sub)
					w.dirs[int32(swd)] = rel
				}
				return nil
			})
		}
		w.handle = r.Loop.NewHandle()
		if !persistent {
			w.handle.Unref()
		}
		nextID++
		id := nextID
		watchers[id] = w
		base := filepath.Base(p)
		dirs := make(map[int32]string, len(w.dirs))
		for k, v := range w.dirs {
			dirs[k] = v
		}
		go func() {
			buf := make([]byte, 64*1024)
			for {
				n, err := w.file.Read(buf)
				if err != nil {
					return
				}
				evs := eventsOf(buf[:n], base, dirs)
				if recursive {
					// Node's recursive watcher on Linux reports entries
					// appearing and disappearing ('rename'); content changes
					// come from its slow stat polling, so none here. New
					// directories are watched too.
					kept := evs[:0]
					for _, ev := range evs {
						if !ev.rename {
							continue
						}
						if ev.newDir {
							if swd, err := unix.InotifyAddWatch(fd, filepath.Join(p, ev.filename), watchMask); err == nil {
								dirs[int32(swd)] = ev.filename
							}
						}
						kept = append(kept, ev)
					}
					evs = kept
				}
				if len(evs) == 0 {
					continue
				}
				r.Loop.Post(func() {
					for _, ev := range evs {
						w.mu.Lock()
						closed := w.closed
						w.mu.Unlock()
						if closed {
							return
						}
						kind := "change"
						if ev.rename {
							kind = "rename"
						}
						r.Call(onchange, goja.Undefined(), vm.ToValue(kind), vm.ToValue(ev.filename))
					}
				})
			}
		}()
		return vm.ToValue(id)
	})
	_ = o.Set("watchClose", func(c goja.FunctionCall) goja.Value {
		id := c.Argument(0).ToInteger()
		if w := watchers[id]; w != nil {
			delete(watchers, id)
			w.mu.Lock()
			w.closed = true
			w.mu.Unlock()
			w.handle.Close()
			_ = w.file.Close()
		}
		return goja.Undefined()
	})
	_ = o.Set("watchRef", func(c goja.FunctionCall) goja.Value {
		if w := watchers[c.Argument(0).ToInteger()]; w != nil {
			if c.Argument(1).ToBoolean() {
				w.handle.Ref()
			} else {
				w.handle.Unref()
			}
		}
		return goja.Undefined()
	})
}
