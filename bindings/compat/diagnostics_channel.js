// diagnostics_channel, after Node's lib/diagnostics_channel.js: named
// channels with subscribers; publish calls them in order. Libraries use it
// for optional tracing; nothing in handshake publishes to it.
'use strict';
const channels = new Map();

class Channel {
  constructor(name) {
    this.name = name;
    this._subscribers = [];
  }

  get hasSubscribers() {
    return this._subscribers.length > 0;
  }

  subscribe(fn) {
    if (typeof fn !== 'function') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('subscription', 'function', fn);
    }
    this._subscribers.push(fn);
  }

  unsubscribe(fn) {
    const i = this._subscribers.indexOf(fn);
    if (i === -1) return false;
    this._subscribers.splice(i, 1);
    return true;
  }

  publish(data) {
    for (const fn of this._subscribers.slice()) {
      try {
        fn(data, this.name);
      } catch (err) {
        process.nextTick(() => { throw err; });
      }
    }
  }

  bindStore() {}

  unbindStore() { return false; }

  runStores(data, fn, thisArg, ...args) {
    this.publish(data);
    return fn.apply(thisArg, args);
  }
}

function channel(name) {
  let ch = channels.get(name);
  if (!ch) {
    ch = new Channel(name);
    channels.set(name, ch);
  }
  return ch;
}

function tracingChannel(nameOrChannels) {
  const make = (event) => (typeof nameOrChannels === 'string' ? channel(`tracing:${nameOrChannels}:${event}`) : nameOrChannels[event]);
  const t = {
    start: make('start'),
    end: make('end'),
    asyncStart: make('asyncStart'),
    asyncEnd: make('asyncEnd'),
    error: make('error'),
    get hasSubscribers() {
      return t.start.hasSubscribers || t.end.hasSubscribers || t.asyncStart.hasSubscribers || t.asyncEnd.hasSubscribers || t.error.hasSubscribers;
    },
    subscribe(handlers) { for (const k of Object.keys(handlers)) t[k].subscribe(handlers[k]); },
    unsubscribe(handlers) { let ok = true; for (const k of Object.keys(handlers)) ok = t[k].unsubscribe(handlers[k]) && ok; return ok; },
    traceSync(fn, context = {}, thisArg, ...args) {
      t.start.publish(context);
      try {
        const result = fn.apply(thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        t.error.publish(context);
        throw err;
      } finally {
        t.end.publish(context);
      }
    },
    tracePromise(fn, context = {}, thisArg, ...args) {
      t.start.publish(context);
      try {
        return Promise.resolve(fn.apply(thisArg, args)).then((result) => {
          context.result = result;
          t.asyncStart.publish(context);
          t.asyncEnd.publish(context);
          return result;
        }, (err) => {
          context.error = err;
          t.error.publish(context);
          t.asyncStart.publish(context);
          t.asyncEnd.publish(context);
          throw err;
        });
      } finally {
        t.end.publish(context);
      }
    },
  };
  return t;
}

module.exports = {
  channel,
  hasSubscribers: (name) => channels.has(name) && channels.get(name).hasSubscribers,
  subscribe: (name, fn) => channel(name).subscribe(fn),
  unsubscribe: (name, fn) => channel(name).unsubscribe(fn),
  tracingChannel,
  Channel,
};
