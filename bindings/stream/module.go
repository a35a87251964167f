// Package stream implements Node's `stream` and `stream/promises` modules
// and the internal/streams/* modules they are built from. The streams are
// JavaScript (one file per Node lib/internal/streams file), because their
// event order is defined by nextTick deferrals that are easiest to follow
// in JavaScript.
package stream

import (
	_ "embed"

	"handshake/runtime"
)

var (
	//go:embed stream.js
	streamSource string
	//go:embed promises.js
	promisesSource string
	//go:embed legacy.js
	legacySource string
	//go:embed errors.js
	errorsSource string
	//go:embed bufferutil.js
	bufferSource string
	//go:embed state.js
	stateSource string
	//go:embed utils.js
	utilsSource string
	//go:embed destroy.js
	destroySource string
	//go:embed eos.js
	eosSource string
	//go:embed add_abort_signal.js
	abortSignalSource string
	//go:embed readable.js
	readableSource string
	//go:embed writable.js
	writableSource string
	//go:embed duplex.js
	duplexSource string
	//go:embed transform.js
	transformSource string
	//go:embed passthrough.js
	passthroughSource string
	//go:embed from.js
	fromSource string
	//go:embed pipeline.js
	pipelineSource string
	//go:embed operators.js
	operatorsSource string
	//go:embed duplexpair.js
	duplexpairSource string
	//go:embed duplexify.js
	duplexifySource string
	//go:embed compose.js
	composeSource string
	//go:embed consumers.js
	consumersSource string
)

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "stream", Source: streamSource},
	{Name: "stream/promises", Source: promisesSource},
	{Name: "stream/consumers", Source: consumersSource},
	{Name: "internal/streams/legacy", Source: legacySource},
	{Name: "internal/streams/errors", Source: errorsSource},
	{Name: "internal/streams/buffer", Source: bufferSource},
	{Name: "internal/streams/state", Source: stateSource},
	{Name: "internal/streams/utils", Source: utilsSource},
	{Name: "internal/streams/destroy", Source: destroySource},
	{Name: "internal/streams/end-of-stream", Source: eosSource},
	{Name: "internal/streams/add-abort-signal", Source: abortSignalSource},
	{Name: "internal/streams/readable", Source: readableSource},
	{Name: "internal/streams/writable", Source: writableSource},
	{Name: "internal/streams/duplex", Source: duplexSource},
	{Name: "internal/streams/transform", Source: transformSource},
	{Name: "internal/streams/passthrough", Source: passthroughSource},
	{Name: "internal/streams/from", Source: fromSource},
	{Name: "internal/streams/pipeline", Source: pipelineSource},
	{Name: "internal/streams/operators", Source: operatorsSource},
	{Name: "internal/streams/duplexpair", Source: duplexpairSource},
	{Name: "internal/streams/duplexify", Source: duplexifySource},
	{Name: "internal/streams/compose", Source: composeSource},
	{Name: "_stream_readable", Source: "module.exports = require('internal/streams/readable');"},
	{Name: "_stream_writable", Source: "module.exports = require('internal/streams/writable');"},
	{Name: "_stream_duplex", Source: "module.exports = require('internal/streams/duplex');"},
	{Name: "_stream_transform", Source: "module.exports = require('internal/streams/transform');"},
	{Name: "_stream_passthrough", Source: "module.exports = require('internal/streams/passthrough');"},
}
