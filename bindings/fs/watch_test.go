package fs

import (
	"encoding/binary"
	"testing"

	"golang.org/x/sys/unix"
)

// rawEvent encodes one inotify event as the kernel does.
func rawEvent(wd int32, mask uint32, name string) []byte {
	n := 0
	if name != "" {
		n = (len(name) + 1 + 15) / 16 * 16
	}
	b := make([]byte, unix.SizeofInotifyEvent+n)
	binary.LittleEndian.PutUint32(b[0:], uint32(wd))
	binary.LittleEndian.PutUint32(b[4:], mask)
	binary.LittleEndian.PutUint32(b[12:], uint32(n))
	copy(b[unix.SizeofInotifyEvent:], name)
	return b
}

func TestEventsOfMapsLikeLibuv(t *testing.T) {
	var buf []byte
	buf = append(buf, rawEvent(1, unix.IN_MODIFY, "")...)
	buf = append(buf, rawEvent(1, unix.IN_CREATE, "new.txt")...)
	buf = append(buf, rawEvent(1, unix.IN_ATTRIB|unix.IN_MOVED_TO, "both")...)
	buf = append(buf, rawEvent(2, unix.IN_DELETE, "deep.txt")...)
	buf = append(buf, rawEvent(1, unix.IN_IGNORED, "")...)
	evs := eventsOf(buf, "watched", map[int32]string{1: "", 2: "sub"})
	want := []watchEvent{
		{rename: false, filename: "watched"},
		{rename: true, filename: "new.txt"},
		{rename: true, filename: "both"},
		{rename: true, filename: "sub/deep.txt"},
	}
	if len(evs) != len(want) {
		t.Fatalf("got %d events: %+v", len(evs), evs)
	}
	for i := range want {
		if evs[i] != want[i] {
			t.Errorf("event %d = %+v, want %+v", i, evs[i], want[i])
		}
	}
}
