// TextDecoder with legacy (non-Unicode) encodings.
const t = (l, b, opts) => {
  try {
    const d = new TextDecoder(l);
    console.log(l, d.encoding, JSON.stringify(d.decode(Buffer.from(b), opts)));
  } catch (e) {
    console.log(l, e.code, e.message);
  }
};
t('gbk', [0xc4, 0xe3, 0xba, 0xc3, 0x41]);
t('GB2312', [0xc4, 0xe3]);
t('shift_jis', [0x82, 0xa0, 0x41]);
t('sjis', [0x82, 0xa0]);
t('iso-8859-2', [0xa1, 0xe9]);
t('latin2', [0xa1]);
t('windows-1251', [0xc0, 0xe0]);
t('koi8-r', [0xc1]);
t('euc-kr', [0xb0, 0xa1]);
t('big5', [0xa4, 0x40]);
t('euc-jp', [0xa4, 0xa2]);
t('iso-2022-jp', [0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42]);
t('macintosh', [0x80]);
t('ibm866', [0x80]);
t('windows-874', [0xa1]);
t('iso-8859-15', [0xa4]);
t('x-user-defined', [0x80]);
t('replacement', [0x41]);
// streaming a two-byte character split across chunks
const d = new TextDecoder('shift_jis');
console.log(JSON.stringify(d.decode(new Uint8Array([0x41, 0x82]), { stream: true })), JSON.stringify(d.decode(new Uint8Array([0xa0, 0x42]))));
const g = new TextDecoder('gbk');
let out = '';
for (const b of [0xc4, 0xe3, 0xba, 0xc3]) out += g.decode(new Uint8Array([b]), { stream: true });
out += g.decode();
console.log(JSON.stringify(out));
