// Package util implements Node's `util` module and the internal modules it
// is built from (internal/util/inspect, internal/util/types,
// internal/util/comparisons, internal/util/stack, internal/util/debuglog,
// internal/process/warning, internal/validators).
package util

import (
	_ "embed"

	"handshake/runtime"
)

var (
	//go:embed util.js
	utilSource string
	//go:embed inspect.js
	inspectSource string
	//go:embed types.js
	typesSource string
	//go:embed comparisons.js
	comparisonsSource string
	//go:embed stack.js
	stackSource string
	//go:embed warning.js
	warningSource string
	//go:embed internal_util.js
	internalUtilSource string
	//go:embed parse_args.js
	parseArgsSource string
	//go:embed mime.js
	mimeSource string
	//go:embed validators.js
	validatorsSource string
)

// Modules are the core modules this package provides.
var Modules = []runtime.Module{
	{Name: "util", Source: utilSource},
	{Name: "internal/util/inspect", Source: inspectSource, Binding: binding},
	{Name: "internal/util/types", Source: typesSource},
	{Name: "internal/util/comparisons", Source: comparisonsSource},
	{Name: "internal/util/stack", Source: stackSource},
	{Name: "internal/process/warning", Source: warningSource},
	{Name: "internal/util", Source: internalUtilSource},
	{Name: "internal/util/parse_args", Source: parseArgsSource},
	{Name: "internal/mime", Source: mimeSource},
	{Name: "internal/validators", Source: validatorsSource},
	{Name: "util/types", Source: "module.exports = require('internal/util/types');\n"},
}
