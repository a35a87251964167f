// Command opcount builds handshake against an instrumented copy of goja
// that counts the bytecode instructions each JavaScript function executes,
// and reports the counts per unit of work. Instruction counts repeat from
// run to run whatever else the machine is doing, so they show what a change
// to the embedded JavaScript saved when wall-clock rates drift.
//
// Build (the copy of goja is made from the module cache, patched in a
// temporary directory; nothing in the repository changes):
//
//	go run ./scripts/opcount -build /tmp/handshake-opcount
//
// Run a workload with GOJA_OPCOUNT naming a file (rewritten every second
// with one line per function: instructions, calls, name, file:line), then
// report per call of a function, e.g. per request of the https benchmark
// server's handler:
//
//	GOJA_OPCOUNT=/tmp/ops.txt /tmp/handshake-opcount scripts/bench/https-server.js 8443 &
//	wrk -t1 -c20 -d2s https://127.0.0.1:8443/; kill %1
//	go run ./scripts/opcount -report /tmp/ops.txt -unit https-server.js:11
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	build := flag.String("build", "", "build the instrumented handshake binary to this path")
	report := flag.String("report", "", "report a GOJA_OPCOUNT file")
	unit := flag.String("unit", "", "with -report: the function (name or file:line) whose calls are the unit of work")
	top := flag.Int("top", 40, "with -report: functions listed")
	flag.Parse()
	var err error
	switch {
	case *build != "":
		err = buildInstrumented(*build)
	case *report != "":
		err = printReport(*report, *unit, *top)
	default:
		flag.Usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "opcount:", err)
		os.Exit(1)
	}
}

// buildInstrumented copies goja from the module cache, adds the counter,
// and builds ./cmd/handshake with a temporary go.mod that replaces goja by
// the copy.
func buildInstrumented(out string) error {
	dirOut, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/dop251/goja").Output()
	if err != nil {
		return fmt.Errorf("locating goja in the module cache: %w", err)
	}
	src := strings.TrimSpace(string(dirOut))
	tmp, err := os.MkdirTemp("", "opcount")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	goja := filepath.Join(tmp, "goja")
	if err := os.CopyFS(goja, os.DirFS(src)); err != nil {
		return fmt.Errorf("copying goja: %w", err)
	}
	// one counter per compiled function, bumped before each instruction of
	// the interpreter's main loop
	if err := patch(filepath.Join(goja, "compiler.go"), "\tsrcMap   []srcMapItem\n}",
		"\tsrcMap   []srcMapItem\n\n\topCount, entries int64\n}"); err != nil {
		return err
	}
	if err := patch(filepath.Join(goja, "vm.go"), "\t\tvm.prg.code[pc].exec(vm)\n",
		"\t\tif opCounting {\n\t\t\tcountOp(vm.prg, pc)\n\t\t}\n\t\tvm.prg.code[pc].exec(vm)\n"); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(goja, "opcount.go"), []byte(counterSource), 0o644); err != nil {
		return err
	}
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		return fmt.Errorf("run from the repository root: %w", err)
	}
	sum, err := os.ReadFile("go.sum")
	if err != nil {
		return err
	}
	modFile := filepath.Join(tmp, "go.mod")
	mod = append(mod, []byte("\nreplace github.com/dop251/goja => "+goja+"\n")...)
	if err := os.WriteFile(modFile, mod, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, "go.sum"), sum, 0o644); err != nil {
		return err
	}
	cmd := exec.Command("go", "build", "-modfile="+modFile, "-o", out, "./cmd/handshake")
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}

// patch replaces the first occurrence of old in the file (made writable:
// the module cache's files are read-only).
func patch(path, old, new string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(data)
	if !strings.Contains(s, old) {
		return fmt.Errorf("%s: the text to instrument is not there (a goja version this tool does not know)", path)
	}
	s = strings.Replace(s, old, new, 1)
	if err := os.Chmod(path, 0o644); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// counterSource is added to the copy of goja: the counters, and a goroutine
// that writes them to $GOJA_OPCOUNT every second (sorted, most first). The
// counters are bumped by the one goroutine that runs JavaScript and read
// without a lock, so a line may be a moment stale; the file is replaced
// whole by a rename.
const counterSource = `package goja

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"time"
)

var opCounting = os.Getenv("GOJA_OPCOUNT") != ""

var (
	opMu    sync.Mutex
	opProgs []*Program
)

func countOp(p *Program, pc int) {
	if p.opCount == 0 {
		opMu.Lock()
		opProgs = append(opProgs, p)
		opMu.Unlock()
	}
	p.opCount++
	if pc == 0 {
		p.entries++
	}
}

func init() {
	if !opCounting {
		return
	}
	out := os.Getenv("GOJA_OPCOUNT")
	go func() {
		for {
			time.Sleep(time.Second)
			opMu.Lock()
			ps := append([]*Program(nil), opProgs...)
			opMu.Unlock()
			sort.Slice(ps, func(i, j int) bool { return ps[i].opCount > ps[j].opCount })
			f, err := os.Create(out + ".tmp")
			if err != nil {
				continue
			}
			var total int64
			for _, p := range ps {
				total += p.opCount
			}
			fmt.Fprintf(f, "total %d\n", total)
			for _, p := range ps {
				pos := "-"
				if p.src != nil && len(p.srcMap) > 0 {
					at := p.src.Position(p.srcMap[0].srcPos)
					pos = fmt.Sprintf("%s:%d", at.Filename, at.Line)
				}
				name := string(p.funcName)
				if name == "" {
					name = "(anonymous)"
				}
				fmt.Fprintf(f, "%d %d %s %s\n", p.opCount, p.entries, name, pos)
			}
			f.Close()
			os.Rename(out+".tmp", out)
		}
	}()
}
`

type fnCount struct {
	ops, calls int64
	name, pos  string
}

// printReport prints instructions per call of the unit function, by file
// and by function.
func printReport(path, unit string, top int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var fns []fnCount
	var total int64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 2 && fields[0] == "total" {
			total, _ = strconv.ParseInt(fields[1], 10, 64)
			continue
		}
		if len(fields) != 4 {
			continue
		}
		ops, _ := strconv.ParseInt(fields[0], 10, 64)
		calls, _ := strconv.ParseInt(fields[1], 10, 64)
		fns = append(fns, fnCount{ops, calls, fields[2], fields[3]})
	}
	if err := sc.Err(); err != nil {
		return err
	}
	units := int64(1)
	if unit != "" {
		units = 0
		for _, fn := range fns {
			if fn.name == unit || strings.HasSuffix(fn.pos, unit) {
				units += fn.calls
			}
		}
		if units == 0 {
			return fmt.Errorf("no calls of %q in %s", unit, path)
		}
	}
	per := func(n int64) float64 { return float64(n) / float64(units) }
	fmt.Printf("%d units, %.0f instructions per unit (start-up included)\n\nby file:\n", units, per(total))
	byFile := map[string]int64{}
	for _, fn := range fns {
		file := fn.pos
		if i := strings.LastIndexByte(file, ':'); i > 0 {
			file = file[:i]
		}
		byFile[file] += fn.ops
	}
	files := make([]string, 0, len(byFile))
	for k := range byFile {
		files = append(files, k)
	}
	sort.Slice(files, func(i, j int) bool { return byFile[files[i]] > byFile[files[j]] })
	for i, k := range files {
		if i == 15 {
			break
		}
		fmt.Printf("%8.0f  %s\n", per(byFile[k]), k)
	}
	fmt.Printf("\nby function (instructions and calls per unit):\n")
	for i, fn := range fns {
		if i == top {
			break
		}
		fmt.Printf("%8.0f %6.2f  %s %s\n", per(fn.ops), float64(fn.calls)/float64(units), fn.name, fn.pos)
	}
	return nil
}
