package errors_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/dop251/goja"

	"handshake/bindings/console"
	"handshake/bindings/errors"
	"handshake/bindings/events"
	"handshake/bindings/util"
	"handshake/runtime"
)

// TestMessagesMatchNode runs testdata/cases.js against internal/errors and
// compares with testdata/messages.json, which gen.sh produced from Node's
// own internal/errors (node --expose-internals).
func TestMessagesMatchNode(t *testing.T) {
	want := map[string]string{}
	data, err := os.ReadFile("testdata/messages.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("testdata/cases.js")
	if err != nil {
		t.Fatal(err)
	}
	var mods []runtime.Module
	for _, g := range [][]runtime.Module{errors.Modules, util.Modules, events.Modules, console.Modules} {
		mods = append(mods, g...)
	}
	// A stand-in for internal/stdio, which the bootstrap installs.
	mods = append(mods, runtime.Module{Name: "internal/stdio", Source: "exports.install = function () {};"})
	r, err := runtime.New(runtime.Options{Modules: mods, Argv: []string{"handshake"}})
	if err != nil {
		t.Fatal(err)
	}
	mod, err := r.Require("internal/errors")
	if err != nil {
		t.Fatal(err)
	}
	fnv, err := r.VM.RunString(string(src))
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := goja.AssertFunction(fnv)
	res, err := fn(goja.Undefined(), mod, r.VM.ToValue(false))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	if err := json.Unmarshal([]byte(res.String()), &got); err != nil {
		t.Fatal(err)
	}
	for k, g := range got {
		if w, ok := want[k]; !ok {
			t.Errorf("%s: not in messages.json", k)
		} else if g != w {
			t.Errorf("%s:\n got %s\nwant %s", k, g, w)
		}
	}
	// Every code Node has, called as gen.sh called it.
	check, err := r.VM.RunString(`(function (errors, want) {
		const bad = [];
		for (const key of Object.keys(want)) {
			if (!key.startsWith('generic:')) continue;
			const code = key.slice(8);
			const [n, ...rest] = want[key].split('|');
			const exp = rest.join('|');
			let got;
			try {
				const e = new errors.codes[code](...['a1', 'a2', 'a3', 'a4'].slice(0, +n));
				got = [e.name, e.code, e.message, String(e.stack).split('\n')[0], Object.keys(e).join(',')].join('|');
			} catch (err) {
				got = 'threw ' + err;
			}
			if (got !== exp) bad.push(code + '\n got ' + got + '\nwant ' + exp);
		}
		return bad;
	})`)
	if err != nil {
		t.Fatal(err)
	}
	checkFn, _ := goja.AssertFunction(check)
	bad, err := checkFn(goja.Undefined(), mod, r.VM.ToValue(want))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bad.Export().([]any) {
		t.Error(b)
	}
}
