// An error made by a helper and thrown two calls deep: Node's header shows the throw statement.
function make(msg) {
  const e = new RangeError(msg);
  e.detail = { at: 'make' };
  return e;
}
function thrower() {
  if (Math.random() > 2) return;
  throw make('out of range');
}
console.log('start');
thrower();
