package runtime

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
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
		prg, err := compilePlain(filename, src)
		if err != nil {
			if v, ok := r.evalTransformed(src, filename); ok {
				return v
			}
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
// Plain CommonJS JavaScript goes straight to goja (esbuild is never invoked
// for it); source goja cannot parse (syntax it lacks, ESM syntax in a .js
// file, TypeScript) goes through esbuild (transform.go). It returns null
// when the source turns out to be an ES module: the loader then hands the
// file to the ESM loader, as Node's syntax detection does.
//
// format is "cjs" (a .cjs file, or "type": "commonjs": ES module syntax is
// a SyntaxError), "auto" (a .js or .ts file without "type": detected) or
// "esm"; loader is "js" or "ts".
func (r *Runtime) compileModule(src, filename, format, loader string) goja.Value {
	code := stripShebang(src)
	if (format == "cjs" || format == "auto") && loader == "js" {
		prg, err := compilePlain(filename, cjsWrapperHead+code+"\n})")
		if err == nil {
			r.RegisterSource(filename, src, len(cjsWrapperHead))
			return r.runWrapper(prg)
		}
		t, terr := transformModule(src, filename, loader, false)
		if terr != nil {
			// goja's message reads like V8's; esbuild's would not
			panic(r.compileError(filename, src, err))
		}
		if t.esm {
			if format == "auto" {
				return goja.Null()
			}
			panic(r.esmInCommonJSError(filename, src, err))
		}
		return r.compileTransformed(t, src, filename)
	}
	t, err := transformModule(src, filename, loader, format == "esm")
	if err != nil {
		panic(r.transformSyntaxError(filename, filename, src, err))
	}
	if t.esm {
		if format == "cjs" {
			panic(r.esmInCommonJSError(filename, src, nil))
		}
		return goja.Null()
	}
	return r.compileTransformed(t, src, filename)
}

// compileTransformed compiles esbuild's CommonJS output for a file.
func (r *Runtime) compileTransformed(t *transformed, src, filename string) goja.Value {
	prg, err := goja.Compile(filename, t.code(filename), false)
	if err != nil {
		panic(r.compileError(filename, src, err))
	}
	r.RegisterSource(filename, src, 0)
	return r.runWrapper(prg)
}

func (r *Runtime) runWrapper(prg *goja.Program) goja.Value {
	v, err := r.VM.RunProgram(prg)
	if err != nil {
		rethrow(r, err)
	}
	return v
}

// compilePlain compiles user JavaScript as written: a sourceMappingURL
// comment in it is ignored (Node applies source maps only with
// --enable-source-maps; goja would otherwise rename files and lines in
// stack traces, and read .map files from disk).
func compilePlain(name, src string) (*goja.Program, error) {
	ast, err := goja.Parse(name, src, parser.WithDisableSourceMaps)
	if err != nil {
		return nil, err
	}
	return goja.CompileAST(ast, false)
}

func stripShebang(src string) string {
	if len(src) > 1 && src[0] == '#' && src[1] == '!' {
		return "//" + src[2:]
	}
	return src
}

// Transform turns ESM and TypeScript (and syntax goja lacks) into a function
// expression goja can run; format is "cjs", "esm" or "auto", loader "js" or
// "ts". transform.go sets it.
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
