package runtime

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/dop251/goja"
)

// cjsWrapperHead is the CommonJS wrapper; its length is the column shift on
// line 1 of every user module.
const cjsWrapperHead = "(function (exports, require, module, __filename, __dirname) { "

// modulesBinding gives the CommonJS loader its file system and compile ops.
func modulesBinding(r *Runtime, b *goja.Object) {
	vm := r.VM
	_ = b.Set("builtinIds", func(goja.FunctionCall) goja.Value {
		ids := r.reg.ids()
		out := make([]any, len(ids))
		for i, id := range ids {
			out[i] = id
		}
		return vm.NewArray(out...)
	})
	// stat: 0 file, 1 directory, -2 missing (as Node's internalModuleStat).
	_ = b.Set("stat", func(c goja.FunctionCall) goja.Value {
		st, err := os.Stat(c.Argument(0).String())
		if err != nil {
			return vm.ToValue(-2)
		}
		if st.IsDir() {
			return vm.ToValue(1)
		}
		return vm.ToValue(0)
	})
	_ = b.Set("realpath", func(c goja.FunctionCall) goja.Value {
		p := c.Argument(0).String()
		if rp, err := filepath.EvalSymlinks(p); err == nil {
			return vm.ToValue(rp)
		}
		return vm.ToValue(p)
	})
	_ = b.Set("readFile", func(c goja.FunctionCall) goja.Value {
		p := c.Argument(0).String()
		data, err := os.ReadFile(p)
		if err != nil {
			panic(r.NewSystemError(err, "open", p))
		}
		return vm.ToValue(string(data))
	})
	// runScript(code, filename) runs code as a global script and returns
	// its completion value (node -e / -p).
	_ = b.Set("runScript", func(c goja.FunctionCall) goja.Value {
		src, filename := c.Argument(0).String(), c.Argument(1).String()
		prg, err := goja.Compile(filename, src, false)
		if err != nil {
			r.RegisterSource(filename, src, 0)
			panic(r.compileError(filename, src, err))
		}
		r.RegisterSource(filename, src, 0)
		v, err := r.VM.RunProgram(prg)
		if err != nil {
			rethrow(r, err)
		}
		return v
	})
	// compile(source, filename, format, loader) returns the module function
	// (exports, require, module, __filename, __dirname).
	_ = b.Set("compile", func(c goja.FunctionCall) goja.Value {
		src := c.Argument(0).String()
		filename := c.Argument(1).String()
		format := c.Argument(2).String()
		loader := c.Argument(3).String()
		return r.compileModule(src, filename, format, loader)
	})
}

// compileModule compiles a user module into its CommonJS wrapper function.
// Source that goja cannot run as is (ESM, TypeScript, syntax goja lacks)
// goes through the Transform hook first.
func (r *Runtime) compileModule(src, filename, format, loader string) goja.Value {
	code := stripShebang(src)
	if format != "cjs" || loader != "js" {
		out, err := Transform(code, filename, format, loader)
		if err != nil {
			panic(r.syntaxError(filename, err))
		}
		code = out
	}
	wrapped := cjsWrapperHead + code + "\n})"
	prg, err := goja.Compile(filename, wrapped, false)
	if err != nil {
		if out, terr := Transform(code, filename, "cjs", "js"); terr == nil && out != code {
			if p2, err2 := goja.Compile(filename, cjsWrapperHead+out+"\n})", false); err2 == nil {
				prg, err = p2, nil
			}
		}
		if err != nil {
			panic(r.compileError(filename, src, err))
		}
	}
	r.RegisterSource(filename, src, len(cjsWrapperHead))
	v, err := r.VM.RunProgram(prg)
	if err != nil {
		rethrow(r, err)
	}
	return v
}

func stripShebang(src string) string {
	if len(src) > 1 && src[0] == '#' && src[1] == '!' {
		return "//" + src[2:]
	}
	return src
}

// Transform turns ESM and TypeScript (and syntax goja lacks) into CommonJS
// goja can run. It is replaced by the esbuild-backed implementation in
// transform.go; format is "cjs", "esm" or "auto", loader "js" or "ts".
var Transform = func(src, filename, format, loader string) (string, error) {
	return src, nil
}

// rethrow re-raises an error from a nested goja call in the calling
// JavaScript: exceptions keep their value, interrupts keep unwinding.
func rethrow(r *Runtime, err error) {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		panic(ex)
	}
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		r.VM.Interrupt(intr.Value())
		return
	}
	panic(r.VM.NewGoError(err))
}
