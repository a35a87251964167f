// Package crypto implements Node's `crypto` module (hashes, HMAC, random
// values, PBKDF2, scrypt, timingSafeEqual) and the Web Crypto subset behind
// the global `crypto`. Hashing and key derivation run in Go; the classes
// and argument checking are JavaScript (crypto.js, webcrypto.js).
package crypto

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/rsa"
	"crypto/subtle"
	"crypto/x509"
	_ "embed"
	"encoding"
	"fmt"
	"hash"
	"math/big"
	"strconv"

	"github.com/dop251/goja"

	"handshake/bindings/buffer"
	"handshake/runtime"
)

//go:embed crypto.js
var source string

//go:embed webcrypto.js
var webcryptoSource string

//go:embed keys.js
var keysSource string

//go:embed constants.js
var constantsSource string

//go:embed util.js
var utilSource string

//go:embed lazy_transform.js
var lazyTransformSource string

//go:embed hash.js
var hashSource string

//go:embed random.js
var randomSource string

//go:embed kdf.js
var kdfSource string

//go:embed cipher.js
var cipherSource string

//go:embed diffiehellman.js
var diffieHellmanSource string

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "crypto", Source: source, Binding: binding},
	{Name: "internal/crypto/keys", Source: keysSource},
	{Name: "internal/crypto/constants", Source: constantsSource},
	{Name: "internal/crypto/util", Source: utilSource},
	{Name: "internal/crypto/lazy_transform", Source: lazyTransformSource},
	{Name: "internal/crypto/hash", Source: hashSource},
	{Name: "internal/crypto/random", Source: randomSource},
	{Name: "internal/crypto/kdf", Source: kdfSource},
	{Name: "internal/crypto/cipher", Source: cipherSource},
	{Name: "internal/crypto/diffiehellman", Source: diffieHellmanSource},
	{Name: "internal/crypto/webcrypto", Source: webcryptoSource, Globals: []runtime.Global{
		{Name: "crypto", Property: "crypto", Enumerable: true},
		{Name: "Crypto", Property: "Crypto"},
		{Name: "CryptoKey", Property: "CryptoKey"},
		{Name: "SubtleCrypto", Property: "SubtleCrypto"},
	}},
}

// Ciphers is what crypto.getCiphers() returns: Node v20's list by default
// (names handshake cannot run throw "Unknown cipher" when used). The TLS
// layer may replace it.
var Ciphers = nodeCiphers

// hashHandle is the Go state behind a Hash or Hmac object.
type hashHandle struct {
	h    hash.Hash
	alg  string
	size int // outputLength for XOFs, -1 otherwise
}

func str(v goja.Value) goja.String {
	if s, ok := v.(goja.String); ok {
		return s
	}
	return v.ToString().(goja.String)
}

// dataOf returns the bytes of a string (in encoding enc) or buffer value.
func dataOf(v goja.Value, enc goja.Value) []byte {
	if s, ok := v.(goja.String); ok {
		e := buffer.UTF8
		if enc != nil && !goja.IsUndefined(enc) {
			e = buffer.Encoding(enc.ToInteger())
		}
		return buffer.Encode(s, e)
	}
	return buffer.BytesOf(v)
}

func newHash(alg string, size int) (hash.Hash, error) {
	if s := newShake(alg, size); s != nil {
		return s, nil
	}
	f := newDigest(alg)
	if f == nil {
		return nil, nil
	}
	h := f()
	if size >= 0 && size != h.Size() {
		return nil, fmt.Errorf("invalid length")
	}
	return h, nil
}

// binding fills internalBinding('crypto').
func binding(r *runtime.Runtime, o *goja.Object) {
	vm := r.VM
	set := func(name string, fn func(c goja.FunctionCall) goja.Value) { _ = o.Set(name, buffer.Guard(vm, fn)) }
	ab := func(b []byte) goja.Value { return vm.ToValue(vm.NewArrayBuffer(b)) }
	handle := func(v goja.Value) *hashHandle {
		h, ok := v.Export().(*hashHandle)
		if !ok {
			panic(vm.NewTypeError("invalid hash handle"))
		}
		return h
	}
	xofError := func() {
		err := r.NewError("Error", "", "error:030000B2:digital envelope routines::not XOF or invalid length")
		_ = err.Set("library", "digital envelope routines")
		_ = err.Set("reason", "not XOF or invalid length")
		_ = err.Set("code", "ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH")
		panic(err)
	}

	// hashNew(algorithm, outputLength) → handle, or null if unsupported.
	set("hashNew", func(c goja.FunctionCall) goja.Value {
		alg := c.Argument(0).String()
		size := -1
		if v := c.Argument(1); !goja.IsUndefined(v) {
			size = int(v.ToInteger())
		}
		h, err := newHash(alg, size)
		if err != nil {
			xofError()
		}
		if h == nil {
			return goja.Null()
		}
		return vm.ToValue(&hashHandle{h: h, alg: alg, size: size})
	})
	// hmacNew(algorithm, key) → handle, or null if unsupported.
	set("hmacNew", func(c goja.FunctionCall) goja.Value {
		alg := c.Argument(0).String()
		f := newDigest(alg)
		if f == nil {
			return goja.Null()
		}
		key := append([]byte(nil), buffer.BytesOf(c.Argument(1))...)
		return vm.ToValue(&hashHandle{h: hmac.New(f, key), alg: alg, size: -1})
	})
	// update(handle, data, encoding)
	set("update", func(c goja.FunctionCall) goja.Value {
		h := handle(c.Argument(0))
		_, _ = h.h.Write(dataOf(c.Argument(1), c.Argument(2)))
		return goja.Undefined()
	})
	// digest(handle) → ArrayBuffer
	set("digest", func(c goja.FunctionCall) goja.Value {
		return ab(handle(c.Argument(0)).h.Sum(nil))
	})
	// copy(handle, outputLength) → handle
	set("copy", func(c goja.FunctionCall) goja.Value {
		src := handle(c.Argument(0))
		size := -1 // as Node: a copy has the default length unless given
		if v := c.Argument(1); !goja.IsUndefined(v) {
			size = int(v.ToInteger())
		}
		h, err := newHash(src.alg, size)
		if err != nil {
			xofError()
		}
		m, ok1 := src.h.(encoding.BinaryMarshaler)
		u, ok2 := h.(encoding.BinaryUnmarshaler)
		if !ok1 || !ok2 {
			panic(vm.NewTypeError("this digest cannot be copied"))
		}
		state, err := m.MarshalBinary()
		if err == nil {
			err = u.UnmarshalBinary(state)
		}
		if err != nil {
			panic(vm.NewGoError(err))
		}
		return vm.ToValue(&hashHandle{h: h, alg: src.alg, size: size})
	})
	// hashOnce(algorithm, data, outputLength) → ArrayBuffer, or null.
	set("hashOnce", func(c goja.FunctionCall) goja.Value {
		size := -1
		if v := c.Argument(2); !goja.IsUndefined(v) {
			size = int(v.ToInteger())
		}
		h, err := newHash(c.Argument(0).String(), size)
		if err != nil {
			xofError()
		}
		if h == nil {
			return goja.Null()
		}
		_, _ = h.Write(dataOf(c.Argument(1), nil))
		return ab(h.Sum(nil))
	})
	set("getHashes", func(goja.FunctionCall) goja.Value {
		out := make([]any, len(hashNames))
		for i, n := range hashNames {
			out[i] = n
		}
		return vm.NewArray(out...)
	})
	set("getCiphers", func(goja.FunctionCall) goja.Value {
		names := Ciphers
		out := make([]any, len(names))
		for i, n := range names {
			out[i] = n
		}
		return vm.NewArray(out...)
	})
	cipherOf := func(v goja.Value) *cipherState {
		s, ok := v.Export().(*cipherState)
		if !ok {
			panic(vm.NewTypeError("invalid cipher handle"))
		}
		return s
	}
	result := func(b []byte, code string) goja.Value {
		if code != "" {
			return vm.ToValue(code)
		}
		return ab(b)
	}
	// cipherNew(name, key, iv|null, encrypt, authTagLength) → handle or
	// an error code string.
	set("cipherNew", func(c goja.FunctionCall) goja.Value {
		hasIV := !goja.IsNull(c.Argument(2)) && !goja.IsUndefined(c.Argument(2))
		var iv []byte
		if hasIV {
			iv = buffer.BytesOf(c.Argument(2))
		}
		key := buffer.BytesOf(c.Argument(1))
		s, code := newCipherState(c.Argument(0).String(), key, iv, hasIV, c.Argument(3).ToBoolean(), int(c.Argument(4).ToInteger()))
		if code != "" {
			return vm.ToValue(code)
		}
		return vm.ToValue(s)
	})
	set("cipherUpdate", func(c goja.FunctionCall) goja.Value {
		return result(cipherOf(c.Argument(0)).update(dataOf(c.Argument(1), c.Argument(2))))
	})
	set("cipherFinal", func(c goja.FunctionCall) goja.Value {
		return result(cipherOf(c.Argument(0)).final())
	})
	set("cipherSetAutoPadding", func(c goja.FunctionCall) goja.Value {
		s := cipherOf(c.Argument(0))
		if s.done {
			return vm.ToValue(false)
		}
		s.pad = c.Argument(1).ToBoolean()
		return vm.ToValue(true)
	})
	set("cipherSetAAD", func(c goja.FunctionCall) goja.Value {
		s := cipherOf(c.Argument(0))
		if (s.spec.mode != "gcm" && s.spec.mode != "chacha20-poly1305") || s.done || len(s.text) > 0 {
			return vm.ToValue(false)
		}
		s.aad = append(s.aad, buffer.BytesOf(c.Argument(1))...)
		return vm.ToValue(true)
	})
	set("cipherGetAuthTag", func(c goja.FunctionCall) goja.Value {
		s := cipherOf(c.Argument(0))
		if !s.encrypt || !s.done || s.tag == nil {
			return goja.Null()
		}
		return ab(append([]byte(nil), s.tag...))
	})
	set("cipherSetAuthTag", func(c goja.FunctionCall) goja.Value {
		s := cipherOf(c.Argument(0))
		if s.encrypt || s.done || (s.spec.mode != "gcm" && s.spec.mode != "chacha20-poly1305") || s.tag != nil {
			return vm.ToValue(false)
		}
		s.tag = append([]byte(nil), buffer.BytesOf(c.Argument(1))...)
		return vm.ToValue(true)
	})
	// cipherInfo(name) → [name, mode, keyLength, ivLength, blockSize] or null.
	set("cipherInfo", func(c goja.FunctionCall) goja.Value {
		spec, ok := lookupCipher(c.Argument(0).String())
		if !ok {
			return goja.Null()
		}
		bs := 16
		if spec.des {
			bs = 8
		}
		mode := spec.mode
		if mode != "cbc" && mode != "ecb" {
			bs = 1
		}
		if mode == "chacha20" || mode == "chacha20-poly1305" {
			mode, bs = "stream", 0
		}
		return vm.NewArray(spec.name, mode, spec.keyLen, spec.ivLen, bs)
	})
	set("isSupportedDigest", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(newDigest(c.Argument(0).String()) != nil)
	})
	// randomFill(buf, offset, size) fills bytes synchronously.
	set("randomFill", func(c goja.FunctionCall) goja.Value {
		b := buffer.BytesOf(c.Argument(0))
		off, n := int(c.Argument(1).ToInteger()), int(c.Argument(2).ToInteger())
		if off < 0 || n < 0 || off+n > len(b) {
			panic(vm.NewTypeError("randomFill: out of bounds"))
		}
		_, _ = rand.Read(b[off : off+n])
		return goja.Undefined()
	})
	set("randomUUID", func(goja.FunctionCall) goja.Value {
		var u [16]byte
		_, _ = rand.Read(u[:])
		u[6] = u[6]&0x0f | 0x40
		u[8] = u[8]&0x3f | 0x80
		h := buffer.HexEncode(u[:])
		return vm.ToValue(h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:])
	})
	// checkPrime(bigEndianBytes) → bool
	set("checkPrime", func(c goja.FunctionCall) goja.Value {
		n := new(big.Int).SetBytes(buffer.BytesOf(c.Argument(0)))
		return vm.ToValue(n.ProbablyPrime(20))
	})
	// generatePrime(bits, safe) → ArrayBuffer (big-endian)
	set("generatePrime", func(c goja.FunctionCall) goja.Value {
		bits := int(c.Argument(0).ToInteger())
		safe := c.Argument(1).ToBoolean()
		for {
			p, err := rand.Prime(rand.Reader, bits)
			if err != nil {
				panic(vm.NewGoError(err))
			}
			if !safe || new(big.Int).Rsh(p, 1).ProbablyPrime(20) {
				return ab(p.Bytes())
			}
		}
	})
	set("timingSafeEqual", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(subtle.ConstantTimeCompare(buffer.BytesOf(c.Argument(0)), buffer.BytesOf(c.Argument(1))) == 1)
	})

	// Key derivation. The sync forms return an ArrayBuffer; the async forms
	// take a callback (err, ArrayBuffer) run on the loop when done.
	type kdf func() ([]byte, error)
	pbkdf2Args := func(c goja.FunctionCall) kdf {
		pass := string(buffer.BytesOf(c.Argument(0)))
		salt := append([]byte(nil), buffer.BytesOf(c.Argument(1))...)
		iter, keylen := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger())
		f := newDigest(c.Argument(4).String())
		return func() ([]byte, error) {
			if keylen == 0 {
				return []byte{}, nil
			}
			return pbkdf2.Key(f, pass, salt, iter, keylen)
		}
	}
	scryptArgs := func(c goja.FunctionCall) kdf {
		pass := append([]byte(nil), buffer.BytesOf(c.Argument(0))...)
		salt := append([]byte(nil), buffer.BytesOf(c.Argument(1))...)
		n, rr, p := int(c.Argument(2).ToInteger()), int(c.Argument(3).ToInteger()), int(c.Argument(4).ToInteger())
		keylen := int(c.Argument(5).ToInteger())
		return func() ([]byte, error) { return Scrypt(pass, salt, n, rr, p, keylen) }
	}
	sync := func(mk func(goja.FunctionCall) kdf) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			out, err := mk(c)()
			if err != nil {
				panic(vm.NewGoError(err))
			}
			return ab(out)
		}
	}
	async := func(mk func(goja.FunctionCall) kdf, argc int) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			job := mk(c)
			cb := c.Argument(argc)
			done := r.Loop.Reserve()
			go func() {
				out, err := job()
				done(func() {
					if err != nil {
						r.Call(cb, goja.Undefined(), r.NewError("Error", "", err.Error()))
						return
					}
					r.Call(cb, goja.Undefined(), goja.Null(), ab(out))
				})
			}()
			return goja.Undefined()
		}
	}
	hkdfArgs := func(c goja.FunctionCall) kdf {
		f := newDigest(c.Argument(0).String())
		ikm := append([]byte(nil), buffer.BytesOf(c.Argument(1))...)
		salt := append([]byte(nil), buffer.BytesOf(c.Argument(2))...)
		info := string(buffer.BytesOf(c.Argument(3)))
		keylen := int(c.Argument(4).ToInteger())
		return func() ([]byte, error) {
			if keylen == 0 {
				return []byte{}, nil
			}
			return hkdf.Key(f, ikm, salt, info, keylen)
		}
	}
	set("hkdfSync", sync(hkdfArgs))
	set("hkdf", async(hkdfArgs, 5))
	// digestSize(name) → output size in bytes, or -1 if unsupported.
	set("digestSize", func(c goja.FunctionCall) goja.Value {
		f := newDigest(c.Argument(0).String())
		if f == nil {
			return vm.ToValue(-1)
		}
		return vm.ToValue(f().Size())
	})
	keyOf := func(v goja.Value) *keyHandle {
		h, ok := v.Export().(*keyHandle)
		if !ok {
			panic(vm.NewTypeError("invalid key handle"))
		}
		return h
	}
	// keyParse(data, format, type, wantPublic, passphrase?) → handle or
	// error string.
	set("keyParse", func(c goja.FunctionCall) goja.Value {
		pass := c.Argument(4)
		hasPass := !goja.IsUndefined(pass) && !goja.IsNull(pass)
		var pw []byte
		if hasPass {
			pw = append([]byte(nil), buffer.BytesOf(pass)...)
		}
		h, err := parseKey(buffer.BytesOf(c.Argument(0)), c.Argument(1).String(), c.Argument(2).String(), c.Argument(3).ToBoolean(), pw, hasPass)
		if err != nil {
			return vm.ToValue(err.Error())
		}
		return vm.ToValue(h)
	})
	// keyFromJWK(members, private) → handle or error string.
	set("keyFromJWK", func(c goja.FunctionCall) goja.Value {
		obj := c.Argument(0).ToObject(vm)
		m := map[string]string{}
		for _, k := range obj.Keys() {
			if v := obj.Get(k); v != nil {
				if s, ok := v.(goja.String); ok {
					m[k] = s.String()
				}
			}
		}
		h, err := keyFromJWK(m, c.Argument(1).ToBoolean())
		if err != nil {
			return vm.ToValue(err.Error())
		}
		return vm.ToValue(h)
	})
	set("keyPublic", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(&keyHandle{pub: keyOf(c.Argument(0)).pub})
	})
	// keyInfo(handle) → [asymmetricKeyType, modulusLength, publicExponent, namedCurve]
	set("keyInfo", func(c goja.FunctionCall) goja.Value {
		h := keyOf(c.Argument(0))
		switch k := h.pub.(type) {
		case *rsa.PublicKey:
			return vm.NewArray("rsa", k.N.BitLen(), strconv.Itoa(k.E), nil)
		case *ecdsa.PublicKey:
			return vm.NewArray("ec", nil, nil, curveName(k.Curve))
		}
		return vm.NewArray(keyType(h.pub), nil, nil, nil)
	})
	// keyExport(handle, private, format, type, cipher?, passphrase?) → PEM
	// string, DER ArrayBuffer, or null when the options do not fit the key.
	set("keyExport", func(c goja.FunctionCall) goja.Value {
		format := c.Argument(2).String()
		cipherName := ""
		var pw []byte
		if v := c.Argument(4); !goja.IsUndefined(v) && !goja.IsNull(v) {
			cipherName = v.String()
			pw = buffer.BytesOf(c.Argument(5))
		}
		out, err := exportKey(keyOf(c.Argument(0)), c.Argument(1).ToBoolean(), format, c.Argument(3).String(), cipherName, pw)
		if err != nil {
			return goja.Null()
		}
		if format == "der" {
			return ab(out)
		}
		return vm.ToValue(string(out))
	})
	set("keyJwk", func(c goja.FunctionCall) goja.Value {
		kv, err := jwk(keyOf(c.Argument(0)), c.Argument(1).ToBoolean())
		if err != nil {
			return goja.Null()
		}
		obj := vm.NewObject()
		for i := 0; i+1 < len(kv); i += 2 {
			_ = obj.Set(kv[i], kv[i+1])
		}
		return obj
	})
	set("keyEquals", func(c goja.FunctionCall) goja.Value {
		a, b := keyOf(c.Argument(0)), keyOf(c.Argument(1))
		if (a.priv == nil) != (b.priv == nil) {
			return vm.ToValue(false)
		}
		if a.priv != nil {
			da, _ := x509.MarshalPKCS8PrivateKey(a.priv)
			db, _ := x509.MarshalPKCS8PrivateKey(b.priv)
			return vm.ToValue(da != nil && string(da) == string(db))
		}
		da, _ := x509.MarshalPKIXPublicKey(a.pub)
		db, _ := x509.MarshalPKIXPublicKey(b.pub)
		return vm.ToValue(da != nil && string(da) == string(db))
	})
	signOpts := func(c goja.FunctionCall, at int) signOptions {
		o := signOptions{saltLength: -2}
		if d := c.Argument(at); !goja.IsNull(d) && !goja.IsUndefined(d) {
			o.digest = d.String()
		}
		o.pss = c.Argument(at + 1).ToBoolean()
		if s := c.Argument(at + 2); !goja.IsUndefined(s) {
			o.saltLength = int(s.ToInteger())
			o.hasSaltOpts = true
		}
		o.ieeeP1363 = c.Argument(at + 3).ToBoolean()
		return o
	}
	// sign(handle, data, digest, pss, saltLength, p1363) → ArrayBuffer or error string.
	set("sign", func(c goja.FunctionCall) goja.Value {
		sig, err := signData(keyOf(c.Argument(0)), buffer.BytesOf(c.Argument(1)), signOpts(c, 2))
		if err != nil {
			return vm.ToValue(err.Error())
		}
		return ab(sig)
	})
	// verify(handle, data, signature, digest, pss, saltLength, p1363) → bool or error string.
	set("verify", func(c goja.FunctionCall) goja.Value {
		ok, err := verifyData(keyOf(c.Argument(0)), buffer.BytesOf(c.Argument(1)), buffer.BytesOf(c.Argument(2)), signOpts(c, 3))
		if err != nil {
			return vm.ToValue(err.Error())
		}
		return vm.ToValue(ok)
	})
	dhOf := func(v goja.Value) *dhState {
		s, ok := v.Export().(*dhState)
		if !ok {
			panic(vm.NewTypeError("invalid DiffieHellman handle"))
		}
		return s
	}
	bigBytes := func(n *big.Int) goja.Value {
		if n == nil {
			return goja.Null()
		}
		return ab(n.Bytes())
	}
	// dhGroup(name) → handle or null.
	set("dhGroup", func(c goja.FunctionCall) goja.Value {
		hexP, ok := dhGroups[c.Argument(0).String()]
		if !ok {
			return goja.Null()
		}
		p, _ := new(big.Int).SetString(hexP, 16)
		return vm.ToValue(&dhState{p: p, g: big.NewInt(2), group: true})
	})
	// dhNew(prime bytes | bit length, generator bytes) → handle or a reason.
	set("dhNew", func(c goja.FunctionCall) goja.Value {
		var p *big.Int
		if n, ok := c.Argument(0).Export().(int64); ok {
			if n < 2 {
				return vm.ToValue("modulus too small")
			}
			sp, err := dhSafePrime(int(n))
			if err != nil {
				return vm.ToValue(err.Error())
			}
			p = sp
		} else {
			p = new(big.Int).SetBytes(buffer.BytesOf(c.Argument(0)))
		}
		g := new(big.Int).SetBytes(buffer.BytesOf(c.Argument(1)))
		if g.Cmp(big.NewInt(2)) < 0 || g.Cmp(new(big.Int).Sub(p, big.NewInt(1))) >= 0 {
			return vm.ToValue("bad generator")
		}
		return vm.ToValue(&dhState{p: p, g: g})
	})
	set("dhVerify", func(c goja.FunctionCall) goja.Value {
		s := dhOf(c.Argument(0))
		if s.group {
			return vm.ToValue(0)
		}
		return vm.ToValue(dhVerify(s.p))
	})
	set("dhGenerate", func(c goja.FunctionCall) goja.Value {
		if reason := dhOf(c.Argument(0)).generate(); reason != "" {
			return vm.ToValue(reason)
		}
		return goja.Undefined()
	})
	// dhGet(handle, what) → ArrayBuffer or null: what is prime, generator,
	// public or private.
	set("dhGet", func(c goja.FunctionCall) goja.Value {
		s := dhOf(c.Argument(0))
		switch c.Argument(1).String() {
		case "prime":
			return bigBytes(s.p)
		case "generator":
			return bigBytes(s.g)
		case "public":
			return bigBytes(s.pub)
		}
		return bigBytes(s.priv)
	})
	set("dhSet", func(c goja.FunctionCall) goja.Value {
		s := dhOf(c.Argument(0))
		n := new(big.Int).SetBytes(buffer.BytesOf(c.Argument(2)))
		if c.Argument(1).String() == "public" {
			s.pub = n
		} else {
			s.priv = n
		}
		return goja.Undefined()
	})
	set("dhCompute", func(c goja.FunctionCall) goja.Value {
		out, reason := dhOf(c.Argument(0)).compute(buffer.BytesOf(c.Argument(1)))
		if reason != "" {
			return vm.ToValue(reason)
		}
		return ab(out)
	})
	ecdhOf := func(v goja.Value) *ecdhState {
		s, ok := v.Export().(*ecdhState)
		if !ok {
			panic(vm.NewTypeError("invalid ECDH handle"))
		}
		return s
	}
	set("ecdhNew", func(c goja.FunctionCall) goja.Value {
		s := newECDH(c.Argument(0).String())
		if s == nil {
			return goja.Null()
		}
		return vm.ToValue(s)
	})
	set("ecdhGenerate", func(c goja.FunctionCall) goja.Value {
		if err := ecdhOf(c.Argument(0)).generate(); err != nil {
			panic(vm.NewGoError(err))
		}
		return goja.Undefined()
	})
	// ecdhPublic(handle, format) → ArrayBuffer or null before a key exists.
	set("ecdhPublic", func(c goja.FunctionCall) goja.Value {
		s := ecdhOf(c.Argument(0))
		if s.priv == nil {
			return goja.Null()
		}
		return ab(formatPoint(s.ec, s.priv.PublicKey().Bytes(), c.Argument(1).String()))
	})
	set("ecdhPrivate", func(c goja.FunctionCall) goja.Value {
		s := ecdhOf(c.Argument(0))
		if s.priv == nil {
			return goja.Null()
		}
		// OpenSSL's BN_bn2bin: no leading zero bytes.
		b := s.priv.Bytes()
		for len(b) > 1 && b[0] == 0 {
			b = b[1:]
		}
		return ab(append([]byte(nil), b...))
	})
	set("ecdhSetPrivate", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(ecdhOf(c.Argument(0)).setPrivate(buffer.BytesOf(c.Argument(1))))
	})
	// ecdhCompute(handle, peerPublic) → ArrayBuffer or null if invalid.
	set("ecdhCompute", func(c goja.FunctionCall) goja.Value {
		s := ecdhOf(c.Argument(0))
		pt := parsePoint(s.ec, buffer.BytesOf(c.Argument(1)))
		if pt == nil || s.priv == nil {
			return goja.Null()
		}
		peer, err := s.curve.NewPublicKey(pt)
		if err != nil {
			return goja.Null()
		}
		secret, err := s.priv.ECDH(peer)
		if err != nil {
			return goja.Null()
		}
		return ab(secret)
	})
	// ecdhConvert(curve, key, format) → ArrayBuffer, or null/undefined for
	// an unknown curve / invalid point.
	set("ecdhConvert", func(c goja.FunctionCall) goja.Value {
		s := newECDH(c.Argument(0).String())
		if s == nil {
			return goja.Undefined()
		}
		pt := parsePoint(s.ec, buffer.BytesOf(c.Argument(1)))
		if pt == nil {
			return goja.Null()
		}
		return ab(formatPoint(s.ec, pt, c.Argument(2).String()))
	})
	// spkac(data) → [challenge ArrayBuffer, public key PEM ArrayBuffer,
	// verified] or null for data that is not an SPKAC.
	set("spkac", func(c goja.FunctionCall) goja.Value {
		info := parseSPKAC(buffer.BytesOf(c.Argument(0)))
		if info == nil {
			return goja.Null()
		}
		return vm.NewArray(ab([]byte(info.challenge)), ab(info.publicPEM), info.verified)
	})
	// aesKW(kek, data, unwrap) → ArrayBuffer or null (RFC 3394).
	set("aesKW", func(c goja.FunctionCall) goja.Value {
		kek, data := buffer.BytesOf(c.Argument(0)), buffer.BytesOf(c.Argument(1))
		var out []byte
		if c.Argument(2).ToBoolean() {
			out = aesKeyUnwrap(kek, data)
		} else {
			out = aesKeyWrap(kek, data)
		}
		if out == nil {
			return goja.Null()
		}
		return ab(out)
	})
	// keyAgree(privateHandle, publicHandle) → shared secret or a reason.
	set("keyAgree", func(c goja.FunctionCall) goja.Value {
		priv, pub := keyOf(c.Argument(0)), keyOf(c.Argument(1))
		if xk, ok := priv.priv.(*ecdh.PrivateKey); ok {
			xp, ok := pub.pub.(*ecdh.PublicKey)
			if !ok || xp.Curve() != xk.Curve() {
				return vm.ToValue("mismatching domain parameters")
			}
			secret, err := xk.ECDH(xp)
			if err != nil {
				return vm.ToValue("mismatching domain parameters")
			}
			return ab(secret)
		}
		sk, ok1 := priv.priv.(*ecdsa.PrivateKey)
		pk, ok2 := pub.pub.(*ecdsa.PublicKey)
		if !ok1 || !ok2 {
			return vm.ToValue("operation not supported for this keytype")
		}
		if sk.Curve != pk.Curve {
			return vm.ToValue("mismatching domain parameters")
		}
		e1, err1 := sk.ECDH()
		e2, err2 := pk.ECDH()
		if err1 != nil || err2 != nil {
			return vm.ToValue("operation not supported for this keytype")
		}
		secret, err := e1.ECDH(e2)
		if err != nil {
			return vm.ToValue("mismatching domain parameters")
		}
		return ab(secret)
	})
	// rsaCrypt(op, handle, data, padding, oaepHash, label) → ArrayBuffer or
	// an OpenSSL reason string.
	set("rsaCrypt", func(c goja.FunctionCall) goja.Value {
		var label []byte
		if l := c.Argument(5); !goja.IsUndefined(l) && !goja.IsNull(l) {
			label = buffer.BytesOf(l)
		}
		out, reason := rsaCrypt(c.Argument(0).String(), keyOf(c.Argument(1)), buffer.BytesOf(c.Argument(2)),
			int(c.Argument(3).ToInteger()), c.Argument(4).String(), label)
		if reason != "" {
			return vm.ToValue(reason)
		}
		return ab(out)
	})
	// generateKeyPair(type, modulusLength, publicExponent, namedCurve) →
	// private handle or error string.
	set("generateKeyPair", func(c goja.FunctionCall) goja.Value {
		h, err := generateKey(c.Argument(0).String(), int(c.Argument(1).ToInteger()), int(c.Argument(2).ToInteger()), c.Argument(3).String())
		if err != nil {
			return vm.ToValue(err.Error())
		}
		return vm.ToValue(h)
	})
	set("pbkdf2Sync", sync(pbkdf2Args))
	set("pbkdf2", async(pbkdf2Args, 5))
	set("scryptSync", sync(scryptArgs))
	set("scrypt", async(scryptArgs, 6))
	// randomBytes(size, cb): cb(null, ArrayBuffer) on a later loop turn.
	// Random bytes are cheap, so they are made here and the callbacks run
	// in call order.
	set("randomBytes", func(c goja.FunctionCall) goja.Value {
		n := int(c.Argument(0).ToInteger())
		cb := c.Argument(1)
		b := make([]byte, n)
		_, _ = rand.Read(b)
		done := r.Loop.Reserve()
		done(func() { r.Call(cb, goja.Undefined(), goja.Null(), ab(b)) })
		return goja.Undefined()
	})
}
