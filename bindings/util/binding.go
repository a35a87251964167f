package util

import (
	"os"
	"reflect"
	"strings"
	"sync"
	"unsafe"
	"weak"

	"github.com/dop251/goja"

	"handshake/runtime"
)

// binding fills internalBinding('util'): the engine-level facts Node's
// util gets from V8 and that JavaScript cannot observe on goja (an object's
// internal kind, promise state, proxy target, iterator contents).
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	set := func(name string, fn func(goja.FunctionCall) goja.Value) { _ = o.Set(name, fn) }

	// kindOf(v) names the engine object type behind v ("mapObject",
	// "errorObject", "Promise", "proxyObject", …); "" for primitives.
	set("kindOf", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(kindOf(c.Argument(0)))
	})
	// promiseState(p) returns [state, result]: 0 pending, 1 fulfilled, 2 rejected.
	set("promiseState", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		p, ok := obj.Export().(*goja.Promise)
		if !ok {
			return goja.Undefined()
		}
		state := 0
		switch p.State() {
		case goja.PromiseStateFulfilled:
			state = 1
		case goja.PromiseStateRejected:
			state = 2
		}
		res := p.Result()
		if res == nil {
			res = goja.Undefined()
		}
		return vm.NewArray(state, res)
	})
	// proxyDetails(v) returns undefined for non-proxies, else
	// [target, handler] (null members once revoked).
	set("proxyDetails", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok || kindOf(obj) != "proxyObject" {
			return goja.Undefined()
		}
		p, ok := obj.Export().(goja.Proxy)
		if !ok {
			return goja.Undefined()
		}
		var target, handler goja.Value = goja.Null(), goja.Null()
		if t := p.Target(); t != nil {
			target = t
		}
		if h := p.Handler(); h != nil {
			handler = h
		}
		return vm.NewArray(target, handler)
	})
	// previewEntries(iterator) returns [items, isKeyValue] for a Map or Set
	// iterator without advancing it; undefined for anything else.
	set("previewEntries", func(c goja.FunctionCall) goja.Value {
		items, kv, ok := previewEntries(vm, c.Argument(0))
		if !ok {
			return goja.Undefined()
		}
		return vm.NewArray(vm.NewArray(items...), kv)
	})
	set("isDetached", func(c goja.FunctionCall) goja.Value {
		if ab, ok := c.Argument(0).Export().(goja.ArrayBuffer); ok {
			return vm.ToValue(ab.Detached())
		}
		return vm.ToValue(false)
	})
	// isSloppyFunction(fn) reports a non-strict ordinary function: V8 gives
	// those own "arguments" and "caller" properties, goja does not.
	set("isSloppyFunction", func(c goja.FunctionCall) goja.Value {
		obj, ok := c.Argument(0).(*goja.Object)
		if !ok || kindOf(obj) != "funcObject" {
			return vm.ToValue(false)
		}
		st := selfOf(obj).Elem()
		f := st.FieldByName("strict")
		return vm.ToValue(f.IsValid() && f.Kind() == reflect.Bool && !f.Bool())
	})
	// plainData(obj) reports that every own property of an ordinary object
	// or dense array is a plain data property (writable, enumerable,
	// configurable, no accessor), so inspect can read values directly
	// instead of asking for each property's descriptor.
	set("plainData", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(plainData(c.Argument(0)))
	})
	// nodeDebug is NODE_DEBUG as the process started (Node reads it once at
	// startup, so later changes to process.env do not count).
	nodeDebug := os.Getenv("NODE_DEBUG")
	set("nodeDebug", func(goja.FunctionCall) goja.Value { return vm.ToValue(nodeDebug) })
	set("v8Stack", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(r.V8Stack(c.Argument(0).String()))
	})
}

// selfOf returns the engine's implementation value behind a goja Object
// (its unexported "self" field), for type inspection.
func selfOf(obj *goja.Object) reflect.Value {
	if selfIndex < 0 {
		return reflect.Value{}
	}
	f := reflect.ValueOf(obj).Elem().Field(selfIndex)
	if f.IsNil() {
		return reflect.Value{}
	}
	return f.Elem()
}

// selfIndex is the position of goja.Object's "self" field (-1 if a goja
// upgrade removed it: kinds then read as plain objects).
var selfIndex = func() int {
	if f, ok := reflect.TypeOf(goja.Object{}).FieldByName("self"); ok && len(f.Index) == 1 {
		return f.Index[0]
	}
	return -1
}()

func kindOf(v goja.Value) string {
	obj, ok := v.(*goja.Object)
	if !ok {
		return ""
	}
	s := selfOf(obj)
	if !s.IsValid() {
		return ""
	}
	name := s.Type().String()
	name = strings.TrimPrefix(name, "*")
	name = strings.TrimPrefix(name, "goja.")
	return name
}

// field reads an unexported struct field as an accessible value.
func field(v reflect.Value, name string) reflect.Value {
	f := v.FieldByName(name)
	if !f.IsValid() {
		return f
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}

// weakEntries lists a WeakMap's live [key, value] pairs (flattened) or a
// WeakSet's live members, as V8's PreviewEntries does for showHidden.
func weakEntries(obj *goja.Object, kind string) (items []any, ok bool) {
	defer func() {
		if recover() != nil {
			items, ok = nil, false
		}
	}()
	name := "m"
	if kind == "weakSetObject" {
		name = "s"
	}
	wm := field(selfOf(obj).Elem(), name)
	mu, isMutex := field(wm, "Mutex").Addr().Interface().(*sync.Mutex)
	if !isMutex {
		return nil, false
	}
	mu.Lock()
	defer mu.Unlock()
	it := field(wm, "m").MapRange()
	items = []any{}
	for it.Next() {
		p, isPtr := it.Key().Interface().(weak.Pointer[goja.Object])
		if !isPtr {
			return nil, false
		}
		key := p.Value()
		if key == nil {
			continue
		}
		items = append(items, key)
		if kind == "weakMapObject" {
			val, _ := it.Value().Interface().(goja.Value)
			if val == nil {
				val = goja.Undefined()
			}
			items = append(items, val)
		}
	}
	return items, true
}

func previewEntries(vm *goja.Runtime, v goja.Value) (items []any, keyValue bool, ok bool) {
	obj, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false, false
	}
	kind := kindOf(obj)
	if kind == "weakMapObject" || kind == "weakSetObject" {
		items, ok := weakEntries(obj, kind)
		return items, kind == "weakMapObject", ok
	}
	if kind != "mapIterObject" && kind != "setIterObject" {
		return nil, false, false
	}
	defer func() {
		if recover() != nil {
			items, keyValue, ok = nil, false, false
		}
	}()
	it := selfOf(obj).Elem() // the iterator struct
	iterKind := int(field(it, "kind").Int())
	iter := field(it, "iter")
	items = []any{}
	keyValue = iterKind == 2
	if iter.IsNil() {
		return items, keyValue, true
	}
	st := iter.Elem()
	m := field(st, "m")
	if m.IsNil() {
		return items, keyValue, true
	}
	// Find the next entry as orderedMapIter.next would.
	cur := field(st, "cur")
	for !cur.IsNil() && field(cur.Elem(), "key").IsNil() {
		cur = field(cur.Elem(), "iterPrev")
	}
	if !cur.IsNil() {
		cur = field(cur.Elem(), "iterNext")
	} else {
		cur = field(m.Elem(), "iterFirst")
	}
	for !cur.IsNil() {
		e := cur.Elem()
		k := field(e, "key")
		if !k.IsNil() {
			key := k.Interface().(goja.Value)
			val := key
			if vv := field(e, "value"); !vv.IsNil() {
				val = vv.Interface().(goja.Value)
			}
			switch {
			case kind == "setIterObject":
				items = append(items, key)
				if keyValue {
					items = append(items, key)
				}
			case iterKind == 0:
				items = append(items, key)
			case iterKind == 1:
				items = append(items, val)
			default:
				items = append(items, key, val)
			}
		}
		cur = field(e, "iterNext")
	}
	return items, keyValue, true
}

var valuePropertyType = "*goja.valueProperty"

func plainData(v goja.Value) (ok bool) {
	obj, isObj := v.(*goja.Object)
	if !isObj {
		return false
	}
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	switch kindOf(obj) {
	case "arrayObject":
		n := field(selfOf(obj).Elem(), "propValueCount")
		return n.IsValid() && n.Kind() == reflect.Int && n.Int() == 0
	case "baseObject":
		values := field(selfOf(obj).Elem(), "values")
		if !values.IsValid() || values.Kind() != reflect.Map {
			return false
		}
		it := values.MapRange()
		for it.Next() {
			e := it.Value()
			if e.IsNil() || e.Elem().Type().String() == valuePropertyType {
				return false
			}
		}
		return true
	}
	return false
}
