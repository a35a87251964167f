// Bidirectional IDN hosts, checked as the ada version in Node 20 does.
const cases = ['uע', 'uא', 'kא', 'ａא', 'aא', 'עu', 'אk', 'א', 'אa', 'aאb', 'a.א', '1א', 'א1', 'אּ', 'aאּ', 'u.ע', 'ｕﬠ.i6', '0.eװ', 'eװ', '丟נ', '丟א',
  'u1א', 'uא1', 'k1א', '2uא', '2א', '22א', 'a2א', 'aא-', 'aא.', 'א-', '-א', 'a-א', 'a1', '١א', 'א١', 'א١۱', 'ּא', 'aaא', 'aا', 'اa',
  'a١.com', '١.٢', 'مثال.إختبار', 'пример.испытание', '例え.テスト', 'עברית.com'];
for (const s of cases) {
  let h;
  try { h = new URL(`http://${s}/`).host; } catch { h = 'ERR'; }
  console.log(JSON.stringify(s), h);
}
for (const s of [')e', 'a)b', ')eאq', 'eאq', 'אq', 'qא', 'qאq', 'kאא', 'kאּא', 'aאא', 'aאaא', 'aא1', 'aא١', '2aא', '1aא']) {
  let h;
  try { h = new URL(`http://${s}/`).host; } catch { h = 'ERR'; }
  console.log(JSON.stringify(s), h);
}
