// Names and lengths of the performance, EventTarget, Event, AbortSignal
// and perf_hooks functions, as Node defines them.
const fns = (obj, names) => names.map((n) => `${n}:${obj[n] && obj[n].name}:${obj[n] && obj[n].length}`).join(' ');
console.log(fns(performance, ['now', 'mark', 'measure', 'getEntries', 'getEntriesByName', 'getEntriesByType', 'clearMarks', 'clearMeasures', 'toJSON', 'timerify', 'eventLoopUtilization']));
console.log(fns(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']));
console.log(fns(Event.prototype, ['preventDefault', 'stopPropagation', 'stopImmediatePropagation', 'composedPath', 'initEvent']));
console.log(fns(AbortSignal, ['abort', 'timeout', 'any']), fns(AbortSignal.prototype, ['throwIfAborted']), fns(AbortController.prototype, ['abort']));
console.log(Event.length, CustomEvent.length, EventTarget.length, AbortController.length, AbortSignal.length);
const ph = require('perf_hooks');
console.log(fns(ph, ['createHistogram', 'monitorEventLoopDelay']), ph.PerformanceObserver.length, ph.PerformanceMark.length);
