// URLSearchParams: construction, mutation, serialization, live link with URL.
const show = (p) => console.log(p.toString(), '|', JSON.stringify([...p]), p.size);
show(new URLSearchParams('?a=1&b=2&a=3'));
show(new URLSearchParams('a=1&&b&=c&d='));
show(new URLSearchParams('q=%20+%2B&x=%zz&y=%C3%A9&z=%E4%B8'));
show(new URLSearchParams({ a: 1, b: 'two', c: undefined, d: null }));
show(new URLSearchParams([['x', 'y'], ['x', 'z'], new Set(['s', 't'])]));
show(new URLSearchParams(new Map([['m', 1]])));
show(new URLSearchParams(new URLSearchParams('copy=1')));
show(new URLSearchParams(''));
show(new URLSearchParams());
show(new URLSearchParams(null));
show(new URLSearchParams(12));
const p = new URLSearchParams('b=2&a=1&c=3&a=0');
p.append('space key', 'v a+l&u=e');
p.append('ü', '中\ud800');
show(p);
console.log(p.get('a'), p.get('nope'), p.getAll('a'), p.has('a'), p.has('a', '0'), p.has('a', '9'));
p.set('a', 'single');
show(p);
p.delete('b');
p.delete('a', 'nomatch');
show(p);
p.sort();
show(p);
const seen = [];
p.forEach(function (v, k, obj) { seen.push(`${k}=${v}:${obj === p}:${this.tag}`); }, { tag: 't' });
console.log(seen.join(' '));
console.log([...p.keys()], [...p.values()], [...p.entries()].length);
const it = p.entries();
console.log(it.next(), Object.prototype.toString.call(it), typeof it[Symbol.iterator]);
console.log(String(new URLSearchParams({ "!'()~*-._": "!'()~*-._ " })));
const u = new URL('http://h/p?x=1&y=2#frag');
const sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('x'));
sp.append('z', 'a b');
console.log(u.href);
sp.delete('x');
sp.delete('y');
sp.delete('z');
console.log(u.href, u.search);
u.search = '?k=v&k=w';
console.log(sp.getAll('k'), sp.size);
u.href = 'http://other/?n=1';
console.log(sp.get('n'), sp.get('k'));
u.search = '';
console.log(sp.size, u.href);
const o = new URL('sc:opaque path ?q');
o.searchParams.delete('q');
console.log(JSON.stringify(o.href));
for (const bad of [() => new URLSearchParams([[1]]), () => new URLSearchParams([1]), () => new URLSearchParams({ [Symbol.iterator]: 5 }),
  () => p.get(), () => p.append('a'), () => p.set('a'), () => URLSearchParams.prototype.get.call({}, 'a'), () => p.forEach(5)]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
