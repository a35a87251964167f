// The latin1Slice/utf8Write family of methods and their range errors.
const b = Buffer.from('hello');
const t = (l, f) => { try { console.log(l, JSON.stringify(f())) } catch (e) { console.log(l, e.name, e.code, e.message) } };
t('a', () => b.latin1Slice(0, 100));
t('b', () => b.latin1Slice(3, 1));
t('c', () => b.hexSlice(-1));
t('d', () => b.utf8Slice(6));
t('e', () => b.asciiSlice());
t('f', () => b.utf8Write('xy', 4));
t('g', () => b.utf8Write('xy', 6));
t('h', () => b.hexWrite('zz'));
t('i', () => b.base64Write('aGk=', 1, 1));
t('j', () => b.latin1Write(5));
t('k', () => b.ucs2Slice(1, 4));
